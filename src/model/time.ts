import { z } from "zod";
import { SpanSchema } from "./span.js";

/** TIMEX3 type. */
export const TimexTypeSchema = z
  .enum(["DATE", "TIME", "DURATION", "SET"])
  .meta({ id: "TimexType", description: "TIMEX3 type, as in TempEval-3." });

/** TIMEX3 type. */
export type TimexType = z.infer<typeof TimexTypeSchema>;

/** How a value was reached. */
export const TimexResolutionSchema = z
  .enum(["stated", "reference", "narrative", "unresolved"])
  .meta({
    id: "TimexResolution",
    description:
      "stated: the text gives the value in full; reference: completed from the reference date; narrative: anchored on an earlier date in the text; unresolved: left underspecified (XXXX) because nothing anchors it.",
  });

/** How a value was reached. */
export type TimexResolution = z.infer<typeof TimexResolutionSchema>;

/** A temporal expression (TIMEX3). */
export const TimeExpressionSchema = z
  .object({
    /** Stable id within the report (`t1`, …). */
    id: z.string(),
    /** Start of the expression (a leading preposition is left out, a determiner kept). */
    start: z.number().int().nonnegative(),
    /** End of the expression. */
    end: z.number().int().nonnegative(),
    /** `text.slice(start, end)`. */
    text: z.string(),
    /** TIMEX3 type. */
    type: TimexTypeSchema,
    /** ISO-8601-like TIMEX3 value (`2018-08-22`, `2018-W34`, `2018-08-26TEV`, `P22Y`, `XXXX-07-23`, `FUTURE_REF`). */
    value: z.string(),
    /** TIMEX3 modifier (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`, …). */
    mod: z.string().nullable(),
    /** How the value was reached. */
    resolution: TimexResolutionSchema,
  })
  .meta({ id: "TimeExpression", description: "A TIMEX3 temporal expression with its normalised value." });

/** A TIMEX3 temporal expression. */
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;

/** A dated happening on the timeline. */
export const TimelineEventSchema = z
  .object({
    /** Stable id within the report (`e1`, …). */
    id: z.string(),
    /** TIMEX3 value of when it happens. */
    value: z.string(),
    /** TIMEX3 modifier of that value. */
    mod: z.string().nullable(),
    /** The time expression it rests on. */
    timexId: z.string(),
    /** The sentence that narrates it. */
    sentence: SpanSchema,
    /** A short description: the sentence, shortened. */
    description: z.string(),
    /**
     * Ids of the people the sentence names or speaks of: a pronoun or a description resolved as a speaker, a `He` or
     * `She` the sentence opens on, and the summit's two participants for `the two leaders`.
     */
    participants: z.array(z.string()),
  })
  .meta({ id: "TimelineEvent", description: "A dated happening, in chronological order on the timeline." });

/** A dated happening on the timeline. */
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
