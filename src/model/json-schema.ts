import { z } from "zod";
import { SummitReportSchema } from "./report.js";

/**
 * The JSON Schema (draft 2020-12) of `SummitReport`, generated from the zod
 * schema. The package also ships it as `summit-report/json-schema`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * summitReportJsonSchema().title; //=> undefined
 * summitReportJsonSchema().$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function summitReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SummitReportSchema, { target: "draft-2020-12" });
}
