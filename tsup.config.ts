import { defineConfig } from "tsup";

// Three library entries (core, schemas-only, seeds) and the CLI. The seeds
// entry inlines the bundled articles as strings (the `.txt` loader), so the
// core bundle never carries sample text.
export default defineConfig([
  {
    entry: { index: "src/index.ts", schemas: "src/schemas.ts", seeds: "src/seeds.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    loader: { ".txt": "text" },
    external: ["zod"],
  },
  {
    // The batch worker is its own file: piscina loads it in each worker thread.
    entry: { cli: "src/cli/main.ts", "batch-worker": "src/cli/batch-worker.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    loader: { ".txt": "text" },
    external: ["zod", "piscina"],
  },
]);
