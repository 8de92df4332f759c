import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Examples import the package by name, as users do; in tests that name points at the sources.
    alias: [
      { find: /^summit-report\/seeds$/, replacement: fileURLToPath(new URL("./src/seeds.ts", import.meta.url)) },
      { find: /^summit-report\/schemas$/, replacement: fileURLToPath(new URL("./src/schemas.ts", import.meta.url)) },
      { find: /^summit-report$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
  plugins: [
    {
      // Bundled samples are imported as text, as tsup's `.txt` loader does in the build.
      name: "text-loader",
      enforce: "pre",
      load(id) {
        return id.endsWith(".txt") ? `export default ${JSON.stringify(readFileSync(id, "utf8"))};` : null;
      },
    },
  ],
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/types/**", "src/cli/main.ts"],
      thresholds: { lines: 80, functions: 80, branches: 70, statements: 80 },
    },
  },
});
