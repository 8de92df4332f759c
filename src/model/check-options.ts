import { isCalendarDay } from "./calendar-day.js";
import type { ParseOptions } from "./options.js";

// The parser checks its options by hand rather than with `ParseOptionsSchema`
// so that importing the parser does not load zod. tests/options.test.ts holds
// the two to the same verdict on generated inputs.

const OPTION_KEYS = ["referenceDate", "lexicon", "maxInputLength"] as const;
const LEXICON_KEYS = ["cueVerbs", "people"] as const;
const PERSON_KEYS = ["name", "aliases", "descriptors", "roles", "country"] as const;

/** The verdict on a caller's options: the options, or every problem found, each naming its path. */
export type OptionsCheck = { ok: true; options: ParseOptions } | { ok: false; problems: string[] };

/** Checks `parseReport` options against the rules of `ParseOptionsSchema`. */
export function checkParseOptions(value: unknown): OptionsCheck {
  if (value === undefined || value === null) return { ok: true, options: {} };
  const problems: string[] = [];
  if (!isRecord(value)) {
    problems.push(`options: expected an object, got ${describe(value)}`);
    return { ok: false, problems };
  }
  unknownKeys(value, OPTION_KEYS, "options", problems);
  checkReferenceDate(value.referenceDate, problems);
  checkLexicon(value.lexicon, problems);
  const max = value.maxInputLength;
  if (max !== undefined && !(typeof max === "number" && Number.isSafeInteger(max) && max > 0)) {
    problems.push(`maxInputLength: expected a positive integer, got ${describe(max)}`);
  }
  return problems.length === 0 ? { ok: true, options: value } : { ok: false, problems };
}

function checkReferenceDate(value: unknown, problems: string[]): void {
  if (value === undefined) return;
  if (typeof value === "string") {
    if (!isCalendarDay(value)) problems.push(`referenceDate: expected a YYYY-MM-DD calendar day, got ${JSON.stringify(value)}`);
  } else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) problems.push("referenceDate: invalid Date");
  } else {
    problems.push(`referenceDate: expected a YYYY-MM-DD string or a Date, got ${describe(value)}`);
  }
}

function checkLexicon(value: unknown, problems: string[]): void {
  if (value === undefined) return;
  if (!isRecord(value)) {
    problems.push(`lexicon: expected an object, got ${describe(value)}`);
    return;
  }
  unknownKeys(value, LEXICON_KEYS, "lexicon", problems);
  checkStrings(value.cueVerbs, "lexicon.cueVerbs", problems);
  const people = value.people;
  if (people === undefined) return;
  if (!Array.isArray(people)) {
    problems.push(`lexicon.people: expected an array, got ${describe(people)}`);
    return;
  }
  people.forEach((person: unknown, i) => {
    const path = `lexicon.people[${String(i)}]`;
    if (!isRecord(person)) {
      problems.push(`${path}: expected an object, got ${describe(person)}`);
      return;
    }
    unknownKeys(person, PERSON_KEYS, path, problems);
    if (!isNonEmptyString(person.name)) problems.push(`${path}.name: expected a non-empty string, got ${describe(person.name)}`);
    checkStrings(person.aliases, `${path}.aliases`, problems);
    checkStrings(person.descriptors, `${path}.descriptors`, problems);
    checkStrings(person.roles, `${path}.roles`, problems);
    if (person.country !== undefined && !isNonEmptyString(person.country)) {
      problems.push(`${path}.country: expected a non-empty string, got ${describe(person.country)}`);
    }
  });
}

/** An optional array of non-empty strings. */
function checkStrings(value: unknown, path: string, problems: string[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    problems.push(`${path}: expected an array of strings, got ${describe(value)}`);
    return;
  }
  value.forEach((item: unknown, i) => {
    if (!isNonEmptyString(item)) problems.push(`${path}[${String(i)}]: expected a non-empty string, got ${describe(item)}`);
  });
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], path: string, problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push(`${path}: unknown key ${JSON.stringify(key)} (known: ${known.join(", ")})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value;
}
