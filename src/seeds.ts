/**
 * Sample summit reports bundled with the package: the founding sample
 * (`sochi-2018`, with its gold annotations) and eight Kremlin and White House
 * texts (transcripts, readouts and statements) with their licence credits.
 * Kept out of the core bundle: import them from `summit-report/seeds`.
 *
 * @module seeds
 */
import sochi2018Text from "../seeds/sochi-2018.txt";
import sochi2018Meta from "../seeds/sochi-2018.meta.json";
import kremlinBrics2019Text from "../seeds/kremlin-brics-2019.txt";
import kremlinBrics2019Meta from "../seeds/kremlin-brics-2019.meta.json";
import kremlinHelsinki2018Text from "../seeds/kremlin-helsinki-2018.txt";
import kremlinHelsinki2018Meta from "../seeds/kremlin-helsinki-2018.meta.json";
import kremlinSochi2019Text from "../seeds/kremlin-sochi-2019.txt";
import kremlinSochi2019Meta from "../seeds/kremlin-sochi-2019.meta.json";
import kremlinVladivostok2018Text from "../seeds/kremlin-vladivostok-2018.txt";
import kremlinVladivostok2018Meta from "../seeds/kremlin-vladivostok-2018.meta.json";
import whBaliReadout2022Text from "../seeds/wh-bali-readout-2022.txt";
import whBaliReadout2022Meta from "../seeds/wh-bali-readout-2022.meta.json";
import whBaliRemarks2022Text from "../seeds/wh-bali-remarks-2022.txt";
import whBaliRemarks2022Meta from "../seeds/wh-bali-remarks-2022.meta.json";
import whCampDavid2023Text from "../seeds/wh-camp-david-2023.txt";
import whCampDavid2023Meta from "../seeds/wh-camp-david-2023.meta.json";
import whVilniusG72023Text from "../seeds/wh-vilnius-g7-2023.txt";
import whVilniusG72023Meta from "../seeds/wh-vilnius-g7-2023.meta.json";
import sochi2018Gold from "../seeds/sochi-2018.gold.json";

/** The gold summit frame. */
export interface GoldSummit {
  /** Where the meeting took place. */
  readonly location: string;
  /** When (TIMEX3 value). */
  readonly date: string;
  /** Canonical names of the participants. */
  readonly participants: readonly string[];
  /** Their countries. */
  readonly countries: readonly string[];
  /** bilateral, trilateral or multilateral. */
  readonly format: string;
}

/** A gold quote. */
export interface GoldQuote {
  /** Start of the quoted words. */
  readonly start: number;
  /** End of the quoted words. */
  readonly end: number;
  /** The quoted words. */
  readonly text: string;
  /** direct, partial, scare, title, heading-quote or heading-scare. */
  readonly kind: string;
  /** Canonical speaker name, or null. */
  readonly speaker: string | null;
}

/** A gold reported-speech attribution. */
export interface GoldAttribution {
  /** Start of the content. */
  readonly start: number;
  /** End of the content. */
  readonly end: number;
  /** The content. */
  readonly text: string;
  /** The source, a canonical name or a generic group (`experts`). */
  readonly speaker: string;
}

/** A gold TIMEX3. */
export interface GoldTimex {
  /** Start of the expression. */
  readonly start: number;
  /** End of the expression. */
  readonly end: number;
  /** The expression. */
  readonly text: string;
  /** DATE, TIME, DURATION or SET. */
  readonly type: string;
  /** Normalised value. */
  readonly value: string;
  /** Modifier, when there is one. */
  readonly mod?: string;
}

/** A gold timeline event. */
export interface GoldEvent {
  /** TIMEX3 value of when it happens. */
  readonly date: string;
  /** Free-text description. */
  readonly what: string;
  /** The time expression it rests on. */
  readonly evidence: string;
}

/** Gold annotations of a sample, in the corpus format (see the corpus guidelines). */
export interface GoldAnnotations {
  /** The sample's id. */
  readonly id: string;
  /** The reference date used to resolve relative dates. */
  readonly referenceDate: string;
  /** The summit frame. */
  readonly summit: GoldSummit;
  /** Quotes, with speaker names as strings. */
  readonly quotes: readonly GoldQuote[];
  /** Reported speech without quotation marks. */
  readonly attributions: readonly GoldAttribution[];
  /** Temporal expressions. */
  readonly timexes: readonly GoldTimex[];
  /** Dated events. */
  readonly events: readonly GoldEvent[];
}

/** One bundled sample article. */
export interface Seed {
  /** Stable id (`sochi-2018`). */
  readonly id: string;
  /** Title of the source page. */
  readonly title: string;
  /** Who published it. */
  readonly source: string;
  /** Where it was published, when known. */
  readonly url: string | null;
  /** Publication date (`YYYY-MM-DD`): pass it as `referenceDate`. */
  readonly publishedDate: string;
  /** Licence, as the corpus records it. */
  readonly license: string;
  /** The credit line to show when reusing the text. */
  readonly credit: string;
  /** The article text. */
  readonly text: string;
  /** Gold annotations, for the samples that have them. */
  readonly gold: GoldAnnotations | null;
}

interface SeedMeta {
  id: string;
  title: string;
  source: string;
  url: string | null;
  publishedDate: string;
  license: string;
}

function seed(meta: SeedMeta, text: string, gold: GoldAnnotations | null): Seed {
  const credit = meta.url === null ? `${meta.source} (${meta.license})` : `${meta.source}, ${meta.url} (${meta.license})`;
  return Object.freeze({ id: meta.id, title: meta.title, source: meta.source, url: meta.url, publishedDate: meta.publishedDate, license: meta.license, credit, text, gold });
}

/**
 * Every bundled sample, in a fixed order (the founding sample first).
 *
 * @example
 * ```ts
 * import { SEEDS } from "summit-report/seeds";
 * SEEDS[0]?.id; //=> "sochi-2018"
 * ```
 */
export const SEEDS: readonly Seed[] = Object.freeze([
  seed(sochi2018Meta, sochi2018Text, sochi2018Gold as GoldAnnotations),
  seed(kremlinBrics2019Meta, kremlinBrics2019Text, null),
  seed(kremlinHelsinki2018Meta, kremlinHelsinki2018Text, null),
  seed(kremlinSochi2019Meta, kremlinSochi2019Text, null),
  seed(kremlinVladivostok2018Meta, kremlinVladivostok2018Text, null),
  seed(whBaliReadout2022Meta, whBaliReadout2022Text, null),
  seed(whBaliRemarks2022Meta, whBaliRemarks2022Text, null),
  seed(whCampDavid2023Meta, whCampDavid2023Text, null),
  seed(whVilniusG72023Meta, whVilniusG72023Text, null),
]);

/**
 * The bundled sample with this id.
 *
 * @param id - A sample id such as `sochi-2018`.
 * @returns The sample, or undefined.
 * @example
 * ```ts
 * getSeed("sochi-2018")?.publishedDate; //=> "2018-08-27"
 * ```
 */
export function getSeed(id: string): Seed | undefined {
  return SEEDS.find((s) => s.id === id);
}
