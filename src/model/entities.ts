import { z } from "zod";
import { SpanSchema } from "./span.js";

/** A person the article mentions, with every mention resolved to them. */
export const PersonSchema = z
  .object({
    /** Stable id within the report (`p1`, `p2`, …). */
    id: z.string(),
    /** Canonical full name, as the article gives it most completely. */
    name: z.string(),
    /** Other names used for the person in the text: surname, transliteration variants. */
    aliases: z.array(z.string()),
    /** Descriptions used instead of the name (`the Belarusian leader`), lower-cased determiner kept. */
    descriptors: z.array(z.string()),
    /** Roles and affiliations (`President of Belarus`, `assistant professor at MGIMO`). */
    roles: z.array(z.string()),
    /** Country the person acts for, when the text or the gazetteer says so. */
    country: z.string().nullable(),
    /** Every place the person is named or described in the text. */
    mentions: z.array(SpanSchema),
  })
  .meta({ id: "Person", description: "A person in the article, with aliases, descriptors, roles and mentions." });

/** A person in the article. */
export type Person = z.infer<typeof PersonSchema>;

/** An organisation the article mentions (agency, channel, alliance, ministry). */
export const OrganizationSchema = z
  .object({
    /** Stable id within the report (`o1`, …). */
    id: z.string(),
    /** Name as written in the text. */
    name: z.string(),
    /** Every place it is named. */
    mentions: z.array(SpanSchema),
  })
  .meta({ id: "Organization", description: "An organisation the article mentions." });

/** An organisation the article mentions. */
export type Organization = z.infer<typeof OrganizationSchema>;

/** A place the article mentions. */
export const PlaceSchema = z
  .object({
    /** Stable id within the report (`l1`, …). */
    id: z.string(),
    /** The gazetteer's name for a known place (`Turkey` for `Türkiye`, `Brasilia` for `Brasília`), else the name as written. */
    name: z.string(),
    /** `country`, `city` or `region`, from the gazetteer (`city` too for a settlement the text names by what it is, `the island of Valaam`); `other` when unknown. */
    kind: z.enum(["country", "city", "region", "other"]),
    /** Every place it is named. */
    mentions: z.array(SpanSchema),
  })
  .meta({ id: "Place", description: "A place the article mentions." });

/** A place the article mentions. */
export type Place = z.infer<typeof PlaceSchema>;

/** The meeting the report is about. */
export const SummitSchema = z
  .object({
    /** Where the meeting took place, as named in the text. */
    location: z.string().nullable(),
    /**
     * When it took place, as a TIMEX3 value (`2018-08-22`): the date of the sentence that best reports the
     * meeting (a transcript's header time counts), preferring dates near the reference date; the reference
     * date itself when the text reports the meeting as held without dating it; null when neither is known.
     * Without a reference date a stated day keeps its month and day (`XXXX-08-22`).
     */
    date: z.string().nullable(),
    /** Ids of the people who met (see `people`). */
    participants: z.array(z.string()),
    /** Countries the participants represent. */
    countries: z.array(z.string()),
    /** `bilateral` (two countries), `trilateral` (three) or `multilateral` (more); null when unknown. */
    format: z.enum(["bilateral", "trilateral", "multilateral"]).nullable(),
    /** The sentence the date and place were read from. */
    evidence: SpanSchema.nullable(),
  })
  .meta({ id: "Summit", description: "The summit frame: where, when and who." });

/** The summit frame. */
export type Summit = z.infer<typeof SummitSchema>;
