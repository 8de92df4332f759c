import type { Block, QuoteKind } from "../../model/index.js";
import { countWords, isSpace, opensLine } from "../../text/spans.js";
import { PATTERNS } from "../../text/patterns.js";
import { PREPOSITIONS } from "../../lexicon/function-words.js";
import { isPossessive, isPossessiveAt, tokenIndexAt, type TokenList } from "../../text/tokens.js";
import type { PairedQuote } from "./pair.js";

/** Nouns that make the quoted words after them a name (`the TV channel "Belarus 1"`). */
const TITLE_NOUNS = new Set([
  "channel", "newspaper", "magazine", "programme", "program", "show", "film", "movie", "book", "novel", "song", "album",
  "operation", "exercise", "exercises", "project", "station", "agency", "company", "ship", "vessel", "frigate", "website",
  "portal", "festival", "forum", "doctrine", "strategy", "initiative", "party", "movement", "group", "club", "brand",
  "series", "documentary", "podcast", "column", "report", "article", "treaty", "app", "network", "outlet", "tabloid", "daily",
]);

/** Nouns after quoted words that make them the name of the thing (`a "one in, one out" pilot scheme`). */
const NAMED_AFTER = new Set([
  "scheme", "deal", "plan", "policy", "formula", "slogan", "doctrine", "initiative", "strategy", "programme", "program",
  // Exercises, operations and formats named in quotation marks (`the "Zapad-2025" exercises`, `the "Normandy" format`).
  "exercises", "exercise", "drills", "operation", "mission", "format",
]);
/** Verbs of naming by which a speaker coins the quoted words (`what he calls a "multi-vector" foreign policy`): no title's name. */
const COINING_VERBS = new Set(["calls", "called", "call", "dubs", "dubbed", "terms", "termed"]);
/** Most words between such a name and its noun (`a 'one in, one out' migrant returns deal`). */
const MAX_NAMED_MODIFIERS = 2;
/** Determiners before such a name. */
const NAME_DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "this"]);

/** Words right before quotation marks that make the quoted words a name. */
const NAMING_WORDS = new Set(["titled", "entitled", "code-named", "codenamed"]);

/** Participles that introduce what is said, without a comma before the marks (`saying "…"`). */
const INTRODUCING_PARTICIPLES = new Set(["saying", "adding", "writing", "tweeting", "declaring"]);

/** Longest embedded quote read as a title when all its words are capitalised. */
const MAX_TITLE_WORDS = 6;
const TITLE_CONNECTORS = new Set(["of", "the", "and", "for", "a", "an", "in", "on", "at", "to", "de", "with"]);

/** True when every word but short connectors starts with a capital, and there are at least two. */
function isTitleCase(s: string): boolean {
  const words = s.split(" ").map(trimPunctuation).filter((w) => w.length > 0);
  let capitals = 0;
  for (const w of words) {
    if (TITLE_CONNECTORS.has(w)) continue;
    const first = w[0] ?? "";
    // (A number may open a title: `"60 Minutes"`.)
    if (first === first.toLowerCase() && !(capitals === 0 && PATTERNS.startsWithDigit.test(w))) return false;
    capitals++;
  }
  return capitals >= 2;
}

/** Longest quote still read as a scare quote, in words. */
const MAX_SCARE_WORDS = 3;

/** Longest nickname read inside a name, in words (`"El Chapo"`). */
const MAX_NICKNAME_WORDS = 2;

/** Classifies a quoted stretch by where it stands: heading, title, whole sentence (direct), or inside one. */
export function classify(q: PairedQuote, view: string, tokens: TokenList, block: Block | undefined): QuoteKind {
  // (A link to another report in a credit line is headed as a heading is: `Also read: EU leaders clash over "…"`.)
  if (block?.kind === "heading" || block?.kind === "credit") return "heading";
  if (q.open === null) return "direct";
  const first = tokenIndexAt(tokens, q.open);
  // `the TV channel "Belarus 1"`, `the newspaper Izvestia "…"`: the title noun right before the marks, or before a
  // name; not a noun that is the subject of what follows (`the treaty would "open a new chapter"`, `the group
  // "must not become a club"`: a name starts with a capital or a digit).
  const named = !startsLower(view, q.start);
  for (let k = first - 1; named && k >= Math.max(0, first - 3); k--) {
    const t = tokens.get(k);
    if (t === undefined || t.kind !== "word") break;
    if (TITLE_NOUNS.has(t.lower)) return "title";
    // `Fox News Channel's "Hannity"`: a possessive joins the noun to its title.
    if (!t.capitalized && !PATTERNS.startsWithDigit.test(t.lower) && !isPossessive(t)) break;
  }
  // `known as 'la mañanera'`, `code-named "Midnight Hammer"`: what follows is a name; `the so-called "…"` distances.
  const prev = tokens.lowerAt(first - 1) ?? "";
  if (NAMING_WORDS.has(prev) || (prev === "as" && tokens.lowerAt(first - 2) === "known")) return "title";
  if (prev === "so-called") return "scare";
  // `President Ferdinand "Bongbong" Marcos Jr.`: a nickname inside a person's name names them; nobody says it.
  // (A short one without marks of its own, between two words of the name on one line.)
  const nickname = view.slice(q.start, q.end);
  if (q.close !== null && countWords(nickname) <= MAX_NICKNAME_WORDS && PATTERNS.nameWords.test(nickname) && tokens.kindAt(first - 1) === "word" && tokens.capitalizedAt(first - 1) === true && tokens.endAt(first - 1) === q.open - 1) {
    const next = tokenIndexAt(tokens, q.close + 1);
    if (tokens.kindAt(next) === "word" && tokens.capitalizedAt(next) === true && tokens.startAt(next) === q.close + 2) return "title";
  }
  // `a "one in, one out" pilot scheme`: quoted words between a determiner and the noun they name (a possessor's too,
  // of more than one word: `Xi's "community with a shared future" slogan`, not `Trump's "isolationist" foreign policy`).
  if ((NAME_DETERMINERS.has(prev) || (isPossessiveAt(tokens, first - 1) && countWords(view.slice(q.start, q.end)) > 1)) && q.close !== null && !COINING_VERBS.has(tokens.lowerAt(first - 2) ?? "")) {
    const after = tokenIndexAt(tokens, q.close + 1);
    // (Not a noun past a preposition: `thanked Türkiye for its "unconditional support" during the operation`.)
    for (let k = after; k < after + MAX_NAMED_MODIFIERS + 1 && tokens.kindAt(k) === "word" && tokens.capitalizedAt(k) !== true && !PREPOSITIONS.has(tokens.lowerAt(k) ?? ""); k++) if (NAMED_AFTER.has(tokens.lowerAt(k) ?? "")) return "title";
  }
  const content = view.slice(q.start, q.end);
  const words = countWords(content);
  const before = charBefore(view, q.open, block?.start ?? 0);
  // (After a list item's bullet too: `* "We are ready," Putin said.`)
  if (before === null || ".!?:;-…•●▪◦·*".includes(before)) return "direct";
  // `… on “Fox and Friends.” “I mean …`: a sentence that ended inside the previous quotation marks.
  if (CLOSING_MARKS.includes(before) && endsSentenceBefore(view, q.open, block?.start ?? 0)) return "direct";
  // A capitalised quote opening a line of its own (after a signature line such as `― Jacklyn Ashley`).
  if (opensLine(view, q.open) && startsUpper(content)) return "direct";
  if (before === "," && startsUpper(content) && endsTerminal(content)) return "direct";
  // `welcomed the summit, saying "KOREAN WAR TO END!"`: a whole sentence introduced by a speaking participle.
  if (INTRODUCING_PARTICIPLES.has(prev) && startsUpper(content) && endsTerminal(content)) return "direct";
  if (hasInnerSentenceBreak(content)) return "direct";
  // Embedded words that are all capitalised name something: `the “Gang of Eight”`, `“Sean Hannity Show.”`
  if (words <= MAX_TITLE_WORDS && isTitleCase(content)) return "title";
  return words <= MAX_SCARE_WORDS ? "scare" : "partial";
}

function startsLower(view: string, at: number): boolean {
  const c = view[at] ?? "";
  return c !== c.toUpperCase();
}

/** The last non-space character before `at` within the block, or null at the block's start. */
function charBefore(view: string, at: number, blockStart: number): string | null {
  let i = at - 1;
  while (i >= blockStart && isSpace(view.charCodeAt(i))) i--;
  return i < blockStart ? null : view[i] ?? null;
}

const CLOSING_MARKS = "\"”»“’'";

/** True when the closing mark just before `at` follows a full stop, question or exclamation mark. */
function endsSentenceBefore(view: string, at: number, blockStart: number): boolean {
  let i = at - 1;
  while (i >= blockStart && isSpace(view.charCodeAt(i))) i--;
  const mark = i;
  return mark > blockStart && ".!?…".includes(view[mark - 1] ?? " ");
}

function startsUpper(s: string): boolean {
  const c = s[0] ?? "";
  return c !== c.toLowerCase();
}

function endsTerminal(s: string): boolean {
  return ".!?,…".includes(s.at(-1) ?? "");
}

/** A sentence ends inside the quote and another begins (`… problems. It's just …`). */
function hasInnerSentenceBreak(s: string): boolean {
  for (let i = 1; i + 2 < s.length; i++) {
    const c = s[i];
    if ((c === "." || c === "!" || c === "?") && s[i + 1] === " ") {
      const next = s[i + 2] ?? "";
      if (next !== next.toLowerCase() && s[i - 1] !== undefined && (s[i - 1] ?? "").toLowerCase() !== (s[i - 1] ?? "").toUpperCase()) return true;
    }
  }
  return false;
}

/** The word without punctuation at either end (`Show.` → `Show`). */
function trimPunctuation(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && !PATTERNS.wordChar.test(word[a] ?? "")) a++;
  while (b > a && !PATTERNS.wordChar.test(word[b - 1] ?? "")) b--;
  return word.slice(a, b);
}
