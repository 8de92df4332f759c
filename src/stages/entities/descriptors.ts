import { NAME_PARTICLES } from "../../lexicon/first-names.js";
import { CLOSING_QUOTE_MARKS, DOUBLE_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { BODY_AFFILIATIONS } from "../../lexicon/organizations.js";
import { BARE_OFFICES, CHARACTER_WORDS, CROWNED_TITLES, COURTESY_TITLES, GENERIC_ROLE_NOUNS, GOVERNMENT_HEAD_OFFICES, HEAD_OFFICES, OFFICE_SHORT_FORMS, PARTY_WORDS, PAST_TENURE_WORDS, STYLES } from "../../lexicon/roles.js";
import type { Lexicon } from "../../lexicon/compile.js";
import type { PersonDraft } from "../../pipeline/state.js";
import { matchPhrase } from "../../text/phrases.js";
import { isAllCaps, isCapitalizedAt, isGluedPeriod, isPossessiveAt, isSentenceStop, lowerPhrase, opensSentence, tokenIndexAt, type Token, type TokenList } from "../../text/tokens.js";
import { OFFICE_OBJECT_PREPOSITIONS, PASSIVE_AUXILIARIES, PREPOSITIONS, REASON_FOR_VERBS, RELATIVE_PRONOUNS } from "../../lexicon/function-words.js";
import { firstStartingAtOrAfter } from "../../text/lookup.js";
import { countryOf, roleClassesOf, type PeopleRegistry } from "./registry.js";
import { courtesyStop, PREDICATE_OPENERS } from "./roles.js";
import { countryAt } from "./names.js";

/** Words that may stand between the determiner and the role noun (`the current Russian`). */
const MODIFIERS = new Set(["former", "current", "new", "outgoing", "incoming", "top", "chief", "senior", "kremlin", "white", "house", "then"]);

/**
 * Finds descriptions that stand for a person (`the Belarusian leader`, `the
 * head of Belarus`, `the spokesman for the Russian president`) and ties each
 * to the one person in the registry whose role class and country fit.
 */
export function findDescriptors(view: string, tokens: TokenList, taken: Uint8Array, registry: PeopleRegistry, lexicon: Lexicon): void {
  const people = indexPeople(registry.people);
  const byId = new Map(registry.people.map((p) => [p.id, p]));
  // People by where their names start, for a description in apposition before a name.
  const namedAt = new Map<number, PersonDraft>();
  // People by where a mention of them ends, for a description in apposition after it (`Mr. Coats, the director of
  // national intelligence,`).
  // (Not a name after a preposition: `At a press conference in Chelsea, the mayor said` opens with a place.)
  const namedUntil = new Map<number, PersonDraft>();
  for (const m of registry.mentions) {
    const p = m.personId === null ? undefined : byId.get(m.personId);
    if (p !== undefined && m.via === "name") namedAt.set(m.start, p);
    if (p !== undefined && !PREPOSITIONS.has(tokens.lowerAt(tokenIndexAt(tokens, m.start) - 1) ?? "")) namedUntil.set(m.end, p);
  }
  // Mention starts in order, built at the first `his Russian counterpart` or bare age, for the person it stands for.
  let starts: { start: number; person: PersonDraft }[] | null = null;
  const mentionStarts = (): { start: number; person: PersonDraft }[] =>
    registry.mentions
      .flatMap((m) => {
        const person = m.personId === null ? undefined : byId.get(m.personId);
        return person === undefined ? [] : [{ start: m.start, person }];
      })
      .sort((a, b) => a.start - b.start);
  // Where each sentence starts, as token indices, found in one pass at the first description that asks: a text of
  // thousands of descriptions and no full stop then costs no look back to its beginning for each.
  let sentenceStarts: number[] | null = null;
  /** The first person named from the start of the sentence before the one holding token `i` up to offset `to`. */
  const firstNamedInSentenceBefore = (i: number, to: number): PersonDraft | undefined => {
    const from = previousSentenceStart(tokens, (sentenceStarts ??= sentenceStartsOf(tokens)), i);
    return from === null ? undefined : firstFrom((starts ??= mentionStarts()), from, to);
  };
  // The one person whose office names a place within a country (`Ohio Governor John Kasich`), by the place, or null.
  const placeHolders = new Map<string, PersonDraft | null>();
  // People by the style the text first gave them (`his highness`), built at the first bare style.
  let styled: Map<string, PersonDraft> | null = null;
  /** Records `person` as the one the description `[from, to)` at `span` stands for, as `descriptor`; the token to go on from. */
  const describe = (person: PersonDraft, span: { start: number; end: number }, descriptor: string, from: number, to: number): number => {
    registry.addMention(person, span, "descriptor");
    if (!person.descriptors.includes(descriptor)) person.descriptors.push(descriptor);
    taken.fill(1, from, to);
    return to - 1;
  };
  // Where each role noun last came after `a` or `an` (`A European diplomat, speaking on condition of anonymity, …`):
  // `the diplomat` soon after is that unnamed person again.
  const indefinite = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    // Only an article, a possessive or a capital opens a description: ask before making the token.
    const opener = tokens.lowerAt(i) ?? "";
    if (opener !== "a" && opener !== "an" && opener !== "the" && !POSSESSIVE_PRONOUNS.has(opener) && tokens.capitalizedAt(i) !== true) continue;
    const det = tokens.get(i);
    if (det === undefined) continue;
    if (det.lower === "a" || det.lower === "an") {
      // (Modifiers only: not `an explosion that Mayor Bill de Blasio …`, where a clause and a title follow.)
      for (let k = i + 1; k <= i + MAX_INDEFINITE_WORDS && tokens.kindAt(k) === "word" && !breaksNounPhrase(tokens.lowerAt(k) ?? ""); k++) {
        if (lexicon.roleWords.has(tokens.lowerAt(k) ?? "")) {
          if (!isCapitalizedAt(tokens, k + 1)) indefinite.set(tokens.lowerAt(k) ?? "", i);
          break;
        }
      }
    }
    if (taken[i] === 1) continue;
    // `His Highness said` in a WAM readout: the person the text first styled so (`His Highness Sheikh Mohamed bin
    // Zayed`), when no name follows the style here.
    const style = POSSESSIVE_PRONOUNS.has(det.lower) ? styleEnd(tokens, i) : -1;
    if (style > 0 && !namedAt.has(tokens.startAt(style) ?? -1)) {
      styled ??= styledPeople(tokens, namedAt);
      const person = styled.get(lowerPhrase(tokens, i, style));
      if (person !== undefined) {
        const span = { start: det.start, end: tokens.endAt(style - 1) ?? det.end };
        i = describe(person, span, view.slice(span.start, span.end), i, style);
        continue;
      }
    }
    // `Erdogan met Putin. "…," his Russian counterpart said`: the holder, in that country, of the office of the person
    // named last before the possessive.
    // (A country of several words too: `his Trinidad and Tobago counterpart`.)
    const ofCountry = POSSESSIVE_PRONOUNS.has(det.lower) ? countryAt(tokens, i + 1, lexicon) : null;
    const noun = i + 1 + (ofCountry?.words ?? 0);
    if (ofCountry !== null && tokens.lowerAt(noun) === "counterpart") {
      const { country } = ofCountry;
      starts ??= mentionStarts();
      const possessor = latestBefore(starts, det.start, (p) => p.country !== null && p.country !== country);
      const person = possessor === undefined ? null : counterpartOf(possessor, country, people);
      // (Not when the name after it is another's: `Energy Cabinet Secretary Opiyo Wandayi and his Ugandan
      // counterpart, Ruth Nankabirwa,` is no President Museveni.)
      const named = namedAt.get(tokens.startAt(tokens.textAt(noun + 1) === "," ? noun + 2 : noun + 1) ?? -1);
      if (person !== null && (named === undefined || named === person)) {
        const span = { start: det.start, end: tokens.endAt(noun) ?? det.end };
        i = describe(person, span, view.slice(span.start, span.end), i, noun + 1);
        continue;
      }
    }
    // `Prime Minister congratulated President Pezeshkian …`: official readouts name their principal by the bare office.
    const bare = det.lower !== "the" && opensBareOffice(tokens, i, lexicon);
    if (det.lower !== "the" && !bare) continue;
    let j = bare ? i : i + 1;
    let age: number | null = null;
    let characterised = false;
    // (A place within a country: `the Arizona senator`.)
    let placed = false;
    let placeFrom = 0;
    let placeTo = 0;
    while (!bare && j < tokens.length && j - i <= 3) {
      const t = tokens.get(j);
      if (t === undefined) break;
      const stated = yearsOld(t);
      // A country of several words before its single ones (`the New Zealand prime minister`, not the `new` one).
      const country = countryAt(tokens, j, lexicon)?.words ?? 0;
      if (country > 1) j += country;
      else if (stated !== null) {
        age = stated;
        j++;
      } else if (CHARACTER_WORDS.has(t.lower) || (PARTY_WORDS.has(t.lower) && tokens.lowerAt(j + 1) !== "leader")) {
        // (`The Republican president later wrote …`: a party characterises as a creed does; `the Tory leader` leads
        // the party, no state.)
        characterised = true;
        j++;
      } else if (MODIFIERS.has(t.lower) && matchPhrase(tokens, j, lexicon.rolePhrases) > 0 && matchPhrase(tokens, j + 1, lexicon.rolePhrases) === 0) {
        // `the Kremlin chief`: a modifier that is also an office, with no office after it, is the office.
        break;
      } else if (MODIFIERS.has(t.lower) || lexicon.countryByDemonym.has(t.lower) || lexicon.countryByName.has(t.lower) || (t.capitalized && BODY_AFFILIATIONS[t.lower] !== undefined)) j++;
      // `the U.S. president`: an abbreviation with its period.
      else if (isGluedPeriod(tokens, j + 1) && (lexicon.countryByDemonym.has(`${t.lower}.`) || lexicon.countryByName.has(`${t.lower}.`))) j += 2;
      // A place within a country narrows an office as a country does (`the Arizona senator`, `the Texas governor`).
      else {
        const place = t.capitalized ? matchPhrase(tokens, j, lexicon.placePhrases) : 0;
        if (place === 0) break;
        placed = true;
        placeFrom = j;
        j += place;
        placeTo = j;
      }
    }
    const role = matchPhrase(tokens, j, lexicon.rolePhrases);
    // `"…," the Kurdistan Region President said`: capitals that are word for word one person's office are that person,
    // though the lexicon knows no place in them.
    const held = role === 0 && det.lower === "the" ? heldOfficeAt(tokens, i + 1, people, view, lexicon) : null;
    if (held !== null && !leadsIntoName(tokens, taken, held.end) && !isPossessiveAt(tokens, held.end)) {
      const span = { start: det.start, end: tokens.endAt(held.end - 1) ?? det.end };
      i = describe(held.person, span, lowerFirst(view.slice(span.start, span.end)), i, held.end);
      continue;
    }
    if (role === 0) {
      // `"…," the 63-year-old said`: an age alone stands for the person named last before it, of no other stated age.
      // (With a party or a creed too: `"…," the 72-year-old Republican told reporters`.)
      const bareAge = age !== null && (j === i + 2 || characterised) && (tokens.kindAt(j) !== "word" || lexicon.cueWords.has(tokens.textAt(j) ?? ""));
      // (Named before the quotation it closes: `"What if Donald Trump had …?" the 43-year-old asked` is not Trump.)
      // (A party or creed narrows it to the subject of the sentence before, whose party the text may not give:
      // `Trump and Putin met …  "…," the 72-year-old Republican told reporters` is Trump, not the last named.)
      const fits = (p: PersonDraft): boolean => p.age === null || p.age === age;
      // (The nearest sentence before that names anyone: not past `"…," said a senior French official, who …`, which
      // names none, to `The chancellor, who was sworn in on Tuesday, …` before it.)
      const subjectBefore = (): PersonDraft | undefined => {
        const quoted = quotationStart(tokens, i);
        let at = quoted === null ? i : tokenIndexAt(tokens, quoted);
        let to = det.start;
        for (let back = 0; back < SUBJECT_SENTENCES_BACK; back++) {
          const from = previousSentenceStart(tokens, (sentenceStarts ??= sentenceStartsOf(tokens)), at);
          if (from === null) return undefined;
          const subject = firstFrom((starts ??= mentionStarts()), from, to);
          if (subject !== undefined) return fits(subject) ? subject : undefined;
          at = tokenIndexAt(tokens, from);
          to = from;
        }
        return undefined;
      };
      // (`The ayatollah also said …`: a title that opens the name of one person of the text, alone, is that person.)
      const titled = det.lower === "the" && j === i + 1 && age === null && tokens.capitalizedAt(j + 1) !== true ? (people.byNameTitle.get(tokens.lowerAt(j) ?? "") ?? []) : [];
      if (titled.length === 1 && titled[0] !== undefined) j++;
      const aged = titled.length === 1 ? titled[0] : !bareAge || age === null ? undefined : characterised ? subjectBefore() : latestBefore((starts ??= mentionStarts()), quotationStart(tokens, i) ?? det.start, fits);
      if (aged !== undefined) {
        const span = { start: det.start, end: tokens.endAt(j - 1) ?? det.end };
        i = describe(aged, span, view.slice(span.start, span.end).toLowerCase(), i, j);
      }
      continue;
    }
    // `the host` alone is the summit's host, not a television host the report names.
    if (j === i + 1 && role === 1 && BARE_AMBIGUOUS.has(tokens.lowerAt(j) ?? "") && tokens.lowerAt(j + 1) !== "of") continue;
    // (`the general election`, `the general public`: an office's word that is also an adjective qualifies the noun after
    // it; `the general said`, `The general is due to …` are the officer.)
    if (role === 1 && ADJECTIVE_ROLES.has(tokens.lowerAt(j) ?? "") && !verbOrStopAt(tokens, j + 1, lexicon)) continue;
    let end = j + role;
    let body = false;
    // `the head of the Russian diplomacy`: the country's foreign minister; `the head of the Russian government`, its
    // head of government (not its president, who heads the state).
    let holder: PersonDraft | null = null;
    // (The office alone before a verb's `for` of reason: `thanked the Chinese leader for China's support`; not `the GOP
    // chairman for Colorado's Jefferson County`.)
    const reasonAfter = tokens.lowerAt(end) === "for" && REASON_FOR_VERBS.has(tokens.lowerAt(i - 1) ?? "");
    // `of Belarus`, `for the Russian president`: a complement that names the country.
    if ((tokens.lowerAt(end) === "of" || tokens.lowerAt(end) === "for") && !reasonAfter) {
      let k = end + 1;
      if (tokens.lowerAt(k) === "the") k++;
      const demonyms = k;
      while (k < tokens.length && lexicon.countryByDemonym.has(tokens.lowerAt(k) ?? "")) k++;
      if (k === demonyms + 1 && tokens.lowerAt(k) === "diplomacy" && tokens.lowerAt(j) === "head") {
        const fits = people.byClass.get(`foreign-minister|${lexicon.countryByDemonym.get(tokens.lowerAt(demonyms) ?? "") ?? ""}`) ?? [];
        holder = fits.length === 1 ? (fits[0] ?? null) : null;
      }
      if (k === demonyms + 1 && tokens.lowerAt(k) === "government" && tokens.lowerAt(j) === "head") {
        const country = lexicon.countryByDemonym.get(tokens.lowerAt(demonyms) ?? "");
        const fits = registry.people.filter((p) => p.country === country && p.roles.some((r) => GOVERNMENT_HEAD_OFFICES.some((o) => r.toLowerCase().includes(o))));
        holder = fits.length === 1 ? (fits[0] ?? null) : null;
      }
      // `the head of the Turkish state`: a demonym and a word for the country stand for the country.
      const country = k > demonyms && (STATE_WORDS.has(tokens.lowerAt(k) ?? "") || holder !== null) ? 1 : matchPhrase(tokens, k, lexicon.placePhrases);
      const roleAfter = matchPhrase(tokens, k, lexicon.rolePhrases);
      if (country > 0) end = k + country;
      else if (roleAfter > 0) end = k + roleAfter;
      // `the interlocutor of RT`: the outlet a person spoke to, not a body whose office this is.
      else if (OUTLET_ROLES.has(tokens.lowerAt(j) ?? "") && tokens.capitalizedAt(k) === true) end = k + 1;
      else if (tokens.capitalizedAt(k) === true) {
        // `the President of the ECOWAS Commission`: the office of a body, which only the person holding that very
        // title can be, never a president of some country the text names elsewhere.
        // (Up to a courtesy title before the name: `the Prime Minister of the Republic of India H.E. Shri Narendra Modi`.)
        while (k < tokens.length && k - end <= MAX_BODY_TOKENS && (tokens.capitalizedAt(k) === true || tokens.lowerAt(k) === "of") && !COURTESY_TITLES.has(tokens.lowerAt(k) ?? "")) k++;
        while (tokens.lowerAt(k - 1) === "of") k--;
        body = true;
        end = k;
      }
    }
    // (A complement owning the capitalised words after it runs on over them: `The head of the President's Office,
    // Andriy Yermak,` is no `head of the President`, `the GOP chairman for Colorado's Jefferson County`.)
    if (end > j + role && isPossessiveAt(tokens, end)) {
      let k = end + 1;
      while (k < tokens.length && k - end <= MAX_BODY_TOKENS && tokens.capitalizedAt(k) === true) k++;
      if (k === end + 1) continue;
      end = k;
    }
    // `The President of the ECOWAS Commission, Omar Touray, said`: the person named in apposition.
    // After a name, an apposition goes on to a mark (`Mr. Coats, the director of national intelligence, said`);
    // `During the meeting with President Xi, the prime minister said` opens a clause with a subject of its own.
    const closed = tokens.startAt(end) === undefined || tokens.kindAt(end) === "punct" || PREPOSITIONS.has(tokens.lowerAt(end) ?? "");
    // (Not a bare head's office that is another office's object: `the Special Adviser to the President, Bayo Onanuga,`
    // names the adviser; `a lawyer for the White House secretary, Betty Currie,` names the secretary.)
    const objectOfOffice = j === i + 1 && end === j + role && HEAD_OFFICES.has(lowerPhrase(tokens, j, end)) && OFFICE_OBJECT_PREPOSITIONS.has(tokens.lowerAt(i - 1) ?? "") && lexicon.roleWords.has(tokens.lowerAt(i - 2) ?? "");
    const named = (tokens.textAt(end) === "," && !objectOfOffice ? namedAt.get(tokens.startAt(end + 1) ?? -1) : undefined) ?? (tokens.textAt(i - 1) === "," && closed ? namedUntil.get(tokens.endAt(i - 2) ?? -1) : undefined);
    // A possessive after the role (`the president's`) is not a description of a person, and a title
    // right before a name (`the German Federal Chancellor Angela Merkel`) belongs to the name.
    const after = tokens.get(end);
    if (after?.text === "'" || after?.text === "’" || after?.lower === "s") continue;
    if (!reasonAfter && leadsIntoName(tokens, taken, end)) continue;
    const start = det.start;
    const stop = tokens.endAt(end - 1) ?? det.end;
    const text = view.slice(start, stop);
    // `Milei took over … the libertarian leader said`: a description that characterises, with no country to narrow it,
    // is the person named last before it, when that person holds the office (and no one else).
    const lastHolder = (): PersonDraft | null => {
      const cls = roleClassesOf(text, lexicon)[0];
      const last = latestBefore((starts ??= mentionStarts()), quotationStart(tokens, i) ?? det.start, () => true);
      return cls !== undefined && last?.roleClasses.has(cls) === true ? last : null;
    };
    const characterOnly = characterised && countryOf(text, lexicon) === null;
    // `Senator John McCain, a critic of the president, called … The Arizona senator said`: a place within a country,
    // which the registry ties to no one, leaves the subject of the sentence before, when nothing of theirs says
    // otherwise (no office of another class).
    const previousSubject = (): PersonDraft | null => {
      const cls = roleClassesOf(text, lexicon)[0];
      // (One whose office names the place is the one: `Ohio Gov. John Kasich … the Ohio governor`.)
      const place = view.slice(tokens.startAt(placeFrom) ?? 0, tokens.endAt(placeTo - 1) ?? 0).toLowerCase();
      // (The people are scanned once per place the text so uses, however many descriptions name it.)
      let holder = placeHolders.get(place);
      if (holder === undefined) {
        const holders = registry.people.filter((p) => p.roles.some((r) => ` ${r.toLowerCase()} `.includes(` ${place} `)));
        holder = holders.length === 1 ? (holders[0] ?? null) : null;
        placeHolders.set(place, holder);
      }
      if (holder !== null) return holder;
      const subject = firstNamedInSentenceBefore(i, det.start);
      return cls === undefined || subject === undefined || (subject.roleClasses.size > 0 && !subject.roleClasses.has(cls)) ? null : subject;
    };
    // (`A European diplomat … "…," the diplomat said`: the one the text just introduced, whom it does not name.)
    const introduced = indefinite.get(tokens.lowerAt(end - 1) ?? "");
    if (introduced !== undefined && i - introduced <= INDEFINITE_REACH && end === j + 1) continue;
    const person = named ?? holder ?? (body ? exactHolder(text, people) : characterOnly ? lastHolder() : placed && countryOf(text, lexicon) === null ? previousSubject() : resolveDescriptor(text, people, lexicon, start, age));
    if (person === null) continue;
    // (A bare office keeps its capitals: `Prime Minister`, `PM`; and one in capitals its case: `THE PRESIDENT`.)
    i = describe(person, { start, end: stop }, bare || isAllCaps(text) ? text : lowerFirst(text), i, end);
  }
}

/** Most sentences back that a creed's description looks for the one who opens them (`the 69-year-old conservative`). */
const SUBJECT_SENTENCES_BACK = 2;

/** The token after a style opening at `i` (`His Highness`, `Her Royal Highness`), or -1. */
function styleEnd(tokens: TokenList, i: number): number {
  const style = tokens.lowerAt(i + 1) === "royal" ? i + 2 : i + 1;
  return STYLES.has(tokens.lowerAt(style) ?? "") && isCapitalizedAt(tokens, style) ? style + 1 : -1;
}

/** Most tokens between a style and the name it styles (`His Highness Sheikh Mohamed`: a courtesy title between). */
const STYLE_TO_NAME = 2;

/** The person first named right after each style in the text (`his highness` → Mohamed bin Zayed), by the style's lower-case words. */
function styledPeople(tokens: TokenList, namedAt: ReadonlyMap<number, PersonDraft>): Map<string, PersonDraft> {
  const out = new Map<string, PersonDraft>();
  for (let i = 0; i < tokens.length; i++) {
    if (!POSSESSIVE_PRONOUNS.has(tokens.lowerAt(i) ?? "")) continue;
    const end = styleEnd(tokens, i);
    if (end < 0) continue;
    const key = lowerPhrase(tokens, i, end);
    for (let k = end; k <= end + STYLE_TO_NAME && !out.has(key); k++) {
      const person = namedAt.get(tokens.startAt(k) ?? -1);
      if (person !== undefined) out.set(key, person);
    }
  }
  return out;
}

/** The token index where each sentence starts, in order: 0, then the token after each stop. */
function sentenceStartsOf(tokens: TokenList): number[] {
  const out = [0];
  // (An abbreviation's stop ends no sentence: `with Sen. Joni Ernst, R-Iowa.`)
  for (let k = 0; k < tokens.length; k++) {
    if (isSentenceStop(tokens, k)) out.push(k + 1);
  }
  return out;
}

/**
 * Where the sentence before the one holding token `i` starts, as a character offset; null in the first sentence.
 * `starts` are the sentences' first token indices ({@link sentenceStartsOf}), searched by bisection.
 */
function previousSentenceStart(tokens: TokenList, starts: readonly number[], i: number): number | null {
  // How many sentences start at or before token `i`.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo < 2 ? null : (tokens.startAt(starts[lo - 2] ?? 0) ?? null);
}

/** The person of the first mention that starts in `[from, to)`, mentions in text order. */
function firstFrom(starts: readonly { start: number; person: PersonDraft }[], from: number, to: number): PersonDraft | undefined {
  const first = starts[firstStartingAtOrAfter(starts, from)];
  return first !== undefined && first.start < to ? first.person : undefined;
}

/** True for a word that ends a noun phrase's modifiers: a preposition, a conjunction, a relative pronoun. */
function breaksNounPhrase(w: string): boolean {
  return PREPOSITIONS.has(w) || RELATIVE_PRONOUNS.has(w) || w === "that" || w === "and" || w === "or";
}

/** Most words between `a` and its role noun (`a senior European diplomat`). */
const MAX_INDEFINITE_WORDS = 3;
/** Furthest, in tokens, that `the diplomat` looks back to `a … diplomat`. */
const INDEFINITE_REACH = 60;

/**
 * True when a capitalised office with no determiner opens the sentence at token `i` and a lower-case word follows it
 * (`Prime Minister congratulated …`, not `Prime Minister Narendra Modi` nor `President of Iran`).
 */
function opensBareOffice(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  if (tokens.capitalizedAt(i) !== true || !opensSentence(tokens, i)) return false;
  const t = tokens.get(i);
  if (t === undefined) return false;
  const n = matchPhrase(tokens, i, lexicon.rolePhrases);
  const after = tokens.get(i + n);
  // One word only when it is no surname too (`King says Ali …`, `Judge doesn't have …` name people).
  const office = n > 1 || (n === 1 && (BARE_OFFICES.has(t.lower) || (t.text.length > 1 && isAllCaps(t.text))));
  // (`President von der Leyen said`: a particle opens a name.)
  return office && after?.kind === "word" && !after.capitalized && after.lower !== "of" && after.lower !== "for" && after.lower !== "and" && !NAME_PARTICLES.has(after.lower);
}

/** Classes of ministers of one portfolio, each also a `minister`. */
const MINISTRIES = ["foreign-minister", "defence-minister"];

/** Possessives before a counterpart (`his Russian counterpart`). */
const POSSESSIVE_PRONOUNS = new Set(["his", "her"]);
/** How far before a counterpart its possessor may be named, in characters. */
const POSSESSOR_REACH = 400;

/** Most mentions looked back over for a counterpart's possessor or the person a bare age stands for. */
const MAX_POSSESSOR_MENTIONS = 8;

/**
 * The person named last before `at`, within reach, that `fits`: the possessor of a counterpart (`Erdogan met Putin.
 * … his Russian counterpart`: Erdogan's, of another country), the person a bare age stands for.
 */
function latestBefore(starts: readonly { start: number; person: PersonDraft }[], at: number, fits: (p: PersonDraft) => boolean): PersonDraft | undefined {
  const lo = firstStartingAtOrAfter(starts, at);
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_POSSESSOR_MENTIONS; k--) {
    const m = starts[k];
    if (m === undefined || at - m.start > POSSESSOR_REACH) return undefined;
    if (fits(m.person)) return m.person;
  }
  return undefined;
}

/** Most tokens looked back over for the quotation a description closes. */
const MAX_QUOTATION_TOKENS = 80;

/** Where the quotation that ends right before token `i` opens (`"…," the 63-year-old said`), or null. */
function quotationStart(tokens: TokenList, i: number): number | null {
  let k = i - 1;
  if (tokens.textAt(k) === ",") k--;
  const close = tokens.textAt(k) ?? "";
  if (!CLOSING_QUOTE_MARKS.has(close) && close !== "“") return null;
  for (let j = k - 1; j >= Math.max(0, k - MAX_QUOTATION_TOKENS); j--) if (DOUBLE_QUOTE_MARKS.has(tokens.textAt(j) ?? "") || tokens.textAt(j) === "‘") return tokens.startAt(j) ?? null;
  return null;
}

/** The one person of `country` who holds an office of the possessor's class (a leader's, a foreign minister's), or null. */
function counterpartOf(possessor: PersonDraft, country: string, index: PeopleIndex): PersonDraft | null {
  if (possessor.country === country) return null;
  for (const cls of possessor.roleClasses) {
    if (cls === "counterpart") continue;
    const fits = index.byClass.get(`${cls}|${country}`) ?? [];
    if (fits.length === 1) return fits[0] ?? null;
  }
  return null;
}

/** Role nouns whose `of` names the outlet spoken to (`the interlocutor of RT`), not a body headed. */
const OUTLET_ROLES = new Set(["interlocutor"]);

/** Words for a country after its demonym (`the Turkish state`, `the Belarusian republic`). */
const STATE_WORDS = new Set(["state", "country", "nation", "republic"]);

/** Role nouns that are adjectives too (`the general election`). */
const ADJECTIVE_ROLES = new Set(["general"]);
/** Words after a subject that open its predicate or go on from it (`The general also said`, `the general who led …`). */
const AFTER_SUBJECT = new Set([...PREDICATE_OPENERS, ...PASSIVE_AUXILIARIES, "also", "then", "later", "who", "and", "himself", "herself"]);

/**
 * True when token `k` closes a noun phrase or opens a predicate: a mark, a capital, a verb of saying, an auxiliary, an
 * adverb or a verb in the past (`The general stumped for Clinton`).
 */
function verbOrStopAt(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  const t = tokens.get(k);
  return t === undefined || t.kind !== "word" || t.capitalized || lexicon.cueWords.has(t.lower) || AFTER_SUBJECT.has(t.lower) || t.lower.endsWith("ly") || t.lower.endsWith("ed");
}

/** Role nouns that, bare after `the`, stand for no person of the registry. */
const BARE_AMBIGUOUS = new Set(["host"]);

/** Longest body named after an office (`of the ECOWAS Commission`), in tokens. */
const MAX_BODY_TOKENS = 6;

/** Offices of those who lead a state or its government, crowns included (`President`, `Prime Minister`, `King`). */
const HEADS_OF_STATE: readonly string[] = [...HEAD_OFFICES, ...CROWNED_TITLES];

/** Most people a description may fit before it is too ambiguous to resolve (and costly to weigh). */
const MAX_FITS = 50;

/** The report's people by exact role (lower case), by role class, and by class and country: built once. */
interface PeopleIndex {
  readonly byRole: ReadonlyMap<string, readonly PersonDraft[]>;
  readonly byClass: ReadonlyMap<string, readonly PersonDraft[]>;
  /** People by the title that opens a name of theirs (`ayatollah` for `Ayatollah Ali Khamenei`). */
  readonly byNameTitle: ReadonlyMap<string, readonly PersonDraft[]>;
  /** People by the word their roles open with, lower case (`secretary` for `Secretary of State`). */
  readonly byRoleHead: ReadonlyMap<string, readonly PersonDraft[]>;
  /** The countries the report's people are of. */
  readonly countries: ReadonlySet<string>;
  /** The report's people, in the registry's order. */
  readonly all: readonly PersonDraft[];
  /** People by each word of their roles, lower case (`commission` for `President of the European Commission`). */
  readonly byRoleWord: ReadonlyMap<string, readonly PersonDraft[]>;
}

function indexPeople(people: readonly PersonDraft[]): PeopleIndex {
  const byRole = new Map<string, PersonDraft[]>();
  const byClass = new Map<string, PersonDraft[]>();
  const byNameTitle = new Map<string, PersonDraft[]>();
  const byRoleHead = new Map<string, PersonDraft[]>();
  const byRoleWord = new Map<string, PersonDraft[]>();
  const countries = new Set<string>();
  const add = (map: Map<string, PersonDraft[]>, key: string, p: PersonDraft): void => {
    const list = map.get(key) ?? [];
    if (list.at(-1) !== p) list.push(p);
    map.set(key, list);
  };
  for (const p of people) {
    if (p.country !== null) countries.add(p.country);
    for (const r of p.roles) {
      const role = r.toLowerCase();
      add(byRole, role, p);
      add(byRoleHead, firstWord(role), p);
      for (const w of role.split(" ")) add(byRoleWord, w, p);
    }
    // (`Ayatollah Ali Khamenei`: a title written as the first word of a name of three words or more.)
    for (const a of [p.name, ...p.aliases]) if (a.split(" ").length >= 3) add(byNameTitle, (a.split(" ")[0] ?? "").toLowerCase(), p);
    for (const c of p.roleClasses) {
      add(byClass, c, p);
      if (p.country !== null) add(byClass, `${c}|${p.country}`, p);
    }
  }
  return { byRole, byClass, byNameTitle, byRoleHead, countries, all: people, byRoleWord };
}

/** The one person whose role is exactly the description without its determiner, or null. */
function exactHolder(text: string, index: PeopleIndex): PersonDraft | null {
  const exact = index.byRole.get(text.toLowerCase().replace(/* leading determiner */ "the ", "")) ?? [];
  return exact.length === 1 ? (exact[0] ?? null) : null;
}

/** The one person a description fits, by role class and country; null when none or several fit equally. */
function resolveDescriptor(text: string, index: PeopleIndex, lexicon: Lexicon, at: number, age: number | null = null): PersonDraft | null {
  const classes = roleClassesOf(text, lexicon);
  const cls = classes[0];
  if (cls === undefined) return null;
  const country = countryOf(text, lexicon);
  const lower = text.toLowerCase().replace(/* leading determiner */ "the ", "");
  // (A bare office word goes by class below: `the president` is not the one `President Bill Clinton` gave a bare
  // title to, past a sitting president whose title names his country.)
  const exact = lower.includes(" ") ? exactHolder(text, index) : null;
  if (exact !== null) return exact;
  const key = (c: string): string => (country === null ? c : `${c}|${country}`);
  // (`the Russian minister`: a minister of any portfolio, when no one holds an office called only that.)
  const anyMinister = cls === "minister" && text.toLowerCase().endsWith(" minister");
  // (A minister by title: a foreign secretary of the civil service is none.)
  const titledMinister = (p: PersonDraft): boolean => p.roles.some((r) => r.toLowerCase().includes("minister"));
  const pool = index.byClass.get(key(cls)) ?? (anyMinister ? MINISTRIES.flatMap((c) => index.byClass.get(key(c)) ?? []).filter(titledMinister) : []);
  if (pool.length > MAX_FITS) return null;
  // `the 80-year-old president`: not a president the text says is 70.
  let fits = pool.filter((p) => age === null || p.age === null || p.age === age);
  // `the prime minister`: not one the text calls a former holder (`ousted prime minister Sheikh Hasina`), when another
  // fits; `the former president` the other way round.
  const former = PAST_TENURE_WORDS.has(firstWord(lower));
  const tenureFits = fits.filter((p) => p.roles.some(pastTenure) === former);
  if (tenureFits.length > 0) fits = tenureFits;
  // `his Chilean counterpart Gabriel Boric … the Chilean leader`: a counterpart holds whatever office the text names.
  if (fits.length === 0 && country !== null) fits = (index.byClass.get(`counterpart|${country}`) ?? []).slice(0, MAX_FITS);
  // `Prime Minister Gaston Browne … the Antiguan leader said`: a leader the gazetteer does not know, of no country the
  // text has given, takes the description's country when no one of that country is named and they were named last
  // before it (a leader given it so by an earlier description keeps it for the next).
  // (By a generic word or their office's own: `the Jordanian monarch` is no President Bush, `the Ukrainian leader` no
  // campaign chairman, `the Iraqi leader` after Tariq Aziz no Bush.)
  if (fits.length === 0 && cls === "leader" && country !== null && !index.countries.has(country)) {
    const leaders = index.byClass.get(cls) ?? [];
    const given = leaders.filter((p) => p.country === country);
    const office = lower.slice(lower.lastIndexOf(" ") + 1);
    const last = given.length > 0 ? null : lastMentionedBefore(index.all, at);
    const heads = (r: string): boolean => HEADS_OF_STATE.some((o) => ` ${r.toLowerCase()} `.includes(` ${o} `));
    const named = (p: PersonDraft): boolean => p.roles.some((r) => heads(r) && (GENERIC_ROLE_NOUNS.has(office) || ` ${r.toLowerCase()} `.includes(` ${office} `)));
    if (last !== null && last.country === null && leaders.includes(last) && named(last)) {
      last.country = country;
      fits = [last];
    } else if (given.length === 1) fits = given;
  }
  // `The Secretary` after `Secretary of State Marco Rubio met … External Affairs Minister Subrahmanyam Jaishankar`:
  // of a class the other's office shares (`secretary` is a minister's word), but the one whose office opens with the
  // word. (Not a word inside an office, `the general election` is no Attorney General's; nor a generic word, `the
  // leader` no `Leader of the Opposition` for a prime minister.)
  const worded = lower.includes(" ") || GENERIC_ROLE_NOUNS.has(lower) ? [] : (index.byRoleHead.get(lower) ?? []);
  if (fits.length > 0 && worded.length === 1 && worded[0] !== undefined && !fits.includes(worded[0])) return worded[0];
  // Two leaders fit `the prime minister`: the one whose office it names (a prime minister, not a president).
  // Word for word: `the King` is not the Prime Minister of the United Kingdom.
  // (The office's own word first: `the premier` is the Premier of China before another's prime minister.)
  const holding = (offices: readonly string[]): PersonDraft[] => fits.filter((p) => p.roles.some((r) => offices.some((o) => ` ${r.toLowerCase()} `.includes(` ${o} `))));
  // (A crown is no one's but its wearer's, even when one leader fits: `The King … urged` after Keir Starmer; nor is
  // another head's office: `The Prime Minister welcomed President Zelenskyy` in a No 10 readout is not Zelenskyy.)
  // (A head's office by its short form too: `The PM spoke to President Zelenskyy`.)
  const headOffice = HEAD_OFFICES.has(lower) || (OFFICE_SHORT_FORMS[lower] ?? []).some((o) => HEAD_OFFICES.has(o));
  const otherHead = (): boolean => headOffice && holding([lower, ...(OFFICE_SHORT_FORMS[lower] ?? [])]).length === 0 && holding([...HEAD_OFFICES]).length > 0;
  // (An official's office is no other official's: `the judge` is no prosecutor the text names.)
  const officeWord = lower.slice(lower.lastIndexOf(" ") + 1);
  const otherOfficial = cls === "official" && officeWord !== "official" && holding([officeWord, ...(OFFICE_SHORT_FORMS[officeWord] ?? [])]).length === 0;
  if (fits.length === 1) return (CROWNED_TITLES.has(lower) && holding([lower]).length === 0) || otherHead() || otherOfficial ? null : (fits[0] ?? null);
  const ownWord = holding([lower]);
  const sameOffice = ownWord.length > 0 ? ownWord : holding(OFFICE_SHORT_FORMS[lower] ?? []);
  if (sameOffice.length === 1) return sameOffice[0] ?? null;
  // A description points back: of two prime ministers, the one named before it (`the premier said` after Netanyahu,
  // with Orban named further down).
  const namedBefore = sameOffice.filter((p) => (p.mentions[0]?.start ?? Infinity) < at);
  if (namedBefore.length === 1 && sameOffice.length > 1) return namedBefore[0] ?? null;
  // `The President underscored …` in a readout: the office in capitals is the report's own principal, named first;
  // one that no one of them holds (`hosted by the King`) is someone else's.
  if (fits.length > 1 && country === null && isCapitalizedOffice(text)) {
    const principals = sameOffice.length > 0 ? sameOffice : GENERIC_ROLE_NOUNS.has(lower) ? fits : [];
    return firstNamed(principals);
  }
  if (fits.length === 0 || country === null) return null;
  // Several fit: the one mentioned last before this place.
  return lastMentionedBefore(fits, at);
}

/** True for a role the text gives as held no longer (`former prime minister`, `ex-president`). */
function pastTenure(role: string): boolean {
  return PAST_TENURE_WORDS.has(firstWord(role.toLowerCase()));
}

/** A phrase's first word, up to a space or a hyphen (`ex` of `ex-president`). */
function firstWord(phrase: string): string {
  const space = phrase.indexOf(" ");
  const hyphen = phrase.indexOf("-");
  const end = space < 0 ? hyphen : hyphen < 0 ? space : Math.min(space, hyphen);
  return end < 0 ? phrase : phrase.slice(0, end);
}

/** Of `people`, the one mentioned last before offset `at`, or null. */
function lastMentionedBefore(people: readonly PersonDraft[], at: number): PersonDraft | null {
  let best: PersonDraft | null = null;
  let bestAt = -1;
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.start < at && m.start > bestAt) {
        best = p;
        bestAt = m.start;
      }
    }
  }
  return best;
}

/** True for `the President`, `The Prime Minister`: a determiner, then the office with a capital. */
function isCapitalizedOffice(text: string): boolean {
  const space = text.indexOf(" ");
  const office = text.charAt(space + 1);
  return space > 0 && text.slice(0, space).toLowerCase() === "the" && office !== office.toLowerCase();
}

/** The person of `people` named earliest in the text. */
function firstNamed(people: readonly PersonDraft[]): PersonDraft | null {
  let best: PersonDraft | null = null;
  for (const p of people) if (best === null || (p.mentions[0]?.start ?? Infinity) < (best.mentions[0]?.start ?? Infinity)) best = p;
  return best;
}

/** The text with its first letter in lower case (`The Kurdistan Region President` → `the …`). */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Most capitalised words before an office's word in a description read as one person's office (`the Kurdistan Region President`). */
const MAX_HELD_WORDS = 4;

/** The one person whose role is word for word the capitalised office from token `k`, and the office's end; or null. */
function heldOfficeAt(tokens: TokenList, k: number, index: PeopleIndex, view: string, lexicon: Lexicon): { person: PersonDraft; end: number } | null {
  let m = k;
  for (; m < k + MAX_HELD_WORDS && tokens.capitalizedAt(m) === true; m++) {
    const role = matchPhrase(tokens, m, lexicon.rolePhrases);
    if (role === 0 || m === k) continue;
    const person = exactHolder(view.slice(tokens.startAt(k) ?? 0, tokens.endAt(m + role - 1) ?? 0), index);
    return person === null ? null : { person, end: m + role };
  }
  // (A body in capitals before an office in lower case: `The Commission president flew to Scotland` is the one person
  // whose role holds the office and every word of the body, the President of the European Commission.)
  const role = m > k && tokens.capitalizedAt(m) === false ? matchPhrase(tokens, m, lexicon.rolePhrases) : 0;
  if (role === 0) return null;
  const lists: (readonly PersonDraft[])[] = [];
  for (let j = k; j < m + role; j++) lists.push(index.byRoleWord.get(tokens.lowerAt(j) ?? "") ?? []);
  const fewest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  // (As many as a description may choose among, so the look stays short in a text of many holders.)
  if (fewest.length > MAX_FITS) return null;
  const holders = fewest.filter((p) => lists.every((list) => list.includes(p)));
  return holders.length === 1 && holders[0] !== undefined ? { person: holders[0], end: m + role } : null;
}

/** True when capitalised title words from `k` on run straight into a name (`the Minister of Economy of Belarus Dmitry Krutoy`). */
function leadsIntoName(tokens: TokenList, taken: Uint8Array, k: number): boolean {
  const limit = k + 6;
  for (let i = k; i < limit; i++) {
    const t = tokens.get(i);
    if (t === undefined) return false;
    if (taken[i] === 1) return true;
    // (Past courtesy titles and their stops: `… of India H.E. Shri Narendra Modi`.)
    if (COURTESY_TITLES.has(t.lower) || courtesyStop(tokens, i)) continue;
    const capital = t.kind === "word" && t.text[0] !== t.lower[0];
    if (!capital && t.lower !== "of" && t.lower !== "for") return false;
  }
  return false;
}

/** The age in `80-year-old`, or null. */
export function yearsOld(token: Token | undefined): number | null {
  const parts = token?.lower.split("-") ?? [];
  if (parts.length !== 3 || parts[1] !== "year" || parts[2] !== "old") return null;
  return ageNumber(parts[0] ?? "");
}

/** A plausible age written in digits (`70`), or null. */
export function ageNumber(text: string): number | null {
  if (text.length < 2 || text.length > 3) return null;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return null;
  }
  const n = Number(text);
  return n >= MIN_AGE && n <= MAX_AGE ? n : null;
}

const MIN_AGE = 16;
const MAX_AGE = 110;
