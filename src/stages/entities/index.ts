import { ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import type { Lexicon, LexiconPerson } from "../../lexicon/compile.js";
import { ACRONYMS_THAT_ARE_WORDS, DOCUMENT_HEADS, NAMED_AFTER_PLACE_HEADS, THING_ACRONYMS, ON_TOPIC_HEADS, ORGANIZATION_HEADS, SHORT_MIXED_CASE_BODIES, STATE_BODY_HEADS, WORK_HEADS } from "../../lexicon/organizations.js";
import { COURTESY_GENDERS, COURTESY_TITLES, CROWNED_TITLES, HONORIFICS, PARTY_WORDS, ROYAL_STYLES, SPEAKER_PRONOUNS } from "../../lexicon/roles.js";
import { CLOSING_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { FAMILY_NAMES_FIRST, FUNCTION_WORDS_AS_FAMILY_NAMES, NAME_INNER_TITLES, NAME_PARTICLES } from "../../lexicon/first-names.js";
import { BETWEEN_NAME_AND_VERB, DETERMINERS, INTERJECTIONS, OFFICE_OBJECT_JOINS, PASSIVE_AUXILIARIES, PREPOSITIONS } from "../../lexicon/function-words.js";
import { BYLINE_DESKS, CREDIT_OPENERS, GENERIC_SOURCE_MEMBERS, GENERIC_SOURCES, NOUN_LIKE_CUES, OUTLET_NOUNS, PARTIAL_ONLY_VERBS, REFERRING_VERBS, TELL_VERBS } from "../../lexicon/reporting-cues.js";
import { BEFORE_BARE_VERB, MONTHS, NUMBER_WORDS, WEEKDAYS } from "../../lexicon/time-words.js";
import { FACILITY_WORDS, LANDFORM_WORDS, LOCATIVE_PREPOSITIONS, SETTLEMENT_NOUNS, VENUES, VESSEL_WORDS } from "../../lexicon/places.js";
import type { Organization, Place } from "../../model/index.js";
import type { Span } from "../../model/span.js";
import type { Stage } from "../../pipeline/context.js";
import type { PersonDraft } from "../../pipeline/state.js";
import { matchPhrase } from "../../text/phrases.js";
import { PATTERNS } from "../../text/patterns.js";
import { closesBracketedWord, givenNameStop, isCapitalized, isCapitalizedAt, isGluedPeriod, isPossessiveAt, joinedAsWritten, pluralPossessiveAt, lowerPhrase, tokenIndexAt, type Token, type TokenList, isAllCaps } from "../../text/tokens.js";
import { ageNumber, findDescriptors, yearsOld } from "./descriptors.js";
import { allCapitalized, countryAt, countryEndingAt, givenNameVariant, isDottedInitials, isHeadlineVerb, isNameWord, isNameWordAt, nameRunEnd, rolePhraseEndsAt } from "./names.js";
import { hyphenatedParticleName } from "../../text/names.js";
import { foldAccents, foldName } from "../../text/fold.js";
import { MAX_ACRONYM, PeopleRegistry, gluedInitial, surnameForms, surnameOf } from "./registry.js";
import { findRoles } from "./roles.js";

/**
 * Finds people (full names, surnames, title + name, descriptors),
 * organisations and places, and resolves every mention of a person to one
 * registry entry.
 */
export const entities: Stage = (ctx, state) => {
  const { view, tokens } = state;
  const lexicon = ctx.lexicon;
  const registry = new PeopleRegistry(lexicon);
  const named = new NamedRegistry();
  const taken = new Uint8Array(tokens.length);
  const alone = loneCapitals(tokens);
  // Places named by one word with no preposition before them: a person's family name, perhaps.
  const lonePlaceWords: number[] = [];

  // Pass 1: full names, titled names, organisations and places.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1 || tokens.kindAt(i) !== "word") continue;
    // A known organisation of several words before any name (`Al Jazeera` is not a person called Al).
    const knownOrganization = matchPhrase(tokens, i, lexicon.organizationPhrases);
    if (knownOrganization > 1 && allCapitalized(tokens, i, i + knownOrganization)) {
      named.add("organization", view, spanOf(tokens, i, i + knownOrganization));
      mark(taken, i, i + knownOrganization);
      i += knownOrganization - 1;
      continue;
    }
    const n = fullNameAt(tokens, i, lexicon);
    if (n > 0) {
      const span = spanOf(tokens, i, i + n);
      const text = view.slice(span.start, span.end);
      // (`Takaichi Sanae, who succeeded Ishiba`: a Japanese name in its own order is the known person's, as after a title.)
      const lookedUp = lexicon.personByName.get(text.toLowerCase()) ?? knownBySurname(text, lexicon) ?? reversedKnown(text.toLowerCase(), lexicon);
      // (A known name before a family name is the known person's, spelt as the text spells it: `Mohammed bin Salman Al Saud`.)
      const { family, known } = withFamilyName(tokens, i, i + n, lookedUp, lexicon);
      // (A name shouted in a byline is written as a name: `ZEKE MILLER` is Zeke Miller.)
      const person = registry.personForName(titleCase(cleanName(family < 0 ? text : joinedAsWritten(tokens, i, family))), known);
      if (family >= 0) registry.addAlias(person, text);
      registry.addMention(person, span, "name");
      // `Mauritania's Mohamed Ould Ghazouani`: a country as possessor of a name is the one the person acts for.
      if (isPossessiveAt(tokens, i - 1)) person.country ??= countryEndingAt(tokens, i - 1, lexicon)?.country ?? null;
      mark(taken, i, i + n);
      i += n - 1;
      continue;
    }
    const titled = titledNameAt(tokens, i, lexicon, alone);
    if (titled !== null) {
      const span = spanOf(tokens, titled.from, titled.to);
      const full = view.slice(span.start, span.end);
      const lookedUp = lexicon.personByName.get(full.toLowerCase()) ?? reversedKnown(full.toLowerCase(), lexicon);
      // (A crowned title before a known commoner's one-word name names a royal of that name: `Sultan Ibrahim`, Malaysia's
      // king, is not Anwar Ibrahim; named with the title, as royals are.)
      const crown = tokens.lowerAt(titled.from - 1) ?? "";
      const crowned = titled.to - titled.from === 1 && CROWNED_TITLES.has(crown);
      // (Only where that name is the family name of another's full name: `Francis` alone before `Pope Francis` is the same.)
      const commoner = crowned ? (lookedUp ?? surnameHolder(registry, full, null)) : undefined;
      const commonerWords = commoner === undefined ? [] : commoner.name.split(" ");
      if (commoner !== undefined && commonerWords.length > 1 && commonerWords.at(-1) === full && !commoner.roles.some((r) => r.toLowerCase().split(" ").includes(crown))) {
        const royal = spanOf(tokens, titled.from - 1, titled.to);
        registry.addMention(registry.personForName(view.slice(royal.start, royal.end), undefined), royal, "name");
        mark(taken, titled.from - 1, titled.to);
        i = titled.to - 1;
        continue;
      }
      const { family, known } = withFamilyName(tokens, titled.from, titled.to, lookedUp, lexicon);
      // (Named as the text spells the known name, the family name after it an alias: `Sheikh Mohamed bin Zayed Al Nahyan`.)
      const text = family < 0 ? full : joinedAsWritten(tokens, titled.from, family);
      const bySurname = known === undefined ? knownBySurname(text, lexicon) : undefined;
      // (The text's own spelling of a given name, as for a name without a title: `Belarusian President Aleksandr
      // Lukashenko`; the gazetteer's form where the text adds an initial or a suffix, or differs in accents or stops.)
      const person = known !== undefined ? registry.personForName(respelled(cleanName(text), known.name) ? cleanName(text) : known.name, known, text.includes(" ")) : bySurname !== undefined ? registry.personForName(cleanName(text), bySurname) : surnameHolder(registry, text, courtesyGender(tokens, titled.from)) ?? registry.personForName(text, undefined);
      // A full name after its title is a name (`Prime Minister Bart De Wever`), a lone surname an alias (`President Macron`).
      registry.addMention(person, span, text.includes(" ") ? "name" : "alias");
      if (text.toLowerCase() !== person.name.toLowerCase()) registry.addAlias(person, titleCase(text));
      if (family >= 0) registry.addAlias(person, full);
      mark(taken, i, titled.to);
      i = titled.to - 1;
      continue;
    }
    // (Only a capitalised word, or a family name with its particle, is a person's: ask before making the token.)
    const t = tokens.capitalizedAt(i) === true || hyphenatedParticleName(tokens.textAt(i) ?? "") ? tokens.get(i) : undefined;
    if (t !== undefined) {
      // A known person's one-word alias alone (`Xi was quoted`, `… met Erdogan`, `Erdogan, for his part, …`); at the
      // head of a sentence, where any word is capitalised, not before another capitalised word.
      // (Only a capitalised word can be a name: most words skip the look-up.)
      // (So can a family name with its particle in lower case: `"…," al-Assad told the gathering`.)
      const particled = !t.capitalized && hyphenatedParticleName(t.text);
      const knownAlone = t.capitalized || particled ? lexicon.personByName.get(t.lower) : undefined;
      // (`Sharif Sheikh Ahmed` is a name of its own: a title inside a name runs it on.)
      // (A name before it on the line above does not run on into it: `By Trevor Smith` over `Biden hosted …`.)
      if (knownAlone !== undefined && (particled || (isNameWord(t, lexicon) && nameRunEnd(tokens, i, lexicon) === i + 1)) && (t.newLine || !isNameWordAt(tokens, i - 1, lexicon)) && (!isSentenceOpening(tokens, i) || !isCapitalizedAt(tokens, i + 1))) {
        const person = familyNamed(registry, t, knownAlone) ?? registry.personForName(knownAlone.name, knownAlone, false);
        registry.addMention(person, t, "alias");
        taken[i] = 1;
        continue;
      }
      // A lone capitalised word right beside a reporting verb (`Brafman said`, `said Cruz`) is a surname; not the first
      // word of a place (`the claim North Korea later disputed`), nor a body's head (`the Prime Minister's Office said`),
      // a document's or a building's (`the Tianjin Declaration said`).
      // (Nor a word a demonym qualifies: `The Spanish Executive reported`.)
      const qualified = lexicon.countryByDemonym.has(tokens.lowerAt(i - 1) ?? "") && lexicon.personByName.get(t.lower) === undefined;
      // (Nor a word of office that is also a given name, read as the office: `HH the Amir said`.)
      const office = lexicon.roleClasses.has(t.lower) && !givenNameOffice(tokens, i, lexicon);
      // (Nor one letter, an initial or a thing's name: `In a post on X, PM Abiy said`.)
      // (Nor one a speaker turns to after an interjection: `Well, Jim, the president said …`.)
      const addressed = tokens.textAt(i - 1) === "," && INTERJECTIONS.has(tokens.lowerAt(i - 2) ?? "") && isSentenceOpening(tokens, i - 2);
      // (Nor a quantifier opening its sentence: `Few expect a lasting friendship`, `Several said …`.)
      if (t.text.length > 1 && isNameWord(t, lexicon) && !qualified && !office && !addressed && !GENERIC_SOURCES.has(t.lower) && !DETERMINERS.has(t.lower) && !endsThingName(t.text) && !isNameWordAt(tokens, i + 1, lexicon) && !isNameWordAt(tokens, i - 1, lexicon) && besideCue(tokens, i, i + 1, lexicon) && !isSentenceStartWord(tokens, i, lexicon) && !placeWord(tokens, i, lexicon) && !partnership(t, lexicon)) {
        // `…, SPA said`: an unknown acronym beside a verb is an agency or a body, not a surname (nor a common thing's
        // letters: `told state TV`).
        // (So is a word after an outlet's noun: `the state news agency Khovar reported`.)
        if ((isAcronym(t) || OUTLET_NOUNS.has(tokens.lowerAt(i - 1) ?? "")) && !lexicon.personByName.has(t.lower)) {
          if (!THING_ACRONYMS.has(t.text)) named.add("organization", view, t);
          taken[i] = 1;
          continue;
        }
        const known = lexicon.personByName.get(t.lower);
        const person = known !== undefined ? familyNamed(registry, t, known) ?? registry.personForName(known.name, known, false) : surnameHolder(registry, t.text, courtesyGender(tokens, i)) ?? registry.personForName(t.text, undefined);
        const from = particlesBefore(tokens, taken, i, person);
        registry.addMention(person, spanOf(tokens, from, i + 1), known !== undefined || person.name !== t.text ? "alias" : "name");
        if (from < i) registry.addAlias(person, view.slice(tokens.startAt(from) ?? t.start, t.end));
        mark(taken, from, i + 1);
        continue;
      }
    }
    const found = organizationAt(tokens, i, lexicon);
    // (A known city that ends a building's name right after its head is the place it stands in: `State House
    // Entebbe`, `State House Nairobi`; not a body's `of` city, `University of Nairobi`.)
    const last = tokens.lowerAt(i + found - 1) ?? "";
    const org = found > 2 && lexicon.cities.has(last) && BUILDING_HEADS.has(tokens.lowerAt(i + found - 2) ?? "") ? found - 1 : found;
    if (org > 0) {
      // A sentence-initial `The` or `A`, a byline's `By` are not part of the name (`A White House official said`).
      const from = (tokens.textAt(i) === "The" || tokens.textAt(i) === "By" || tokens.textAt(i) === "A") && org > 1 ? i + 1 : i;
      named.add("organization", view, spanOf(tokens, from, i + org));
      // (The article stays free to open a description: `The Commission president flew to Scotland`.)
      mark(taken, from, i + org);
      i += org - 1;
      continue;
    }
    const place = placeAt(tokens, i, lexicon);
    const longer = place > 0 ? longerNameAfterArticle(tokens, i, place, lexicon) : 0;
    if (longer > 0) {
      // (Its words are no person's either: `The West Palm Beach Police said`.)
      mark(taken, i, longer);
      i = longer - 1;
      continue;
    }
    // (`the West Bank`: read from the word after the article.)
    if (longer < 0) continue;
    if (place > 0) {
      // (`the Berlin Process summit in Tirana`, `the Astana format`: a city that names a process is no place here.)
      if (!NAMED_AFTER_PLACE_HEADS.has(tokens.lowerAt(i + place) ?? "")) {
        named.add("place", view, spanOf(tokens, i, i + place), lexicon);
        if (place === 1 && !LOCATIVE_PREPOSITIONS.has(tokens.lowerAt(i - 1) ?? "")) lonePlaceWords.push(i);
      }
      mark(taken, i, i + place);
      i += place - 1;
      continue;
    }
    // `on the island of Valaam`, `the resort town of Bled`: a settlement the gazetteer lacks, named by what it is.
    const settlement = settlementAt(tokens, i) || townBeforeRegion(tokens, i, lexicon);
    if (settlement > 0) {
      named.add("place", view, spanOf(tokens, i, i + settlement), lexicon, "city");
      mark(taken, i, i + settlement);
      i += settlement - 1;
    }
  }

  // `"…," Montenegro said` after `Luís Montenegro`: a place's one word that is the family name of a person the text
  // names in full is that person where no preposition makes it a place (`in Montenegro`).
  const takenBack = new Set<number>();
  for (const i of lonePlaceWords) {
    const word = tokens.textAt(i) ?? "";
    const person = registry.findBySurname(word, (p) => p.name.endsWith(` ${word}`));
    if (person === undefined) continue;
    const span = spanOf(tokens, i, i + 1);
    takenBack.add(span.start);
    registry.addMention(person, span, "alias");
  }
  named.removePlaces(takenBack);

  // Pass 1b: an unknown capitalised pair whose last word recurs alone elsewhere is a person (`Carly Fiorina … Fiorina said`).
  findRecurringNames(view, tokens, taken, registry, lexicon);

  // Pass 2: surnames and aliases of people already found.
  for (const p of registry.people) {
    const surname = knownSurname(p.name, lexicon) ?? surnameForms(p.name)[0] ?? p.name;
    if (surname !== p.name) registry.addAlias(p, surname);
  }
  // A surname two people share is the one named more often before it, then the one named first (`Clinton` after a
  // single `Bill Clinton` stays Hillary; `Kim` is Kim Jong Un, not the byline's Kim Tong-hyung at the end). A sweep
  // over the mentions keeps the count linear.
  const named1 = registry.mentions.slice().sort((a, b) => a.start - b.start);
  const namedBefore = new Map<string | null, number>();
  const timesNamed = (p: PersonDraft): number => namedBefore.get(p.id) ?? 0;
  for (const p of registry.people) p.mentions.sort((a, b) => a.start - b.start);
  const givenNames = registry.givenNames();
  // Each lone family name looked up once, however often the text writes it.
  const familyLeaders = new Map<string, PersonDraft | undefined>();
  // The countries the text names, by name or by demonym (`The North Korean leader`), read at the first look-up.
  let countries: ReadonlySet<string> | null = null;
  const leaderByFamilyName = (lower: string): PersonDraft | undefined => {
    countries ??= namedCountries(tokens, named.places, lexicon);
    if (!familyLeaders.has(lower)) familyLeaders.set(lower, familyLeader(lower, countries, lexicon, registry));
    return familyLeaders.get(lower);
  };
  let swept = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1 || tokens.capitalizedAt(i) !== true) continue;
    const t = tokens.get(i);
    // (A pronoun alone is no family name, capitalised or not: `He said …` is not Vice Premier He Lifeng; nor a function
    // word opening a sentence, `Has the deal …` after Kerim Has.)
    if (t === undefined || SPEAKER_PRONOUNS[t.lower] !== undefined || (FUNCTION_WORDS_AS_FAMILY_NAMES.has(t.lower) && isSentenceOpening(tokens, i))) continue;
    for (let m = named1[swept]; m !== undefined && m.start < t.start; m = named1[++swept]) namedBefore.set(m.personId, (namedBefore.get(m.personId) ?? 0) + 1);
    // `According to Mohamad`, after `Mohamad Hasan`: a source named by the given name of one person.
    // (`Trump and Kim end summit early`, North Korea named in the text: the one leader of a country the text names
    // whose family name, written first, this is.)
    const person =
      surnameHolder(registry, t.text, courtesyGender(tokens, i), timesNamed) ??
      (tokens.textAt(i - 1) === "to" && tokens.lowerAt(i - 2) === "according" ? givenNames.get(foldName(t.text)) ?? undefined : undefined) ??
      (FAMILY_NAMES_FIRST.has(t.lower) && !isSentenceOpening(tokens, i) && !isCapitalizedAt(tokens, i + 1) ? leaderByFamilyName(t.lower) : undefined);
    if (person === undefined) continue;
    namedBefore.set(person.id, timesNamed(person) + 1);
    const from = particlesBefore(tokens, taken, i, person);
    const written = view.slice(tokens.startAt(from) ?? t.start, t.end);
    registry.addMention(person, spanOf(tokens, from, i + 1), "alias");
    if (written !== person.name && !isAllCaps(written)) registry.addAlias(person, written);
    mark(taken, from, i + 1);
  }

  // (A family name found alone beside a verb, `Trump and Kim said`, names the leader who bears it, as above: that
  // person joins the registry, and the lone name merges into them below.)
  for (const p of registry.people.slice()) if (!p.name.includes(" ") && FAMILY_NAMES_FIRST.has(p.name.toLowerCase())) leaderByFamilyName(p.name.toLowerCase());
  // A surname met alone before its full name (in a headline) is that person.
  registry.mergeLoneSurnames();

  // Pass 3: ages and roles from appositions and titles, then descriptors that rest on them.
  readAges(tokens, registry);
  findRoles(view, tokens, registry, lexicon);
  findDescriptors(view, tokens, taken, registry, lexicon);

  registry.mentions.sort((a, b) => a.start - b.start);
  for (const p of registry.people) p.mentions.sort((a, b) => a.start - b.start);
  // A person first met by a shorter name (`Von der Leyen` in a headline) took the fuller one later: every mention
  // carries the name the whole text gives.
  const nameOf = new Map(registry.people.map((p) => [p.id, p.name]));
  for (const m of registry.mentions) if (m.personId !== null) m.name = nameOf.get(m.personId) ?? m.name;
  return {
    ...state,
    people: registry.people,
    mentions: registry.mentions,
    organizations: named.organizations,
    places: named.places,
  };
};

function findRecurringNames(view: string, tokens: TokenList, taken: Uint8Array, registry: PeopleRegistry, lexicon: Lexicon): void {
  const alone = new Map<string, number>();
  const pairs: { i: number; end: number }[] = [];
  // A surname already taken for a person of one word counts as met alone too (`Abdykadyrov added` after
  // `According to Temirlan Abdykadyrov of the Kyrgyz foreign ministry`).
  const oneWord = new Set(registry.people.filter((p) => !p.name.includes(" ")).map((p) => p.name));
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens.textAt(i);
    if (taken[i] === 1 && text !== undefined && oneWord.has(text)) alone.set(text, (alone.get(text) ?? 0) + 1);
    if (taken[i] === 1 || tokens.capitalizedAt(i) !== true || !isNameWordAt(tokens, i, lexicon)) continue;
    const end = nameRunEnd(tokens, i, lexicon);
    const run = end - i;
    // (Not the last word of a seat or venue whose name opens on a style: `at Seri Perdana`, then `at Dataran Perdana`.)
    if (run === 1 && !titleWordBefore(tokens, i, lexicon) && VENUES[lowerPhrase(tokens, i - 1, i + 1)] === undefined) {
      const w = tokens.textAt(i) ?? "";
      alone.set(w, (alone.get(w) ?? 0) + 1);
    } else if (run === 2 && !isSentenceOpening(tokens, i) && [i, i + 1].every((k) => taken[k] !== 1 && isProperWord(tokens.get(k))) && !titleWordBefore(tokens, end - 1, lexicon)) {
      // (Not the words of a title before its office: `Emeritus Senior Minister Goh Chok Tong`.)
      pairs.push({ i, end });
    }
    i = end - 1;
  }
  for (const { i, end } of pairs) {
    const last = tokens.textAt(end - 1) ?? "";
    if ((alone.get(last) ?? 0) === 0 || endsThingName(last) || portfolioAt(tokens, i, lexicon)) continue;
    const span = spanOf(tokens, i, end);
    registry.addMention(registry.personForName(view.slice(span.start, span.end), undefined), span, "name");
    taken.fill(1, i, end);
  }
}

/** True when token `k` is a word of office before an office (`Senior` of `Senior Minister`): a title's, no name's. */
function titleWordBefore(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  return lexicon.roleWords.has(tokens.lowerAt(k) ?? "") && matchPhrase(tokens, k + 1, lexicon.rolePhrases) > 0;
}

/** True when the words at `i` follow an office's or a body's `of`: a portfolio (`the Minister of Internal Affairs`). */
function portfolioAt(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  const head = tokens.textAt(i - 2) ?? "";
  return tokens.lowerAt(i - 1) === "of" && (lexicon.roleClasses.has(head.toLowerCase()) || ORGANIZATION_HEADS.has(head));
}

/** True when a given name and a surname at `i` end their run of capitals right before a reporting verb (`Helen Purcell said`). */
function namesBesideCue(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  const end = nameRunEnd(tokens, i, lexicon);
  return end - i >= 2 && end - i <= MAX_TITLED_NAME_WORDS && isProperWord(tokens.get(end - 1)) && !endsThingName(tokens.textAt(end - 1) ?? "") && lexicon.cueWords.has(tokens.lowerAt(end) ?? "");
}

/** Most words of a name after an unknown title (`Helen Purcell`, `Charles E. Grassley`). */
const MAX_TITLED_NAME_WORDS = 3;

/** True at the first word of a sentence, where any word is capitalised. */
function isSentenceOpening(tokens: TokenList, i: number): boolean {
  const prev = tokens.get(i - 1);
  return prev === undefined || prev.text === "." || prev.text === "!" || prev.text === "?" || prev.text === ":" || prev.text === '"' || prev.text === "“";
}

/** A capitalised word of letters only, mixed case (`Fiorina`, not `NATO` or `2016`). */
function isProperWord(t: Token | undefined): boolean {
  if (t === undefined || t.text.length < 2 || isAllCaps(t.text)) return false;
  for (let k = 0; k < t.text.length; k++) if (!PATTERNS.letter.test(t.text[k] ?? "")) return false;
  return true;
}

function mark(taken: Uint8Array, from: number, to: number): void {
  taken.fill(1, from, to);
}

function spanOf(tokens: TokenList, from: number, to: number): Span {
  return { start: tokens.startAt(from) ?? 0, end: tokens.endAt(to - 1) ?? 0 };
}

/** True for a word that ends the name of a body, a document, a building or a natural feature (`Directorate`, `Declaration`, `Plaza`, `Islands`), never a person's. */
function endsThingName(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || DOCUMENT_HEADS.has(word) || FACILITY_WORDS.has(word.toLowerCase()) || LANDFORM_WORDS.has(word.toLowerCase());
}

/** Most lower-case words between a name and the building's or work's noun it qualifies (`presidential palace`). */
const THING_NOUN_REACH = 2;

/** Lower-case forms of the nouns of works (`project`, `corridor`), and of trains, ships and roads named after people (`the Al Boraq high-speed train`). */
const WORK_NOUNS = new Set([...WORK_HEADS.map((w) => w.toLowerCase()), "train", "ship", "line", "highway", "expressway", "motorway"]);

/** True when a building's or a work's noun in lower case follows token `end` closely (`presidential palace`, `project`). */
function thingNounAfter(tokens: TokenList, end: number): boolean {
  for (let k = end; k < end + THING_NOUN_REACH && tokens.kindAt(k) === "word" && tokens.capitalizedAt(k) !== true; k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (FACILITY_WORDS.has(w) || WORK_NOUNS.has(w)) return true;
  }
  return false;
}

/** Tokens of a full personal name at `i`: a known name, or a given name followed by capitalised words. */
function fullNameAt(tokens: TokenList, i: number, lexicon: Lexicon): number {
  // (Most tokens open no name: ask before making the token.)
  if (tokens.capitalizedAt(i) !== true) return 0;
  const t = tokens.get(i);
  if (t === undefined) return 0;
  // (A word of office that is also a given name, read as the office: `HH the Amir Sheikh Tamim`.)
  if (lexicon.roleClasses.has(t.lower) && lexicon.firstNames.has(t.lower) && !givenNameOffice(tokens, i, lexicon)) return 0;
  // (A ship's name after its noun or its navy's prefix: `the U.S. aircraft carrier George Washington`, `USS Gerald R. Ford`.)
  if (VESSEL_WORDS.has(tokens.lowerAt(i - 1) ?? "")) return 0;
  const known = matchPhrase(tokens, i, lexicon.personPhrases);
  // Inside a run of capitalised words a name starts only where a known name does (`Rival Barack Obama`); an acronym
  // before it is a title or a body, not part of the name (`NSA Ajit Doval`).
  const before = tokens.get(i - 1);
  const acronym = before !== undefined && before.text.length <= MAX_ACRONYM && before.text.length > 1 && isAllCaps(before.text) && !isAllCaps(t.text) && lexicon.firstNames.has(t.lower);
  // A title's last word before it is no part of the name (`Army Chief Asim Munir`, `Prince Khalid bin Salman`).
  const title = before !== undefined && isTitleWord(before.lower, lexicon);
  // (Nor the verb of saying that opens the sentence before it: `Said Dorothy Poynter, …`.)
  const saidBefore = before !== undefined && lexicon.cueWords.has(before.lower) && isSentenceOpening(tokens, i - 1);
  // (Nor an unknown word of office or place before a given name and a surname: `Maricopa County Recorder Helen Purcell`.)
  // (The name must close the run, as a reporting verb after it shows: not a title-case headline's `Lindsey Graham Endorsement`.)
  const givenAfterTitle = before !== undefined && lexicon.firstNames.has(t.lower) && !lexicon.firstNames.has(before.lower) && !NAME_PARTICLES.has(before.lower) && namesBesideCue(tokens, i, lexicon);
  // (A run is within its line: a heading's last word above is none of it, `What People Are Saying` over `Michael Kugelman, …`.)
  if (i > 0 && !t.newLine && isCapitalized(before) && isNameWord(before, lexicon) && !acronym && !title && !saidBefore && !givenAfterTitle && known < 2 && !followsOfficeObject(tokens, i, lexicon)) return 0;
  if (known > 1 && allCapitalized(tokens, i, i + known)) {
    // A known name may run on into a family name with its particle (`Mohammed bin Salman Al Saud`), not into the
    // words of a title-case headline (`Xi Jinping Holds Talks`).
    // (And into the same person's surname after an alias: `Vladimir Vladimirovich Putin`.)
    const next = tokens.get(i + known);
    const knownPerson = lexicon.personByName.get(lowerPhrase(tokens, i, i + known));
    if (next !== undefined && isCapitalized(next) && knownPerson !== undefined && lexicon.personByName.get(next.lower) === knownPerson) return known + 1;
    if (!NAME_PARTICLES.has(next?.lower ?? "")) return known;
    // (Read on from the known name's last word, which a style before it cannot stop: `Prince Faisal bin Farhan bin
    // Abdullah`, the gazetteer knowing `Prince Faisal bin Farhan`.)
    const end = nameRunEnd(tokens, i + known - 1, lexicon);
    return Math.max(known, end - i);
  }
  // (A known one-word name before a title-case headline's verb is the whole name: `Trump and Xi Agree to Trade Truce`,
  // `Biden and Xi Try to Put a Floor Under …`.)
  const verb = tokens.get(i + 1);
  if (known === 1 && verb !== undefined && isCapitalized(verb) && (lexicon.cueWords.has(verb.lower) || isHeadlineVerb(verb.lower)) && !lexicon.firstNames.has(verb.lower)) return 1;
  const end = nameRunEnd(tokens, i, lexicon);
  if (end - i < 2 || opensWithHeadlineVerb(t, lexicon)) return 0;
  // (A name that a body's is made of, ending on an initial: `the Walter E. Washington Convention Center`.)
  if ((tokens.textAt(end - 1)?.length ?? 0) === 1 && headsBodyAfter(tokens, isGluedPeriod(tokens, end) ? end + 1 : end)) return 0;
  // `Said Dorothy Poynter, who grew up with Ali, “…”`: a verb of saying opens the sentence, a full name follows it.
  if (lexicon.cueWords.has(t.lower) && isSentenceOpening(tokens, i) && lexicon.firstNames.has(tokens.lowerAt(i + 1) ?? "")) return 0;
  // `PUTIN, XI HOLD TALKS IN BEIJING`: in capitals, a run is a name only when it opens with a given name, is short
  // and the words after it are not in capitals too (`JAKE TAPPER:` labels a transcript turn; `DEBBIE WASSERMAN
  // SCHULTZ RESIGNS` is a headline).
  const after = tokens.kindAt(end) === "word" ? tokens.get(end) : tokens.get(end + 1);
  const inCapitals = after !== undefined && after.kind === "word" && after.text.length > 1 && isAllCaps(after.text);
  // (A byline may shout its names: `By ZEKE MILLER, AAMER MADHANI and ILLIA NOVIKOV`.)
  if (shouted(tokens, i, end) && (!lexicon.firstNames.has(t.lower) || end - i > MAX_SHOUTED_NAME || inCapitals) && !(end - i <= MAX_SHOUTED_NAME && credited(tokens, i, end))) return 0;
  // `Chief of Staff John Kelly said`: the last word of a title is no first name; nor is a title read whole a name
  // (`the Yang di-Pertuan Agong`, Malaysia's king).
  if (insideRole(tokens, i, lexicon) || matchPhrase(tokens, i, lexicon.rolePhrases) >= end - i) return 0;
  // `San Francisco`, `Santa Clara`: a known place, not a first name and a surname; `Institut Montaigne`: an organisation.
  // (Nor a building's: `Palacio San Martín`, `Trump Plaza`.)
  // (Nor a known seat or venue: `Democrats on Capitol Hill, who …`.)
  // (A run that opens with a place of two words or more names an outlet or a body: `Middle East Eye`, `New York Times`.)
  const place = matchPhrase(tokens, i, lexicon.placePhrases);
  if (place >= end - i || place >= 2 || ORGANIZATION_HEADS.has(t.text) || FACILITY_WORDS.has(t.lower) || VENUES[lowerPhrase(tokens, i, end)] !== undefined) return 0;
  // `Rival Barack Obama`: a known name starts inside the run, so the words before it are not part of it.
  // A family name with its particle is no such name (`Khalid bin Salman` is not `bin Salman`).
  // (Nor one a particle joins to the words before: `Khalid bin Salman bin Abdulaziz` is not King Salman bin Abdulaziz.)
  for (let k = i + 1; k < end; k++) if (!NAME_PARTICLES.has(tokens.lowerAt(k) ?? "") && !NAME_PARTICLES.has(tokens.lowerAt(k - 1) ?? "") && matchPhrase(tokens, k, lexicon.personPhrases) > 1) return 0;
  // `Director of National Intelligence Dan Coats`: the office's object ends where a given name starts.
  // (Unless the name starts at `i` already: `… Industry Gan Kim Yong` is not `Kim Yong`.)
  const officeBeforeName = followsOfficeObject(tokens, i, lexicon);
  for (let k = i + 1; k < end - 1 && !officeBeforeName; k++) if (followsOfficeObject(tokens, k, lexicon)) return 0;
  // `Communications Directorate`, `Simon Wiesenthal Center`: a run that ends on an organisation head names a body,
  // whatever its first word.
  // (Likewise a document: `Leaders' Summit Declaration`.)
  if (endsThingName(tokens.textAt(end - 1) ?? "")) return 0;
  // (A hyphened given name opens one too: `Jean-Claude Juncker`, `Jean-Yves Le Drian`.)
  const dash = t.lower.indexOf("-");
  // (Not two leaders' names joined, as a headline pairs them: `the Xi-Modi Meeting`.)
  const hyphened = dash > 0 && lexicon.firstNames.has(t.lower.slice(0, dash)) && PATTERNS.upper.test(t.text[dash + 1] ?? "") && !lexicon.personByName.has(t.lower.slice(dash + 1));
  // (A name between `the` and a building's or a work's noun in lower case names the thing: `the Al Alamein
  // presidential palace`, `the Rail Baltica project`.)
  if (tokens.lowerAt(i - 1) === "the" && thingNounAfter(tokens, end)) return 0;
  // (Not a given name and a title-case headline's verb after it: `Hochul and Martin Announce New Trade Partnership`.)
  if (end - i === 2 && headlineVerbAt(tokens, i + 1, lexicon)) return 0;
  if (lexicon.firstNames.has(t.lower) || hyphened) return end - i;
  // An unknown `First Last` counts as a name when a reporting verb or an apposition with a role sits next to it, or
  // when a byline or a credit lists it (`By Trevor Hunnicutt and Jeff Mason`).
  // (So does a known name in its own order, family name first: `its Prime Minister, Ishiba Shigeru.`)
  return besideCue(tokens, i, end, lexicon) || credited(tokens, i, end) || officeBeforeName || (end - i === 2 && reversedKnown(lowerPhrase(tokens, i, end), lexicon) !== undefined) ? end - i : 0;
}

/**
 * True when the credit word at `k` opens its line or a bracket (`Reporting by`, `(Editing by`, `--additional reporting
 * by`), not running text (`polls compiled by Real Clear Politics`).
 */
function opensCredit(tokens: TokenList, k: number): boolean {
  const first = tokens.lowerAt(k - 1) === "additional" ? k - 1 : k;
  const before = tokens.get(first - 1);
  return before === undefined || tokens.newLineAt(first) === true || (before.kind === "punct" && CREDIT_BRACKETS.has(before.text[0] ?? ""));
}

/** Marks a credit may open after (`(Reporting by …; Editing by …)`, `--additional reporting by …`). */
const CREDIT_BRACKETS = new Set(["(", ";", "-"]);

/** Most tokens between a credit's `by` and a name it lists (`By Trevor Hunnicutt, Jeff Mason and Andrea Shalal`). */
const MAX_CREDIT_REACH = 12;
/** Plural desks after an outlet's name that open a wire's list of contributors (`Associated Press writers`). */
const CONTRIBUTOR_WORDS: ReadonlySet<string> = new Set(["writers", "correspondents"]);
/** The words before `by` in a credit line (`reporting`, `editing`, `compiled`), lower case. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(CREDIT_OPENERS.map((o) => o.split(" ").at(-2) ?? ""));

/**
 * True when the capitalised run `[i, end)` is listed after a byline's `by` at the head of its line, or after a
 * credit's (`(Reporting by …; Editing by …)`), through other names, commas and `and`; not a desk (`By Reuters Staff`).
 */
function credited(tokens: TokenList, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (BYLINE_DESKS.has(tokens.lowerAt(k) ?? "")) return false;
  if (i === 0 || tokens.newLineAt(i) === true) return writersLine(tokens, i);
  for (let k = i - 1; k >= Math.max(0, i - MAX_CREDIT_REACH); k--) {
    const t = tokens.get(k);
    if (t === undefined) return false;
    // `Photograph: Evan Vucci/AP`, `Image: Getty Images / Chip Somodevilla`, `(AP Photo/Evan Vucci)`: a picture's credit.
    if ((t.text === ":" && PICTURE_WORDS.has(tokens.lowerAt(k - 1) ?? "")) || (PICTURE_WORDS.has(t.lower) && tokens.textAt(k + 1) === "/")) return true;
    if (t.text === "/") continue;
    if (t.lower === "by") return k === 0 || t.newLine || tokens.textAt(k - 1) === "(" || (CREDIT_WORDS.has(tokens.lowerAt(k - 1) ?? "") && opensCredit(tokens, k - 1));
    // `Associated Press writers Lorne Cook in Brussels and Geir Moulson in Berlin contributed`: a wire's contributors.
    if (CONTRIBUTOR_WORDS.has(t.lower) && tokens.capitalizedAt(k - 1) === true) return true;
    // (Each may say where they wrote from: `in Brussels`.)
    const from = t.lower === "in" && tokens.capitalizedAt(k + 1) === true;
    // (A name's particle too: `By Carien du Plessis and Anait Miridzhanian`.)
    if (!(t.capitalized || t.lower === "and" || t.text === "," || from || NAME_PARTICLES.has(t.lower))) return false;
    // `Demetri Sevastopulo in Busan and Joe Leahy in Beijing` on a line of its own: reporters and where they wrote from.
    if (t.newLine || k === 0) return writersLine(tokens, k);
  }
  return false;
}

/** Words that open a picture's credit before a colon (`Photograph: …`). */
const PICTURE_WORDS = new Set(["photo", "photograph", "photos", "image", "images", "picture", "pictures", "credit", "illustration"]);

/** Most tokens of a line of reporters' names (`Demetri Sevastopulo in Busan and Joe Leahy in Beijing`). */
const MAX_WRITERS_LINE = 16;

/**
 * True for a line from token `k` made of names, each perhaps with `in` and a place, joined by `and` or commas, and at
 * least two of them: the writers of the report under an FT or Guardian headline.
 */
function writersLine(tokens: TokenList, k: number): boolean {
  let joins = 0;
  let j = k;
  for (; j < tokens.length && j - k < MAX_WRITERS_LINE; j++) {
    const t = tokens.get(j);
    if (t === undefined || (j > k && t.newLine)) break;
    // (In lower case: a title-case headline capitalises its `And` and `In`.)
    if (t.text === "and" || t.text === ",") joins++;
    else if (HEADLINE_FUNCTION_WORDS.has(t.lower) && t.text !== "in") return false;
    // (Nor its verb: `Hochul Meets Martin, Announces New Trade Partnership`.)
    else if (isHeadlineVerb(t.lower)) return false;
    else if (!(t.capitalized || (t.text === "in" && tokens.capitalizedAt(j + 1) === true))) return false;
  }
  return joins > 0 && (tokens.startAt(j) === undefined || tokens.newLineAt(j) === true);
}

/**
 * The short name the gazetteer gives a known person among the words of the name: the last word when it is one
 * (`Erdogan`), else the shortest ending of two words or more (`López Obrador` of `Andrés Manuel López Obrador`), else
 * any one word (`Anwar` of `Anwar Ibrahim`, whose second name is his father's); undefined when none is listed.
 */
function knownSurname(name: string, lexicon: Lexicon): string | undefined {
  const known = lexicon.personByName.get(name.toLowerCase());
  if (known === undefined) return undefined;
  const named = (words: readonly string[]): boolean => lexicon.personByName.get(words.join(" ").toLowerCase()) === known;
  const words = name.split(" ");
  if (named(words.slice(-1))) return words.at(-1);
  for (let n = 2; n < words.length; n++) if (named(words.slice(-n))) return words.slice(-n).join(" ");
  return words.find((w) => named([w]));
}

/**
 * The person a lone East Asian family name stands for (`Kim` for Kim Jong Un) when exactly one person of the gazetteer
 * bears it first and the text names that person's country.
 */
function familyLeader(lower: string, countries: ReadonlySet<string>, lexicon: Lexicon, registry: PeopleRegistry): PersonDraft | undefined {
  let found: LexiconPerson | undefined;
  for (const p of lexicon.people) {
    if (p.country === null || !p.name.toLowerCase().startsWith(`${lower} `) || !countries.has(p.country)) continue;
    if (found !== undefined && found !== p) return undefined;
    found = p;
  }
  return found === undefined ? undefined : registry.personForName(found.name, found, false);
}

/** The countries the text names as places or by a demonym of one or two words (`North Korean`). */
function namedCountries(tokens: TokenList, places: readonly Place[], lexicon: Lexicon): ReadonlySet<string> {
  const countries = new Set(places.filter((p) => p.kind === "country").map((p) => p.name));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.get(i);
    if (t === undefined || !t.capitalized) continue;
    const country = lexicon.countryByDemonym.get(`${t.lower} ${tokens.lowerAt(i + 1) ?? ""}`) ?? lexicon.countryByDemonym.get(t.lower);
    if (country !== undefined) countries.add(country);
  }
  return countries;
}

/** Most particles of a family name before it (`von der Leyen`). */
const MAX_FAMILY_PARTICLES = 2;

/**
 * Where the mention of `person` by the family name at token `i` starts: at the particles before it that the
 * person's name ends with (`"…," von der Leyen said`, `Le Pen said`), else at `i`.
 */
function particlesBefore(tokens: TokenList, taken: Uint8Array, i: number, person: PersonDraft): number {
  let from = i;
  while (from > i - MAX_FAMILY_PARTICLES && taken[from - 1] !== 1 && NAME_PARTICLES.has(tokens.lowerAt(from - 1) ?? "") && tokens.newLineAt(from) !== true) from--;
  return from < i && person.name.toLowerCase().endsWith(` ${lowerPhrase(tokens, from, i + 1)}`) ? from : i;
}

/**
 * The person the text named with East Asian family name `t` (`Yoon added` after `spokesman Yoon Young-chan`), when
 * the gazetteer's bearer of it (`Yoon Suk Yeol`) has not been named: such family names are shared by many.
 */
function familyNamed(registry: PeopleRegistry, t: Token, known: LexiconPerson): PersonDraft | undefined {
  return FAMILY_NAMES_FIRST.has(t.lower) && !registry.hasKnown(known) ? registry.findBySurname(t.text) : undefined;
}

/**
 * True when token `j`, an East Asian family name, has a hyphened given name after it (`Yoon Young-chan`,
 * `Kim Yo-jong`): the two words are one name, whoever else bears the family name.
 */
function givenNameAfterFamilyName(tokens: TokenList, j: number, lexicon: Lexicon): boolean {
  const given = tokens.get(j + 1);
  if (!FAMILY_NAMES_FIRST.has(tokens.lowerAt(j) ?? "") || given === undefined || !isNameWord(given, lexicon)) return false;
  const dash = given.text.indexOf("-");
  return dash > 0 && PATTERNS.lower.test(given.text[dash + 1] ?? "");
}

/** Most words an office's object may have before a name (`Director of National Intelligence`, `Minister for Sustainability and the Environment`). */
const MAX_OFFICE_OBJECT = 5;

/**
 * True when token `i` is a given name with a family name after it, right after the capitalised object of an office
 * (`Director of National Intelligence Dan Coats`, `Secretary of Homeland Security Kristi Noem`): the name starts at
 * `i`, the words between `of` and it are the office's, none of them a given name.
 * (An East Asian family name written first opens the name too: `Minister for Trade and Industry Gan Kim Yong`.)
 */
function followsOfficeObject(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  const first = tokens.lowerAt(i) ?? "";
  if (!(lexicon.firstNames.has(first) || FAMILY_NAMES_FIRST.has(first)) || !isNameWordAt(tokens, i + 1, lexicon)) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_OFFICE_OBJECT; k--) {
    const t = tokens.get(k);
    if (t === undefined) return false;
    if (t.lower === "of" || t.lower === "for") return k < i - 1;
    if (OFFICE_OBJECT_JOINS.has(t.text) && k < i - 1) continue;
    if (!isCapitalized(t) || lexicon.firstNames.has(t.lower)) return false;
  }
  return false;
}

/**
 * True when token `i` opens a known place of two words or more (`the claim North Korea later disputed`), or is a
 * one-word place after a preposition (`Moussa Faki Mahamat of Chad, who …`) or one that is also a given name: a state
 * or its capital standing for its government (`Jordan said`, `expected Sofia to adopt the euro`), which a lone given
 * name rarely is in the news. (A place's word that is the family name of one the text names in full is still theirs.)
 */
function placeWord(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  const n = matchPhrase(tokens, i, lexicon.placePhrases);
  return n >= 2 || (n === 1 && (PREPOSITIONS.has(tokens.lowerAt(i - 1) ?? "") || lexicon.firstNames.has(tokens.lowerAt(i) ?? "")));
}

/**
 * `EU-Mercosur`, `US-China`, `Russia-Ukraine`, `Modi-Putin`: a hyphened pair of bodies, countries or known people,
 * not a double-barrelled surname.
 */
function partnership(t: Token, lexicon: Lexicon): boolean {
  if (!t.text.includes("-")) return false;
  const parts = t.text.split("-");
  if (parts.length > 1 && parts.every((part) => lexicon.personByName.has(part.toLowerCase()))) return true;
  return parts.some((part) => (part.length > 1 && isAllCaps(part)) || lexicon.countryByName.has(part.toLowerCase()) || lexicon.countryByDemonym.has(part.toLowerCase()));
}

/** Longest name in capitals read as a person, in words (`KATE BOULDUAN`, `KIM JONG UN` is known). */
const MAX_SHOUTED_NAME = 3;

/** True when every word of tokens `[i, end)` is written in capitals (and is longer than an initial). */
function shouted(tokens: TokenList, i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const t = tokens.get(k);
    if (t === undefined || (t.kind === "word" && (t.text.length < 2 || !isAllCaps(t.text)))) return false;
  }
  return true;
}

/** True for a capitalised word that is capitalised only because it opens a sentence and is a common word. */
function isSentenceStartWord(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  const prev = tokens.get(i - 1);
  // (After an opening bracket or a line break too: `(Having said that, …`, a list's `Keeps saying …`.)
  const opensSentence = prev === undefined || prev.text === "." || prev.text === "!" || prev.text === "?" || prev.text === "\"" || prev.text === "“" || prev.text === "”" || prev.text === "(" || tokens.newLineAt(i) === true;
  // (`Keeps saying she opposed …`, `Having said that, …`: a verb with its participle opens the sentence, no name; not
  // after an initial's stop, `George H.W. Bush calling …`.)
  const participle = tokens.lowerAt(i + 1) ?? "";
  const abbreviated = tokens.textAt(i - 2) ?? "";
  const initial = prev?.text === "." && (abbreviated.length <= 2 || abbreviated.includes("."));
  const verbFirst = !initial && ((participle.endsWith("ing") && lexicon.cueWords.has(participle)) || (tokens.lowerAt(i) === "having" && lexicon.cueWords.has(participle)));
  return opensSentence && (lexicon.cueWords.has(tokens.lowerAt(i) ?? "") || verbFirst);
}

/** Longest participle aside between a name and its verb (`, reporting from Amman,`), in tokens. */
const MAX_ASIDE_TOKENS = 6;

/** True when token `i` is a later word of a role phrase that starts before it (`Staff` in `Chief of Staff`). */
function insideRole(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (k + matchPhrase(tokens, k, lexicon.rolePhrases) > i) return true;
  return false;
}

/** True when a role phrase ends right before token `k` (`chief of staff,`), not any noun (`official newspaper,`). */
function roleEndsAt(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  if (rolePhraseEndsAt(tokens, k, lexicon)) return true;
  // (Or a role and the body it serves, named or by its head: `The spokesperson for the Chinese foreign ministry, Mao
  // Ning, told …`, `The secretary general of the International Organisation of La Francophonie (OIF), Louise
  // Mushikiwabo, said`, past the body's acronym in brackets; not a thing, which the name may stand for: `the editor
  // of the Vatican's official newspaper, L'Osservatore Romano, said`.)
  let last = k - 1;
  if (closesBracketedWord(tokens, last)) last -= 3;
  const head = tokens.get(last);
  const body = head !== undefined && (head.capitalized || ORGANIZATION_HEADS.has(head.text) || STATE_BODY_HEADS.has(head.lower));
  for (let j = last; body && j >= Math.max(1, last - MAX_ROLE_BODY_WORDS); j--) {
    const w = tokens.lowerAt(j);
    if (tokens.kindAt(j) !== "word" || tokens.newLineAt(j) === true) return false;
    // (An envoy's posting too: `Ghana's High Commissioner to Nigeria, Baba Jamal.`)
    if ((w === "for" || w === "of" || w === "to") && j < last && rolePhraseEndsAt(tokens, j, lexicon)) return true;
  }
  return false;
}

/** Most words of what a role serves after its `for` or `of` (`of the International Organisation of La Francophonie`). */
const MAX_ROLE_BODY_WORDS = 8;

/** Words of a large count after its number (`1.6 million`). */
const COUNT_SCALES = new Set(["hundred", "thousand", "million", "billion"]);

/** True when token `k` is a count (`seven`, `15`, `1.6 million`); not `a`, an article before a title. */
function countedAt(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  return COUNT_SCALES.has(w) || (w !== "a" && w !== "an" && NUMBER_WORDS[w] !== undefined) || PATTERNS.startsWithDigit.test(w);
}

/** A word of office, courtesy or party, which stands before a name and is no part of it (`President`, `Sheikh`, `Democrat`). */
function isTitleWord(w: string, lexicon: Lexicon): boolean {
  return lexicon.roleWords.has(w) || HONORIFICS.has(w) || PARTY_WORDS.has(w);
}

/** Most words of a description between a verb and the name after it (`said Blaze co-host Stu Burguiere`). */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * True when token `i` is a word of office that is also a given name and reads as the name here, a surname after it and
 * no article before (`Amir Peretz`); not `HH the Amir`, `Amir Sheikh Tamim` or a headline's `Amir, Turkish President …`.
 */
function givenNameOffice(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  const w = tokens.lowerAt(i) ?? "";
  return lexicon.firstNames.has(w) && lexicon.roleClasses.has(w) && tokens.lowerAt(i - 1) !== "the" && isNameWordAt(tokens, i + 1, lexicon) && tokens.capitalizedAt(i + 1) === true;
}

/**
 * True for a verb of the news in its plain form where a name would open, the verb of a plural subject in a title-case
 * headline (`Amir, Turkish President Hold Official Talks`, `Iran, Oman Foreign Ministers Discuss Regional Issues`);
 * not a given or known name, nor a short word that opens names (`Win Myint`, `Woo Won-shik`).
 */
function opensWithHeadlineVerb(t: Token, lexicon: Lexicon): boolean {
  return t.lower.length >= MIN_HEADLINE_VERB_LENGTH && isHeadlineVerb(t.lower) && !lexicon.firstNames.has(t.lower) && !lexicon.personByName.has(t.lower);
}

/**
 * True for a verb of the news in its plain form at token `k`, with capitalised words after it on its line, as a
 * title-case headline goes on (`… Announce New Trade Partnership`).
 */
function headlineVerbAt(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  const w = tokens.lowerAt(k) ?? "";
  return (isHeadlineVerb(w) || lexicon.cueWords.has(w)) && !w.endsWith("s") && !lexicon.firstNames.has(w) && tokens.newLineAt(k + 1) !== true && tokens.capitalizedAt(k + 1) === true;
}

/** Shortest verb of a headline read as one where a name would open, in letters (`Hold`, not `Win`). */
const MIN_HEADLINE_VERB_LENGTH = 4;

/** Most words of description between a determiner and the word it qualifies (`the long-stalled Sabah claim`). */
const MAX_MODIFIERS = 2;

/** Most capitalised words of a body's name between a person's name and the verb (`of the International Crisis Group`). */
const MAX_BODY_NAME_WORDS = 6;

/** True when a determiner stands before token `i`, or before a word or two in lower case right before it. */
function determinedAt(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - MAX_MODIFIERS); k--) {
    const w = tokens.lowerAt(k) ?? "";
    if (DETERMINERS.has(w)) return true;
    if (tokens.kindAt(k) !== "word" || tokens.capitalizedAt(k) === true || lexicon.cueWords.has(w)) return false;
  }
  return false;
}

/** True when the words `[i, end)` after a verb follow its auxiliary or `to` and end their phrase (`did not mention Volhynia.`). */
function bareVerbObject(tokens: TokenList, i: number, end: number): boolean {
  return BEFORE_BARE_VERB.has(tokens.lowerAt(i - 2) ?? "") && (tokens.kindAt(end) !== "word" || PREPOSITIONS.has(tokens.lowerAt(end) ?? ""));
}

/** True when a reporting verb stands right before or after tokens `[i, end)`, or a role apposition follows them. */
function besideCue(tokens: TokenList, i: number, end: number, lexicon: Lexicon): boolean {
  const before = tokens.get(i - 1);
  // (`Erdoğan urges Turkic unity`: a lone word before a noun modifies it; it names no one.)
  // (`Rubio thanked Miami`, `told Putin`: after a verb that takes its hearer or object first, one word names no speaker.)
  // (Nor after a verb whose subject, a name, stands before it: `Meloni says West must stay united` opens what she says.)
  // (Nor the object of a bare verb, whose subject stands before its auxiliary: `He did not mention Volhynia.`, `to
  // speak English in public`; a clause's subject may, `to argue Elian may suffer`.)
  if (before !== undefined && lexicon.cueWords.has(before.text)) return end - i > 1 || (!modifiesNoun(tokens.get(end), lexicon) && !PARTIAL_ONLY_VERBS.has(before.lower) && !TELL_VERBS.has(before.lower) && !(tokens.kindAt(i - 2) === "word" && tokens.capitalizedAt(i - 2) === true) && !bareVerbObject(tokens, i, end));
  // `said Blaze co-host Stu Burguiere.`: a full name closing the words of its description after the verb.
  // (Not from a word of office or party, which the name after it stands apart from: `Democrat Elijah Cummings`,
  // `Minority Whip Dick Durbin`.)
  const nameLike = end - i === 2 || lexicon.firstNames.has(tokens.lowerAt(i) ?? "");
  if (end - i >= 2 && nameLike && tokens.kindAt(end) !== "word" && !isTitleWord(tokens.lowerAt(i) ?? "", lexicon) && !isTitleWord(tokens.lowerAt(i + 1) ?? "", lexicon)) {
    for (let k = i - 1; k >= Math.max(0, i - MAX_DESCRIPTION_WORDS); k--) {
      const t = tokens.get(k);
      // (`said a poll by Morning Consult`: the object of a preposition is a body or a work, not the speaker.)
      // (Nor after `that`, which opens the reported words: `…, said that Rail Baltica "must …"`.)
      if (t === undefined || t.kind !== "word" || PREPOSITIONS.has(t.lower) || t.lower === "that") break;
      // (Only a verb right after a quote or a comma comes before its speaker.)
      if (lexicon.cueWords.has(t.text)) {
        if (k < i - 1 && (tokens.textAt(k - 1) === "," || CLOSING_QUOTE_MARKS.has(tokens.textAt(k - 1) ?? ""))) return true;
        break;
      }
    }
  }
  // `Priebus later Thursday told …`: a few time or manner words may stand between.
  let k = end;
  while (k < end + 3 && BETWEEN_NAME_AND_VERB.has(tokens.lowerAt(k) ?? "")) k++;
  const after = tokens.get(k);
  if (after === undefined) return false;
  // `Frankly speaking`, `Generally speaking`: an adverb before the participle, not a speaker.
  // `the Baltic states have pushed`, `Key points:`: after a determiner, or before a colon, the word qualifies a noun
  // that is also a verb; it is no name.
  // (A determiner may stand a word or two of description before it: `the long-stalled Sabah claim`.)
  // (Nor before a plural's bare apostrophe: `Turkic states' leaders gather in Bishkek`.)
  // (Nor before `refers` after a determiner, a term being defined: `The Inland Empire refers to those communities`.)
  if (lexicon.cueWords.has(after.text)) return after.text !== "speaking" && !((NOUN_LIKE_CUES.has(after.lower) || REFERRING_VERBS.has(after.lower)) && determinedAt(tokens, i, lexicon)) && !(NOUN_LIKE_CUES.has(after.lower) && (tokens.textAt(k + 1) === ":" || pluralPossessiveAt(tokens, k + 1)));
  // (`Petrov is convinced that …`, `Petrov is sure`: a cue phrase that opens with a form of `be`.)
  if (PASSIVE_AUXILIARIES.has(after.lower) && matchPhrase(tokens, k, lexicon.cuePhrases) > 1) return true;
  // `Tran Van Minh of the International Crisis Group said`: a full name, then the body it belongs to, before the verb.
  // (Not an office's words, `Supervisor of Elections Susan Bucher said`, nor a firm's town, `… Partnership of Boston`.)
  if (end - i >= 2 && after.lower === "of" && tokens.lowerAt(k + 1) === "the" && !isTitleWord(tokens.lowerAt(end - 1) ?? "", lexicon)) {
    const body = k + 2;
    let c = body;
    while (c < body + MAX_BODY_NAME_WORDS && tokens.capitalizedAt(c) === true) c++;
    if (c > body && lexicon.cueWords.has(tokens.textAt(c) ?? "")) return true;
  }
  // `received by Nigeria's Vice-President, Kashim Shettima, and …`: a given name and a surname set off by commas after
  // an office, or closing the sentence, are a name whatever follows.
  if (k === end && end - i === 2 && tokens.textAt(i - 1) === "," && (after.text === "," || after.text === ".") && roleEndsAt(tokens, i - 1, lexicon)) return true;
  if (k > end) return false;
  if (after.text !== ",") return false;
  // `Lee's chief of staff, Kang Hoon-sik, told reporters`: a full name set off by commas right before the verb (or an
  // adverb or two before it: `The chancellor's spokesman, Steffen Hebestreit, later said`).
  if (end - i >= 2 && tokens.textAt(i - 1) === "," && roleEndsAt(tokens, i - 1, lexicon)) {
    let v = end + 1;
    while (v < end + 3 && BETWEEN_NAME_AND_VERB.has(tokens.lowerAt(v) ?? "")) v++;
    if (lexicon.cueWords.has(tokens.textAt(v) ?? "")) return true;
  }
  // `Woodrow Benford, 58, …` (an age) or `…, who lives …` (a relative clause about a person).
  const next = tokens.get(end + 1);
  if (next?.lower === "who" || (PATTERNS.dayDigits.test(next?.text ?? "") && tokens.textAt(end + 2) === ",")) return true;
  // `Hamdah Salhut, reporting from Amman, said`: a full name, then a participle aside before the verb.
  if (end - i >= 2 && next !== undefined && next.lower.length > 5 && next.lower.endsWith("ing")) {
    for (let c = end + 2; c < end + 2 + MAX_ASIDE_TOKENS; c++) {
      const t = tokens.get(c);
      if (t === undefined || t.newLine || (t.kind === "punct" && t.text !== ",")) break;
      if (t.text === ",") {
        if (lexicon.cueWords.has(tokens.textAt(c + 1) ?? "")) return true;
        break;
      }
    }
  }
  // (`Speaking at a press conference at Northwood, the prime minister said`: a place the opening phrase names, before
  // the subject.)
  if (LOCATIVES.has(tokens.lowerAt(i - 1) ?? "")) return false;
  let role = end + 1;
  const det = tokens.lowerAt(role);
  // `the Second World War, alongside Chinese President Xi Jinping`: a prepositional phrase, not an apposition; nor
  // `…, L'Osservatore Romano, said every pope …`, a verb.
  // (Nor a list's next item after words that close an office's object: `Ravi Kumar, Minister of Foreign Affairs, and
  // Ambassador Amit Narang` made a person `Affairs`; `the Minister of Foreign Affairs, Marc Ati, and the Minister of …`
  // still sets off a full name.)
  const listed = (det === "and" || det === "or") && roleEndsAt(tokens, end, lexicon);
  // (Nor a clause a relative adverb opens: `welcomed at the Great Hall, where President Xi received him`.)
  if (PREPOSITIONS.has(det ?? "") || lexicon.cueWords.has(det ?? "") || listed || CLAUSE_OPENERS.has(det ?? "")) return false;
  if (det === "a" || det === "an" || det === "the") role++;
  // (`Nika Gvaramia, one of the leaders of the Coalition for Change, wrote`: one of a group of people.)
  const oneOf = det === "one" && tokens.lowerAt(role + 1) === "of" && tokens.lowerAt(role + 2) === "the";
  if (oneOf) role += 3;
  // (`Dean Johnson, a 55-year-old salesman`, `Jane Doe, a resident of Kyiv`: an age, or one of a kind of people as the
  // phrase's head, sets off a full name as a role does; not a kind that qualifies another noun, `a Republican group`.)
  const headAt = (j: number): boolean => tokens.kindAt(j + 1) !== "word" || PREPOSITIONS.has(tokens.lowerAt(j + 1) ?? "") || tokens.lowerAt(j + 1) === "who" || tokens.lowerAt(j + 1) === "and";
  const person = (t: Token, j: number): boolean =>
    end - i >= 2 && (((det === "a" || det === "an") && (yearsOld(t) !== null || ((GENERIC_SOURCE_MEMBERS.has(t.lower) || GENERIC_SOURCES.has(`${t.lower}s`)) && headAt(j)))) || (oneOf && GENERIC_SOURCES.has(t.lower) && headAt(j)));
  // The role may follow a word or two (`, a senior adviser`), in the same line and clause; a party's name may hold a
  // possessive (`, a People's Party MP,`).
  for (let j = role, reach = role + 3; j < reach; j++) {
    if (isPossessiveAt(tokens, j) && tokens.capitalizedAt(j - 1) === true && tokens.capitalizedAt(j + 1) === true) {
      reach++;
      continue;
    }
    const t = tokens.get(j);
    if (t === undefined || t.newLine || t.kind !== "word") return false;
    // (`the Seri Perdana, the Malaysian premier's official residence`: an office's possessive names its holder's thing.)
    const office = matchPhrase(tokens, j, lexicon.rolePhrases);
    // (A lone word before an office that titles a name of its own ends no name: `The Minister of Foreign Affairs,
    // Ambassador Yusuf Tuggar,`; `Cruz, Senator Ted Cruz's wife` is set off by the office.)
    if (office > 0 && end - i === 1 && j === role && titlesNameAfter(tokens, j + office, lexicon)) return false;
    if (office > 0) return !isPossessiveAt(tokens, j + office);
    if (person(t, j)) return true;
  }
  return false;
}

/** Words after a comma that open a clause, not an apposition (`the Great Hall, where …`). */
const CLAUSE_OPENERS = new Set(["where", "which", "when", "while", "whereas"]);

/** True when a name starts at token `k` and ends without a possessive (`Ambassador Yusuf Tuggar,`, not `Senator Ted Cruz's`). */
function titlesNameAfter(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  if (!isNameWordAt(tokens, k, lexicon)) return false;
  const end = nameRunEnd(tokens, k, lexicon);
  return !isPossessiveAt(tokens, end > k ? end : k + 1);
}

/**
 * The person a lone surname names (see `findBySurname`), first among those of the sex a courtesy title before it tells:
 * `Mrs. Clinton` is not Bill Clinton, however often he is named.
 */
function surnameHolder(registry: PeopleRegistry, word: string, gender: "m" | "f" | null, timesNamed?: (p: PersonDraft) => number): PersonDraft | undefined {
  const fits = gender === null ? undefined : registry.findBySurname(word, (p) => p.gender !== (gender === "f" ? "m" : "f"), timesNamed);
  return fits ?? registry.findBySurname(word, undefined, timesNamed);
}

/** The sex a courtesy title right before token `i` tells (`Mrs.` before `Clinton`), or null. */
function courtesyGender(tokens: TokenList, i: number): "m" | "f" | null {
  const title = tokens.textAt(i - 1) === "." ? i - 2 : i - 1;
  return COURTESY_GENDERS[tokens.lowerAt(title) ?? ""] ?? null;
}

/** Prepositions of place: the lone capitalised word after one is a place, not a name with its apposition. */
const LOCATIVES = new Set(["at", "in", "near", "outside", "inside"]);

/** Courtesy titles that may follow `the` (`the Rev. Jesse Jackson`, `the Hon. Grace Fu`). */
const STYLES_AFTER_ARTICLE = new Set(["rev", "hon"]);

/** Role words that are verbs too, in lower case (`to host`, `will chair`); `according to spokesman X` is a title. */
const ROLES_AS_VERBS = new Set(["host", "chair", "head", "lead", "co-host", "co-chair"]);

/** `President Xi`, `Mr Putin`, `Prime Minister Kishida`, `professor Ivanov`: the name after a title. */
function titledNameAt(tokens: TokenList, i: number, lexicon: Lexicon, alone: ReadonlySet<string>): { from: number; to: number } | null {
  const lower = tokens.lowerAt(i);
  if (lower === undefined) return null;
  let j: number;
  // (A word of office that is also a given name is the office only after an article or before a courtesy title: `HH
  // the Amir Sheikh Tamim`, not `Amir Peretz`.)
  const role = givenNameOffice(tokens, i, lexicon) ? 0 : matchPhrase(tokens, i, lexicon.rolePhrases);
  // `11:02 PM GMT`: after a clock time, `PM` is the meridiem and what follows a time zone.
  if (lower === "pm" && PATTERNS.startsWithDigit.test(tokens.textAt(i - 1) ?? "")) return null;
  // (`ready to host Russia-Ukraine talks`, `will chair the meeting`: a role word in lower case after `to` or a modal is
  // a verb.)
  if (role > 0 && ROLES_AS_VERBS.has(tokens.textAt(i) ?? "") && BEFORE_BARE_VERB.has(tokens.lowerAt(i - 1) ?? "")) return null;
  // (Nor after a count, which makes it a body's size: `the seven member Federal Council`, `the 1.6 million member AFT`.)
  if (role > 0 && countedAt(tokens, i - 1) && tokens.get(i)?.newLine !== true) return null;
  if (role > 0) j = i + role;
  // (`the Seri Perdana`, a residence: after an article, only a clergyman's or a member's style opens a name, as in
  // `the Rev. Al Sharpton`.)
  else if (HONORIFICS.has(lower) && (tokens.lowerAt(i - 1) !== "the" || STYLES_AFTER_ARTICLE.has(lower))) j = i + 1;
  else return null;
  // Titles in a row make one title (`Army Chief Field Marshal Asim Munir`).
  for (let more = matchPhrase(tokens, j, lexicon.rolePhrases); role > 0 && more > 0 && j - i < MAX_TITLE_TOKENS && !givenNameOffice(tokens, j, lexicon); more = matchPhrase(tokens, j, lexicon.rolePhrases)) j += more;
  // `President of Vietnam Luong Cuong`, `President of the Republic of Indonesia Prabowo Subianto`: the office's
  // country, then the name.
  let ofCountry = false;
  if (role > 0 && tokens.lowerAt(j) === "of") {
    const after = afterCountry(tokens, j + 1, lexicon);
    ofCountry = after !== null;
    j = after ?? styledAfterOfficeObject(tokens, j + 1) ?? j;
  }
  // (`Gen. Asim Munir`: an abbreviated title's stop; not a sentence's, `… as Chinese leader. Analysts say`.)
  if (isGluedPeriod(tokens, j) && ABBREVIATIONS.has(tokens.lowerAt(j - 1) ?? "")) j++;
  // `Mr. Prime Minister`, `Madam Secretary`: an address by office, not a name.
  if (role === 0 && matchPhrase(tokens, j, lexicon.rolePhrases) > 0) return null;
  const name = tokens.get(j);
  // (Nor one on the line below the title: `Senior Political Correspondent` over `Jun 6, 2025`.)
  if (name === undefined || (name.start - (tokens.endAt(j - 1) ?? 0)) > 1 || name.newLine) return null;
  // A known person's full name after the title, particles and all (`Crown Prince Mohammed bin Salman`, `President von
  // der Leyen`).
  const known = matchPhrase(tokens, j, lexicon.personPhrases);
  // (Running on into a family name with its particle, as without a title: `Sheikh Mohamed bin Zayed Al Nahyan`.)
  if (known > 1) return { from: j, to: NAME_PARTICLES.has(tokens.lowerAt(j + known) ?? "") ? Math.max(j + known, nameRunEnd(tokens, j, lexicon)) : j + known };
  // (`US-China`, `Russia-Ukraine`: a pair of countries is no name; nor a country the role is given to, `host Solomon
  // Islands`: a given name that is also one, `Secretary Chad Wolf`, is read as a full name before any title.)
  if (!isNameWord(name, lexicon) || partnership(name, lexicon) || opensWithHeadlineVerb(name, lexicon) || countryAt(tokens, j, lexicon) !== null) return null;
  // `the General Assembly`, `the General Election`: a body's or a meeting's head, not a name after a rank.
  if (endsThingName(name.text)) return null;
  // (Nor a seat of government whose name opens on a style: `held at Seri Perdana here today`.)
  if (VENUES[lowerPhrase(tokens, i, j + 1)] !== undefined) return null;
  // A known person's one-word name ends it (`President Obama Speech at …` in a title-case headline).
  // (Not where a title inside a name runs it on: `President Sharif Sheikh Ahmed` is someone else; nor where a
  // family name written first takes another given name: `spokesman Yoon Young-chan` is not `Yoon Suk Yeol`.)
  if (known === 1 && lexicon.personByName.has(name.lower) && !NAME_INNER_TITLES.has(tokens.lowerAt(j + 1) ?? "") && !givenNameAfterFamilyName(tokens, j, lexicon)) {
    // (`Prime Minister Ishiba Shigeru`: a Japanese name in its own order, family name first, is the whole name.)
    return { from: j, to: reversedKnown(`${name.lower} ${tokens.lowerAt(j + 1) ?? ""}`, lexicon) !== undefined ? j + 2 : j + 1 };
  }
  // Only a known person or a surname-like single word after a title; longer runs are full names (pass 1 rule).
  const end = nameRunEnd(tokens, j, lexicon);
  // (A body's name after a rank's word is no name: `head of the General Intelligence Service Majed Faraj`.)
  if (tokens.slice(j, end).some((w) => ORGANIZATION_HEADS.has(w.text))) return null;
  // After `of <country>` a full name of two words or more, and no body (`president of the United States Hispanic
  // Chamber of Commerce`, `chairman of America Rising`).
  // (An initial glued to the surname by its stop is a full name too: `President of Mongolia U.Khurelsukh`.)
  if (ofCountry && end - j < 2 && !gluedInitial(name.text)) return null;
  if (end - j > 1 && lexicon.firstNames.has(name.lower)) return null;
  // Two words at most: an initial's period is not a word (`Minister S. Jaishankar`); particles go with the family
  // name after them (`Prime Minister Bart De Wever`, `President Alexander Van der Bellen`).
  // (Initials joined by stops open a full name, which runs on: `Prime Minister K.P. Sharma Oli`; so does an abbreviated
  // given name, `Foreign Adviser Md. Touhid Hossain`.)
  let limit = (isDottedInitials(name) && isGluedPeriod(tokens, j + 1)) || givenNameStop(tokens, j + 1) ? end : isGluedPeriod(tokens, j + 1) ? j + 3 : j + 2;
  // A middle initial or a particle marks a full name, which runs on (`President Franklin D. Roosevelt`).
  const middle = tokens.get(j + 1);
  const middleInitial = middle !== undefined && middle.text.length === 1 && middle.capitalized && isGluedPeriod(tokens, j + 2);
  if (middleInitial || NAME_PARTICLES.has(middle?.lower ?? "")) limit = end;
  // So does a family name joined to its particle (`Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah`).
  for (let k = j + 1; k < end; k++) if (hyphenatedParticleName(tokens.textAt(k) ?? "")) limit = end;
  // Three words whose last the text also uses alone (`Secretary-General Jasem Mohamed Albudaiwi … Albudaiwi added`),
  // or whose first is a family name written first (`Foreign Minister Ri Yong Ho`, `Choe Son Hui`); four too, by the
  // last alone, with no office's word or acronym among them (`Foreign Affairs Minister Ramadan Mohamed Abdallah Goc
  // said … Goc said`; not `Principal Deputy Assistant AG Vanita Gupta`).
  const lastAlone = alone.has(tokens.lowerAt(end - 1) ?? "");
  if (end - j === 3 && (lastAlone || FAMILY_NAMES_FIRST.has(name.lower) || endsInRunningText(tokens, j, end, lexicon))) limit = end;
  else if (end - j === 4 && lastAlone && tokens.slice(j, end).every((w) => !lexicon.roleWords.has(w.lower) && !isAllCaps(w.text))) limit = end;
  return { from: j, to: Math.min(end, limit) };
}

/**
 * Where a name opens after the capitalised object of an office and a style or courtesy title (`Minister of Energy
 * Prince Abdulaziz bin Salman`: the token after `Prince`), reading from `k`, the object's first word; or null.
 */
function styledAfterOfficeObject(tokens: TokenList, k: number): number | null {
  for (let j = k; j < k + MAX_OFFICE_OBJECT && tokens.capitalizedAt(j) === true; j++) {
    if (j > k && HONORIFICS.has(tokens.lowerAt(j) ?? "")) return j + 1;
  }
  return null;
}

/** Marks after a name that running text puts there, a headline hardly (`will meet Prime Minister Fiamē Naomi Mata'afa.`). */
const RUNNING_TEXT_MARKS = new Set([",", ".", ";"]);

/**
 * Three name words after a title that end where running text goes on in lower case or at a comma (`President
 * Julius Maada Bio attended`, `President Bassirou Diomaye Faye, who …`) or a stop, none of them a place or a verb of saying:
 * a full name, not the start of a title-case headline (`President Faye Visits Paris`).
 */
function endsInRunningText(tokens: TokenList, j: number, end: number, lexicon: Lexicon): boolean {
  const next = tokens.get(end);
  if (next === undefined || next.newLine || (!RUNNING_TEXT_MARKS.has(next.text) && (next.kind !== "word" || next.capitalized))) return false;
  for (let k = j; k < end; k++) if (lexicon.cueWords.has(tokens.lowerAt(k) ?? "") || matchPhrase(tokens, k, lexicon.placePhrases) > 0) return false;
  return true;
}

/** True for a word in capitals of two to five letters (`SPA`, `KCNA`), as agencies and bodies are written. */
function isAcronym(t: Token): boolean {
  return t.text.length >= 2 && t.text.length <= MAX_ACRONYM && isAllCaps(t.text);
}

/** After a country named at `k` (`Vietnam`, `the Republic of Indonesia`), the next token; null when none is named there. */
function afterCountry(tokens: TokenList, k: number, lexicon: Lexicon): number | null {
  let at = k;
  if (tokens.lowerAt(at) === "the") at++;
  // `the Republic of Indonesia`, `the People's Republic of China`: a state's formal style before its name.
  for (let guard = 0; guard < 4 && tokens.capitalizedAt(at) === true && matchPhrase(tokens, at, lexicon.placePhrases) === 0; guard++) {
    if (tokens.lowerAt(at + 1) === "of") {
      at += 2;
      break;
    }
    at++;
  }
  const country = matchPhrase(tokens, at, lexicon.placePhrases);
  if (country === 0 || !lexicon.countryByName.has(lowerPhrase(tokens, at, at + country))) return null;
  return at + country;
}

/** Longest run of titles before a name, in tokens. */
const MAX_TITLE_TOKENS = 8;

/** Capitalised words that stand alone somewhere in the text, with no capitalised word on either side. */
function loneCapitals(tokens: TokenList): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.capitalizedAt(i) === true && tokens.capitalizedAt(i - 1) !== true && tokens.capitalizedAt(i + 1) !== true) out.add(tokens.lowerAt(i) ?? "");
  }
  return out;
}

/**
 * True when `text` is `known` with its given name spelled otherwise, word for word (`Aleksandr` for `Alexander`,
 * `Yury` for `Yuri`); not for accents or a stop alone (`António`, `S.`).
 */
function respelled(text: string, known: string): boolean {
  const a = text.split(" ");
  const b = known.split(" ");
  const letters = (w: string): string => foldName(w.replace(/* stops */ ".", ""));
  return a.length === b.length && a.length >= 2 && letters(a.at(-1) ?? "") === letters(b.at(-1) ?? "") && letters(a[0] ?? "") !== letters(b[0] ?? "");
}

/**
 * The person a name `[from, to)` the gazetteer did not find as a whole (`lookedUp` undefined) is, when a known name opens
 * it and a family name with its particle runs on after it (`Mohammed bin Salman Al Saud`, `Mohamed bin Zayed Al
 * Nahyan`), with where that known name ends; else `lookedUp`, and -1.
 */
function withFamilyName(tokens: TokenList, from: number, to: number, lookedUp: LexiconPerson | undefined, lexicon: Lexicon): { family: number; known: LexiconPerson | undefined } {
  const n = lookedUp === undefined ? matchPhrase(tokens, from, lexicon.personPhrases) : 0;
  if (n < 2 || from + n >= to || !NAME_PARTICLES.has(tokens.lowerAt(from + n) ?? "")) return { family: -1, known: lookedUp };
  return { family: from + n, known: lexicon.personByName.get(lowerPhrase(tokens, from, from + n)) };
}

/** The known person whose two-word name is `lower` the other way round (`ishiba shigeru` is Shigeru Ishiba). */
function reversedKnown(lower: string, lexicon: Lexicon): LexiconPerson | undefined {
  const space = lower.indexOf(" ");
  if (space < 0 || lower.indexOf(" ", space + 1) >= 0) return undefined;
  const reversed = `${lower.slice(space + 1)} ${lower.slice(0, space)}`;
  const known = lexicon.personByName.get(reversed);
  // (The name itself, not an alias that happens to read so.)
  return known !== undefined && known.name.toLowerCase() === reversed ? known : undefined;
}

function knownBySurname(text: string, lexicon: Lexicon): ReturnType<Lexicon["personByName"]["get"]> {
  const words = text.split(" ");
  if (words.length < 2) return undefined;
  // `Ferdinand R. Marcos Jr`: the surname before a generational suffix.
  const byLast = lexicon.personByName.get(surnameOf(text).toLowerCase());
  if (byLast === undefined) return undefined;
  // (`Abdel-Fattah El-Sisi` is `Abdel Fattah al-Sisi`: a hyphen may join a given name's parts.)
  const first = (words[0]?.toLowerCase() ?? "").split("-").join(" ");
  const knownFirst = byLast.name.split(" ")[0]?.toLowerCase() ?? "";
  return first === knownFirst || givenNameVariant(first, knownFirst) || [byLast.name, ...byLast.aliases].some((a) => a.toLowerCase().startsWith(first)) ? byLast : undefined;
}

function cleanName(text: string): string {
  return text.replace(/* line breaks inside a name */ "\n", " ");
}

function titleCase(text: string): string {
  if (!isAllCaps(text)) return text;
  return text
    .split(" ")
    .map((w) => (w.length > 0 ? (w[0] ?? "") + w.slice(1).toLowerCase() : w))
    .join(" ");
}

/** Longest organisation name read from its head, in tokens (`Science and Technology Directorate of the Department of Homeland Security`). */
const MAX_ORGANIZATION_TOKENS = 10;

/** Most capitalised words after a known body's name that its full name may add (`KUNA News Agency`). */
const MAX_HEADED_TAIL = 2;

/** Tokens from `k` of capitalised words ending on an organisation head on the same line (`News Agency`), or 0. */
function headedTail(tokens: TokenList, k: number): number {
  let tail = 0;
  for (let j = k; j < k + MAX_HEADED_TAIL && tokens.capitalizedAt(j) === true && tokens.newLineAt(j) !== true; j++) if (ORGANIZATION_HEADS.has(tokens.textAt(j) ?? "")) tail = j - k + 1;
  return tail;
}

function organizationAt(tokens: TokenList, i: number, lexicon: Lexicon): number {
  if (tokens.capitalizedAt(i) !== true) return 0;
  const body = stateBodyAt(tokens, i, lexicon);
  if (body > 0) return body;
  const known = matchPhrase(tokens, i, lexicon.organizationPhrases);
  if (known > 0 && allCapitalized(tokens, i, i + known) && exactCase(tokens, i, known)) {
    // (A known name may open a longer one: `KUNA News Agency`, `Senate Committee on Homeland Security`.)
    const tail = headedTail(tokens, i + known);
    return tail === 0 ? known : Math.max(known + tail, headedRun(tokens, i, lexicon));
  }
  return headedRun(tokens, i, lexicon);
}

/** Tokens of a capitalised run from `i` that ends on an organisation head (`Council of Ministers`), or 0. */
function headedRun(tokens: TokenList, i: number, lexicon: Lexicon): number {
  const t = tokens.get(i);
  if (t === undefined) return 0;
  // `Army Chief Asim Munir`: a title that opens with a body's head is a title; so is an office before its object's
  // `of`, whatever head the object ends on (`Minister of Energy`).
  const role = matchPhrase(tokens, i, lexicon.rolePhrases);
  if (role > 1 || (role === 1 && (tokens.lowerAt(i + 1) === "of" || tokens.lowerAt(i + 1) === "for"))) return 0;
  // (Nor does a body's name open with a headline's little word: `… To White House`, nor with a month or a day:
  // `before the October European Council`.)
  if (HEADLINE_FUNCTION_WORDS.has(t.lower) || t.lower in MONTHS || t.lower in WEEKDAYS) return 0;
  // A capitalised run that ends on an organisation head (`Council of Ministers`, `Moscow State Institute of …`).
  let j = i;
  let lastHead = -1;
  let personBefore = false;
  while (j < tokens.length && j - i < MAX_ORGANIZATION_TOKENS) {
    const w = tokens.get(j);
    if (w === undefined) break;
    // A name does not run on over a line break (`Congress Centre` / `Vilnius, Lithuania`).
    if (w.kind !== "word" || (j > i && w.newLine)) break;
    // `Office of the President`, `Ministry of the Interior`: an article may follow `of` once the head is read (not
    // `State of the Union`, `Posner of the Court of Appeals`).
    // (`Commission on Presidential Debates`, `Council on Foreign Relations`: `on` right after the head.)
    // (Not a day: `the House Judiciary Committee on Tuesday`, `on June 12`.)
    const topic = tokens.lowerAt(j + 1) ?? "";
    const onTopic = w.lower === "on" && lastHead === j - 1 && ON_TOPIC_HEADS.has(tokens.textAt(j - 1) ?? "") && isCapitalizedAt(tokens, j + 1) && !(topic in WEEKDAYS) && !(topic in MONTHS);
    // (`and` joins words inside the name, `Ways and Means Committee`, `Ministry of Trade and Industry`; right after a
    // head it joins two names, `The European Union and Japan agreed`, `the House and Senate`.)
    // (Not before a country's office: `the Communist Party of China and Chinese President Xi Jinping`.)
    const officeAfter = w.lower === "and" && lexicon.countryByDemonym.has(tokens.lowerAt(j + 1) ?? "") && matchPhrase(tokens, j + 2, lexicon.rolePhrases) > 0;
    // (Nor after a person named before any head: `Ukrainian President Volodymyr Zelenskyy and European Commission President …`.)
    const joins = w.lower === "and" && lastHead !== j - 1 && !officeAfter && !(lastHead < 0 && personBefore);
    const connector = w.lower === "of" || w.lower === "for" || joins || onTopic || (w.lower === "the" && lastHead >= 0 && (tokens.lowerAt(j - 1) === "of" || tokens.lowerAt(j - 1) === "for"));
    // (A count after a head's `of` is its name's: `Group of 20`.)
    const count = lastHead === j - 2 && tokens.lowerAt(j - 1) === "of" && PATTERNS.startsWithDigit.test(w.text);
    if (!isCapitalized(w) && !connector && !count) break;
    // (A courtesy title ends it: `the Russian Federation H.E. Mr. Vladimir Putin`; so does a style after the head:
    // `Minister of Energy Prince Abdulaziz bin Salman`, `Energy` heading companies too.)
    if (j > i && (COURTESY_TITLES.has(w.lower) || (lastHead >= 0 && j > lastHead && ROYAL_STYLES.has(w.lower)))) break;
    // A title-case headline's little words (`Putin Hold Talks In Minsk As …`) are no part of a body's name.
    if (j > i && w.capitalized && HEADLINE_FUNCTION_WORDS.has(w.lower)) break;
    // A title after the name ends it (`European Commission President Ursula von der Leyen`); after `of` it is the
    // body's own and its last words (`Office of the President`).
    const title = lastHead >= 0 && j > lastHead && !connector ? matchPhrase(tokens, j, lexicon.rolePhrases) : 0;
    if (title > 0) {
      const prev = tokens.lowerAt(j - 1);
      if (prev === "of" || prev === "the") j += title;
      break;
    }
    personBefore ||= lastHead < 0 && j > i && startsPersonName(tokens, j, lexicon);
    // (A place's masthead in capitals too: `HELSINKI TIMES` over the lead is the paper, no dateline.)
    const masthead = j === i + 1 && w.text.length > 2 && isAllCaps(w.text) && isAllCaps(tokens.textAt(i) ?? "") && ORGANIZATION_HEADS.has(w.text.charAt(0) + w.lower.slice(1)) && matchPhrase(tokens, i, lexicon.placePhrases) === 1;
    if (ORGANIZATION_HEADS.has(w.text) || masthead) lastHead = j;
    // `the head of the Russian Foreign Ministry Sergei Lavrov`: a person's name after the body ends it.
    else if (lastHead >= 0 && j > lastHead && startsPersonName(tokens, j, lexicon)) break;
    j++;
  }
  if (lastHead < 0) return 0;
  // A head inside a place's name heads no body (`the West Bank and Syria`; `West Virginia Department of …` is one).
  for (let k = i; k < i + matchPhrase(tokens, i, lexicon.placePhrases); k++) if (ORGANIZATION_HEADS.has(tokens.textAt(k) ?? "")) return 0;
  // Take the run up to the last capitalised word after the head (`Institute of International Relations`).
  let end = j;
  while (end > lastHead + 1 && !isCapitalizedAt(tokens, end - 1) && !PATTERNS.startsWithDigit.test(tokens.textAt(end - 1) ?? "")) end--;
  return end - i >= 2 ? end - i : 0;
}

/** Most capitalised words read after a name for the head of a body it is part of. */
const BODY_AFTER_NAME_REACH = 4;

/** True when capitalised words from token `k` end on the head of a body (`Washington Convention Center`). */
function headsBodyAfter(tokens: TokenList, k: number): boolean {
  for (let j = k; j < k + BODY_AFTER_NAME_REACH && tokens.capitalizedAt(j) === true; j++) if (ORGANIZATION_HEADS.has(tokens.textAt(j) ?? "")) return true;
  return false;
}

/** True when a known person's name, or a given name with a family name after it, starts at token `j`. */
function startsPersonName(tokens: TokenList, j: number, lexicon: Lexicon): boolean {
  return matchPhrase(tokens, j, lexicon.personPhrases) > 1 || (lexicon.firstNames.has(tokens.lowerAt(j) ?? "") && isNameWordAt(tokens, j + 1, lexicon));
}

/** Little words a title-case headline capitalises, which no body's name does (`In`, `As`, `At`, `With`). */
const HEADLINE_FUNCTION_WORDS = new Set(["in", "as", "at", "with", "to", "on", "after", "over", "amid", "from", "into", "is", "are", "will"]);

/** Most lower-case words between a country and the head of its body (`China's foreign ministry`). */
const MAX_BODY_MODIFIERS = 2;

/** Most words of a people's adjective or a country's name before its body (`South Korean`, `South Korea's`). */
const MAX_BODY_COUNTRY_WORDS = 3;

/**
 * `China's foreign ministry`, `the Chinese foreign ministry`, `Russia's embassy`, `the South Korean government`: a
 * country's body written in lower case.
 */
function stateBodyAt(tokens: TokenList, i: number, lexicon: Lexicon): number {
  // Most capitalised words are no country's before a body: look for the body's head first, without building phrases.
  const reach = i + MAX_BODY_COUNTRY_WORDS + MAX_BODY_MODIFIERS + 1;
  let head = i + 1;
  while (head <= reach && !STATE_BODY_HEADS.has(tokens.lowerAt(head) ?? "")) head++;
  if (head > reach) return 0;
  // Past the longest country's name or people's adjective from `i`.
  let j = -1;
  let words = "";
  for (let k = i; k < i + MAX_BODY_COUNTRY_WORDS && tokens.kindAt(k) === "word"; k++) {
    words = words === "" ? (tokens.lowerAt(k) ?? "") : `${words} ${tokens.lowerAt(k) ?? ""}`;
    if (lexicon.countryByName.has(words) && isPossessiveAt(tokens, k + 1)) j = k + 2;
    else if (lexicon.countryByDemonym.has(words)) j = k + 1;
  }
  if (j < 0) return 0;
  for (let k = j; k <= j + MAX_BODY_MODIFIERS; k++) {
    const w = tokens.get(k);
    // (`of` makes an office of what follows: `the first Italian head of government` is a person.)
    if (w === undefined || w.kind !== "word" || isCapitalized(w) || w.newLine || w.lower === "of") return 0;
    if (STATE_BODY_HEADS.has(w.lower)) return modifiesNoun(tokens.get(k + 1), lexicon) ? 0 : k + 1 - i;
  }
  return 0;
}

/** Lower-case words that may follow a body's name without making it a modifier (`China's foreign ministry said`). */
const AFTER_BODY = new Set(["and", "or", "is", "was", "were", "are", "has", "had", "have", "also", "that", "which", "who", "as"]);

/** True when a lower-case noun follows, which the body's word modifies (`Russia's special military operation`). */
function modifiesNoun(next: Token | undefined, lexicon: Lexicon): boolean {
  if (next === undefined || next.kind !== "word" || isCapitalized(next) || next.newLine) return false;
  // (A regular verb in the past follows a body that acts: `the Russian military launched`, `China’s embassy rejected`;
  // an irregular one, `struck`, is read as a noun, and the body is lost.)
  return !AFTER_BODY.has(next.lower) && !BETWEEN_NAME_AND_VERB.has(next.lower) && !BEFORE_BARE_VERB.has(next.lower) && !PREPOSITIONS.has(next.lower) && !lexicon.cueWords.has(next.lower) && !next.lower.endsWith("ed");
}

/** `Xi, 70, invited …`, `Biden (80)`, `the 70-year-old Xi`: the age a person's mention states. */
function readAges(tokens: TokenList, registry: PeopleRegistry): void {
  const byId = new Map(registry.people.map((p) => [p.id, p]));
  for (const m of registry.mentions) {
    if (m.personId === null) continue;
    const person = byId.get(m.personId);
    if (person === undefined || person.age !== null) continue;
    const k = tokenIndexAt(tokens, m.end);
    const open = tokens.textAt(k);
    const close = tokens.textAt(k + 2);
    const inApposition = (open === "," && close === ",") || (open === "(" && close === ")");
    const before = yearsOld(tokens.get(tokenIndexAt(tokens, m.start) - 1));
    person.age = (inApposition ? ageNumber(tokens.textAt(k + 1) ?? "") : null) ?? before;
  }
}

/** Acronyms must match in their written case (`RT` the channel, not `rt`). */
function exactCase(tokens: TokenList, i: number, n: number): boolean {
  const first = tokens.get(i);
  if (first === undefined) return false;
  if (n === 1 && first.text.length <= 4) return (isAllCaps(first.text) && !shoutedWord(tokens, i)) || SHORT_MIXED_CASE_BODIES.has(first.text);
  return true;
}

/** True for an acronym that is a word too, beside another word in capitals (`WHO ELSE IS GOING?`): the word. */
function shoutedWord(tokens: TokenList, i: number): boolean {
  if (!ACRONYMS_THAT_ARE_WORDS.has(tokens.lowerAt(i) ?? "")) return false;
  const capitals = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && t.text.length > 1 && isAllCaps(t.text);
  return capitals(tokens.get(i - 1)) || capitals(tokens.get(i + 1));
}

/** Most words of a settlement's name after `the island of` (`Puerto Princesa`). */
const MAX_SETTLEMENT_WORDS = 3;

/** Words of a settlement's name after `<settlement noun> of`, at token `i` (`the island of Valaam`), or 0. */
function settlementAt(tokens: TokenList, i: number): number {
  if (tokens.lowerAt(i - 1) !== "of" || !SETTLEMENT_NOUNS.has(tokens.lowerAt(i - 2) ?? "")) return 0;
  let n = 0;
  while (n < MAX_SETTLEMENT_WORDS && tokens.kindAt(i + n) === "word" && isCapitalizedAt(tokens, i + n) && !isAllCaps(tokens.textAt(i + n) ?? "")) n++;
  return n;
}

/**
 * Where a longer name ends that a region named with its article opens (`the West Philippine Sea`, `the West Wing`), as
 * a token index; -1 when a longer known place starts after the article (`the West Bank`), 0 when there is none. (A
 * state or region named bare may well qualify a noun: `a New Hampshire Democrat`.)
 */
function longerNameAfterArticle(tokens: TokenList, i: number, n: number, lexicon: Lexicon): number {
  const next = tokens.get(i + n);
  if (tokens.lowerAt(i) !== "the" || next === undefined || next.kind !== "word" || !next.capitalized || next.newLine) return 0;
  if (matchPhrase(tokens, i + 1, lexicon.placePhrases) >= n) return -1;
  let end = i + n;
  while (tokens.kindAt(end) === "word" && tokens.capitalizedAt(end) === true && tokens.newLineAt(end) === false) end++;
  return end;
}

/** Heads of a building's name that a city may follow (`State House Entebbe`, `Government House Suva`). */
const BUILDING_HEADS: ReadonlySet<string> = new Set([...FACILITY_WORDS, "house"]);

function placeAt(tokens: TokenList, i: number, lexicon: Lexicon): number {
  const n = matchPhrase(tokens, i, lexicon.placePhrases);
  if (n === 0 || !allCapitalized(tokens, i, i + n)) return 0;
  const t = tokens.get(i);
  if (t !== undefined && n === 1 && t.text.length <= 3 && !isAllCaps(t.text)) return 0;
  // (A currency named by its country, the sign glued after it, is no place: `US$ 11 billion`, `HK$5`.)
  if (tokens.textAt(i + n) === "$" && tokens.startAt(i + n) === tokens.endAt(i + n - 1)) return 0;
  return n;
}

/**
 * Words of a town the gazetteer lacks, named after `in` with its state or country after a comma (`in Woodside,
 * California`, `in Kananaskis, Alberta`), at token `i`, or 0. Not a month or a weekday (`in May, China …`).
 */
function townBeforeRegion(tokens: TokenList, i: number, lexicon: Lexicon): number {
  if (tokens.lowerAt(i - 1) !== "in" || MONTHS[tokens.lowerAt(i) ?? ""] !== undefined || WEEKDAYS[tokens.lowerAt(i) ?? ""] !== undefined) return 0;
  let n = 0;
  while (n < MAX_SETTLEMENT_WORDS && tokens.kindAt(i + n) === "word" && isCapitalizedAt(tokens, i + n) && !isAllCaps(tokens.textAt(i + n) ?? "") && tokens.newLineAt(i + n) === false) n++;
  if (n === 0 || tokens.textAt(i + n) !== "," || lexicon.personByName.has(lowerPhrase(tokens, i, i + n))) return 0;
  const region = placeAt(tokens, i + n + 1, lexicon);
  if (region === 0) return 0;
  const name = lowerPhrase(tokens, i + n + 1, i + n + 1 + region);
  // (Not the first of a list of places: `In England, France and Sweden`.)
  const after = i + n + 1 + region;
  const listed = (tokens.textAt(after) === "," || tokens.lowerAt(after) === "and") && placeAt(tokens, after + 1, lexicon) > 0;
  return !listed && (lexicon.countryByName.has(name) || lexicon.cities.get(name)?.[1] === "") ? n : 0;
}

/** Organisations and places, each name once with all its mentions. */
class NamedRegistry {
  readonly organizations: Organization[] = [];
  readonly places: Place[] = [];
  // By name, so that a long text with many names costs one look-up per mention.
  readonly #organizationByName = new Map<string, Organization>();
  readonly #placeByName = new Map<string, Place>();

  add(kind: "organization" | "place", view: string, at: Span, lexicon?: Lexicon, placeKind?: Place["kind"]): void {
    // A copy: a token passed as its own span would put all its fields in the report.
    const span = { start: at.start, end: at.end };
    const name = view.slice(span.start, span.end);
    if (kind === "organization") {
      const found = this.#organizationByName.get(name);
      if (found !== undefined) {
        found.mentions.push(span);
        return;
      }
      const organization = { id: `o${String(this.organizations.length + 1)}`, name, mentions: [span] };
      this.organizations.push(organization);
      this.#organizationByName.set(name, organization);
      return;
    }
    // (`Brasília` is the gazetteer's `Brasilia`.)
    const key = name.toLowerCase();
    // (Its accents folded only when it has any.)
    const folded = foldAccents(key);
    const city = lexicon?.cities.get(key) ?? (folded === key ? undefined : lexicon?.cities.get(folded));
    const country = lexicon?.countryByName.get(key) ?? (folded === key ? undefined : lexicon?.countryByName.get(folded));
    const canonical = country ?? city?.[0] ?? name;
    const found = this.#placeByName.get(canonical);
    if (found !== undefined) {
      found.mentions.push(span);
      return;
    }
    const kindOf: Place["kind"] = placeKind ?? (country !== undefined ? "country" : city === undefined ? "other" : city[1] === "" ? "region" : "city");
    const place = { id: `l${String(this.places.length + 1)}`, name: canonical, kind: kindOf, mentions: [span] };
    this.places.push(place);
    this.#placeByName.set(canonical, place);
  }

  /**
   * Takes back the place mentions at `starts`, and a place left with none; the places then stay in the order first
   * named, numbered again (one pass, however many are taken back).
   */
  removePlaces(starts: ReadonlySet<number>): void {
    if (starts.size === 0) return;
    for (const place of this.places) place.mentions = place.mentions.filter((m) => !starts.has(m.start));
    for (const p of this.places) if (p.mentions.length === 0) this.#placeByName.delete(p.name);
    const kept = this.places.filter((p) => p.mentions.length > 0).sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
    for (const [n, p] of kept.entries()) p.id = `l${String(n + 1)}`;
    this.places.splice(0, this.places.length, ...kept);
  }
}

export type { PersonDraft };
