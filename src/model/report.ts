import { z } from "zod";
import { BlockSchema, SentenceSchema } from "./structure.js";
import { OrganizationSchema, PersonSchema, PlaceSchema, SummitSchema } from "./entities.js";
import { AttributionSchema, QuoteSchema } from "./speech.js";
import { TimeExpressionSchema, TimelineEventSchema } from "./time.js";
import { MessageSchema } from "./message.js";

import { SCHEMA_VERSION } from "./constants.js";

export { SCHEMA_VERSION };

/** The parsed model of one summit report. */
export const SummitReportSchema = z
  .object({
    /** Version of the report model (`SCHEMA_VERSION`). */
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** The text that was analysed; every span indexes into it. */
    text: z.string(),
    /** The date relative expressions were resolved against (`YYYY-MM-DD`), or null. */
    referenceDate: z.string().nullable(),
    /** Headings, paragraphs, credits and other blocks, in order. */
    blocks: z.array(BlockSchema),
    /** Sentences, in order. */
    sentences: z.array(SentenceSchema),
    /** People, with their mentions resolved. */
    people: z.array(PersonSchema),
    /** Organisations. */
    organizations: z.array(OrganizationSchema),
    /** Places. */
    places: z.array(PlaceSchema),
    /** Where, when and who. */
    summit: SummitSchema,
    /** Every quoted stretch, in text order. */
    quotes: z.array(QuoteSchema),
    /** Reported speech without quotation marks, in text order. */
    attributions: z.array(AttributionSchema),
    /** Temporal expressions, in text order. */
    timexes: z.array(TimeExpressionSchema),
    /** Dated happenings in chronological order. */
    timeline: z.array(TimelineEventSchema),
    /** Problems found in the input, in text order. */
    messages: z.array(MessageSchema),
  })
  .meta({ id: "SummitReport", description: "The parsed model of one summit report." });

/** The parsed model of one summit report. */
export type SummitReport = z.infer<typeof SummitReportSchema>;
