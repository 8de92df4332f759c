import type { Attribution, Block, Message, Organization, Place, Quote, Sentence, Summit, TimeExpression, TimelineEvent } from "../model/index.js";
import type { Span } from "../model/span.js";
import { tokenize, type TokenList } from "../text/tokens.js";

/** A person as the stages build them up; `gender` helps pronoun resolution and is not part of the report. */
export interface PersonDraft {
  id: string;
  name: string;
  aliases: string[];
  descriptors: string[];
  roles: string[];
  country: string | null;
  gender: "m" | "f" | null;
  mentions: Span[];
  /** Role classes (`leader`, `spokesperson`), from the role lexicon. */
  roleClasses: Set<string>;
  /** Age the text states (`Xi, 70, …`); it tells `the 80-year-old president` apart. */
  age: number | null;
}

/** A mention of a person (or an unnamed group) in the text. */
export interface Mention extends Span {
  /** Person id, or null for unnamed groups (`experts`). */
  personId: string | null;
  /** The group's name for unnamed groups (`experts`), the person's canonical name otherwise. */
  name: string;
  via: "name" | "alias" | "descriptor" | "pronoun" | "generic";
}

/** Where the text names a person other than by name, and who (a resolved pronoun or description). */
export type PersonSpan = Span & { personId: string };

/** The analysis so far; every stage returns a new state with its part filled in. */
export interface ParseState {
  /** A copy of the text with the same length, where look-alike characters are folded (see the normalise stage). */
  readonly view: string;
  readonly tokens: TokenList;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  readonly people: readonly PersonDraft[];
  readonly mentions: readonly Mention[];
  readonly organizations: readonly Organization[];
  readonly places: readonly Place[];
  readonly quotes: readonly Quote[];
  readonly attributions: readonly Attribution[];
  /** Who a pronoun opening a sentence stands for (`He is scheduled to return home on Thursday`), as the attribution stage resolved it. */
  readonly subjects: readonly PersonSpan[];
  readonly timexes: readonly TimeExpression[];
  /** The day relative times were resolved against (the reference date, or the wire dateline's day); null without one. */
  readonly referenceDay: string | null;
  readonly timeline: readonly TimelineEvent[];
  readonly summit: Summit;
  readonly messages: readonly Message[];
}

/** The state before any stage ran. */
export function emptyState(text: string): ParseState {
  return {
    view: text,
    tokens: tokenize(""),
    blocks: [],
    sentences: [],
    people: [],
    mentions: [],
    organizations: [],
    places: [],
    quotes: [],
    attributions: [],
    subjects: [],
    timexes: [],
    referenceDay: null,
    timeline: [],
    summit: { location: null, date: null, participants: [], countries: [], format: null, evidence: null },
    messages: [],
  };
}
