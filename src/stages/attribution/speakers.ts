import { ADVERBS_BEFORE_VERB, AFTER_CONTRACTED_S, DETERMINERS, OPENING_ADVERBS, PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, PREPOSITIONS, RELATIVE_PRONOUNS, SUBORDINATORS } from "../../lexicon/function-words.js";
import { BLOC_NAME_ENDS, REGION_QUALIFIERS } from "../../lexicon/meetings.js";
import { GENERIC_SOURCE_MEMBERS, GENERIC_SOURCES, NAME_QUALIFIED_HEADS } from "../../lexicon/reporting-cues.js";
import { EXCELLENCY_ABBREVIATION, GENERIC_ROLE_NOUNS, LEADER_PLURALS, PAIR_NOUNS, PAIRED_PEOPLE, PARTY_ADJECTIVES, SPEAKER_PRONOUNS } from "../../lexicon/roles.js";
import { PATTERNS } from "../../text/patterns.js";
import type { Organization, Place, Sentence, SpeakerRef } from "../../model/index.js";
import type { Mention, PersonDraft } from "../../pipeline/state.js";
import { firstStartingAtOrAfter, sentenceAt, spanAt } from "../../text/lookup.js";
import { isAllCaps, isPossessiveAt, joinedAsWritten, lowerPhrase, opensSentence, phraseAsWritten, SENTENCE_TERMINALS, tokenIndexAt, type Token, type TokenList } from "../../text/tokens.js";

/** Determiners between `one of` and a group (`one of the sources`, `two of his aides`). */
const GROUP_DETERMINERS = new Set(["the", "these", "those", "his", "her", "their", "its"]);
/** Longest sentence read back for the subject a plural pronoun stands for, in tokens. */
const MAX_SENTENCE_BACK = 60;

/** Most recent speakers a description is compared with (hostile text may hold thousands). */
const MAX_RECENT_SEARCHED = 20;
/** Sentences looked back over for the two people `the former` and `the latter` choose between. */
const PAIR_SENTENCES = 3;
/** Sentences before a pronoun's reported words in which another speaker takes it from a person they name. */
const SPOKE_BEFORE_SENTENCES = 2;
/** How far back a pronoun looks for the person it stands for, in characters. */
const PRONOUN_REACH = 1500;
/** Most sentences opening on the same pronoun followed back to the subject they continue. */
const MAX_PRONOUN_CHAIN = 3;
/** Words that open a clause or, as prepositions, a noun phrase (`after he arrived`, `after the talks`). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["after", "before", "since", "until"]);
/** Descriptions of commentators (`the expert believes`), who hold no office of state. */
const EXPERT_WORDS: ReadonlySet<string> = new Set(["expert", "analyst", "political scientist", "economist", "scientist", "specialist", "observer"]);
/** Role classes of offices of state: a commentator holds none of them. */
const STATE_CLASSES: ReadonlySet<string> = new Set(["leader", "minister", "foreign-minister", "defence-minister", "org-head", "spokesperson", "ambassador", "candidate"]);
/** Longest opening clause read before a pronoun's main clause, in tokens. */
const MAX_OPENING_CLAUSE = 20;
/** Tokens looked back over for a relative pronoun opening a mention's clause. */
const RELATIVE_REACH = 8;

/** Words that may follow a pronoun-like `the former` as its verb or an adverb before it. */
const PREDICATE_STARTS = new Set(["said", "says", "told", "tells", "added", "is", "was", "has", "had", "would", "will", "could", "can"]);

/** True when the token opens a predicate: punctuation, an adverb before a verb, or a verb (`said`, `insisted`). */
function opensPredicate(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.kind === "punct" || ADVERBS_BEFORE_VERB.has(t.lower) || PREDICATE_STARTS.has(t.lower) || (!t.capitalized && t.lower.endsWith("ed"));
}

/** Furthest, in tokens, that `the official` looks back to `an … official`. */
const INTRODUCED_REACH = 80;
/** Words that open a group's postmodifier, with their preposition (`familiar with`, `close to`, `briefed on`). */
const GROUP_POSTMODIFIERS: ReadonlyMap<string, string> = new Map([["familiar", "with"], ["close", "to"], ["briefed", "on"]]);
/** Most words of the thing a group's postmodifier names (`the Chinese side's position`). */
const MAX_POSTMODIFIER_WORDS = 4;
/** Most words that qualify a group of sources before its noun (`two senior European officials`). */
const MAX_GROUP_QUALIFIERS = 3;
/** Common words that qualify a group of sources (`senior officials`, `two diplomats`). */
const COMMON_QUALIFIERS: ReadonlySet<string> = new Set([
  "senior", "top", "foreign", "local", "other", "several", "unnamed", "anonymous", "two", "three", "four", "five",
  // (The service they belong to: `Japanese government officials`, `U.S. administration officials`.)
  "government", "administration", "military", "defence", "defense", "intelligence", "security", "ministry", "embassy",
]);
/**
 * Proper words other than demonyms that do (`EU officials`, `European diplomats`, `Western officials`), with the
 * words before a region's (`Southeast Asian leaders`, `Central Asian officials`).
 */
const PROPER_QUALIFIERS: ReadonlySet<string> = new Set(["eu", "european", "western", "arab", "asian", "african", "gulf", ...REGION_QUALIFIERS]);

/** True for the plural of an acronym (`MPs`, `MEPs`), whose capitals are part of the word. */
function pluralAcronym(word: string): boolean {
  const stem = word.slice(0, -1);
  return word.length > 2 && word.endsWith("s") && stem === stem.toUpperCase() && stem !== stem.toLowerCase();
}

/** Nouns that stand for a body named just before (`the group`, `the bloc`, `the alliance`). */
const BODY_NOUNS: ReadonlySet<string> = new Set(["group", "bloc", "alliance", "movement", "organisation", "organization", "agency", "union", "body"]);
/** Most tokens read back through the sentence before for the group that `One said` takes a member of. */
const GROUP_BEFORE_REACH = 40;
/** Generic sources that are quantities, no group to take a member of (`some`, `many`, `others`). */
const FEW_OR_MANY: ReadonlySet<string> = new Set(["some", "many", "others"]);

/** Nouns of the other party a possessive names (`his host`, `her guest`, `his counterpart`). */
const OTHER_PARTIES = new Set(["host", "guest", "visitor", "counterpart"]);

/**
 * True when token `noun` is a plural of leaders that `both` or `the two` makes a pair of (`both presidents`, `the two
 * leaders`, `the two men`), or `the` when `bareThe` (`the leaders`, in a report of two); or a pair (`the pair`).
 */
export function pairOfLeadersAt(tokens: TokenList, noun: number, bareThe: boolean): boolean {
  const w = tokens.lowerAt(noun) ?? "";
  // (A plural of two words, read from its first: `the two prime ministers`, `both prime ministers`.)
  const primeMinisters = w === "ministers" && tokens.lowerAt(noun - 1) === "prime";
  const head = primeMinisters ? noun - 1 : noun;
  const before = tokens.lowerAt(head - 1);
  if (PAIR_NOUNS.has(w)) return before === "the" && tokens.lowerAt(noun + 1) !== "of";
  const twoOrBoth = pairedBefore(tokens, head);
  if (PAIRED_PEOPLE.has(w)) return twoOrBoth;
  return (LEADER_PLURALS.has(w) || primeMinisters) && (twoOrBoth || (bareThe && before === "the"));
}

/** True when `both` or `the two` stands right before token `head` (`both presidents`, `the two ministers`). */
export function pairedBefore(tokens: TokenList, head: number): boolean {
  const before = tokens.lowerAt(head - 1);
  return before === "both" || (before === "two" && tokens.lowerAt(head - 2) === "the");
}

/** Finds the speaker words in a token window and turns them into a resolved speaker. */
export class SpeakerResolver {
  readonly #byId: ReadonlyMap<string, PersonDraft>;
  /** Offices named by descriptions, and whether anyone in the report holds them (see `someoneHolds`). */
  readonly #officeHeld = new Map<string, boolean>();
  /** Speakers resolved so far, in text order, for pronouns and context. */
  readonly #recent: { at: number; ref: SpeakerRef }[] = [];

  readonly #organizations: readonly { start: number; end: number; name: string }[];
  readonly #places: readonly { start: number; end: number; name: string }[];
  /** `A and B` when the report knows exactly two leaders, for `the two leaders said`. */
  readonly #leaderPair: string | null;
  /** Whether the text names a bloc's leaders; read when first asked. */
  #manyLeaders: boolean | undefined;
  /** The report's two leaders, when it has exactly two. */
  readonly #pair: readonly [PersonDraft, PersonDraft] | null;

  constructor(
    private readonly tokens: TokenList,
    private readonly mentions: readonly Mention[],
    /** The segment stage's sentences: a headline above the lead is a sentence of its own, though it has no stop. */
    private readonly sentences: readonly Sentence[],
    people: readonly PersonDraft[],
    organizations: readonly Organization[],
    /** True for an offset inside quotation marks: mentions there are the quoted speaker's words, not the reporter's. */
    private readonly isQuoted: (offset: number) => boolean,
    /** Role nouns by class (`head of state` → `leader`), for a description no office names word for word. */
    private readonly roleClasses: ReadonlyMap<string, string> = new Map(),
    /** Countries and capitals, which speak for their governments right before a verb of saying (`Beijing said`). */
    places: readonly Place[] = [],
    /** The verbs of saying, as written. */
    private readonly cueWords: ReadonlySet<string> = new Set(),
    /** Demonyms, lower case, to their countries: they qualify a group of sources (`European officials`). */
    private readonly demonyms: ReadonlyMap<string, string> = new Map(),
  ) {
    this.#byId = new Map(people.map((p) => [p.id, p]));
    const leaders = people.filter((p) => p.roleClasses.has("leader"));
    const [first, second] = leaders;
    this.#pair = leaders.length === 2 && first !== undefined && second !== undefined ? [first, second] : null;
    this.#leaderPair = this.#pair === null ? null : `${this.#pair[0].name} and ${this.#pair[1].name}`;
    this.#organizations = organizations.flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, name: o.name }))).sort((a, b) => a.start - b.start);
    this.#places = places
      .filter((p) => p.kind === "country" || p.kind === "city")
      .flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, name: p.name })))
      .sort((a, b) => a.start - b.start);
  }

  /** Records a speaker resolved at `at`, so that later pronouns can find it. */
  remember(at: number, ref: SpeakerRef): void {
    if (ref.personId === null) return;
    // Keep the list in text order: reported speech is resolved after all quotes.
    let k = this.#recent.length;
    while (k > 0 && (this.#recent[k - 1]?.at ?? 0) > at) k--;
    this.#recent.splice(k, 0, { at, ref });
  }

  /**
   * The one person other than `ownerId` of the owner's country whose role names `office` (`Putin's spokesman`: the
   * Kremlin spokesman the report names), or undefined.
   */
  holderFor(ownerId: string, office: string): PersonDraft | undefined {
    const owner = this.#byId.get(ownerId);
    if (owner?.country == null) return undefined;
    let found: PersonDraft | undefined;
    for (const p of this.#byId.values()) {
      if (p === owner || p.country !== owner.country || !p.roles.some((r) => r.toLowerCase().includes(office))) continue;
      if (found !== undefined) return undefined;
      found = p;
    }
    return found;
  }

  /** True for a noun that names a person by office or kind (`minister`, `spokeswoman`, `officials`), not a thing. */
  isPersonNoun(word: string): boolean {
    return this.roleClasses.has(word) || GENERIC_SOURCES.has(word);
  }

  /** The person mention that covers token `i`, if any. */
  mentionAt(i: number): Mention | undefined {
    const t = this.tokens.get(i);
    if (t === undefined) return undefined;
    const m = spanAt(this.mentions, t.start);
    return m !== undefined && m.end >= t.end ? m : undefined;
  }

  /** A country or city whose name token `i` opens, as a body that may act or speak (`Moscow pulled out …`), or null. */
  placeAt(i: number): { ref: SpeakerRef; next: number } | null {
    const place = this.#placeStartingAt(i);
    return place === undefined ? null : { ref: bodyRef(place), next: this.#tokenAfter(i, place.end) };
  }

  /** The place mention that starts at token `i`, if any (no object made for a look-up that finds none). */
  #placeStartingAt(i: number): { start: number; end: number; name: string } | undefined {
    const t = this.tokens.get(i);
    const place = t === undefined ? undefined : spanAt(this.#places, t.start);
    return place !== undefined && place.start === t?.start ? place : undefined;
  }

  /** The first token after token `i` that ends past `end`: the one after a name that token `i` opens. */
  #tokenAfter(i: number, end: number): number {
    let next = i + 1;
    while ((this.tokens.endAt(next) ?? Infinity) <= end) next++;
    return next;
  }

  /**
   * A speaker starting at token `i`: a person mention, a pronoun, or a generic
   * source (`experts`). Returns the speaker and the index after its words.
   */
  speakerAt(i: number): { ref: SpeakerRef; next: number } | null {
    const t = this.tokens.get(i);
    if (t === undefined) return null;
    const m = this.mentionAt(i);
    if (m !== undefined) {
      const next = this.#tokenAfter(i, m.end);
      // `the Trump administration said`, `a Biden campaign official said`: a name that qualifies a noun speaks not.
      if (m.via !== "descriptor" && NAME_QUALIFIED_HEADS.has(this.tokens.textAt(next) ?? "")) return null;
      const via = m.via === "name" ? "name" : m.via === "alias" ? "alias" : "descriptor";
      return { ref: { personId: m.personId, name: m.name, mention: { start: m.start, end: m.end }, resolvedVia: via }, next };
    }
    if (t.kind !== "word") return null;
    const org = spanAt(this.#organizations, t.start);
    if (org !== undefined) {
      return { ref: bodyRef(org), next: this.#tokenAfter(i, org.end) };
    }
    // `Beijing said`, `"…," Moscow said`: a country or its capital speaks for its government, only right before the
    // verb (`Putin said Moscow would …` is no speaker after it, `in New York said` none before it).
    const place = this.#placeStartingAt(i);
    if (place !== undefined) {
      const next = this.#tokenAfter(i, place.end);
      const before = this.tokens.get(i - 1);
      // (A clause may open with a subordinator: `though Spain said it would not meet the goal`.)
      const opensClause = before === undefined || before.kind === "punct" || before.lower === "and" || before.lower === "but" || SUBORDINATORS.has(before.lower);
      // (An auxiliary or an adverb may stand between: `Baku has demanded that …`, `Moscow later said`.)
      let verb = next;
      while (verb < next + 2 && (ADVERBS_BEFORE_VERB.has(this.tokens.lowerAt(verb) ?? "") || PERFECT_AUXILIARIES.has(this.tokens.lowerAt(verb) ?? ""))) verb++;
      // (So does the agent of a verb of saying: `The talks, described by Beijing as "candid"`.)
      const agent = before?.lower === "by" && this.cueWords.has(this.tokens.textAt(i - 2) ?? "");
      if ((opensClause && this.cueWords.has(this.tokens.textAt(verb) ?? "")) || agent) return { ref: bodyRef(place), next };
    }
    // The narrator (`“Okay,” I said`): kept as written, with no person behind it.
    // (With a verb contracted onto it, the pronoun alone: `As I've suggested`, `I'd add`.)
    const contracted = t.lower.search(PATTERNS.contractedVerb);
    const narrator = contracted > 0 ? t.text.slice(0, contracted) : t.text;
    // (`we’re` stays a pronoun with its verb: `If we’re hearing Rubio’s strategy correctly when he says …`.)
    if (narrator === "I" || t.lower === "we") {
      return { ref: { personId: null, name: narrator, mention: { start: t.start, end: t.start + narrator.length }, resolvedVia: "pronoun" }, next: i + 1 };
    }
    // `The former said …; the latter said …`: the first or the last of the two people the sentence before names.
    // (Not an adjective: `The former Republican presidential candidate continued`, `the former president said`.)
    if ((t.lower === "former" || t.lower === "latter") && this.tokens.lowerAt(i - 1) === "the" && opensPredicate(this.tokens.get(i + 1))) {
      const pair = this.#pairBefore(t.start);
      const person = pair === null ? undefined : t.lower === "former" ? pair[0] : pair[1];
      const the = this.tokens.get(i - 1);
      if (person !== undefined && the !== undefined) return { ref: { personId: person.id, name: person.name, mention: { start: the.start, end: t.end }, resolvedVia: "descriptor" }, next: i + 1 };
    }
    // `they said`: a group the text does not name here, kept as written like `experts`; but the report's two leaders
    // when the sentence before opens with them (`The two leaders met for two hours. They confirmed that …`).
    if (t.lower === "they") {
      const name = this.#leaderPair !== null && this.#leadersOpenSentenceBefore(i) ? this.#leaderPair : "they";
      return { ref: { personId: null, name, mention: { start: t.start, end: t.end }, resolvedVia: "pronoun" }, next: i + 1 };
    }
    // `Labour MPs have warned … One said: "…"`: one of the group the sentence before names speaks for it.
    // (So does another of them: `…," one of the diplomats said. Another described the talks as "…"`.)
    if ((t.lower === "one" || t.lower === "another") && opensSentence(this.tokens, i) && this.cueWords.has(this.tokens.lowerAt(i + 1) ?? "")) {
      const group = this.#groupBefore(i);
      if (group !== null) return { ref: { ...group, mention: { start: t.start, end: t.end } }, next: i + 1 };
    }
    // `His host said …`, `her guest`: of the report's two leaders, the one the possessor is not.
    if ((t.lower === "his" || t.lower === "her") && OTHER_PARTIES.has(this.tokens.lowerAt(i + 1) ?? "") && this.#pair !== null) {
      const possessor = this.resolvePronoun(t.start, t.lower === "his" ? "m" : "f");
      const [a, b] = this.#pair;
      const other = possessor === a ? b : possessor === b ? a : null;
      if (other !== null) return { ref: { personId: other.id, name: other.name, mention: { start: t.start, end: this.tokens.endAt(i + 1) ?? t.end }, resolvedVia: "descriptor" }, next: i + 2 };
    }
    const gender = SPEAKER_PRONOUNS[t.lower];
    // (`HE the Turkish President`, `HE President …`: the Gulf agencies' His Excellency, a style before a title.)
    if (this.#excellencyAt(i)) return null;
    if (gender !== undefined && (t.lower === "he" || t.lower === "she" || t.lower === "they" || t.lower === "him" || t.lower === "her" || t.lower === "his" || t.lower === "them")) {
      const person = this.resolvePronoun(t.start, gender);
      // `she said` with no woman named before: the speaker is `she`, as written, rather than someone of the other sex.
      if (person === null && (t.lower === "he" || t.lower === "she")) {
        return { ref: { personId: null, name: t.lower, mention: { start: t.start, end: t.end }, resolvedVia: "pronoun" }, next: i + 1 };
      }
      if (person === null) return null;
      return { ref: { personId: person.id, name: person.name, mention: { start: t.start, end: t.end }, resolvedVia: "pronoun" }, next: i + 1 };
    }
    // `the two leaders`, `both presidents`: the two leaders of the report, when it has exactly two.
    // (`the leaders said`, too, when the report knows only the two; not where it gathers a bloc's leaders,
    // `Gulf Cooperation Council leaders gathered in Kuwait`, two of whom it names.)
    if (this.#leaderPair !== null && pairOfLeadersAt(this.tokens, i, this.tokens.lowerAt(i - 1) === "the" && !this.#blocLeaders())) {
      return { ref: { personId: null, name: this.#leaderPair, mention: { start: t.start, end: t.end }, resolvedVia: "descriptor" }, next: i + 1 };
    }
    // `one of the sources`, `two of the officials`: a member of a generic group, named as written.
    if (t.lower === "one" || t.lower === "two" || t.lower === "three") {
      const of = this.tokens.lowerAt(i + 1) === "of" ? i + 2 : -1;
      const head = of > 0 && GROUP_DETERMINERS.has(this.tokens.lowerAt(of) ?? "") ? of + 1 : of;
      const group = head > 0 ? this.tokens.get(head) : undefined;
      if (group !== undefined && GENERIC_SOURCES.has(group.lower) && !FEW_OR_MANY.has(group.lower)) {
        const name = lowerPhrase(this.tokens, i, head + 1);
        return { ref: { personId: null, name, mention: { start: t.start, end: group.end }, resolvedVia: "descriptor" }, next: head + 1 };
      }
    }
    // (A group that owns what follows qualifies it and says nothing: `a People's Party MP`, `the experts' report`.)
    if (GENERIC_SOURCES.has(t.lower) && !FEW_OR_MANY.has(t.lower) && !isPossessiveAt(this.tokens, i + 1)) {
      // `European officials`, `senior Chinese diplomats`: the words that qualify the group are part of its name.
      let from = i;
      for (let n = 0; n < MAX_GROUP_QUALIFIERS; n++) {
        // (`U.S. officials`: an abbreviation's glued stop.)
        const stop = this.tokens.textAt(from - 1) === "." && this.tokens.endAt(from - 2) === this.tokens.startAt(from - 1) ? 1 : 0;
        const word = this.tokens.get(from - 1 - stop);
        // (So may a person's name before a noun it qualifies: `Trump administration officials`, `McConnell aides`.)
        const named = stop === 0 ? this.mentionAt(from - 1) : undefined;
        if (named !== undefined && named.via !== "descriptor" && NAME_QUALIFIED_HEADS.has(this.tokens.textAt(from) ?? "")) {
          from = this.tokens.indexAt(named.start);
          break;
        }
        // (A qualifier may open a line, `Canadian officials had said …`; it may not end the line above.)
        if (!this.#qualifiesGroup(word, stop === 1) || this.tokens.newLineAt(from) === true) break;
        from -= 1 + stop;
      }
      const first = this.tokens.get(from) ?? t;
      // (`People familiar with the talks said`: a postmodifier that runs up to the verb is part of the group's name.)
      const end = this.#postmodifierEnd(i + 1);
      if (end > i + 1) {
        const name = `${from === i ? t.lower : this.#groupName(from, i)} ${joinedAsWritten(this.tokens, i + 1, end)}`;
        return { ref: { personId: null, name, mention: { start: first.start, end: this.tokens.endAt(end - 1) ?? t.end }, resolvedVia: "descriptor" }, next: end };
      }
      // (An acronym's plural keeps its capitals: `MPs`.)
      const alone = pluralAcronym(t.text) ? t.text : t.lower;
      return { ref: { personId: null, name: from === i ? alone : this.#groupName(from, i), mention: { start: first.start, end: t.end }, resolvedVia: "descriptor" }, next: i + 1 };
    }
    return null;
  }

  /** The organisation that opens the sentence before the one at `offset` as its subject (`Hamas also welcomed …`), if any. */
  #bodyInSentenceBefore(offset: number): { start: number; end: number; name: string } | undefined {
    const before = this.sentences[this.#sentenceIndexAt(offset) - 1];
    if (before === undefined) return undefined;
    const first = tokenIndexAt(this.tokens, before.start);
    const opening = this.tokens.lowerAt(first) === "the" ? first + 1 : first;
    const body = spanAt(this.#organizations, this.tokens.startAt(opening) ?? -1);
    return body !== undefined && body.start === this.tokens.startAt(opening) ? body : undefined;
  }

  /** Whether the text names a bloc's leaders (`GCC leaders`, `Gulf Cooperation Council leaders`), read once. */
  #blocLeaders(): boolean {
    if (this.#manyLeaders === undefined) {
      this.#manyLeaders = false;
      for (let k = 1; k < this.tokens.length && !this.#manyLeaders; k++) {
        if (this.tokens.lowerAt(k) !== "leaders") continue;
        const bloc = this.tokens.get(k - 1);
        this.#manyLeaders = bloc !== undefined && bloc.kind === "word" && bloc.text.length > 1 && !this.demonyms.has(bloc.lower) && ((isAllCaps(bloc.text) && !this.#placeStartingAt(k - 1)) || (bloc.capitalized && BLOC_NAME_ENDS.has(bloc.lower)));
      }
    }
    return this.#manyLeaders;
  }

  /** The generic group of sources the sentence before token `i` names (`Labour MPs have warned`), or null. */
  #groupBefore(i: number): SpeakerRef | null {
    let k = i - 1;
    // (Past the sentence's closing marks, then back through the sentence before, within a bounded reach.)
    while (k >= 0 && k >= i - 3 && this.tokens.kindAt(k) === "punct") k--;
    for (let n = 0; k >= 0 && n < GROUP_BEFORE_REACH; k--, n++) {
      if (SENTENCE_TERMINALS.has(this.tokens.textAt(k) ?? "")) return null;
      if (!GENERIC_SOURCES.has(this.tokens.lowerAt(k) ?? "") || FEW_OR_MANY.has(this.tokens.lowerAt(k) ?? "")) continue;
      const found = this.speakerAt(k);
      if (found !== null && found.ref.personId === null) return found.ref;
    }
    return null;
  }

  /**
   * Where a group's postmodifier starting at token `k` ends right before a reporting verb (`familiar with the talks`,
   * `close to the negotiations`, `briefed on the matter`), or `k` when there is none.
   */
  #postmodifierEnd(k: number): number {
    const head = this.tokens.lowerAt(k) ?? "";
    const preposition = this.tokens.lowerAt(k + 1) ?? "";
    if (GROUP_POSTMODIFIERS.get(head) !== preposition) return k;
    for (let j = k + 2; j <= k + 2 + MAX_POSTMODIFIER_WORDS; j++) {
      if (this.tokens.kindAt(j) !== "word" && !isPossessiveAt(this.tokens, j)) return k;
      if (this.cueWords.has(this.tokens.lowerAt(j + 1) ?? "")) return j + 1;
    }
    return k;
  }

  /**
   * The words of a qualified group, tokens `[from, to]`, as written; a common adjective opening a sentence loses its
   * capital, a demonym keeps it (`senior officials`, `European officials`, `U.S. officials`).
   */
  #groupName(from: number, to: number): string {
    const text = joinedAsWritten(this.tokens, from, to + 1);
    const first = this.tokens.get(from);
    return first !== undefined && COMMON_QUALIFIERS.has(first.lower) ? first.lower + text.slice(first.text.length) : text;
  }

  /** True for a word that qualifies a group of sources (`European`, `senior`, `two`), not a name or a determiner. */
  #qualifiesGroup(t: Token | undefined, abbreviated: boolean): boolean {
    if (t === undefined || t.kind !== "word") return false;
    if (abbreviated) return this.demonyms.has(`${t.lower}.`);
    return this.demonyms.has(t.lower) || COMMON_QUALIFIERS.has(t.lower) || PROPER_QUALIFIERS.has(t.lower) || PARTY_ADJECTIVES.has(t.lower);
  }

  /**
   * A description the entities stage left open because several people fit it (`the president`, with two presidents
   * in the report): the latest speaker before `at` whose role it names, if any; else the description as written.
   */
  settleDescription(ref: SpeakerRef, at: number): SpeakerRef {
    if (ref.personId !== null || ref.resolvedVia !== "descriptor" || !ref.name.startsWith("the ")) return ref;
    const role = ref.name.slice("the ".length).toLowerCase();
    // `the former`, `the latter` point back at a name, not at a role.
    if (role === "former" || role === "latter") return ref;
    // `Hamas also welcomed the outcome. The group said …`: a body's noun is the body that opens the sentence before.
    if (BODY_NOUNS.has(role) && ref.mention !== null) {
      const body = this.#bodyInSentenceBefore(ref.mention.start);
      return body === undefined ? ref : { ...bodyRef(body), mention: ref.mention, resolvedVia: "descriptor" };
    }
    // An office the speaker holds word for word (`the president`), else a description of its class (`According to
    // the head of state` in a report of two leaders: the leader who spoke last).
    const holds = (p: PersonDraft): boolean => p.roles.some((x) => x.toLowerCase().startsWith(role));
    // `Keir Starmer has arrived at the World Forum. The prime minister told the BBC …`: the previous sentence's subject.
    // (Or whose office has the word, for the previous sentence's subject: `the minister` for `Foreign Minister of Russia`.)
    const inOffice = (p: PersonDraft): boolean => !role.includes(" ") && p.roles.some((x) => x.toLowerCase().split(" ").includes(role));
    const named = this.#previousSubject(at, holds) ?? this.#previousSubject(at, inOffice);
    if (named !== undefined) return { ...ref, personId: named.id, name: named.name };
    const fits = [holds];
    const cls = GENERIC_ROLE_NOUNS.has(role) ? this.roleClasses.get(role) : undefined;
    if (cls !== undefined && !this.#someoneHolds(role, holds)) {
      const ofClass = (p: PersonDraft): boolean => p.roleClasses.has(cls);
      // `President Ilham Aliyev thanked Vladimir Putin. The head of state noted …`, `Vladimir Putin opened the session.
      // «…», the head of state stressed.`: the previous sentence's subject of that class, as for an office held.
      const subject = this.#previousSubject(at, ofClass);
      if (subject !== undefined) return { ...ref, personId: subject.id, name: subject.name };
      fits.push(ofClass);
    }
    for (const fit of fits) {
      const p = this.#latestSpeaker(at, fit, MAX_RECENT_SEARCHED)?.person;
      if (p !== undefined) return { ...ref, personId: p.id, name: p.name };
    }
    // `… Vladimir Zharikhin, deputy director of the Institute of CIS Countries … "…," the expert believes`: with no one
    // called an expert, the person named last before who holds no office of state.
    const commentator = EXPERT_WORDS.has(role) ? this.#latestMentioned(at, (p) => ![...p.roleClasses].some((c) => STATE_CLASSES.has(c))) : undefined;
    if (commentator !== undefined) return { ...ref, personId: commentator.id, name: commentator.name };
    // `An Elysee official, who asked not to be named, told AFP … "…," the official said`: the one the text introduced
    // without a name, as it introduced them.
    const introduced = this.#introducedAs(at, role);
    return introduced === null ? ref : { ...ref, name: introduced };
  }

  /** `an Elysee official` for `official`: how the text last introduced someone of that word, within reach before `at`, or null. */
  #introducedAs(at: number, role: string): string | null {
    if (role.includes(" ")) return null;
    const end = tokenIndexAt(this.tokens, at);
    for (let k = end - 1; k >= Math.max(0, end - INTRODUCED_REACH); k--) {
      if (this.tokens.lowerAt(k) !== role) continue;
      // (Not the word as a qualifier of a source's noun: `a senior Japanese government official` introduced an official.)
      const next = this.tokens.lowerAt(k + 1) ?? "";
      if (GENERIC_SOURCE_MEMBERS.has(next) || (next.endsWith("s") && GENERIC_SOURCE_MEMBERS.has(next.slice(0, -1)))) continue;
      for (let d = k - 1; d >= Math.max(0, k - 1 - MAX_GROUP_QUALIFIERS); d--) {
        const w = this.tokens.get(d);
        if (w === undefined || w.kind !== "word") break;
        if (w.lower === "a" || w.lower === "an") return phraseAsWritten(this.tokens, d, k + 1);
        // (A clause's word ends the phrase: `a meeting that government sources described as …` introduces no sources.)
        if (RELATIVE_PRONOUNS.has(w.lower) || PREPOSITIONS.has(w.lower) || SUBORDINATORS.has(w.lower) || DETERMINERS.has(w.lower)) break;
      }
    }
    return null;
  }

  /** The person of the latest of a few mentions before `at`, within a pronoun's reach, that `fit` accepts. */
  #latestMentioned(at: number, fit: (p: PersonDraft) => boolean): PersonDraft | undefined {
    const lo = firstStartingAtOrAfter(this.mentions, at);
    for (let k = lo - 1; k >= 0 && k >= lo - MAX_RECENT_SEARCHED; k--) {
      const m = this.mentions[k];
      if (m === undefined || at - m.start > PRONOUN_REACH) return undefined;
      const p = m.personId === null ? undefined : this.#byId.get(m.personId);
      if (p !== undefined && !this.isQuoted(m.start) && fit(p)) return p;
    }
    return undefined;
  }

  /**
   * The latest person who spoke before `at`, within a pronoun's reach and among the last `searched` speakers, that
   * `fit` accepts; with where they spoke.
   */
  #latestSpeaker(at: number, fit: (p: PersonDraft) => boolean, searched: number): { person: PersonDraft; at: number; labelled: boolean } | null {
    for (let k = this.#recent.length - 1; k >= 0 && k >= this.#recent.length - searched; k--) {
      const r = this.#recent[k];
      if (r === undefined || r.at > at) continue;
      if (at - r.at > PRONOUN_REACH) break;
      const p = r.ref.personId === null ? undefined : this.#byId.get(r.ref.personId);
      if (p !== undefined && fit(p)) return { person: p, at: r.at, labelled: r.ref.resolvedVia === "label" };
    }
    return null;
  }

  /**
   * The subject of the sentence before the one at `at` (the first person it names outside quotation marks), when
   * `fit` accepts them: a description opening the next sentence most likely goes on with them.
   */
  #previousSubject(at: number, fit: (p: PersonDraft) => boolean): PersonDraft | undefined {
    const previous = this.sentences[this.#sentenceIndexAt(at) - 1];
    const subject = previous === undefined ? undefined : this.#namedIn(previous)[0];
    return subject !== undefined && fit(subject) ? subject : undefined;
  }

  /**
   * The two people named in the latest of the few sentences before the one at `at` that names any, in the order
   * named; null unless they are exactly two.
   */
  #pairBefore(at: number): [PersonDraft, PersonDraft] | null {
    const own = this.#sentenceIndexAt(at);
    for (let s = own - 1; s >= 0 && s >= own - PAIR_SENTENCES; s--) {
      const sentence = this.sentences[s];
      if (sentence === undefined) break;
      const named = this.#namedIn(sentence);
      if (named.length === 0) continue;
      const [former, latter] = named;
      return named.length === 2 && former !== undefined && latter !== undefined ? [former, latter] : null;
    }
    return null;
  }

  /** Index of the sentence that holds offset `at` (or of the first after it). */
  #sentenceIndexAt(at: number): number {
    return firstStartingAtOrAfter(this.sentences, sentenceAt(this.sentences, at)?.start ?? at);
  }

  /**
   * The people a sentence names outside quotation marks, each once, in the order named (among its first mentions:
   * hostile text may hold thousands).
   */
  #namedIn(sentence: Sentence): PersonDraft[] {
    const named: PersonDraft[] = [];
    const first = firstStartingAtOrAfter(this.mentions, sentence.start);
    for (let k = first; k < first + MAX_RECENT_SEARCHED; k++) {
      const m = this.mentions[k];
      if (m === undefined || m.start >= sentence.end) break;
      const p = m.personId === null || this.isQuoted(m.start) ? undefined : this.#byId.get(m.personId);
      if (p !== undefined && !named.includes(p)) named.push(p);
    }
    return named;
  }

  /** Whether anyone in the report holds the office `role` names, asked once per office. */
  #someoneHolds(role: string, holds: (p: PersonDraft) => boolean): boolean {
    let answer = this.#officeHeld.get(role);
    if (answer === undefined) {
      answer = [...this.#byId.values()].some(holds);
      this.#officeHeld.set(role, answer);
    }
    return answer;
  }

  /** True when the sentence before the one holding token `i` opens with the report's leaders (`The two leaders`, `Both presidents`). */
  #leadersOpenSentenceBefore(i: number): boolean {
    // Back to this sentence's start, then to the one before it, a bounded way each: hostile text of thousands of
    // `they` and no stop must not read back to its beginning for each.
    let k = i;
    while (k > 0 && i - k <= MAX_SENTENCE_BACK && !opensSentence(this.tokens, k)) k--;
    if (!opensSentence(this.tokens, k)) return false;
    let start = k - 1;
    while (start > 0 && k - start <= MAX_SENTENCE_BACK && !opensSentence(this.tokens, start)) start--;
    if (start < 0 || !opensSentence(this.tokens, start)) return false;
    const first = this.tokens.lowerAt(start) ?? "";
    const noun = first === "the" && this.tokens.lowerAt(start + 1) === "two" ? start + 2 : start + 1;
    return (first === "both" || first === "the") && pairOfLeadersAt(this.tokens, noun, true);
  }

  /**
   * A pronoun's speaker after the words it reports, when they name that person (not as a possessor): the one who spoke
   * last, in the two sentences before or in their own, if someone else. `Putin, he said, had thanked Modi` after `Kremlin
   * spokesman Dmitry Peskov called the talks …` is Peskov's (else the text would write `Putin said`); `Grayson has
   * introduced the act …, he said`, with nobody speaking before, stays Grayson's.
   */
  outsideOf(ref: SpeakerRef, from: number): SpeakerRef {
    const person = ref.personId === null ? undefined : this.#byId.get(ref.personId);
    if (ref.resolvedVia !== "pronoun" || person === undefined || person.gender === null || ref.mention === null || ref.mention.start <= from) return ref;
    const to = ref.mention.start;
    let named = false;
    for (let k = firstStartingAtOrAfter(this.mentions, from); k < this.mentions.length && !named; k++) {
      const m = this.mentions[k];
      if (m === undefined || m.end > to) break;
      named = m.personId === person.id && m.via !== "pronoun" && !this.isQuoted(m.start) && !isPossessiveAt(this.tokens, tokenIndexAt(this.tokens, m.end));
    }
    if (!named) return ref;
    const gender = person.gender;
    // (Not past another verb of saying in the words, whose subject the pronoun may go on with: `When Ms. Friedan …
    // recommended …, Mrs. Schlafly replied … because, she said, …`.)
    for (let k = tokenIndexAt(this.tokens, from); (this.tokens.startAt(k) ?? to) < to; k++) if (this.cueWords.has(this.tokens.textAt(k) ?? "")) return ref;
    const last = this.#latestSpeaker(from, (p) => p.gender === null || p.gender === gender, Infinity);
    const own = this.#sentenceIndexAt(from);
    const since = this.sentences[Math.max(0, own - SPOKE_BEFORE_SENTENCES)]?.start ?? from;
    return last === null || last.person.id === person.id || last.at < since ? ref : { ...ref, personId: last.person.id, name: last.person.name };
  }

  /** The person a pronoun at `at` stands for: the latest speaker, else the latest mention, whose gender fits. */
  resolvePronoun(at: number, gender: "m" | "f" | "p", chain = 0): PersonDraft | null {
    if (gender === "p") return null;
    // `He also held talks with Li Qiang, where he expressed "serious concern"`: a pronoun after one of the same gender
    // that opens its sentence continues that subject, whoever is named between.
    const opening = this.#openingPronoun(at, gender);
    if (opening >= 0) return this.resolvePronoun(opening, gender, chain);
    const speaker = this.#latestSpeaker(at, (p) => p.gender === null || p.gender === gender, Infinity);
    // A person mentioned after that speaker and before the pronoun takes precedence, unless named in the speaker's
    // own sentence (`Sheinbaum said she had invited Meloni. "We want more," she said.`).
    // (A transcript's label is no sentence: `PAVEL OSTROV: Trump got a meeting. He said afterwards …` is Trump, named
    // at the turn's first word.)
    if (speaker !== null) return this.#latestMention(at, speaker.labelled ? speaker.at - 1 : this.#sentenceEndAfter(speaker.at, at), gender, chain) ?? speaker.person;
    return this.#latestMention(at, at - PRONOUN_REACH, gender, chain);
  }

  #latestMention(at: number, after: number, gender: "m" | "f", chain: number): PersonDraft | null {
    let aside: PersonDraft | null = null;
    // (Quoted words name no one a pronoun outside them stands for; inside a turn of a transcript, a pronoun goes back
    // to the turn's own words: `PAVEL OSTROV: Trump got a meeting. He said afterwards …`.)
    const quoted = this.isQuoted(at);
    for (let k = firstStartingAtOrAfter(this.mentions, at) - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m === undefined || m.start >= at) continue;
      if (m.start <= after) break;
      if (this.isQuoted(m.start) && !quoted) continue;
      const p = m.personId === null ? undefined : this.#byId.get(m.personId);
      if (p === undefined || (p.gender !== null && p.gender !== gender)) continue;
      // `Lavrov, who represented President Vladimir Putin, told reporters`: a person inside a relative
      // clause is less likely meant than the subject it describes; taken only when nobody else fits.
      // (So is one inside the sentence's opening clause when the pronoun comes after it: `Asked whether he still
      // considered Xi a dictator, he replied`.)
      if (this.#inRelativeClause(m.start) || this.#inOpeningClause(m.start, at)) {
        aside ??= p;
        continue;
      }
      // (`He was received … by the President himself. He is also the Guest of Honour`: a sentence that opens on the
      // pronoun continues the subject of one before that opened on it too, whoever that one names after it.)
      const before = chain < MAX_PRONOUN_CHAIN && sentenceAt(this.sentences, at)?.start === at ? this.#openingPronoun(m.start, gender) : -1;
      if (before >= 0) return this.resolvePronoun(before, gender, chain + 1);
      return this.#subjectOfSentence(k, after, gender, at) ?? p;
    }
    return aside;
  }

  /**
   * The first person of fitting gender named in the sentence of mention `k`, before it: the subject, which a later
   * pronoun most likely continues (`Sheinbaum said she had invited Meloni. "We want more," she said.`).
   */
  #subjectOfSentence(k: number, after: number, gender: "m" | "f", pronoun: number): PersonDraft | null {
    const at = this.mentions[k]?.start ?? 0;
    const sentenceStart = sentenceAt(this.sentences, at)?.start ?? at;
    let subject: PersonDraft | null = null;
    for (let j = k - 1; j >= 0; j--) {
      const m = this.mentions[j];
      if (m === undefined || m.start < sentenceStart || m.start <= after) break;
      const p = m.personId === null ? undefined : this.#byId.get(m.personId);
      // (Nor a possessor: `Putin's foreign policy adviser Yuri Ushakov told reporters …` has the adviser for subject.)
      // (Not a contracted `is` or `has`: `Christie's been making the case …`.)
      const end = this.#tokenAfter(this.tokens.indexAt(m.start), m.end);
      const possessor = isPossessiveAt(this.tokens, end) && !AFTER_CONTRACTED_S.has(this.tokens.lowerAt(end + 1) ?? "");
      if (p !== undefined && (p.gender === null || p.gender === gender) && !this.isQuoted(m.start) && !this.#inRelativeClause(m.start) && !this.#inOpeningClause(m.start, pronoun) && !this.#modifiesNoun(m) && !possessor) subject = p;
    }
    return subject;
  }

  /**
   * True for a name used as a noun's modifier (`The Clinton approach is …`, `a Biden aide`): after an article and
   * before a lower-case word that is no verb (`the Dalai Lama said` and `has said` stay names).
   */
  #modifiesNoun(m: Mention): boolean {
    const i = this.tokens.indexAt(m.start);
    const article = this.tokens.lowerAt(i - 1) ?? "";
    const next = this.tokens.get(this.#tokenAfter(i, m.end));
    if ((article !== "the" && article !== "a" && article !== "an") || next === undefined || next.kind !== "word" || next.capitalized) return false;
    const w = next.lower;
    return !this.cueWords.has(next.text) && !PASSIVE_AUXILIARIES.has(w) && !PERFECT_AUXILIARIES.has(w) && !ADVERBS_BEFORE_VERB.has(w) && !w.endsWith("ed");
  }

  /** Where a subject pronoun of `gender` opening the sentence of `at` starts, when it stands before `at`; else -1. */
  #openingPronoun(at: number, gender: "m" | "f"): number {
    const start = sentenceAt(this.sentences, at)?.start;
    if (start === undefined) return -1;
    const first = tokenIndexAt(this.tokens, start);
    const t = this.tokens.get(first);
    const subject = gender === "m" ? "he" : "she";
    // (Not the Gulf agencies' His Excellency: `HE President Aoun expressed his thanks` opens with Aoun.)
    return t !== undefined && t.lower === subject && t.start < at && !this.#excellencyAt(first) ? t.start : -1;
  }

  /** True when token `i` is `HE`, His Excellency, before a title (`HE the Turkish President`, `HE President …`): no pronoun; not in a line of capitals (`HE SAID`). */
  #excellencyAt(i: number): boolean {
    return this.tokens.textAt(i) === EXCELLENCY_ABBREVIATION && (this.tokens.lowerAt(i + 1) === "the" || (this.tokens.capitalizedAt(i + 1) === true && !isAllCaps(this.tokens.textAt(i + 1) ?? "")));
  }

  /** Where the sentence holding `offset` ends, or `limit` when it runs on past it. */
  #sentenceEndAfter(offset: number, limit: number): number {
    return Math.min(sentenceAt(this.sentences, offset)?.end ?? limit, limit);
  }

  /** True when `offset` lies in a participle clause opening its sentence (`Asked whether …,`) and `at` after its comma. */
  #inOpeningClause(offset: number, at: number): boolean {
    const sentence = sentenceAt(this.sentences, offset);
    if (sentence === undefined || at >= sentence.end) return false;
    const first = this.tokens.indexAt(sentence.start);
    const opener = this.tokens.lowerAt(first) ?? "";
    // (A participle's subject is the main clause's, so the people in it are its objects, as are those of an opening
    // prepositional phrase, `Soon after the murder of Father Jacques Hamel, Trump asserted`; a subordinate clause has a
    // subject of its own that a pronoun after it may continue: `While Trump affirmed …, he also stated`.)
    const lead = OPENING_ADVERBS.has(opener) ? this.tokens.lowerAt(first + 1) ?? "" : opener;
    const participle = opener.length > 4 && (opener.endsWith("ed") || opener.endsWith("ing"));
    // (`after`, `before`, `since`, `until` take a noun phrase as well as a clause: `after the murder of …`.)
    const phraseOpener = DETERMINERS.has(this.tokens.lowerAt(first + (lead === opener ? 1 : 2)) ?? "");
    const prepositional = TIME_PREPOSITIONS.has(lead) ? phraseOpener : PREPOSITIONS.has(lead);
    if (!participle && !prepositional) return false;
    for (let k = first + 1; k < first + MAX_OPENING_CLAUSE; k++) {
      const t = this.tokens.get(k);
      if (t === undefined || t.start >= sentence.end) return false;
      if (t.text === ",") return offset < t.start && at > t.start;
    }
    return false;
  }

  /** True when a relative pronoun (`who`, `which`) opens the clause that holds `offset`, since its comma. */
  #inRelativeClause(offset: number): boolean {
    const i = this.tokens.indexAt(offset);
    for (let k = i - 1; k >= Math.max(0, i - RELATIVE_REACH); k--) {
      const t = this.tokens.get(k);
      if (t === undefined || t.text === "," || t.text === "." || t.text === ";") return false;
      if (RELATIVE_PRONOUNS.has(t.lower)) return true;
    }
    return false;
  }
}

/** An organisation or a place that speaks as a body (`the Kremlin said`, `Beijing said`), as the report names it. */
function bodyRef(span: { start: number; end: number; name: string }): SpeakerRef {
  return { personId: null, name: span.name, mention: { start: span.start, end: span.end }, resolvedVia: "name" };
}
