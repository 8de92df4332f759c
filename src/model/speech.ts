import { z } from "zod";
import { SpanSchema } from "./span.js";

/** How a speaker was found. */
export const ResolvedViaSchema = z
  .enum(["name", "alias", "descriptor", "pronoun", "context", "label"])
  .meta({
    id: "ResolvedVia",
    description:
      "name: a full name next to the quote; alias: a surname or variant; descriptor: a description such as `the Belarusian leader`; pronoun: he/she/they; context: no mention, carried over from the previous speaker; label: a transcript speaker label.",
  });

/** How a speaker was found. */
export type ResolvedVia = z.infer<typeof ResolvedViaSchema>;

/** Who said something, and the words that say so. */
export const SpeakerRefSchema = z
  .object({
    /** Id of the person in `people`; null for organisations and unnamed groups (`experts`). */
    personId: z.string().nullable(),
    /** Canonical name of the speaker, or the group as written in lower case (`experts`). */
    name: z.string(),
    /** The words near the quote that name the speaker; null when carried over from context. */
    mention: SpanSchema.nullable(),
    /** How the speaker was found. */
    resolvedVia: ResolvedViaSchema,
  })
  .meta({ id: "SpeakerRef", description: "A resolved speaker with the mention it rests on." });

/** A resolved speaker. */
export type SpeakerRef = z.infer<typeof SpeakerRefSchema>;

/** What kind of quoted stretch a quote is. */
export const QuoteKindSchema = z
  .enum(["direct", "partial", "scare", "title", "heading"])
  .meta({
    id: "QuoteKind",
    description:
      "direct: a whole sentence or more of someone's words; partial: a fragment woven into the reporter's sentence; scare: a word the reporter distances from; title: a name of a channel, programme or operation; heading: quotation marks in a heading.",
  });

/** What kind of quoted stretch a quote is. */
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/** A quoted stretch of text. */
export const QuoteSchema = z
  .object({
    /** Stable id within the report (`q1`, …). */
    id: z.string(),
    /** Start of the quoted words, after the opening mark and any space. */
    start: z.number().int().nonnegative(),
    /** End of the quoted words, before any space and the closing mark; punctuation inside the marks is kept. */
    end: z.number().int().nonnegative(),
    /** `text.slice(start, end)`. */
    text: z.string(),
    /** What kind of quoted stretch it is. */
    kind: QuoteKindSchema,
    /** Position of the opening mark; null for a continuation after a dash or an unmarked transcript turn. */
    openMark: SpanSchema.nullable(),
    /** Position of the closing mark; null when the quote runs on into the next paragraph or is never closed. */
    closeMark: SpanSchema.nullable(),
    /** Who said it; null when the text does not say. */
    speaker: SpeakerRefSchema.nullable(),
    /** The reporting words (`said`, `told reporters`). */
    cue: SpanSchema.nullable(),
    /** Where it was said (`in an interview with RT`). */
    medium: SpanSchema.nullable(),
    /** Quotes that are one utterance split by an attribution share a group id. */
    groupId: z.string().nullable(),
    /** Id of the quote this one stands inside (a quote within a quote, or marks inside a transcript turn); null at top level. */
    nestedIn: z.string().nullable(),
    /** Index of the block that holds the quote's start. */
    paragraph: z.number().int().nonnegative(),
    /**
     * How strong the attribution evidence is, by rule tier, from 0 to 1:
     * 0.95 name and cue next to the quote, 0.85 alias or descriptor, 0.75
     * pronoun, 0.6 carried over from context, 0 no speaker. A ranking aid,
     * not a calibrated probability.
     */
    confidence: z.number().min(0).max(1),
  })
  .meta({ id: "Quote", description: "A quoted stretch with its kind, speaker, cue, medium and group." });

/** A quoted stretch. */
export type Quote = z.infer<typeof QuoteSchema>;

/** Reported speech without quotation marks. */
export const AttributionSchema = z
  .object({
    /** Stable id within the report (`a1`, …). */
    id: z.string(),
    /** Always `indirect`: speech reported without quotation marks. */
    kind: z.literal("indirect"),
    /** What was said, as the reporter renders it. */
    content: SpanSchema,
    /** `text.slice(content.start, content.end)`. */
    text: z.string(),
    /** Who said it. */
    source: SpeakerRefSchema,
    /** The reporting words (`according to`, `said`, `in his opinion`). */
    cue: SpanSchema,
  })
  .meta({ id: "Attribution", description: "Reported speech: content, source and cue." });

/** Reported speech. */
export type Attribution = z.infer<typeof AttributionSchema>;
