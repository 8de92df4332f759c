import { z } from "zod";
import { SpanSchema } from "./span.js";

/**
 * A problem found in the input or a limit the parser applied. The parser
 * reports problems here and never throws on text.
 */
export const MessageSchema = z
  .object({
    /** `error`: part of the input was not analysed; `warning`: a result may be wrong; `info`: a note on how the text was read. */
    severity: z.enum(["error", "warning", "info"]),
    /** One sentence saying what happened, for people. */
    reason: z.string(),
    /** Stable identifier of the rule that raised it, for filtering (for example `quotes/unbalanced-mark`). */
    ruleId: z.string(),
    /** Where in the text it happened, when it is tied to a place. */
    span: SpanSchema.nullable(),
  })
  .meta({ id: "Message", description: "A problem found in the input, reported instead of thrown." });

/** A problem found in the input, reported instead of thrown. */
export type Message = z.infer<typeof MessageSchema>;
