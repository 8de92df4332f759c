import { z } from "zod";

/**
 * A stretch of the input text, as UTF-16 code-unit indices (JavaScript string
 * indices), `end` exclusive: `text.slice(span.start, span.end)` is the
 * annotated text exactly.
 */
export const SpanSchema = z
  .object({
    /** Index of the first character (inclusive). */
    start: z.number().int().nonnegative(),
    /** Index after the last character (exclusive). */
    end: z.number().int().nonnegative(),
  })
  .meta({ id: "Span", description: "UTF-16 offsets into the input text, end exclusive." });

/** A stretch of the input text (UTF-16 indices, end exclusive). */
export type Span = z.infer<typeof SpanSchema>;
