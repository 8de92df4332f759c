/**
 * The report model on its own: zod schemas, the TypeScript types inferred
 * from them, and the JSON Schema generated from them. No parser code.
 *
 * @module schemas
 */
export * from "./model/index.js";
export { summitReportJsonSchema } from "./model/json-schema.js";
