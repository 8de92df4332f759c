import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport, type SummitReport } from "../src/index.js";
import { SummitReportSchema } from "../src/schemas.js";

// Properties over generated text: the parser never throws, its report passes its own schema, every span
// slices back to its text, the same input gives the same report, and a prefix of spaces shifts every span.

/** Pieces that stress quotation, dashes, names, dates and white space. */
const PIECES = [
  '"', "“", "”", "‘", "’", "'", "«", "»", "„", " - ", " — ", "--", "-", ",", ".", ":", ";", "?", "!", "(", ")", "\n", "\n\n",
  "\r\n", "\u00a0", "\u200b", "\ufeff", "\u2028", " ", "  ", "said", "told reporters", "according to", "Putin", "Vladimir Putin",
  "Lukashenka", "the Belarusian leader", "he", "she", "they", "Mr.", "Gov.", "On July 23, ", "August 22", "the next day", "2018",
  "third quarter", "5:41 P.M.", "every year", "PRESIDENT BIDEN:", "Question:", "(As interpreted.)", "😀", "\ud800", "é", "Ω",
];
const piecewise = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(""));
/** Any string: UTF-16 code units, lone surrogates included, or a mix with the pieces above. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  piecewise,
  fc.tuple(piecewise, fc.string({ unit: "binary-ascii", maxLength: 60 }), piecewise).map((p) => p.join("")),
);
const REF = { referenceDate: "2018-08-27" } as const;

/** Every span of the report and the text it stands for, as `[start, end, text]`. */
function spansOf(r: SummitReport): [number, number, string | null][] {
  const out: [number, number, string | null][] = [];
  const add = (s: { start: number; end: number } | null | undefined, text: string | null = null): void => {
    if (s != null) out.push([s.start, s.end, text]);
  };
  for (const q of r.quotes) {
    add(q, q.text);
    add(q.openMark);
    add(q.closeMark);
    add(q.cue);
    add(q.medium);
    add(q.speaker?.mention);
  }
  for (const a of r.attributions) {
    add(a.content, a.text);
    add(a.cue);
    add(a.source.mention);
  }
  for (const t of r.timexes) add(t, t.text);
  for (const b of r.blocks) add(b);
  for (const s of r.sentences) add(s);
  for (const p of r.people) for (const m of p.mentions) add(m);
  for (const e of r.timeline) add(e.sentence);
  for (const m of r.messages) add(m.span);
  return out;
}

describe("parser properties", () => {
  it("never throws and always returns a report that passes its schema", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const report = parseReport(text, REF);
        expect(SummitReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("gives spans that lie in the text and slice back to their stated text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const report = parseReport(text, REF);
        for (const [start, end, stated] of spansOf(report)) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(text.length);
          if (stated !== null) expect(text.slice(start, end)).toBe(stated);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parseReport(text, REF)).toEqual(parseReport(text, REF));
      }),
      { numRuns: 100 },
    );
  });

  it("shifts every span by n when n spaces are put before the text", () => {
    fc.assert(
      fc.property(piecewise, fc.integer({ min: 1, max: 40 }), (text, n) => {
        const shifted = spansOf(parseReport(" ".repeat(n) + text, REF)).map(([s, e, t]) => [s - n, e - n, t]);
        expect(shifted).toEqual(spansOf(parseReport(text, REF)));
      }),
      { numRuns: 200 },
    );
  });

  it("reads no word as a key its look-up tables inherit (`constructor-day`, `mid-toString`, `every valueOf`)", () => {
    // Words that name what every object inherits must find nothing, as any other unknown word: no time, no value of
    // a function's text.
    const inherited = [...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype"];
    const forms = [(w: string) => `${w}-day`, (w: string) => `${w}-long`, (w: string) => `mid-${w}`, (w: string) => `every ${w}`, (w: string) => `${w} years ago`, (w: string) => `on ${w} 5`];
    for (const w of inherited) {
      for (const form of forms) {
        const text = `${form(w)} on Monday, ${w} said.`;
        const report = parseReport(text, { referenceDate: "2025-01-01" });
        expect(report.timexes.map((t) => t.value)).toContain("2024-12-30");
        expect(JSON.stringify(report)).not.toMatch(/native code|undefined|NaN/);
      }
    }
  });
});
