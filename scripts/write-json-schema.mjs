#!/usr/bin/env node
// Writes schema/summit-report.schema.json from the zod model (run after a model change; a test fails while it is stale).
import { writeFileSync } from "node:fs";
const { summitReportJsonSchema } = await import("../dist/schemas.js");
writeFileSync(new URL("../schema/summit-report.schema.json", import.meta.url), `${JSON.stringify(summitReportJsonSchema(), null, 2)}\n`);
console.log("wrote schema/summit-report.schema.json");
