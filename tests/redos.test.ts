import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { PATTERNS } from "../src/text/patterns.js";

// Every regular expression of the parser lives in the PATTERNS registry (lint forbids them elsewhere in the
// core); recheck proves each one free of super-linear backtracking, so that hostile input cannot hang it.
describe("regular expressions", () => {
  it("checks a known vulnerable pattern as vulnerable (the checker works)", async () => {
    expect((await check("^(a+)+$", "")).status).toBe("vulnerable");
  });

  for (const [name, pattern] of Object.entries(PATTERNS)) {
    it(`runs in linear time: ${name}`, async () => {
      const result = await check(pattern.source, pattern.flags);
      expect({ name, status: result.status }).toEqual({ name, status: "safe" });
    });
  }
});
