import { z } from "zod";
import { DEFAULT_MAX_INPUT_LENGTH } from "./constants.js";
import { isCalendarDay } from "./calendar-day.js";
import { PATTERNS } from "../text/patterns.js";

/** A known person supplied by the caller; it takes precedence over the built-in gazetteer. */
export const KnownPersonSchema = z
  .strictObject({
    /** Canonical full name (`Alexander Lukashenko`). */
    name: z.string().min(1),
    /** Other names that refer to the same person (`Lukashenka`). */
    aliases: z.array(z.string().min(1)).optional(),
    /** Descriptions that refer to the person (`the Belarusian leader`). */
    descriptors: z.array(z.string().min(1)).optional(),
    /** Roles (`President of Belarus`). */
    roles: z.array(z.string().min(1)).optional(),
    /** Country the person acts for. */
    country: z.string().min(1).optional(),
  })
  .meta({ id: "KnownPerson", description: "A person the caller tells the parser about." });

/** A known person supplied by the caller. */
export type KnownPerson = z.infer<typeof KnownPersonSchema>;

/** Words the caller adds to the built-in lexicons for one call. */
export const UserLexiconSchema = z
  .strictObject({
    /** Extra reporting verbs or phrases (`quipped`, `wrote on Telegram`), in any inflection used in the text. */
    cueVerbs: z.array(z.string().min(1)).optional(),
    /** Extra known people; they win over gazetteer entries with the same name or alias. */
    people: z.array(KnownPersonSchema).optional(),
  })
  .meta({ id: "UserLexicon", description: "Caller-supplied lexicon entries; they take precedence over built-in ones." });

/** Caller-supplied lexicon entries. */
export type UserLexicon = z.infer<typeof UserLexiconSchema>;

export { DEFAULT_MAX_INPUT_LENGTH };

/** Options of `parseReport`. Unknown keys are rejected. */
export const ParseOptionsSchema = z
  .strictObject({
    /**
     * The document creation time that relative dates resolve against, as
     * `YYYY-MM-DD` or a `Date` (its UTC calendar day is used). Without it,
     * relative dates stay underspecified (`XXXX-07-23`); the parser never
     * reads the clock.
     */
    referenceDate: z
      .union([
        z.string().regex(PATTERNS.isoDay, "expected a YYYY-MM-DD string").refine((s) => isCalendarDay(s), "not a calendar day"),
        z.date().refine((d) => !Number.isNaN(d.getTime()), "invalid Date"),
      ])
      .optional(),
    /** Extra lexicon entries for this call. */
    lexicon: UserLexiconSchema.optional(),
    /**
     * Longest input analysed, in UTF-16 code units. Longer input is cut at
     * that length and an `error` message says so. Default 10 MiB.
     */
    maxInputLength: z.number().int().positive().optional(),
  })
  .meta({ id: "ParseOptions", description: "Options of parseReport." });

/** Options of `parseReport`. */
export type ParseOptions = z.input<typeof ParseOptionsSchema>;

