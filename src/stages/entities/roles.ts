import type { Lexicon } from "../../lexicon/compile.js";
import type { PersonDraft } from "../../pipeline/state.js";
import { ORGANIZATION_HEADS } from "../../lexicon/organizations.js";
import { FACILITY_WORDS } from "../../lexicon/places.js";
import { HAPPENING_VERBS } from "../../lexicon/meetings.js";
import { APPOINTING_PARTICIPLES, COURTESY_TITLES, OFFICE_ABBREVIATIONS, TENURE_WORDS, EXCELLENCY_ABBREVIATION, HONORIFICS, NON_STATE_LEADERSHIP, PORTFOLIO_WORDS, ROYAL_STYLES, STYLES } from "../../lexicon/roles.js";
import { ARTICLES, DETERMINERS, HEADLINE_VERBS, OFFICE_OBJECT_JOINS, OFFICE_OBJECT_PREPOSITIONS, PERFECT_AUXILIARIES, POSSESSIVE_DETERMINERS, PREPOSITIONS, SUBORDINATORS } from "../../lexicon/function-words.js";
import { BEFORE_BARE_VERB, MONTHS, WEEKDAYS } from "../../lexicon/time-words.js";
import { matchPhrase } from "../../text/phrases.js";
import { PATTERNS } from "../../text/patterns.js";
import { MAX_COUNTRY_WORDS } from "../../lexicon/places.js";
import { countryAt, countryEndingAt, demonymsBefore, isHeadlineVerb } from "./names.js";
import { closesBracketedWord, isAbbreviationStop, isAllCaps, isCapitalized, isGluedPeriod, isPossessive, isPossessiveAt, lowerPhrase, tokenIndexAt, type Token, type TokenList } from "../../text/tokens.js";
import { countryOf, roleClassesOf, type PeopleRegistry } from "./registry.js";

/** Possessives of a person: before a style (`His Highness`) or an office (`Her foreign minister, …`). */
const PERSONAL_POSSESSIVES = new Set(["his", "her", "their"]);

/** True when `at` or `in` stands before the run of capitalised words that holds token `k` (`at Sakhir Palace`). */
function placedAfter(tokens: TokenList, k: number): boolean {
  let j = k;
  while (j > k - MAX_BUILDING_WORDS && tokens.capitalizedAt(j - 1) === true) j--;
  const before = tokens.lowerAt(j - 1);
  return before === "at" || before === "in";
}

/** Most capitalised words read back to the `at` before a building's name (`at Sakhir Palace`). */
const MAX_BUILDING_WORDS = 4;

/** Royal and academic styles that stand between an office and a name (`Foreign Minister Prince Faisal bin Farhan`, `Chief Adviser Professor Muhammad Yunus`). */
const STYLES_AFTER_OFFICE = new Set([...ROYAL_STYLES, "professor"]);
/** Words that say one's part in the meeting, not an office, before a title (`host Prime Minister Jeremiah Manele`). */
const MEETING_PARTS = new Set(["host", "co-host"]);
/** Conjunctions that may open a sentence before a title (`But former secretary of state …`). */
const OPENING_CONJUNCTIONS = new Set(["but", "and", "or", "yet", "so"]);
/** Longest apposition or title read as a role, in tokens. */
const MAX_ROLE_TOKENS = 24;
const ROLE_STOP = new Set(["who", "which", "that", "said", "says", "stated", "told", "added", "and"]);
/** Words that open a verb phrase, never a role (`Alexander Stubb, will host a gathering`); `X, was president of …` gives the office (below). */
export const PREDICATE_OPENERS: ReadonlySet<string> = new Set([...BEFORE_BARE_VERB, ...PERFECT_AUXILIARIES]);

/**
 * Reads roles and affiliations from the words around full-name mentions: an
 * apposition after the name (`Dmitry Peskov, a spokesman for the Russian
 * president,`) or a title before it (`the Minister of Economy of Belarus
 * Dmitry Krutoy`).
 */
export function findRoles(view: string, tokens: TokenList, registry: PeopleRegistry, lexicon: Lexicon): void {
  const roleWords = lexicon.roleWords;
  const byId = new Map(registry.people.map((p) => [p.id, p]));
  // Where names start: an apposition that holds one is the next item of a list (`Turkish President Recep Tayyip
  // Erdogan, Qatari Emir Sheikh Tamim …`), not a role.
  const nameStarts = new Set<number>();
  for (const m of registry.mentions) if (m.personId !== null) nameStarts.add(m.start);
  for (const m of registry.mentions) {
    if (m.via !== "name" || m.personId === null) continue;
    const person = byId.get(m.personId);
    if (person === undefined) continue;
    const start = tokenIndexAt(tokens, m.start);
    const end = tokenIndexAt(tokens, m.end);
    // (An office's abbreviation before the name is the office: `Sen. Lindsey Graham`, `Gov. Gavin Newsom`.)
    const whole = titleBefore(view, tokens, start, roleWords, lexicon) ?? abbreviatedOffice(tokens, start);
    // (`Pakistan's army chief Field Marshal Asim Munir`: a post, then a rank or an office in capitals, are two titles.)
    const ranked = whole === null ? null : rankAfterPost(whole, lexicon);
    if (ranked !== null) registry.addRole(person, ranked.post);
    const title = ranked?.rank ?? whole;
    // `King Hamad bin Isa Al Khalifa of Bahrain`, `Prime Minister Narendra Modi of India`: the country after the name
    // completes an office named before it.
    const country = title !== null && onlyOfficeWords(title, roleWords, lexicon) ? countryAfter(view, tokens, end, lexicon) : null;
    if (country !== null && title !== null) registry.addRole(person, `${title} of ${country}`);
    else if (title !== null) registry.addRole(person, title);
    // (And an office joined before the title: `Prime Minister and Minister of Foreign Affairs Sheikh Mohammed …`.)
    const joined = title === null ? null : officeJoinedBefore(view, tokens, start, lexicon);
    if (joined !== null) registry.addRole(person, joined);
    const apposition = appositionAfter(view, tokens, end, lexicon, nameStarts) ?? officeBefore(view, tokens, start, end, lexicon);
    if (apposition !== null) registry.addRole(person, apposition);
  }
  sharedOffices(tokens, registry, byId, lexicon);
  // A person the text names only by title and surname (`President Reagan`, `Chancellor Kohl`) takes the title,
  // when it is an office of state (`General Electric`, `Head Start` are no people with ranks).
  for (const m of registry.mentions) {
    const person = m.via === "alias" && m.personId !== null ? byId.get(m.personId) : undefined;
    if (person === undefined || person.roles.length > 0 || person.name.includes(" ")) continue;
    // (Past a courtesy title between them: `Prime Minister Sheikh Hasina`.)
    let at = tokenIndexAt(tokens, m.start);
    if (HONORIFICS.has(tokens.lowerAt(at - 1) ?? "") && !roleWords.has(tokens.lowerAt(at - 1) ?? "")) at--;
    const office = tokens.get(at - 1);
    // (And a counterpart, in lower case, whose office the leader beside it gives: `his Bangladeshi counterpart Sheikh
    // Hasina`.)
    const counterpart = office?.lower === "counterpart";
    if (office === undefined || (!office.capitalized && !counterpart) || !roleWords.has(office.lower)) continue;
    const title = titleBefore(view, tokens, at, roleWords, lexicon);
    // Office words only: `With Governor Bush` opening a sentence, `fellow Republican` are no titles.
    if (title !== null && onlyOfficeWords(title, roleWords, lexicon) && (STATE_OFFICES.has(roleClassesOf(title, lexicon)[0] ?? "") || counterpart)) registry.addRole(person, title);
  }
}

/**
 * A title that joins a post to a rank or an office after it, split in two: a post in lower case before capitals (`army
 * chief Field Marshal`, `junta leader Senior General`), or an office of several words before a military rank (`Chief
 * of Army Staff Field Marshal`); null for one title (`deputy Prime Minister`, `Attorney General`).
 */
function rankAfterPost(title: string, lexicon: Lexicon): { post: string; rank: string } | null {
  const words = title.split(" ");
  // (Not a rank that makes an office of its own with the word before it: `Attorney General`, `Deputy Attorney General`.)
  for (const rank of MILITARY_RANKS) {
    const post = title.slice(0, Math.max(0, title.length - rank.length - 1));
    const office = `${post.slice(post.lastIndexOf(" ") + 1)} ${rank}`.toLowerCase();
    // (An office with its country too: `President of the Republic of Lebanon General Joseph Aoun`.)
    const ofCountry = (): boolean => post.includes(" of ") && countryOf(post, lexicon) !== null && roleClassesOf(post, lexicon).length > 0;
    if (post.includes(" ") && title.toLowerCase().endsWith(` ${rank}`) && (lexicon.roleClasses.has(post.toLowerCase()) || ofCountry()) && !lexicon.roleClasses.has(office)) return { post, rank: title.slice(post.length + 1) };
  }
  for (let i = words.length - 1; i > 0; i--) {
    const last = words[i - 1] ?? "";
    if (last !== last.toLowerCase() || !PATTERNS.upper.test((words[i] ?? "").charAt(0))) continue;
    const rank = words.slice(i).join(" ");
    const post = words.slice(0, i).join(" ");
    const postClass = roleClassesOf(post, lexicon)[0];
    if (lexicon.roleClasses.has(rank.toLowerCase()) && postClass !== undefined && postClass !== "deputy" && lexicon.roleClasses.has(last)) return { post, rank };
    return null;
  }
  return null;
}

/** Military ranks that may follow an office before a name (`Chief of Army Staff Field Marshal`). */
const MILITARY_RANKS = ["field marshal", "senior general", "general", "admiral", "air chief marshal"];

/** Most tokens of a title looked back over for an office joined before it by `and`. */
const MAX_JOINED_TITLE = 8;
/** Most words of an office joined before a title (`Deputy Prime Minister`). */
const MAX_JOINED_OFFICE = 4;

/**
 * The office joined by `and` before the title of the name at token `nameStart` (`Deputy Prime Minister and Foreign
 * Minister Ishaq Dar`: `Deputy Prime Minister`), capitalised and ending on an office's word; else null (not a name
 * before `and`, `President Putin and Chinese President Xi`, nor a portfolio, `Trade and Industry Minister`).
 */
function officeJoinedBefore(view: string, tokens: TokenList, nameStart: number, lexicon: Lexicon): string | null {
  const roleWords = lexicon.roleWords;
  let k = nameStart - 1;
  while (k > nameStart - MAX_JOINED_TITLE && k > 0 && tokens.lowerAt(k) !== "and" && (tokens.capitalizedAt(k) === true || OFFICE_OBJECT_PREPOSITIONS.has(tokens.textAt(k) ?? ""))) k--;
  const last = k - 1;
  // (It ends on an office's own word, not on a word only a longer office holds: `General Secretary of the Lao People's
  // Revolutionary Party and President of Laos` joins no office `Party`.)
  if (tokens.lowerAt(k) !== "and" || tokens.capitalizedAt(last) !== true || ![1, 2, 3].some((n) => lexicon.roleClasses.has(lowerPhrase(tokens, last - n + 1, last + 1)))) return null;
  let first = last;
  while (first > 0 && last - first < MAX_JOINED_OFFICE - 1 && tokens.capitalizedAt(first - 1) === true && (roleWords.has(tokens.lowerAt(first - 1) ?? "") || PORTFOLIO_WORDS.has(tokens.lowerAt(first - 1) ?? ""))) first--;
  return view.slice(tokens.startAt(first) ?? 0, tokens.endAt(last) ?? 0);
}

/** Most countries' words before an office they share (`his Iranian, Turkish and Azerbaijani counterparts`). */
const MAX_SHARED_OFFICE = 4;

/**
 * `his Iranian and Turkish counterparts, Ebrahim Raisi and Recep Tayyip Erdogan,`: a plural office that countries'
 * words qualify, set off before as many names as there are countries, gives each name its country's office in turn.
 */
function sharedOffices(tokens: TokenList, registry: PeopleRegistry, byId: ReadonlyMap<string, PersonDraft>, lexicon: Lexicon): void {
  // Each name by the token it starts at, with the token after it; built at the first such office, as most texts have none.
  let namedAt: Map<number, { person: PersonDraft; next: number }> | null = null;
  const namesByStart = (): Map<number, { person: PersonDraft; next: number }> => {
    const named = new Map<number, { person: PersonDraft; next: number }>();
    for (const m of registry.mentions) {
      const person = m.via === "name" && m.personId !== null ? byId.get(m.personId) : undefined;
      if (person !== undefined) named.set(tokenIndexAt(tokens, m.start), { person, next: tokenIndexAt(tokens, m.end) });
    }
    return named;
  };
  for (let i = 1; i + 1 < tokens.length; i++) {
    const plural = tokens.lowerAt(i) ?? "";
    if (tokens.textAt(i + 1) !== "," || !plural.endsWith("s") || !lexicon.roleClasses.has(plural.slice(0, -1))) continue;
    // The countries' words before it, in text order.
    const countries = demonymsBefore(tokens, i, lexicon, MAX_SHARED_OFFICE);
    if (countries.length < 2) continue;
    // As many names after the comma, joined by commas and `and`.
    const named = (namedAt ??= namesByStart());
    const people: PersonDraft[] = [];
    let j = i + 2;
    while (people.length < countries.length) {
      const name = named.get(j);
      if (name === undefined) break;
      people.push(name.person);
      j = name.next;
      if (people.length < countries.length && tokens.lowerAt(j) !== "and" && tokens.textAt(j) !== ",") break;
      j += tokens.lowerAt(j + 1) === "and" ? 2 : 1;
    }
    if (people.length !== countries.length) continue;
    const office = plural.slice(0, -1);
    for (const [n, person] of people.entries()) registry.addRole(person, `${tokens.textAt(countries[n] ?? 0) ?? ""} ${office}`);
  }
}

/** Role classes of the offices of a state or an international body. */
const STATE_OFFICES = new Set(["leader", "foreign-minister", "defence-minister", "minister", "org-head"]);

/** The country named right after `of` at token `at` (`of Trinidad and Tobago`), as written, or null. */
function countryAfter(view: string, tokens: TokenList, at: number, lexicon: Lexicon): string | null {
  if (tokens.lowerAt(at) !== "of") return null;
  // (`of the Czech Republic`: the article is written, not looked up.)
  const first = tokens.lowerAt(at + 1) === "the" ? at + 2 : at + 1;
  let name = "";
  let found: string | null = null;
  for (let k = first; k < tokens.length && k < first + MAX_COUNTRY_WORDS && tokens.kindAt(k) === "word"; k++) {
    name = name === "" ? (tokens.lowerAt(k) ?? "") : `${name} ${tokens.lowerAt(k) ?? ""}`;
    if (lexicon.countryByName.has(name)) found = view.slice(tokens.startAt(at + 1) ?? 0, tokens.endAt(k) ?? 0);
  }
  return found;
}

/** True when every word of the title is a role word, a country or demonym, or `of`/`the`. */
function onlyOfficeWords(title: string, roleWords: ReadonlySet<string>, lexicon: Lexicon): boolean {
  return title.split(" ").every((w) => {
    const word = w.toLowerCase();
    return roleWords.has(word) || word === "of" || word === "the" || lexicon.countryByName.has(word) || lexicon.countryByDemonym.has(word);
  });
}


/** The office an abbreviation with its stop stands for right before the name at token `nameStart` (`Sen.`), or null. */
function abbreviatedOffice(tokens: TokenList, nameStart: number): string | null {
  if (tokens.textAt(nameStart - 1) !== "." || !isGluedPeriod(tokens, nameStart - 1)) return null;
  return OFFICE_ABBREVIATIONS[tokens.lowerAt(nameStart - 2) ?? ""] ?? null;
}

function titleBefore(view: string, tokens: TokenList, nameAt: number, roleWords: ReadonlySet<string>, lexicon: Lexicon): string | null {
  // (A courtesy title with its stop between the office and the name is none of the office: `Cabinet Spokesman Dr.
  // Nalinda Jayatissa`.)
  const nameStart = courtesyStop(tokens, nameAt - 1) && tokens.capitalizedAt(nameAt - 3) === true ? nameAt - 2 : nameAt;
  let k = nameStart - 1;
  let limit = Math.max(0, nameStart - 8);
  const envoy = (w: string | undefined): boolean => lexicon.roleClasses.get(w ?? "") === "ambassador";
  while (k >= limit) {
    const t = tokens.get(k);
    const next = tokens.get(k + 1);
    // (`Presidential Communications Office (PCO) Secretary Jay Ruiz`: a body's acronym in brackets is part of its name;
    // not an agency's after a dateline, `Geneva (CNN) President Joe Biden`.)
    if (closesBracketedWord(tokens, k) && acronymOf(tokens, k - 1)) {
      k -= 3;
      limit = Math.max(0, limit - 3);
      continue;
    }
    // (A country's abbreviation keeps its stop: `U.S. Defense Secretary Pete Hegseth`.)
    if (t?.text === "." && isGluedPeriod(tokens, k) && next !== undefined && next.start - t.end === 1 && lexicon.countryByDemonym.has(`${tokens.lowerAt(k - 1) ?? ""}.`)) {
      k--;
      continue;
    }
    // (Nor across a line's end: `Zelensky arrives at the White House` ¶ `Ukrainian President Volodymyr Zelensky …`.)
    if (t === undefined || next === undefined || t.kind !== "word" || next.start - t.end > 1 || tokens.newLineAt(k + 1) === true) break;
    // (`Host President Luiz Inácio Lula da Silva` opening a sentence: hosting is no office, capitalised or not.)
    // (Nor before a country's word and an office: `will host Israeli Prime Minister Benjamin Netanyahu`.)
    // (A country of two words too: `will host South Korean President Lee Jae-myung`.)
    if (MEETING_PARTS.has(t.lower) && (roleWords.has(next.lower) || countryAt(tokens, k + 1, lexicon) !== null)) break;
    // (`ambassador to the US Anatoly Antonov`: an envoy's posting is part of the title.)
    // (Only an envoy's: `chief of staff to President Bill Clinton` is another person's title.)
    // (So is any office's `to` and a description with its article: `Secretary to the President Dr. Nandika Sanath
    // Kumanayake`, `Special Adviser to the Prime Minister`.)
    const toDescription = (j: number): boolean => roleWords.has(tokens.lowerAt(j - 1) ?? "") && tokens.lowerAt(j + 1) === "the";
    const posting = (t.lower === "to" && (envoy(tokens.lowerAt(k - 1)) || toDescription(k))) || (t.lower === "the" && tokens.lowerAt(k - 1) === "to" && (envoy(tokens.lowerAt(k - 2)) || toDescription(k - 1)));
    // (`Minister for Trade and Industry`, `Secretary of the Treasury`: joins inside the office's object, kept below
    // only after its `of` or `for`.)
    const join = OFFICE_OBJECT_JOINS.has(t.text) && (isCapitalized(next) || OFFICE_OBJECT_JOINS.has(next.text));
    // `received on Wednesday UAE President …`: a day or month is no part of a title.
    // (`Uruguay's outgoing president`: a word of tenure may stand before the office, and a portfolio in lower case,
    // `Italy's finance minister`, `shadow home secretary`.)
    // (A word in lower case that only opens a longer office, `press` of `press secretary`, after a modal or `to` is a
    // verb: `will press US President Donald Trump`.)
    const fragment = roleWords.has(t.lower) && !lexicon.roleClasses.has(t.lower) && !PORTFOLIO_WORDS.has(t.lower) && BEFORE_BARE_VERB.has(tokens.lowerAt(k - 1) ?? "") && !insideRolePhrase(tokens, k, lexicon);
    // (`indigenous leader Raoni Metuktire`: a word that makes a leader no state's is part of the title, so the title says so.)
    const ofPeople = NON_STATE_LEADERSHIP.has(t.lower) && next.lower === "leader";
    // (Nor the building the meeting was held in, before an office of a country or after `at` or `in`: `received at Bayan
    // Palace Saudi Crown Prince …`, `received today at Sakhir Palace President …`; the Philippine `Palace Press
    // Officer` is the palace's.)
    // (Nor a city after `in`: `received … at the presidential headquarters in Ramallah Egyptian Foreign Minister …`.)
    const building = (FACILITY_WORDS.has(t.lower) && (lexicon.countryByDemonym.has(next.lower) || lexicon.countryByName.has(next.lower) || placedAfter(tokens, k))) || (lexicon.cities.has(t.lower) && placedAfter(tokens, k));
    // (Nor a style of address before the office: `His Majesty King Hamad`.)
    const style = STYLES.has(t.lower) && PERSONAL_POSSESSIVES.has(tokens.lowerAt(k - 1) ?? "");
    // (Nor the Gulf agencies' His Excellency before it: `HE President of the Republic of Turkiye Recep Tayyip Erdogan`.)
    // (Nor a title-case headline's verb and the words before it: `King Mohammed VI Receives Spanish PM Pedro Sanchez`.)
    // (And its little words, capitalised there, but for an office's own: `… Joke To Bash Fed Chair Janet Yellen`.)
    const verb = HEADLINE_VERBS.has(t.lower) || (t.lower.endsWith("s") && lexicon.cueWords.has(t.lower)) || (PREPOSITIONS.has(t.lower) && t.lower !== "of" && t.lower !== "for" && !posting && !(t.lower === "under" && next.lower === "secretary"));
    const ok = isCapitalized(t) ? !(t.lower === "the" || t.lower === "a" || t.lower === "an" || POSSESSIVE_DETERMINERS.has(t.lower) || t.lower in WEEKDAYS || t.lower in MONTHS || building || style || verb || t.text === EXCELLENCY_ABBREVIATION) : (roleWords.has(t.lower) && !fragment) || t.lower === "of" || t.lower === "for" || posting || join || ofPeople || ((TENURE_WORDS.has(t.lower) || PORTFOLIO_WORDS.has(t.lower)) && (roleWords.has(next.lower) || PORTFOLIO_WORDS.has(next.lower)));
    if (!ok) break;
    k--;
  }
  // `the press secretary of the Russian President Dmitry Peskov`: an office whose object is a description with its
  // article holds the name; the title after the article is the object's, not the name's.
  if (tokens.lowerAt(k) === "the" && OFFICE_OBJECT_PREPOSITIONS.has(tokens.lowerAt(k - 1) ?? "") && roleWords.has(tokens.lowerAt(k - 2) ?? "") && k + 1 < nameStart) {
    let j = k - 2;
    while (j - 1 >= limit && (roleWords.has(tokens.lowerAt(j - 1) ?? "") || PORTFOLIO_WORDS.has(tokens.lowerAt(j - 1) ?? ""))) j--;
    k = j - 1;
  }
  // A join with no `of` or `for` before it links two names or titles (`President Putin and Xi Jinping`), and so does
  // one before another office (`Secretary of State John Kerry and Russian Foreign Minister`) or right before the name:
  // the title starts after it.
  let object = false;
  let join = -1;
  for (let j = k + 1; j < nameStart; j++) {
    const w = tokens.textAt(j) ?? "";
    // (Not the `and` inside a country's name: `Trinidad and Tobago Prime Minister Keith Rowley`, `Saint Kitts and Nevis`.)
    if (w === "and" && [j - 1, j - 2].some((c) => c > k && c + (countryAt(tokens, c, lexicon)?.words ?? 0) > j + 1)) continue;
    if (OFFICE_OBJECT_PREPOSITIONS.has(w)) object = true;
    // (The article of the object itself joins nothing: `press secretary of the Russian President Dmitry Peskov`.)
    else if (w === "the" && j < nameStart - 1 && OFFICE_OBJECT_PREPOSITIONS.has(tokens.textAt(j - 1) ?? "") && roleWords.has(tokens.lowerAt(j - 2) ?? "")) continue;
    // (Not one between two portfolios of one office: `Trade and Industry Cabinet Secretary Lee Kinyanjui`.)
    else if (OFFICE_OBJECT_JOINS.has(w) && !object && j < nameStart - 1 && PORTFOLIO_WORDS.has(tokens.lowerAt(j - 1) ?? "") && PORTFOLIO_WORDS.has(tokens.lowerAt(j + 1) ?? "")) continue;
    else if (OFFICE_OBJECT_JOINS.has(w) && (!object || j === nameStart - 1)) [k, object, join] = [j, false, -1];
    else if (OFFICE_OBJECT_JOINS.has(w)) join = j;
    else if (join >= 0 && roleWords.has(w.toLowerCase())) [k, object, join] = [join, false, -1];
  }
  // `UAE President Sheikh Mohamed …`: a courtesy title between the office and the name is not part of the office.
  let to = nameStart;
  // (A royal or academic style too, after an office it does not complete: `Energy Minister Prince Abdulaziz`, not
  // `Crown Prince`; `Chief Adviser Professor Muhammad Yunus`.)
  const style = (j: number): boolean => {
    const w = tokens.lowerAt(j) ?? "";
    // (After an office's portfolio too: `Minister of Energy Prince Abdulaziz bin Salman`.)
    const before = tokens.lowerAt(j - 1) ?? "";
    return STYLES_AFTER_OFFICE.has(w) && (roleWords.has(before) || PORTFOLIO_WORDS.has(before)) && !lexicon.roleClasses.has(`${before} ${w}`);
  };
  while (to > k + 1 && HONORIFICS.has(tokens.lowerAt(to - 1) ?? "") && (!roleWords.has(tokens.lowerAt(to - 1) ?? "") || style(to - 1))) to--;
  // `President His Highness Sheikh Mohamed`: a style of address is no part of the office either.
  if (to > k + 2 && STYLES.has(tokens.lowerAt(to - 1) ?? "") && PERSONAL_POSSESSIVES.has(tokens.lowerAt(to - 2) ?? "")) to -= 2;
  // (Nor its Gulf abbreviation: `President of the Republic of Turkiye HE Recep Tayyip Erdogan`.)
  else if (to > k + 2 && tokens.textAt(to - 1) === EXCELLENCY_ABBREVIATION) to--;
  let from = k + 1;
  // `a spokesman for Democratic presidential candidate Hillary Clinton`: an office whose object is the bare title
  // before the name is someone else's; the name holds only that title (not `spokesman for the Russian president`,
  // whose article makes the object a description of its own).
  for (let j = to - 2; j > from; j--) {
    const w = tokens.lowerAt(j) ?? "";
    // (Not an office whose name runs on past `of`: `Secretary of State`, `head of state President Xi`.)
    const office = (w === "for" || w === "of") && roleWords.has(tokens.lowerAt(j - 1) ?? "") && matchPhrase(tokens, j - 1, lexicon.rolePhrases) <= 1;
    // (Not a country and a rank after `of`: `President of Lebanon General Joseph Aoun` holds both.)
    const countryThenRank = countryAt(tokens, j + 1, lexicon)?.words === to - 2 - j;
    if (office && !countryThenRank && lexicon.roleClasses.has(tokens.lowerAt(to - 1) ?? "") && !DETERMINERS.has(tokens.lowerAt(j + 1) ?? "")) {
      from = j + 1;
      break;
    }
  }
  // A byline's `By` (`By Pacific affairs reporter Lice Movono`) is no part of the title, nor a sentence's opening
  // `As` or `With` (`As Kremlin spokesman Dmitry Peskov told reporters`).
  // (`Under Secretary of State` is an office; `Under Chancellor Merkel` is not.)
  // (Nor a conjunction that opens the sentence: `But former secretary of state Hillary Clinton`.)
  while (from < to && (PREPOSITIONS.has(tokens.lowerAt(from) ?? "") || SUBORDINATORS.has(tokens.lowerAt(from) ?? "") || OPENING_CONJUNCTIONS.has(tokens.lowerAt(from) ?? "")) && !(tokens.lowerAt(from) === "under" && tokens.lowerAt(from + 1) === "secretary")) from++;
  // A title-case headline's words before the title are not part of it (`Readout of President Joe Biden's Call`).
  while (from + 2 < to && (tokens.lowerAt(from + 1) === "of" || tokens.lowerAt(from + 1) === "for") && !namesBody(tokens.get(from), roleWords, lexicon)) from += 2;
  // (`executive director of the Latino Partnership for Conservative Principles`: a title that ends on `of` or `for`
  // has the words after it for its object, no person.)
  if (from >= to || tokens.lowerAt(to - 1) === "of" || tokens.lowerAt(to - 1) === "for") return null;
  // A country's title with the country as possessor (`Kenya's President William Ruto`), of a few words too (`Sierra
  // Leone's President Julius Maada Bio`, `Trinidad and Tobago's Prime Minister Keith Rowley`).
  if (isPossessiveAt(tokens, from - 1)) from = countryEndingAt(tokens, from - 1, lexicon)?.start ?? from;
  const text = view.slice(tokens.startAt(from) ?? 0, tokens.endAt(to - 1) ?? 0);
  return roleClassesOf(text, lexicon).length > 0 ? text : null;
}

/** True when a role phrase of the lexicon covers token `k` (`campaign manager`, `press secretary`, `vice presidential nominee`). */
function insideRolePhrase(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  for (let j = Math.max(0, k - MAX_ROLE_PHRASE_WORDS + 1); j <= k; j++) if (j + matchPhrase(tokens, j, lexicon.rolePhrases) > k) return true;
  return false;
}

/** Most words of a role phrase of the lexicon looked back over. */
const MAX_ROLE_PHRASE_WORDS = 4;

function appositionAfter(view: string, tokens: TokenList, nameEnd: number, lexicon: Lexicon, nameStarts: ReadonlySet<number>): string | null {
  if (tokens.textAt(nameEnd) !== ",") return null;
  let i = nameEnd + 1;
  // `Mahmoud Ali Youssouf, as chairperson of the Commission`: the office he takes, without its `as`.
  if (tokens.lowerAt(i) === "as") i++;
  // (`Dmitry Medvedev, now deputy chairman of Russia's Security Council,`: the office he holds, without its `now`.)
  if (tokens.lowerAt(i) === "now" || tokens.lowerAt(i) === "currently") i++;
  // (`Pedro Sánchez, and the president of Brazil, Lula,`: another person joined on, not an apposition.)
  if (tokens.lowerAt(i) === "and" || tokens.lowerAt(i) === "or") return null;
  if (PREDICATE_OPENERS.has(tokens.lowerAt(i) ?? "")) return null;
  // (Nor a place the sentence goes on to: `welcomed his New Zealand counterpart, Christopher Luxon, at the Prime
  // Minister's Office in Port Vila`.)
  if (PREPOSITIONS.has(tokens.lowerAt(i) ?? "")) return null;
  // `X, was president of …`, `X, was elected chairperson of the AU Commission`: the office, without the verb that
  // gives it.
  if (tokens.lowerAt(i) === "was" || tokens.lowerAt(i) === "is") {
    i++;
    if (APPOINTING_PARTICIPLES.has(tokens.lowerAt(i) ?? "")) i++;
  }
  const det = tokens.lowerAt(i);
  if (det === "a" || det === "an" || det === "the") i++;
  // The apposition must start with a role within its first three words, or after a country's possessive and the
  // portfolio (`India's commerce minister`, `the business and trade secretary`).
  let roleAt = -1;
  // (Past the third word only when every word before is the title's: a possessor and its `'s`, portfolios, `and`.)
  let titleWords = true;
  for (let k = i; k < i + MAX_ROLE_LEAD && k < tokens.length; k++) {
    if (matchPhrase(tokens, k, lexicon.rolePhrases) > 0) {
      roleAt = k;
      break;
    }
    const t = tokens.get(k);
    // (`Miguel Díaz-Canel, held official talks today with …`: a verb of the news before the role word makes a
    // predicate after a stray comma, no apposition.)
    if (t !== undefined && HAPPENING_VERBS.has(t.lower) && !MEETING_PARTS.has(t.lower)) return null;
    titleWords &&= t !== undefined && (isPossessive(t) || isPossessiveAt(tokens, k + 1) || PORTFOLIO_WORDS.has(t.lower) || t.lower === "and");
    if (k >= i + 2 && !titleWords) break;
  }
  if (roleAt < 0) return null;
  let depth = 0;
  let j = i;
  // Whether the role's object is a person named with a courtesy title (`senior adviser to Mr. Sanders`): a clause
  // after that name ends the role there (`… to Mr. Obama who now works …`).
  let titled = false;
  for (; j < tokens.length && j - i < MAX_ROLE_TOKENS; j++) {
    const t = tokens.get(j);
    if (t === undefined) break;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    // (A label's colon makes a credit's list, no office: `EN - author: Cristina Zamfir, editor online: Ada Stefan`.)
    else if (t.text === ":") return null;
    // (An abbreviation's stop goes on: `the Prime Minister of the Republic of India H.E. Shri Narendra Modi`; so does
    // one before a word in lower case, which no sentence opens with: `the minister responsible for Canada-U.S. trade`.)
    else if (depth <= 0 && (t.text === "," || (t.text === "." && !courtesyStop(tokens, j) && !(isAbbreviationStop(tokens, j) && tokens.kindAt(j + 1) === "word" && tokens.capitalizedAt(j + 1) !== true)) || t.text === ";" || t.text === '"' || t.text === "”" || tokens.newLineAt(j) === true)) break;
    // `Deputy Ruler of Abu Dhabi and National Security Advisor`: `and` before another office joins two roles.
    // (`and` between the portfolios before the role word joins them: `the business and trade secretary`.)
    else if (depth <= 0 && ROLE_STOP.has(t.lower) && !(t.lower === "and" && (j < roleAt || matchPhrase(tokens, j + 1, lexicon.rolePhrases) > 0))) {
      // (A relative clause after the office ends it: `the business and trade secretary who led the negotiations`.)
      if (titled || (j > roleAt && (t.lower === "who" || t.lower === "whose"))) break;
      return null;
    }
    // `Ohio, the Democratic nominee's campaign announced Friday`: a reporting verb in the past makes a clause, no role.
    else if (depth <= 0 && t.lower.endsWith("ed") && lexicon.cueWords.has(t.lower)) return null;
    // (`Amir, Turkish President Hold Official Talks`: a verb of the news in its plain form right after the office's
    // words makes the two a headline's subjects, no apposition; not in the office's object, `president of the
    // Cleveland 2016 Host Committee`.)
    else if (depth <= 0 && j === roleAt + matchPhrase(tokens, roleAt, lexicon.rolePhrases) && isHeadlineVerb(t.lower) && !HEADLINE_VERBS.has(t.lower)) return null;
    // (A name after a preposition and a courtesy title is the role's object: `senior adviser to Mr. Sanders`; one with
    // its `'s` before the office, the office's possessor: `Wi Sung-lac, Lee's national security adviser,`.)
    if (nameStarts.has(t.start) && !(j < roleAt && possessorBefore(tokens, j, roleAt))) {
      if (!titledObject(tokens, j)) return null;
      titled = true;
    }
  }
  // (`Fumio Kishida, U.S. President Joe Biden`: the role word must lie before the apposition's end, not past a period.)
  if (j <= roleAt || j - i >= MAX_ROLE_TOKENS) return null;
  return view.slice(tokens.startAt(i) ?? 0, tokens.endAt(j - 1) ?? 0);
}

/** Most words before the role word of an apposition (`India's commerce minister`: three). */
const MAX_ROLE_LEAD = 5;

/** True when a possessive `'s` stands between the name at `j` and the office at `roleAt` (`Lee's national security adviser`). */
function possessorBefore(tokens: TokenList, j: number, roleAt: number): boolean {
  for (let k = j + 1; k < roleAt; k++) if (isPossessiveAt(tokens, k)) return true;
  return false;
}

/** True when the name at `j` follows a preposition and a courtesy title (`to Mr. Sanders`, `for Mrs Clinton`). */
function titledObject(tokens: TokenList, j: number): boolean {
  const title = tokens.textAt(j - 1) === "." ? j - 2 : j - 1;
  return COURTESY_TITLES.has(tokens.lowerAt(title) ?? "") && PREPOSITIONS.has(tokens.lowerAt(title - 1) ?? "");
}

/** Longest acronym read for the initials before it, in letters. */
const MAX_ACRONYM = 8;
/** Little words an acronym leaves out (`CPC` for `Communist Party of China`). */
const ACRONYM_SKIPS = new Set(["of", "the", "and", "for"]);

/** True when the capitals at token `at`, in brackets, are the initials of the words before them (`Presidential Communications Office (PCO)`). */
function acronymOf(tokens: TokenList, at: number): boolean {
  const letters = tokens.textAt(at) ?? "";
  if (letters.length < 2 || letters.length > MAX_ACRONYM || !isAllCaps(letters)) return false;
  let k = at - 2;
  for (let n = letters.length - 1; n >= 0; n--) {
    while (ACRONYM_SKIPS.has(tokens.lowerAt(k) ?? "") && k > 0) k--;
    const t = tokens.get(k);
    if (t === undefined || t.kind !== "word" || t.text[0] !== letters[n]) return false;
    k--;
  }
  return true;
}

/** True for the stop of a courtesy title's abbreviation at `j` (`H.E.`, `Mr.`), which ends no apposition. */
export function courtesyStop(tokens: TokenList, j: number): boolean {
  return isGluedPeriod(tokens, j) && COURTESY_TITLES.has(tokens.lowerAt(j - 1) ?? "");
}

/** Longest office named before a name in apposition, in tokens. */
const MAX_OFFICE_TOKENS = 12;
/** Prepositions of a statement's author before an office (`a statement by the Special Adviser …`). */
const AGENT_WORDS = new Set(["by", "from"]);

/** Most capitalised words that qualify an office set off before a name (`The Arab League secretary general,`). */
const MAX_OFFICE_QUALIFIERS = 3;

/**
 * The role phrase at token `k`, or after up to three capitalised words that qualify it (a body's or a country's:
 * `Ibero-American secretary general`, `Australian counterpart`), before token `end`; not after a determiner that
 * opens the sentence (`Its president`, `Another delegate`). With where the phrase starts and ends.
 */
function qualifiedRoleAt(tokens: TokenList, k: number, end: number, lexicon: Lexicon): { at: number; end: number } | null {
  // (A country's name with a word in lower case in it: `Trinidad and Tobago counterpart`.)
  let at = k + (countryAt(tokens, k, lexicon)?.words ?? 0);
  for (let q = 0; q < MAX_OFFICE_QUALIFIERS && at < end - 1 && tokens.capitalizedAt(at) === true && !DETERMINERS.has(tokens.lowerAt(at) ?? "") && matchPhrase(tokens, at, lexicon.rolePhrases) === 0; q++) at++;
  const length = at < end ? matchPhrase(tokens, at, lexicon.rolePhrases) : 0;
  return length === 0 ? null : { at, end: at + length };
}

/** Most styles read back before a name (`Hon. Dr`). */
const MAX_STYLES = 3;

/** Marks that may open a Polynesian name, glued to it (`'Aisake`, `ʻAkilisi`). */
const OKINA_MARKS = new Set(["'", "’", "ʻ", "‘"]);

/** Where the styles before the name at `nameStart` begin (`Hon. Dr 'Aisake Eke`: at `Hon`), or `nameStart`. */
function stylesBefore(tokens: TokenList, nameStart: number): number {
  let k = nameStart;
  if (OKINA_MARKS.has(tokens.textAt(k - 1) ?? "") && tokens.startAt(k) === tokens.endAt(k - 1)) k--;
  const unmarked = k;
  for (let n = 0; n < MAX_STYLES; n++) {
    const stop = isGluedPeriod(tokens, k - 1) ? 1 : 0;
    if (!HONORIFICS.has(tokens.lowerAt(k - 1 - stop) ?? "")) break;
    k -= 1 + stop;
  }
  return k === unmarked ? nameStart : k;
}

/**
 * `The President of the ECOWAS Commission, Omar Touray, said`: an office that opens the clause, set off before a
 * name that a comma closes too.
 */
function officeBefore(view: string, tokens: TokenList, nameStart: number, nameEnd: number, lexicon: Lexicon): string | null {
  // (The name's own title may stand after the comma: `Pakistan's army chief, Field Marshal Asim Munir,`.)
  let comma = nameStart - 1;
  // (Several styles too, and a name's opening ʻokina: `the Prime Minister, Hon. Dr 'Aisake Eke,`.)
  const styled = stylesBefore(tokens, nameStart);
  if (styled < nameStart && tokens.textAt(styled - 1) === ",") comma = styled - 1;
  else for (let j = Math.max(0, nameStart - 3); j < nameStart; j++) {
    const title = HONORIFICS.has(tokens.lowerAt(j) ?? "") ? (isGluedPeriod(tokens, j + 1) ? 2 : 1) : matchPhrase(tokens, j, lexicon.rolePhrases);
    if (tokens.textAt(j - 1) === "," && title > 0 && j + title === nameStart) {
      comma = j - 1;
      break;
    }
  }
  // (A name that ends the sentence is set off only after a statement's author: `… by the President of the ECOWAS
  // Commission, Dr Omar Alieu Touray.`)
  const closing = tokens.textAt(nameEnd) === ".";
  if (tokens.textAt(comma) !== "," || (tokens.textAt(nameEnd) !== "," && !closing)) return null;
  // Back over the office's words to where it opens (not a comma: `the vice president, Susan Rice, we …` is a list), a
  // determiner skipped.
  // (The body's acronym in brackets before the comma is no part of the office: `The secretary general of the
  // International Organisation of La Francophonie (OIF), Louise Mushikiwabo,`.)
  const bracketed = closesBracketedWord(tokens, comma - 1);
  const officeEnd = bracketed ? comma - 3 : comma;
  const opening = officeOpening(tokens, officeEnd, lexicon, !closing && lexicon.cueWords.has(tokens.textAt(nameEnd + 1) ?? ""));
  if (opening === null || (closing && !opening.byAgent)) return null;
  let from = opening.from;
  // (`President Biden and China's leader, Xi Jinping, met`: after another's name and `and`, the office after it is the
  // name's; `founder and chairman of the Podesta Group` is one man's.)
  for (let j = officeEnd - 1; j > from; j--) {
    if (tokens.lowerAt(j) !== "and") continue;
    // (`and her Australian counterpart, Anthony Albanese,`: a person's possessive before the office.)
    const possessed = PERSONAL_POSSESSIVES.has(tokens.lowerAt(j + 1) ?? "") ? j + 2 : j + 1;
    let after = isPossessiveAt(tokens, possessed + 1) ? possessed + 2 : possessed;
    // (A country's word before it: `Australian counterpart`.)
    if (lexicon.countryByDemonym.has(tokens.lowerAt(after) ?? "")) after++;
    let named = false;
    for (let n = from; n < j; n++) named ||= tokens.capitalizedAt(n) === true && !lexicon.roleWords.has(tokens.lowerAt(n) ?? "") && !DETERMINERS.has(tokens.lowerAt(n) ?? "");
    if (named && matchPhrase(tokens, after, lexicon.rolePhrases) > 0) from = j + 1;
    break;
  }
  // (`Her foreign minister, Maris Sangiampongsa, said`: a person's possessive as an article; not a body's, whose
  // office the name would then hold without it: `Its president, Christine Lagarde,`.)
  if (ARTICLES.has(tokens.lowerAt(from) ?? "") || PERSONAL_POSSESSIVES.has(tokens.lowerAt(from) ?? "")) from++;
  // `Lee's chief of staff, Kang Hoon-sik,`: a possessor before the office (a country of several words too: `The
  // Islamic Emirate's acting foreign minister,`), and a word of tenure (`acting`).
  const owner = from + (countryAt(tokens, from, lexicon)?.words ?? 1);
  let office = isPossessiveAt(tokens, owner) ? owner + 1 : from;
  if (office > from && TENURE_WORDS.has(tokens.lowerAt(office) ?? "")) office++;
  // (A qualified office ends the phrase: `Erie County District Attorney Frank Clark, Bernard Tolbert,` is a list.)
  const role = qualifiedRoleAt(tokens, office, officeEnd, lexicon);
  if (role === null || (role.at > office && role.end !== officeEnd)) return null;
  return view.slice(tokens.startAt(from) ?? 0, tokens.endAt(officeEnd - 1) ?? 0);
}

/**
 * Where an office set off before a name opens, walking back from `officeEnd`: the start of the sentence or of a
 * semicolon's clause (`Orban was delighted; his foreign minister, Peter Szijjarto, flew …`), or inside the sentence
 * a statement's author (`in a statement by the Special Adviser to the President …, Bayo Onanuga,`), a country's
 * possessive after a verb (`hosted Pakistan's army chief, Field Marshal Asim Munir,`) or a person's (`sending his
 * foreign minister, Marcelo Ebrard,`); with whether it is a statement's author. Null when other words or marks come first.
 */
function officeOpening(tokens: TokenList, officeEnd: number, lexicon: Lexicon, verbAfter: boolean): { from: number; byAgent: boolean } | null {
  let k = officeEnd - 1;
  while (k >= 0 && officeEnd - k <= MAX_OFFICE_TOKENS && tokens.kindAt(k) === "word" && !tokens.newLineAt(k + 1)) {
    if (AGENT_WORDS.has(tokens.textAt(k) ?? "") && tokens.lowerAt(k + 1) === "the" && matchPhrase(tokens, k + 2, lexicon.rolePhrases) > 0) return { from: k + 1, byAgent: true };
    // (A verb's object: the word before the possessor is in lower case.)
    const owner = isPossessiveAt(tokens, k) && matchPhrase(tokens, k + 1, lexicon.rolePhrases) > 0 ? countryEndingAt(tokens, k, lexicon) : null;
    const beforeOwner = owner === null ? undefined : tokens.get(owner.start - 1);
    // (`attended by the Minister of the Interior, …, and Ecuador's Foreign Minister, Gabriela Sommerfeld.`: a list an
    // agent word opened goes on.)
    if (owner !== null && beforeOwner !== undefined && beforeOwner.kind === "word" && !beforeOwner.capitalized && !DETERMINERS.has(beforeOwner.lower)) return { from: owner.start, byAgent: AGENT_WORDS.has(beforeOwner.text) || agentListBefore(tokens, owner.start - 1) };
    // (`was represented by his vice-president, Jane Naana Opoku-Agyemang.`: a passive's agent is an author too.)
    const verbBefore = tokens.get(k - 1);
    // (`met her Australian counterpart, Anthony Albanese,`: a country's word may qualify the office.)
    // (So may an article after a verb, not after a preposition, whose object the office is not: `met the Russian
    // foreign minister, Sergey Lavrov,`; not `the Special Adviser to the President on Information, Bayo Onanuga,`.)
    // (`including` opens a list whose items are the names: `Critics, including the Leader of the Opposition, Bob Loughman,`.)
    // (`according to` cites its source, as an agent word does: `according to the Special Adviser to the President on
    // Information and Strategy, Bayo Onanuga`.)
    const cited = verbBefore?.lower === "to" && tokens.lowerAt(k - 2) === "according";
    const article = ARTICLES.has(tokens.lowerAt(k) ?? "") && (((!PREPOSITIONS.has(verbBefore?.lower ?? "") || verbBefore?.lower === "including") && verbBefore?.lower !== "to") || cited);
    const opensObject = PERSONAL_POSSESSIVES.has(tokens.lowerAt(k) ?? "") || article;
    if (opensObject && verbBefore !== undefined && verbBefore.kind === "word" && !verbBefore.capitalized && qualifiedRoleAt(tokens, k + 1, officeEnd, lexicon) !== null) return { from: k, byAgent: AGENT_WORDS.has(verbBefore.text) || agentListBefore(tokens, k - 1) || cited };
    k--;
  }
  // (An opening phrase's comma too, when a reporting verb follows the name: `Briefing correspondents after the meeting,
  // the Minister of Foreign Affairs, Ambassador Yusuf Tuggar, said`.)
  // (And the comma before a source set off after its report: `Mr Tinubu arrived on Monday night, his spokesperson,
  // Bayo Onanuga, said`.)
  const afterOpening = verbAfter && tokens.textAt(k) === "," && (tokens.lowerAt(k + 1) === "the" || PERSONAL_POSSESSIVES.has(tokens.lowerAt(k + 1) ?? ""));
  if (k >= 0 && tokens.textAt(k) !== "." && tokens.textAt(k) !== ";" && !tokens.newLineAt(k + 1) && !datelineDash(tokens, k) && !afterOpening) return null;
  return { from: k + 1, byAgent: false };
}

/** Most tokens back from a list's `and` to the agent word that opens the list. */
const AGENT_LIST_REACH = 20;

/**
 * True when the `and` at token `k` goes on a list an agent word opened in its clause (`accompanied by the Minister of
 * Foreign Affairs, Marc Ati, and the Minister of Internal Affairs, Andrew Napuat.`): its items are authors too.
 */
function agentListBefore(tokens: TokenList, k: number): boolean {
  if (tokens.lowerAt(k) !== "and") return false;
  for (let j = k - 1; j >= 0 && k - j <= AGENT_LIST_REACH; j--) {
    const w = tokens.textAt(j) ?? "";
    if (w === "." || w === ";" || tokens.newLineAt(j + 1)) return false;
    if (AGENT_WORDS.has(w)) return true;
  }
  return false;
}

/** True when the dash at token `k` closes a dateline (`CAIRO -`, `ABU DHABI, 3rd March, 2025 (WAM) --`): the sentence opens after it. */
function datelineDash(tokens: TokenList, k: number): boolean {
  const before = tokens.textAt(k - 1) ?? "";
  return tokens.textAt(k) === "-" && (before === ")" || (before.length > 1 && isAllCaps(before)));
}

/** A word that may open a title: a role word, a country or demonym, or the head of an institution (`Ministry of …`). */
function namesBody(t: Token | undefined, roleWords: ReadonlySet<string>, lexicon: Lexicon): boolean {
  if (t === undefined) return false;
  return roleWords.has(t.lower) || ORGANIZATION_HEADS.has(t.text) || lexicon.countryByName.has(t.lower) || lexicon.countryByDemonym.has(t.lower);
}
