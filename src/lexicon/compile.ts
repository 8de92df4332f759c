import type { UserLexicon } from "../model/options.js";
import { COUNTRIES, CITIES } from "./places.js";
import { KNOWN_PEOPLE } from "./people.js";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "./first-names.js";
import { ORGANIZATIONS } from "./organizations.js";
import { REPORTING_PHRASES, REPORTING_VERBS } from "./reporting-cues.js";
import { ROLE_CLASSES } from "./roles.js";
import { tokenize } from "../text/tokens.js";
import { foldAccents, foldName, isAscii, transliterationKey } from "../text/fold.js";

/** A known person after merging the gazetteer with the caller's entries. */
export interface LexiconPerson {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly descriptors: readonly string[];
  readonly roles: readonly string[];
  readonly country: string | null;
  readonly gender: "m" | "f" | null;
  /** True for entries the caller supplied. */
  readonly fromCaller: boolean;
}

/** Phrases indexed by their first word, longest first, for token-by-token matching. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** The lexicons in the form the stages look them up. */
export interface Lexicon {
  /** Single-word reporting verbs, every inflection, lower case. */
  readonly cueWords: ReadonlySet<string>;
  /** Multi-word reporting cues. */
  readonly cuePhrases: PhraseIndex;
  /** Known people. Caller entries come first, so they win look-ups. */
  readonly people: readonly LexiconPerson[];
  /** Lower-cased full names and aliases to the person they name. Caller entries take precedence. */
  readonly personByName: ReadonlyMap<string, LexiconPerson>;
  /** Known people's names and aliases by first word. */
  readonly personPhrases: PhraseIndex;
  /** Lower-cased given names to gender. */
  readonly firstNames: ReadonlyMap<string, "m" | "f">;
  /** Country names and alternative names (lower case) to the canonical country. */
  readonly countryByName: ReadonlyMap<string, string>;
  /** Demonyms (lower case) to the country. */
  readonly countryByDemonym: ReadonlyMap<string, string>;
  /** The capital of each country the gazetteer lists cities of, by the country's name. */
  readonly capitals: ReadonlyMap<string, string>;
  /** Multi-word place names (countries and cities), by first word. */
  readonly placePhrases: PhraseIndex;
  /** City or region (lower case) to `[name, country]`. */
  readonly cities: ReadonlyMap<string, readonly [string, string]>;
  /** Organisation names by first word. */
  readonly organizationPhrases: PhraseIndex;
  /** Role nouns (lower case, possibly several words) to role class. */
  readonly roleClasses: ReadonlyMap<string, string>;
  /** Role nouns by first word. */
  readonly rolePhrases: PhraseIndex;
  /** Every word of a role noun (`prime`, `minister`, `head`), lower case. */
  readonly roleWords: ReadonlySet<string>;
}

/** A phrase as the tokenizer splits text, lower case, so that phrases and text meet token for token. */
function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/** Builds a first-word index of phrases, longest first. */
export function indexPhrases(phrases: Iterable<string>): PhraseIndex {
  const index = new Map<string, string[][]>();
  const add = (ws: string[]): void => {
    const first = ws[0];
    if (first === undefined) return;
    const list = index.get(first) ?? [];
    if (!list.some((existing) => existing.join(" ") === ws.join(" "))) list.push(ws);
    index.set(first, list);
  };
  for (const phrase of phrases) {
    const ws = words(phrase);
    add(ws);
    // Its accents folded too, for a text that writes them otherwise (`Brasília`, `Bogota`).
    if (ws.some((w) => !isAscii(w))) add(ws.map(foldName));
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** Shortest given name in `-y` whose `-iy` and `-ii` spellings are filed too (`Yury`, not `Roy`). */
const SLAVIC_Y_MIN = 4;

function buildBuiltIn(): Lexicon {
  const cueWords = new Set<string>();
  for (const form of REPORTING_VERBS) cueWords.add(form);
  const firstNames = new FirstNameIndex();
  for (const n of FEMALE_FIRST_NAMES) firstNames.set(n.toLowerCase(), "f");
  for (const n of MALE_FIRST_NAMES) firstNames.set(n.toLowerCase(), "m");
  // (A Russian or Ukrainian given name in `-y` is also written `-iy` and `-ii`: `Valery`, `Valeriy`, `Valerii`.)
  for (const n of MALE_FIRST_NAMES) {
    const lower = n.toLowerCase();
    if (!lower.endsWith("y") || lower.length < SLAVIC_Y_MIN) continue;
    for (const ending of ["iy", "ii"]) if (!firstNames.has(lower.slice(0, -1) + ending)) firstNames.set(lower.slice(0, -1) + ending, "m");
  }
  const countryByName = new Map<string, string>();
  const countryByDemonym = new Map<string, string>();
  const placeNames: string[] = [];
  for (const [name, demonyms, alternatives] of COUNTRIES) {
    countryByName.set(name.toLowerCase(), name);
    countryByName.set(foldName(name), name);
    placeNames.push(name);
    for (const alt of alternatives) {
      countryByName.set(alt.toLowerCase(), name);
      countryByName.set(foldName(alt), name);
      placeNames.push(alt);
    }
    // `Russians`, `Israelis`: the plural of a demonym in -an or -i is regular, so the data lists only the irregular.
    for (const d of demonyms) for (const form of d.endsWith("an") || d.endsWith("i") ? [d, `${d}s`] : [d]) countryByDemonym.set(form.toLowerCase(), name);
  }
  const cities = new Map<string, readonly [string, string]>();
  const capitals = new Map<string, string>();
  for (const [name, country] of CITIES) {
    cities.set(name.toLowerCase(), [name, country]);
    // (A spelling written so beats one folded to it: `San Jose` is California's, `San José` Costa Rica's.)
    if (!cities.has(foldName(name))) cities.set(foldName(name), [name, country]);
    placeNames.push(name);
    if (country !== "" && !capitals.has(country)) capitals.set(country, name);
  }
  const roleClasses = new Map(Object.entries(ROLE_CLASSES));
  const people: LexiconPerson[] = KNOWN_PEOPLE.map((g) => ({
    name: g.name,
    aliases: g.aliases,
    descriptors: [],
    roles: g.roles,
    country: g.country,
    gender: g.gender,
    fromCaller: false,
  }));
  return {
    cueWords,
    cuePhrases: indexPhrases(REPORTING_PHRASES),
    people,
    personByName: personIndex(people),
    personPhrases: indexPhrases(people.flatMap((x) => [x.name, ...x.aliases])),
    firstNames,
    countryByName,
    countryByDemonym,
    capitals,
    placePhrases: indexPhrases(placeNames),
    cities,
    organizationPhrases: indexPhrases(ORGANIZATIONS),
    roleClasses,
    rolePhrases: indexPhrases(roleClasses.keys()),
    roleWords: new Set([...roleClasses.keys()].flatMap((noun) => noun.split(" "))),
  };
}

/** Given names (lower case) to gender, looked up with or without accents (`José` finds `Jose`). */
class FirstNameIndex extends Map<string, "m" | "f"> {
  override get(name: string): "m" | "f" | undefined {
    return super.get(name) ?? super.get(foldAccents(name));
  }

  override has(name: string): boolean {
    return super.has(name) || super.has(foldAccents(name));
  }
}

/**
 * People by lower-case name, looked up with or without accents (`Tô Lâm` finds `To Lam`, `Micheal Martin` `Micheál
 * Martin`), and a full name in another transliteration too (`Kassym-Zhomart Tokaev`, `Shavkat Mirziyoev`).
 */
class PersonIndex extends Map<string, LexiconPerson> {
  /** Full names by their transliteration key; a key two people share finds neither (null). */
  readonly byTransliteration = new Map<string, LexiconPerson | null>();

  override get(name: string): LexiconPerson | undefined {
    // (Only a full name: a surname alone is too short a key to tell people apart by.)
    return super.get(name) ?? super.get(foldAccents(name)) ?? (name.includes(" ") ? this.byTransliteration.get(transliterationKey(name)) ?? undefined : undefined);
  }
}

/** Full names and aliases (lower case) to people; the first entry for a key wins. */
function personIndex(people: readonly LexiconPerson[]): Map<string, LexiconPerson> {
  const index = new PersonIndex();
  for (const person of people) {
    for (const key of [person.name, ...person.aliases]) {
      const k = key.toLowerCase();
      if (!index.has(k)) index.set(k, person);
      const folded = foldAccents(k);
      if (!index.has(folded)) index.set(folded, person);
      if (!k.includes(" ")) continue;
      const spelled = transliterationKey(k);
      const other = index.byTransliteration.get(spelled);
      index.byTransliteration.set(spelled, other === undefined || other === person ? person : null);
    }
  }
  return index;
}

let builtIn: Lexicon | null = null;

/** The built-in lexicon, built on first use. */
export function builtInLexicon(): Lexicon {
  builtIn ??= buildBuiltIn();
  return builtIn;
}

/**
 * Merges the caller's entries into the built-in lexicon. Precedence: caller
 * entries first, so a caller's person wins over a gazetteer person sharing a
 * name or alias, and a caller's cue phrase is matched before a shorter
 * built-in one starting with the same word.
 */
export function compileLexicon(user: UserLexicon | undefined): Lexicon {
  const base = builtInLexicon();
  if (user === undefined) return base;
  const cueWords = new Set(base.cueWords);
  const extraPhrases: string[] = [];
  for (const cue of user.cueVerbs ?? []) {
    const ws = words(cue);
    if (ws.length === 1 && ws[0] !== undefined) cueWords.add(ws[0]);
    else if (ws.length > 1) extraPhrases.push(ws.join(" "));
  }
  const callerPeople: LexiconPerson[] = (user.people ?? []).map((k) => ({
    name: k.name,
    aliases: k.aliases ?? [],
    descriptors: (k.descriptors ?? []).map((d) => d.toLowerCase()),
    roles: k.roles ?? [],
    country: k.country ?? null,
    gender: null,
    fromCaller: true,
  }));
  const people = [...callerPeople, ...base.people];
  const cuePhrases = extraPhrases.length === 0 ? base.cuePhrases : indexPhrases([...extraPhrases, ...flatten(base.cuePhrases)]);
  const personPhrases = indexPhrases(people.flatMap((x) => [x.name, ...x.aliases]));
  return { ...base, cueWords, cuePhrases, people, personByName: personIndex(people), personPhrases };
}

function flatten(index: PhraseIndex): string[] {
  const out: string[] = [];
  for (const list of index.values()) for (const ws of list) out.push(ws.join(" "));
  return out;
}
