#!/usr/bin/env node
// Size budget per public import, minified and gzipped, zod excluded (a peer dependency).
// Fails when an entry goes over its budget. Needs `npm run build` first.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

const BUDGETS = [
  { entry: "dist/index.js", name: "summit-report", kb: 144 },
  { entry: "dist/schemas.js", name: "summit-report/schemas", kb: 8 },
  { entry: "dist/seeds.js", name: "summit-report/seeds", kb: 40 },
];
let failed = false;
for (const b of BUDGETS) {
  const out = await build({ entryPoints: [b.entry], bundle: true, minify: true, write: false, format: "esm", external: ["zod"], platform: "neutral", logLevel: "silent" });
  const bytes = gzipSync(out.outputFiles[0].contents).length;
  const ok = bytes <= b.kb * 1024;
  failed ||= !ok;
  console.log(`${ok ? "ok  " : "OVER"} ${b.name.padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(6)} KB min+gzip (budget ${b.kb} KB)`);
}
process.exit(failed ? 1 : 0);
