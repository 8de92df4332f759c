import type { Block } from "../model/index.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { MONTHS } from "../lexicon/time-words.js";
import { LOWER_CASE_AGENCIES } from "../lexicon/organizations.js";
import { VENUES } from "../lexicon/places.js";
import { PATTERNS } from "./patterns.js";
import { isAllCaps, isCapitalized, isCapitalizedAt, isCapitalWord, lowerPhrase, tokenIndexAt, type TokenList } from "./tokens.js";

/** A wire-service dateline opening the first paragraph: `WOODSIDE, California, Nov 15 (Reuters) -`, `BEIJING (AP) —`, `VOSTOCHNY, September 13. /TASS/.`. */
export interface WireDateline {
  /** The place in capitals, title-cased (`Woodside`, `New York`). */
  place: string;
  start: number;
  /** Where the dateline ends (before its dash). */
  end: number;
  /** Where the news after it begins. */
  after: number;
  /** Filed from several cities (`TOKYO/WASHINGTON --`): the place is the first, and need not be where the news is. */
  shared: boolean;
}

/**
 * Dashes that close a dateline: Reuters `-`, AP `—` and the en dash, all `-` in the view, and AP's old `_`; and an
 * em dash closed up to the news, which the view keeps (`TOKYO—President Ferdinand Marcos Jr. …`).
 */
const DATELINE_DASHES = new Set(["-", "_", "—", "―"]);

/** Longest wire dateline before its dash, in tokens. */
const MAX_DATELINE_TOKENS = 16;

/**
 * Reads a wire dateline at the start of the paragraph `[start, end)`: a place in capitals, then up to its dash; or
 * a known city as written, a comma and a date (`Minsk, 15 December.`, `New Delhi, Dec 5 (PTI)`).
 */
export function wireDateline(tokens: TokenList, start: number, end: number, cities: ReadonlyMap<string, readonly [string, string]>): WireDateline | null {
  const opening = tokenIndexAt(tokens, start);
  // ANSA: `(ANSA) - BORGO EGNAZIA, JUN 15 - …`, the agency in brackets and a dash before the place.
  const agencyFirst = bracketedAgencyAt(tokens, opening) && DATELINE_DASHES.has(tokens.textAt(opening + 3) ?? "");
  const first = agencyFirst ? opening + 4 : opening;
  let k = first;
  const words: string[] = [];
  while (k < tokens.length && words.length < 3) {
    const t = tokens.get(k);
    if (!isCapitalWord(t)) break;
    let word = t.text.charAt(0) + t.text.slice(1).toLowerCase();
    k++;
    // (An abbreviation's stop inside the name: `ST. PETERSBURG, December 20. /TASS/.`)
    if (tokens.textAt(k) === "." && ABBREVIATIONS.has(t.lower) && isCapitalWord(tokens.get(k + 1))) {
      word += ".";
      k++;
    }
    words.push(word);
  }
  if (words.length === 0) return cityDateline(tokens, first, end, cities) ?? cityAgencyDateline(tokens, first, end, cities) ?? cityDashDateline(tokens, first, end, cities) ?? citySlashedAgencyDateline(tokens, first, end, cities) ?? cityDatedAgencyDateline(tokens, first, end, cities) ?? cityStopDateline(tokens, first, end, cities);
  // `NEW DELHI/BEIJING, Oct 24 (Reuters) -`: a story filed from two cities takes the first.
  const single = k;
  while (tokens.textAt(k) === "/" && isCapitalWord(tokens.get(k + 1))) {
    k += 2;
    for (let more = 1; more < 3 && isCapitalWord(tokens.get(k)); more++) k++;
  }
  // `RIO DE JANEIRO` as the gazetteer writes it (`Rio de Janeiro`), else title case.
  const written = words.join(" ");
  // (A venue in capitals is its city's: `JOINT BASE ELMENDORF-RICHARDSON, Alaska (AP) —` is Anchorage's.)
  const place = cities.get(written.toLowerCase())?.[0] ?? VENUES[written.toLowerCase()] ?? written;
  const shared = k > single;
  const after = tokens.textAt(k);
  // Arab News and others: `RIYADH: Gulf leaders …`; a city the gazetteer knows, for a newsletter's kicker is written
  // the same way (`EXCLUSIVE: In memo to Congress, …`).
  const colon = tokens.get(k);
  if (colon?.text === ":" && cities.has(written.toLowerCase()) && tokens.startAt(k + 1) !== undefined && (tokens.startAt(k + 1) ?? 0) > colon.end) {
    return { place, shared, start: tokens.startAt(opening) ?? start, end: colon.end, after: tokens.startAt(k + 1) ?? colon.end };
  }
  // (Kazinform: `ASTANA. KAZINFORM – …`, the agency in capitals after a full stop; Interfax: `MOSCOW. Sept 3 (Interfax)
  // - …`, a date after it.)
  // (Not an abbreviation's period: `ST.` alone, whose name goes on past it when a word in capitals follows.)
  const agencyAfterStop = after === "." && (isCapitalWord(tokens.get(k + 1)) || (tokens.lowerAt(k + 1) ?? "") in MONTHS) && !ABBREVIATIONS.has(written.toLowerCase());
  if (after !== "," && after !== "(" && !DATELINE_DASHES.has(after ?? "") && !agencyAfterStop) return null;
  for (let j = k; j < Math.min(tokens.length, first + MAX_DATELINE_TOKENS); j++) {
    const t = tokens.get(j);
    if (t === undefined || t.start >= end) return null;
    // (Asahi sets a doubled dash without spaces: `LIMA--Prime Minister Shigeru Ishiba …`.)
    if (t.text === "-" && tokens.textAt(j + 1) === "-" && isCapitalizedAt(tokens, j + 2)) {
      return { place, shared, start: tokens.startAt(opening) ?? start, end: t.start, after: tokens.startAt(pastDashes(tokens, j)) ?? t.end };
    }
    if (DATELINE_DASHES.has(t.text) && (tokens.startAt(j + 1) ?? end) > t.end) {
      // (`ASTANA, November 28 - RIA Novosti. Russian President …`: the agency and its stop after the dash too.)
      const stop = agencyStopAfter(tokens, j + 1);
      if (stop >= 0) return { place, shared, start: tokens.startAt(opening) ?? start, end: tokens.endAt(stop) ?? t.end, after: tokens.startAt(stop + 1) ?? t.end };
      return { place, shared, start: tokens.startAt(opening) ?? start, end: t.start, after: tokens.startAt(j + 1) ?? t.end };
    }
    // APP, PTI: `ISTANBUL, Jun 26 (APP): Prime Minister …`, an agency in capitals in brackets, then a colon or the news.
    if (bracketedAgencyAt(tokens, j) && j > k) {
      let next = j + 3;
      while (tokens.textAt(next) === ":" || DATELINE_DASHES.has(tokens.textAt(next) ?? "")) next++;
      if (isCapitalizedAt(tokens, next)) return { place, shared, start: tokens.startAt(opening) ?? start, end: tokens.endAt(j + 2) ?? t.end, after: tokens.startAt(next) ?? t.end };
    }
    // TASS: `VOSTOCHNY, September 13. /TASS/.`
    const agency = tokens.get(j + 1);
    // Trend: `BAKU, Azerbaijan, July 4. President …`, a stop right after the day and month, then the news.
    if (t.text === "." && j > k + 1 && isCapitalizedAt(tokens, j + 1) && dayAndMonthBefore(tokens, j)) {
      return { place, shared, start: tokens.startAt(opening) ?? start, end: t.end, after: tokens.startAt(j + 1) ?? t.end };
    }
    // Armenpress, Azertac: `YEREVAN, JULY 10, ARMENPRESS. Prime Minister …`, the agency in capitals after the date's
    // comma, then a stop and the news.
    if (t.text === "," && j > k && agency !== undefined && isAllCaps(agency.text) && agency.text.length > 1 && tokens.textAt(j + 2) === "." && isCapitalizedAt(tokens, j + 3) && datedBetween(tokens, k, j)) {
      return { place, shared, start: tokens.startAt(opening) ?? start, end: tokens.endAt(j + 2) ?? agency.end, after: tokens.startAt(j + 3) ?? agency.end };
    }
    const stop = slashedAgencyEnd(tokens, j);
    if (stop >= 0) {
      const close = tokens.get(stop);
      return { place, shared, start: tokens.startAt(opening) ?? start, end: close?.end ?? t.end, after: tokens.startAt(stop + 1) ?? close?.end ?? t.end };
    }
  }
  return null;
}

/**
 * The index of the `)` closing an agency's name in brackets at `open`, of a few capitalised words (`(Prensa Latina)`,
 * `(AFP)`) or one the agency writes in lower case (`(dpa)`), or -1.
 */
function bracketedAgencyEnd(tokens: TokenList, open: number): number {
  if (tokens.textAt(open) !== "(") return -1;
  let close = open + 1;
  while (close - open <= MAX_AGENCY_TOKENS && tokens.startAt(close) !== undefined && tokens.kindAt(close) === "word" && (isCapitalizedAt(tokens, close) || LOWER_CASE_AGENCIES.has(tokens.lowerAt(close) ?? ""))) close++;
  return close > open + 1 && tokens.textAt(close) === ")" ? close : -1;
}

/**
 * The index of the last token of an agency's name in capitals between slashes at `j`, with the stop after it (TASS's
 * `/TASS/.`, Montsame's `/MONTSAME/.`), or -1.
 */
function slashedAgencyEnd(tokens: TokenList, j: number): number {
  if (tokens.textAt(j) !== "/" || !isAllCaps(tokens.textAt(j + 1) ?? "") || tokens.textAt(j + 2) !== "/") return -1;
  return tokens.textAt(j + 3) === "." ? j + 3 : j + 2;
}

/** Montsame: `Ulaanbaatar /MONTSAME/. President …`, a known city as written, then the agency between slashes. */
function citySlashedAgencyDateline(tokens: TokenList, first: number, end: number, cities: ReadonlyMap<string, readonly [string, string]>): WireDateline | null {
  const city = knownCityAt(tokens, first, cities);
  if (city === null) return null;
  const { place, end: k } = city;
  const stop = slashedAgencyEnd(tokens, k);
  if (stop < 0 || (tokens.startAt(stop + 1) ?? end) >= end || !isCapitalizedAt(tokens, stop + 1)) return null;
  return { place, shared: false, start: tokens.startAt(first) ?? 0, end: tokens.endAt(stop) ?? 0, after: tokens.startAt(stop + 1) ?? 0 };
}

/** Most tokens of an agency's name in capitals before its slash (`REPORT.AZ/`). */
const MAX_AGENCY_NAME_TOKENS = 3;

/** Report.az: `Baku. 25 September. REPORT.AZ/ On September 25, …`, a known city, its stop, the date, then the agency and a slash. */
function cityDatedAgencyDateline(tokens: TokenList, first: number, end: number, cities: ReadonlyMap<string, readonly [string, string]>): WireDateline | null {
  const city = knownCityAt(tokens, first, cities);
  if (city === null) return null;
  const { place, end: k } = city;
  if (tokens.textAt(k) !== "." || tokens.textAt(k + 3) !== "." || !dayAndMonthBefore(tokens, k + 3)) return null;
  let slash = k + 4;
  while (slash - (k + 4) < MAX_AGENCY_NAME_TOKENS && (isAllCaps(tokens.textAt(slash) ?? "") || tokens.textAt(slash) === ".")) slash++;
  if (slash === k + 4 || tokens.textAt(slash) !== "/" || (tokens.startAt(slash + 1) ?? end) >= end) return null;
  return { place, shared: false, start: tokens.startAt(first) ?? 0, end: tokens.endAt(slash) ?? 0, after: tokens.startAt(slash + 1) ?? 0 };
}

/** True when a day and a month in either order end right before token `j` (`July 4`, `4 July`). */
function dayAndMonthBefore(tokens: TokenList, j: number): boolean {
  const last = tokens.lowerAt(j - 1) ?? "";
  const first = tokens.lowerAt(j - 2) ?? "";
  return (first in MONTHS && PATTERNS.dayDigits.test(last)) || (PATTERNS.dayDigits.test(first) && last in MONTHS);
}

/** True when a month is named among tokens `[from, to)` (a dateline's date). */
function datedBetween(tokens: TokenList, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if ((tokens.lowerAt(j) ?? "") in MONTHS) return true;
  return false;
}

/** True when token `j` opens an agency's name in capitals in brackets (`(PTI)`, `(APP)`). */
function bracketedAgencyAt(tokens: TokenList, j: number): boolean {
  return tokens.textAt(j) === "(" && isAllCaps(tokens.textAt(j + 1) ?? "") && tokens.textAt(j + 2) === ")";
}

/** Most words of an agency's name after a dateline's dash (`RIA Novosti`, `Anadolu Agency`). */
const MAX_AGENCY_WORDS = 3;

/**
 * The index of the full stop that closes an agency's name of a few capitalised words at `k` (`RIA Novosti.`) when a
 * capitalised sentence follows it, or -1.
 */
function agencyStopAfter(tokens: TokenList, k: number): number {
  let j = k;
  // (Not an abbreviation: `WASHINGTON (Reuters) - U.S. President …`.)
  while (j < k + MAX_AGENCY_WORDS && tokens.kindAt(j) === "word" && isCapitalizedAt(tokens, j) && !(tokens.textAt(j)?.includes(".") ?? false) && !ABBREVIATIONS.has(tokens.lowerAt(j) ?? "")) j++;
  // (Nor a name's initial: `MANILA, Philippines — President Ferdinand R. Marcos Jr. and …`.)
  const initial = (tokens.textAt(j - 1)?.length ?? 0) === 1;
  return j > k && !initial && tokens.textAt(j) === "." && isCapitalizedAt(tokens, j + 1) && (tokens.startAt(j + 1) ?? 0) > (tokens.endAt(j) ?? 0) ? j : -1;
}

/** Most tokens of a city's name in a dateline (`Rio de Janeiro`). */
const MAX_CITY_TOKENS = 3;

/** The known city that the capitalised words from `first` name as written (`Baku`, `Doha`), and the token after them; or null. */
function knownCityAt(tokens: TokenList, first: number, cities: ReadonlyMap<string, readonly [string, string]>): { place: string; end: number } | null {
  let k = first;
  while (k - first < MAX_CITY_TOKENS && tokens.kindAt(k) === "word" && isCapitalizedAt(tokens, k)) k++;
  const place = cities.get(lowerPhrase(tokens, first, k))?.[0];
  return place === undefined ? null : { place, end: k };
}

/**
 * `Minsk, 15 December.` or `New Delhi, Dec 5 (PTI)`: a city, a comma, a day and month, then a stop or an agency.
 * A city the gazetteer does not know counts only before an agency (`Wilmington (US), Sept 21 (PTI)`).
 */
/**
 * La Jornada, The Citizen: `Mexico City. President Claudia Sheinbaum Pardo and …`, a city the gazetteer knows and a
 * stop, then the news on the same line.
 */
function cityStopDateline(tokens: TokenList, first: number, end: number, cities: ReadonlyMap<string, readonly [string, string]>): WireDateline | null {
  let stop = first + 1;
  while (stop - first < MAX_CITY_TOKENS && tokens.startAt(stop) !== undefined && tokens.textAt(stop) !== ".") stop++;
  const next = tokens.get(stop + 1);
  if (tokens.textAt(stop) !== "." || next === undefined || next.newLine || next.start >= end || !isCapitalizedAt(tokens, stop + 1)) return null;
  const place = cities.get(tokens.slice(first, stop).map((t) => t.lower).join(" "))?.[0];
  return place === undefined ? null : { place, shared: false, start: tokens.startAt(first) ?? 0, end: tokens.endAt(stop) ?? 0, after: next.start };
}

function cityDateline(tokens: TokenList, first: number, end: number, cities: ReadonlyMap<string, readonly [string, string]>): WireDateline | null {
  let comma = first + 1;
  // Room for the city and a country in parentheses after it (`Wilmington (US),`).
  while (comma - first <= MAX_CITY_TOKENS + 3 && tokens.startAt(comma) !== undefined && tokens.textAt(comma) !== ",") comma++;
  const head = tokens.get(first);
  if (head === undefined || tokens.textAt(comma) !== ",") return null;
  // (ANI brackets the country in square ones: `Kyiv [Ukraine], August 23 (ANI):`.)
  const bracketed = (tokens.textAt(comma - 1) === ")" && tokens.textAt(comma - 3) === "(") || (tokens.textAt(comma - 1) === "]" && tokens.textAt(comma - 3) === "[");
  const nameEnd = bracketed ? comma - 3 : comma;
  if (nameEnd - first > MAX_CITY_TOKENS) return null;
  const name = tokens.slice(first, nameEnd);
  const known = cities.get(name.map((t) => t.lower).join(" "))?.[0];
  const place = known ?? (name.every((t) => t.kind === "word" && isCapitalized(t)) ? name.map((t) => t.text).join(" ") : undefined);
  if (place === undefined) return null;
  // The date: a day and a month in either order, a period after an abbreviated month (`Dec. 5`), perhaps after the
  // city's country (Lusa: `Huelva, Spain, Oct 23, 2025 (Lusa) -`).
  let k = regionEnd(tokens, comma + 1);
  let month = false;
  let day = false;
  while (k < tokens.length && k - comma <= 4) {
    const w = tokens.lowerAt(k) ?? "";
    if (w in MONTHS) month = true;
    else if (PATTERNS.dayDigits.test(w)) day = true;
    else if (w !== "." || !month) break;
    k++;
  }
  if (!month || !day) return null;
  // (SPA: `Riyadh, May 13, 2025, SPA -- …`, the year and the agency after commas, then a dash.)
  if (tokens.textAt(k) === "," && PATTERNS.year.test(tokens.textAt(k + 1) ?? "")) k += 2;
  // (Agenzia Nova: `Rome, 14 Oct 10:47 - Italian Prime Minister …`, a clock time perhaps, then a dash and the news.)
  // (The date's reading took the hour for a day: the colon after it opens the minutes.)
  const clock = tokens.textAt(k) === ":" && PATTERNS.dayDigits.test(tokens.textAt(k - 1) ?? "") && PATTERNS.dayDigits.test(tokens.textAt(k + 1) ?? "") ? k + 2 : k;
  const dash = tokens.get(clock);
  if (dash !== undefined && DATELINE_DASHES.has(dash.text) && dash.start < end && (tokens.startAt(clock + 1) ?? dash.end) > dash.end && isCapitalizedAt(tokens, clock + 1)) {
    return { place, shared: false, start: head.start, end: dash.start, after: tokens.startAt(clock + 1) ?? dash.end };
  }
  const agency = tokens.get(k + 1);
  if (tokens.textAt(k) === "," && agency !== undefined && isAllCaps(agency.text) && agency.text.length > 1 && DATELINE_DASHES.has(tokens.textAt(k + 2) ?? "")) {
    if (agency.start < end) return { place, shared: false, start: head.start, end: agency.end, after: tokens.startAt(pastDashes(tokens, k + 2)) ?? agency.end };
  }
  // (Montsame: `New Delhi, October 14, 2025 /MONTSAME/. President …`, the agency between slashes after the date.)
  const slashed = slashedAgencyEnd(tokens, k);
  const slash = tokens.get(slashed);
  if (slash !== undefined && slash.end < end && isCapitalizedAt(tokens, slashed + 1)) return { place, shared: false, start: head.start, end: slash.end, after: tokens.startAt(slashed + 1) ?? slash.end };
  const close = tokens.get(k);
  if (close === undefined || close.start >= end) return null;
  // `(PTI)`: an agency in capitals closes it; else a period that ends the dateline as a sentence.
  // (Prensa Latina: `Moscow, May 9 (Prensa Latina) Cuban President …`, the agency's name in a few capitalised words.)
  // (Two words at least: one in capitals, `(PTI)`, is read below with what may follow it.)
  // (One word, a dash after it: `(Lusa) -`.)
  const named = bracketedAgencyEnd(tokens, k);
  if ((named > k + 2 && isCapitalizedAt(tokens, named + 1)) || (named === k + 2 && DATELINE_DASHES.has(tokens.textAt(named + 1) ?? ""))) {
    const close = tokens.get(named);
    return close === undefined ? null : { place, shared: false, start: head.start, end: close.end, after: tokens.startAt(pastDashes(tokens, named + 1)) ?? close.end };
  }
  if (bracketedAgencyAt(tokens, k)) {
    const stop = tokens.get(k + 2);
    // `Riyadh, May 14 (SPA) -- Crown Prince …`: a dash after the agency belongs to the dateline, with the stop EFE
    // sets before it (`Brasília, Mar 5 (EFE).- The head …`).
    // (ANI closes it with a colon: `August 23 (ANI): Prime Minister …`.)
    // (Andina closes it with a stop alone: `Lima, Aug. 10 (ANDINA). President …`.)
    const next = tokens.textAt(k + 3) === ":" ? k + 4 : pastDashes(tokens, tokens.textAt(k + 3) === "." ? k + 4 : k + 3);
    return stop === undefined ? null : { place, shared: false, start: head.start, end: stop.end, after: tokens.startAt(next) ?? stop.end };
  }
  const previous = tokens.get(k - 1);
  if (known !== undefined && previous?.text === "." && isCapitalized(close)) return { place, shared: false, start: head.start, end: previous.end, after: close.start };
  return null;
}


/** The token after the comma that closes a few capitalised words at `k`, no month (`Spain,`), or `k` when none does. */
function regionEnd(tokens: TokenList, k: number): number {
  let j = k;
  while (j - k < MAX_REGION_WORDS && tokens.kindAt(j) === "word" && isCapitalizedAt(tokens, j) && !((tokens.lowerAt(j) ?? "") in MONTHS)) j++;
  return j > k && tokens.textAt(j) === "," ? j + 1 : k;
}

/** The first token from `k` on that is no dash of a dateline (`SPA --`, `(AFP) — —`). */
function pastDashes(tokens: TokenList, k: number): number {
  let next = k;
  while (DATELINE_DASHES.has(tokens.textAt(next) ?? "")) next++;
  return next;
}

/** Most tokens of an agency's name in brackets after a city (`(AFP)`, `(Xinhua News Agency)`). */
const MAX_AGENCY_TOKENS = 4;

/** `Beijing (AFP) — …`, `Berlin (dpa) - …`: a known city as written, an agency in brackets, then a dash. */
function cityAgencyDateline(tokens: TokenList, first: number, end: number, cities: ReadonlyMap<string, readonly [string, string]>): WireDateline | null {
  let open = first + 1;
  while (open - first <= MAX_CITY_TOKENS && tokens.startAt(open) !== undefined && tokens.textAt(open) !== "(") open++;
  const place = cities.get(lowerPhrase(tokens, first, open))?.[0];
  if (place === undefined || tokens.textAt(open) !== "(") return null;
  const close = bracketedAgencyEnd(tokens, open);
  const dash = tokens.get(close + 1);
  if (close < 0 || dash === undefined || !DATELINE_DASHES.has(dash.text) || dash.start >= end) return null;
  return { place, shared: false, start: tokens.startAt(first) ?? 0, end: dash.end, after: tokens.startAt(pastDashes(tokens, close + 2)) ?? dash.end };
}

/** Most capitalised words of a region or country after a dateline's city (`Doha, Qatar –`, `Kyiv, Ukraine —`). */
const MAX_REGION_WORDS = 3;

/**
 * `Doha, Qatar – Qatar's Emir …` (Al Jazeera): a known city as written, perhaps a country after a comma, then a dash
 * standing apart from the words on both sides (or after a stop, `Mexico City.-`), before a capital.
 */
function cityDashDateline(tokens: TokenList, first: number, end: number, cities: ReadonlyMap<string, readonly [string, string]>): WireDateline | null {
  const city = knownCityAt(tokens, first, cities);
  if (city === null) return null;
  const { place } = city;
  let k = city.end;
  if (tokens.textAt(k) === ",") {
    const region = ++k;
    while (k - region < MAX_REGION_WORDS && tokens.kindAt(k) === "word" && isCapitalizedAt(tokens, k)) k++;
    if (k === region) return null;
  }
  // (Mexican papers close the city with a stop and a dash: `Mexico City.- President Claudia Sheinbaum …`.)
  const stopped = tokens.textAt(k) === "." && tokens.startAt(k + 1) === tokens.endAt(k) && DATELINE_DASHES.has(tokens.textAt(k + 1) ?? "");
  if (stopped) k++;
  const dash = tokens.get(k);
  const after = tokens.startAt(k + 1);
  if (dash === undefined || !DATELINE_DASHES.has(dash.text) || dash.start >= end || after === undefined) return null;
  // (SANA glues the dash to its name after the city: `Ankara, SANA- President Ahmad al-Sharaa …`.)
  const spaced = (stopped || dash.start > (tokens.endAt(k - 1) ?? dash.start) || isAllCaps(tokens.textAt(k - 1) ?? "")) && after > dash.end;
  return spaced && isCapitalizedAt(tokens, k + 1) ? { place, shared: false, start: tokens.startAt(first) ?? 0, end: dash.start, after } : null;
}

/**
 * The header of a report: where the headings and datelines before the running
 * text end (`Mulia Hotel / Bali, Indonesia / 5:41 P.M. WITA`), and a wire
 * dateline opening the first paragraph (`WOODSIDE, California, Nov 15 (Reuters) -`).
 */
export function readHeader(blocks: readonly Block[], tokens: TokenList, cities: ReadonlyMap<string, readonly [string, string]>): { headerEnd: number; wire: WireDateline | null } {
  let headerEnd = 0;
  for (const b of blocks) {
    if (b.kind === "paragraph") return { headerEnd, wire: wireDateline(tokens, b.start, b.end, cities) };
    if (b.kind === "turn") break;
    headerEnd = b.end;
  }
  return { headerEnd, wire: null };
}
