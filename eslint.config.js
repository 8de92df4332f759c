// @ts-check
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", "docs/", "coverage/", "node_modules/", "*.config.*", "scripts/**", "bench/**"] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  regexp.configs["flat/recommended"],
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Every pattern must run in linear time: fail on any potential super-linear backtracking.
      "regexp/no-super-linear-move": "error",
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unnecessary-condition": ["error", { allowConstantLoopConditions: true }],
    },
  },
  {
    // The core runs in browsers too: no Node built-ins, no Node globals, and
    // regular expressions only in the registry (src/text/patterns.ts), where lint and recheck see them all.
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*", "fs", "path", "os", "url", "child_process", "worker_threads", "piscina"], message: "The core must not use Node built-ins or the CLI's worker pool; only src/cli may." }] }],
      "no-restricted-globals": ["error", "process", "Buffer", "__dirname", "__filename", "require"],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/text/patterns.ts", "src/model/**"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "Literal[regex]", message: "Put regular expressions in src/text/patterns.ts so lint and the ReDoS test see them." }],
    },
  },
  {
    files: ["tests/**/*.ts", "examples/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
