import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkParseOptions } from "../src/model/check-options.js";
import { ParseOptionsSchema } from "../src/schemas.js";

// The parser checks options by hand (so it need not load zod); the published
// ParseOptionsSchema must give the same verdict on every input.

const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(""),
  fc.boolean(),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.constant(2 ** 60),
  fc.string({ maxLength: 4 }),
  fc.constant([]),
  fc.constant({}),
);
const day = fc.oneof(
  fc.constantFrom("2018-08-27", "2018-02-30", "2018-8-27", "27/08/2018", "2020-02-29", "2019-02-29", " 2018-08-27", "0000-01-01"),
  fc.date({ noInvalidDate: false }),
  oddValue,
);
const strings = fc.oneof(fc.array(fc.constantFrom("said", "", "quipped"), { maxLength: 3 }), oddValue);
const person = fc.oneof(
  fc.record(
    { name: fc.constantFrom("Anna Berg", ""), aliases: strings, descriptors: strings, roles: strings, country: fc.constantFrom("Norway", ""), extra: fc.constant(1) },
    { requiredKeys: [] },
  ),
  oddValue,
);
const lexicon = fc.oneof(
  fc.record({ cueVerbs: strings, people: fc.oneof(fc.array(person, { maxLength: 3 }), oddValue), other: fc.constant(true) }, { requiredKeys: [] }),
  oddValue,
);
const options = fc.oneof(
  fc.record(
    { referenceDate: day, lexicon, maxInputLength: fc.oneof(fc.integer({ min: -2, max: 1e7 }), fc.double(), oddValue), refDate: day },
    { requiredKeys: [] },
  ),
  oddValue,
);

describe("option checking", () => {
  it("agrees with ParseOptionsSchema on generated options", () => {
    fc.assert(
      fc.property(options, (value) => {
        const byHand = checkParseOptions(value).ok;
        const byZod = value === undefined || value === null || ParseOptionsSchema.safeParse(value).success;
        expect(byHand).toBe(byZod);
      }),
      { numRuns: 3000 },
    );
  });

  it("names every problem with its path", () => {
    const check = checkParseOptions({ referenceDate: "2018-02-30", lexicon: { people: [{ name: "" }], verbs: [] }, maxInputLength: 0 });
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.problems).toEqual([
      'referenceDate: expected a YYYY-MM-DD calendar day, got "2018-02-30"',
      'lexicon: unknown key "verbs" (known: cueVerbs, people)',
      'lexicon.people[0].name: expected a non-empty string, got ""',
      "maxInputLength: expected a positive integer, got number 0",
    ]);
  });
});
