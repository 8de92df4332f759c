import { CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import type { Block, BlockKind } from "../../model/index.js";
import type { Lexicon } from "../../lexicon/compile.js";
import { CREDIT_ENDINGS, CREDIT_LABELS, CREDIT_OPENERS } from "../../lexicon/reporting-cues.js";
import { HONORIFICS } from "../../lexicon/roles.js";
import { PREPOSITIONS } from "../../lexicon/function-words.js";
import { MONTHS, PUBLICATION_WORDS } from "../../lexicon/time-words.js";
import { NAME_PARTICLES } from "../../lexicon/first-names.js";
import { hyphenatedParticleName } from "../../text/names.js";
import { PATTERNS } from "../../text/patterns.js";
import { matchPhrase } from "../../text/phrases.js";
import { colonWithin, isSpace } from "../../text/spans.js";
import { countWords, tokenize, isAllCaps, isPossessive } from "../../text/tokens.js";

/** Words that make a capitalised `Label:` a transcript speaker label even without a name. */
const LABEL_WORDS = new Set([
  "question", "q", "answer", "a", "moderator", "interviewer", "reporter", "participant", "audience", "host",
  "remark", "response", "journalist", "correspondent", "voice", "staff",
]);
const LABEL_CONNECTORS = new Set(["of", "the", "and", "for", "de", "von", "van", "der", "al", "bin"]);
const BULLETS = new Set(["•", "●", "▪", "◦", "·", "©", "*", "-"]);
/** Longest speaker label, in words. */
const MAX_LABEL_WORDS = 10;
/**
 * Longest label of an office and a name, in words: the Kremlin writes a guest's full office before the name
 * (`General Secretary of the Communist Party of Vietnam Central Committee To Lam (retranslated):`, twelve).
 */
const MAX_OFFICE_LABEL_WORDS = 14;
/** Fewest words of a label that may hold a possessive. */
const MIN_WORDS_WITH_POSSESSIVE = 6;
/** Longest heading, in characters. */
const MAX_HEADING_CHARS = 200;
/** Longest heading, in words. */
const MAX_HEADING_WORDS = 16;
/** Longest standfirst under the headline, unpunctuated, in words. */
const MAX_STANDFIRST_WORDS = 32;

/** A line range of the view, trimmed. */
interface Line {
  start: number;
  end: number;
}

/** Splits the view into blocks: runs of non-blank lines; bullet and label lines open blocks of their own. */
export function findBlocks(view: string, lexicon: Lexicon): Block[] {
  const lines = splitLines(view);
  const recurring = new Set([...recurringLabels(view, lines, lexicon), ...speakingCapitalLabels(view, lines)]);
  const groups: Line[] = [];
  let current: Line | null = null;
  // Whether the open block is a label alone on its line: it owns the paragraph under it, blank line between, as NPR
  // prints its transcripts (`STEVE INSKEEP, HOST:` over the host's words).
  let labelAlone = false;
  for (const line of lines) {
    if (line === null) {
      if (!labelAlone) current = null;
      continue;
    }
    const first = view[line.start] ?? "";
    const label = labelEnd(view, line, lexicon, recurring);
    const opensOwnBlock = BULLETS.has(first) || label !== null;
    labelAlone = label !== null && label >= line.end;
    if (current === null || opensOwnBlock || isBulletLine(view, current)) {
      current = { start: line.start, end: line.end };
      groups.push(current);
    } else {
      current.end = line.end;
    }
  }
  const blocks: Block[] = [];
  let seenRunningText = false;
  // Under `Related Articles` or `Read more`, the list's items are other stories' headlines.
  let links = false;
  for (const [index, g] of groups.entries()) {
    let kind = classify(view, g, lexicon, seenRunningText, recurring);
    const bullet = BULLETS.has(view[g.start] ?? "");
    if (links && bullet) kind = "heading";
    else links = kind === "heading" && LINK_LIST_HEADINGS.has(withoutColon(view.slice(g.start, g.end).trim()).toLowerCase());
    // A title-cased first line is the headline, even with a final stop (`Stealth Over Health: … Bad Optics.`); so is a
    // first line above a byline (`… ended without a deal. Here's what we know.` over `By Staff Writer`).
    // (So is a standfirst between the headline and a byline: `The summit with Putin produced a handshake, … and almost
    // nothing else.` over `By Anne Applebaum`.)
    const next = groups[index + 1];
    const underHeadline = index === 1 && blocks[0]?.kind === "heading";
    // (And a first line above the page's date: `… for more than two hours. Here's what the Kremlin says …` over
    // `2:15 pm, August 19, 2025`.)
    const headsPage = (below: Line): boolean => bylineAt(view, below) || (index === 0 && dateLineAt(view, below));
    if ((index === 0 || underHeadline) && next !== undefined && kind === "paragraph" && ((index === 0 && isHeadline(view, g)) || (headsPage(next) && shortLine(view, g)))) kind = "heading";
    if (kind === "paragraph" || kind === "turn") seenRunningText = true;
    blocks.push({ index, kind, start: g.start, end: g.end });
  }
  // One label, on the first line, is a headline (`Sanders: Brexit’s message …`), not a transcript; so is a first line
  // whose label is followed by a quotation alone (`Lukashenko: "We will meet Putin in Minsk next month"` above an
  // interview's turns).
  const turns = blocks.filter((b) => b.kind === "turn");
  const first = blocks[0];
  // (So is one whose label joins two names, whom no one turn can voice: `Luxon and Albanese: What they said after the
  // Queenstown talks` over the two leaders' turns.)
  if (first?.kind === "turn" && blocks.length > 1 && (turns.length === 1 || quotedHeadline(view, first, lexicon, recurring) || jointLabel(view, first, lexicon, recurring))) blocks[0] = { ...first, kind: "heading" };
  return blocks;
}

/** True for one line whose words after its label are one quotation (`Lukashenko: "We will meet …"`). */
function quotedHeadline(view: string, line: Line, lexicon: Lexicon, recurring: ReadonlySet<string>): boolean {
  const after = labelEnd(view, line, lexicon, recurring);
  if (after === null || view.slice(line.start, line.end).includes("\n")) return false;
  const rest = view.slice(after, line.end).trim();
  return rest.length > 1 && OPENING_QUOTE_MARKS.has(rest[0] ?? "") && CLOSING_QUOTE_MARKS.has(rest.at(-1) ?? "");
}

/** True for a line whose label is two names joined by `and` (`Luxon and Albanese:`). */
function jointLabel(view: string, line: Line, lexicon: Lexicon, recurring: ReadonlySet<string>): boolean {
  const after = labelEnd(view, line, lexicon, recurring);
  if (after === null) return false;
  const [a, b, ...rest] = view.slice(line.start, after - 1).split(" and ");
  const name = (part: string | undefined): boolean => part !== undefined && part.length > 1 && PATTERNS.upper.test(part[0] ?? "") && !part.includes(" of ");
  return rest.length === 0 && name(a) && name(b);
}

/** Headings of a list of links to other stories (`Related Articles`, `Read more:`). */
const LINK_LIST_HEADINGS = new Set(["related", "related articles", "related stories", "related news", "read more", "read also", "also read", "see also", "more on this story", "more stories", "recommended", "you may also like"]);

/** The text without a closing colon (`Read more:`). */
function withoutColon(text: string): string {
  return text.endsWith(":") ? text.slice(0, -1) : text;
}

/** Longest headline, in words. */
const MAX_HEADLINE_WORDS = 24;

/** True for a short line whose longer words are mostly capitalised, as headlines are. */
function isHeadline(view: string, line: Line): boolean {
  const words = tokenize(view.slice(line.start, line.end)).filter((t) => t.kind === "word");
  if (words.length === 0 || words.length > MAX_HEADLINE_WORDS) return false;
  const long = words.filter((w) => w.text.length > 3);
  const capitalised = long.filter((w) => PATTERNS.upper.test(w.text[0] ?? ""));
  return long.length >= 2 && capitalised.length / long.length >= 0.7;
}

/** True for a block that opens with a byline (`By Staff Writer`, `By Jane Doe and John Roe`). */
function bylineAt(view: string, line: Line): boolean {
  const text = view.slice(line.start, line.end);
  return startsWithWord(text, "by") && PATTERNS.upper.test(text[3] ?? "") && isHeadingLine(text.split("\n")[0] ?? "");
}

/** Most words of a line that dates a page (`2:15 pm, August 19, 2025`). */
const MAX_DATE_LINE_WORDS = 8;

/** True for a block whose first line only dates the page: a year, with a month's name or a clock time. */
function dateLineAt(view: string, line: Line): boolean {
  const first = (view.slice(line.start, line.end).split("\n")[0] ?? "").trim();
  const words = first.split(" ").map((w) => (w.endsWith(",") ? w.slice(0, -1) : w));
  return words.length <= MAX_DATE_LINE_WORDS && isHeadingLine(first) && words.some((w) => PATTERNS.year.test(w)) && (PATTERNS.clockLine.test(first) || words.some((w) => MONTHS[w.toLowerCase()] !== undefined));
}

/** True for a one-line block no longer than a headline. */
function shortLine(view: string, line: Line): boolean {
  const text = view.slice(line.start, line.end);
  return !text.includes("\n") && countWords(text) <= MAX_HEADLINE_WORDS;
}

/** Most words of a quoted title standing as a section heading. */
const MAX_QUOTED_TITLE_WORDS = 8;

/** True for one line that is a single quotation in title case (`'Legend in the Coal Fields.'`). */
function quotedTitleLine(view: string, line: Line): boolean {
  const text = view.slice(line.start, line.end);
  const open = text[0] ?? "";
  const close = text.at(-1) ?? "";
  // (A straight single mark opens one too, at the start of a line.)
  if (text.includes("\n") || !(OPENING_QUOTE_MARKS.has(open) || open === "'") || !CLOSING_QUOTE_MARKS.has(close)) return false;
  const inner = text.slice(1, -1);
  // (One quotation only: no mark of its kind inside, but an apostrophe within a word: `'Coal Isn't the Villain.'`.)
  for (let k = 0; k < inner.length; k++) {
    if (inner[k] !== open && inner[k] !== close) continue;
    if (!(PATTERNS.letter.test(inner[k - 1] ?? "") && PATTERNS.letter.test(inner[k + 1] ?? ""))) return false;
  }
  const words = tokenize(inner).filter((t) => t.kind === "word");
  // (Title case: every word of three letters or more capitalised; `in`, `of`, `the` may stay small.)
  return words.length >= 2 && words.length <= MAX_QUOTED_TITLE_WORDS && words.every((w) => w.text.length < 3 || w.lower === "the" || w.lower === "and" || PATTERNS.upper.test(w.text[0] ?? ""));
}

function isBulletLine(view: string, line: Line): boolean {
  return BULLETS.has(view[line.start] ?? "");
}

/** Lines of the view, trimmed; null stands for a blank line. */
function splitLines(view: string): (Line | null)[] {
  const out: (Line | null)[] = [];
  let lineStart = 0;
  for (let i = 0; i <= view.length; i++) {
    if (i < view.length && view.charCodeAt(i) !== 10) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(view.charCodeAt(s))) s++;
    while (e > s && isSpace(view.charCodeAt(e - 1))) e--;
    out.push(s < e ? { start: s, end: e } : null);
    lineStart = i + 1;
  }
  return out;
}

function classify(view: string, block: Line, lexicon: Lexicon, seenRunningText: boolean, recurring: ReadonlySet<string>): BlockKind {
  const text = view.slice(block.start, block.end);
  if (!PATTERNS.wordChar.test(text)) return "separator";
  // A photo credit (`© Alexey Nikolsky`, `Photo: Reuters`), also as a list item (`• © …`); other list items are text.
  const item = BULLETS.has(text[0] ?? "") ? text.slice(1).trimStart() : text;
  // (Not a caption that tells what the picture shows, `Photo: Macron and Scholz at the town hall on October 1, 2024.`:
  // running text, whose people and dates count.)
  const caption = startsWithWord(item, "photo") && countWords(item) > MAX_CREDIT_WORDS;
  if (text.startsWith("©") || creditAlone(item) || (startsWithWord(item, "photo") && !caption) || isPhotoCredit(item) || isPostSignature(text) || deskInitials(text)) return "credit";
  // (Credits on lines of their own in one block: `Editor: Rahmad Nasution` over `Copyright © ANTARA 2025`.)
  const lines = text.split("\n");
  if (lines.length > 1 && lines.every((line) => creditAlone(line.trim()))) return "credit";
  // (`• RIA News` over `• © Alexey Nikolsky`: a list item that is only an agency's name credits the picture; so does
  // one after dashes, an agency's sign-off under its report: `-- BERNAMA`.)
  if (SIGNATURE_DASHES.has(text[0] ?? "") && namesOnlyOrganization(afterDashes(text), lexicon)) return "credit";
  if (item !== text) return namesOnlyOrganization(item, lexicon) ? "credit" : "paragraph";
  if (labelEnd(view, block, lexicon, recurring) !== null) return "turn";
  // Headings are short: a long block is running text, without tokenizing it.
  if (text.length > MAX_HEADING_CHARS) return "paragraph";
  // `'All Bets Are Off.'` on a line of its own between paragraphs: a section heading that quotes the text.
  if (quotedTitleLine(view, block)) return "heading";
  // `Washington:` on a line of its own above the running text (NDTV, PTI): a dateline's city.
  if (!seenRunningText && text.endsWith(":") && !text.includes("\n") && onlyPlaces(text, lexicon)) return "dateline";
  // (Words counted without tokenizing: most short blocks are sentences, and only a heading is read word by word.)
  // (Not a sentence that a credit closes on its line: `The Kremlin said on Friday that … Ukraine. Source: TASS`.)
  // (Above the running text, a standfirst may run longer: `Premier says Israel will eliminate its trade deficit with
  // US; Trump announces 'direct' talks with Iran to begin Saturday`.)
  if (!text.includes("\n") && !endsLikeSentence(text) && countWords(text) <= (seenRunningText ? MAX_HEADING_WORDS : MAX_STANDFIRST_WORDS) && !sentenceThenCredit(text)) {
    if (!seenRunningText && (PATTERNS.clockLine.test(text) || onlyPlaces(text, lexicon))) return "dateline";
    return "heading";
  }
  // `By Al Jazeera Staff` over `Published On 14 Mar 2025`: short unpunctuated lines above the running text head it.
  // (So does a byline under a standfirst that is a sentence: `By Sam Coates, deputy political editor` over `Wednesday
  // 10 July 2024 08:05, UK`.)
  if ((!seenRunningText || startsWithWord(text, "by")) && lines.length > 1 && lines.length <= MAX_HEADING_LINES && lines.every(isHeadingLine)) return "heading";
  // (Under the running text, a name alone over an office and a date signs a press release: `Bayo Onanuga` over
  // `Special Adviser to the President` and `February 28, 2025`.)
  if (seenRunningText && lines.length > 2 && lines.length <= MAX_HEADING_LINES && namesOnly(lines[0] ?? "") && holdsOffice(lines[1] ?? "", lexicon) && lines.every(isHeadingLine)) return "credit";
  return "paragraph";
}

/** True when a line names an office (`Special Adviser to the President`). */
function holdsOffice(line: string, lexicon: Lexicon): boolean {
  return line.split(" ").some((w) => lexicon.roleWords.has(w.toLowerCase()));
}

/** Labels of a byline (`Reporter: Kim Ji-yeon`), which a transcript also uses for a turn (`Reporter: Why now?`). */
const BYLINE_LABELS = new Set(["reporter", "reporters", "correspondent", "journalist", "author", "writer", "editor", "editors", "translator", "photographer", "producer", "text"]);
/** Most words of a name after a byline's label. */
const MAX_BYLINE_NAME_WORDS = 4;

/** True for a short run of capitalised words with no mark after them (`Kim Ji-yeon`): a name, no sentence. */
function namesOnly(text: string): boolean {
  const words = text.trim().split(" ");
  return words.length <= MAX_BYLINE_NAME_WORDS && words.every((w) => PATTERNS.upper.test(w[0] ?? "") && PATTERNS.wordChar.test(w.at(-1) ?? ""));
}

/** Fewest words of a sentence before a credit on its line for the line to be running text. */
const MIN_CREDITED_SENTENCE_WORDS = 5;

/** True when the text is a sentence and then a credit line (`… no prospect of talks with Ukraine. Source: TASS`). */
function sentenceThenCredit(text: string): boolean {
  const stop = text.lastIndexOf(". ");
  return stop > 0 && isCreditLine(text.slice(stop + 2).trim()) && countWords(text.slice(0, stop)) >= MIN_CREDITED_SENTENCE_WORDS;
}

/** Most words of a picture's credit line (`Photo: Mikhail Metzel/TASS`); a longer sentence is a caption. */
const MAX_CREDIT_WORDS = 8;

/** Most lines of a block of heading lines above the running text. */
const MAX_HEADING_LINES = 4;

/** True for a line short enough and unpunctuated enough to be a heading. */
export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && !endsLikeSentence(trimmed) && countWords(trimmed) <= MAX_HEADING_WORDS;
}

/** `SOURCE: Al Jazeera and news agencies`, `Reporting by …; Editing by …`: who made the report, not a speaker's turn. */
function isCreditLine(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS) return false;
  const colon = text.indexOf(":");
  if (colon > 0 && CREDIT_LABELS.has(text.slice(0, colon).trim().toLowerCase())) return true;
  // (A byline's label before a name alone: `Reporter: Kim Ji-yeon`; not a reporter's question in a transcript.)
  if (colon > 0 && BYLINE_LABELS.has(text.slice(0, colon).trim().toLowerCase()) && namesOnly(text.slice(colon + 1))) return true;
  // (Reuters closes its reports with one in brackets: `(Reporting by …; Editing by …)`; Bloomberg after dashes:
  // `--With assistance from Alex Wickham.`)
  // (The Inquirer after a dash: `—WITH A REPORT FROM INQUIRER RESEARCH`.)
  const line = afterDashes(text.startsWith("(") ? text.slice(1) : text);
  // (AP closes its reports with who helped: `Associated Press writers … contributed to this report.`)
  let last = line.length;
  while (last > 0 && (line[last - 1] === "." || line[last - 1] === ")")) last--;
  const closing = line.slice(0, last).toLowerCase();
  return CREDIT_OPENERS.some((opener) => startsWithWord(line, opener)) || CREDIT_ENDINGS.some((ending) => closing.endsWith(ending));
}

/** True for a line that credits the report or its picture on its own: a credit line, or a copyright (`© …`, `Copyright © ANTARA 2025`). */
function creditAlone(line: string): boolean {
  return line.startsWith("©") || startsWithWord(line, "copyright") || isCreditLine(line);
}

/** Dashes that open the signature under an embedded post. */
const SIGNATURE_DASHES = new Set(["—", "–", "-"]);
/** Most characters of the name before a post's handle in its signature. */
const MAX_SIGNATURE_NAME = 60;

/**
 * `— Narendra Modi (@narendramodi) June 17, 2025`: the signature a page keeps under a post it embeds, which credits
 * the post (its words stand above it) and dates no happening.
 */
function isPostSignature(text: string): boolean {
  if (!SIGNATURE_DASHES.has(text[0] ?? "") || text.length > MAX_HEADING_CHARS) return false;
  const handle = text.indexOf("(@");
  return handle > 0 && handle <= MAX_SIGNATURE_NAME && text.indexOf(")", handle) > handle + 2;
}

/** Longest signature of a desk's initials, in characters (`burs-as/jj`). */
const MAX_DESK_INITIALS = 24;

/**
 * True for the initials of those who wrote and edited a report, signed at its foot: letters joined by slashes and
 * hyphens, with no space (AFP's `burs-as/jj`, India's PIB `MJPS/SR`).
 */
function deskInitials(text: string): boolean {
  if (text.length > MAX_DESK_INITIALS || !text.includes("/")) return false;
  for (const c of text) if (c !== "/" && c !== "-" && !PATTERNS.letter.test(c)) return false;
  return true;
}

/** The text after the dashes that open it (`--With assistance from …`, `-- BERNAMA`). */
function afterDashes(text: string): string {
  let from = 0;
  while (SIGNATURE_DASHES.has(text[from] ?? "")) from++;
  return text.slice(from);
}

/** True when the whole text is an organisation the lexicon knows (`RIA News`, `Reuters`), as credits name agencies. */
function namesOnlyOrganization(text: string, lexicon: Lexicon): boolean {
  const tokens = tokenize(text);
  return tokens.length > 0 && matchPhrase(tokens, 0, lexicon.organizationPhrases) === tokens.length;
}

/** `(AP Photo/Geert Vanden Wijngaert)`, `(Reuters photo)`: a credit in parentheses that names a photo. */
function isPhotoCredit(text: string): boolean {
  if (!text.startsWith("(") || !text.endsWith(")") || text.length > MAX_HEADING_CHARS) return false;
  const lower = text.toLowerCase();
  return lower.includes("photo") || lower.includes("image") || lower.includes("picture");
}

function startsWithWord(text: string, word: string): boolean {
  return text.slice(0, word.length).toLowerCase() === word && !PATTERNS.wordChar.test(text[word.length] ?? "");
}

/** True when every word of the text, punctuation aside, is a place the lexicon knows (`The Kremlin, Moscow`, `Washington:`). */
function onlyPlaces(text: string, lexicon: Lexicon): boolean {
  const words = tokenize(text).filter((t) => t.kind === "word");
  return words.length > 0 && words.every((t) => lexicon.cities.has(t.lower) || lexicon.countryByName.has(t.lower) || lexicon.placePhrases.has(t.lower));
}

/** True when the text, closing quotes and brackets aside, ends with sentence punctuation. */
function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  // (Past any closing mark: `“` and `‘` close German quotations, `„…“`.)
  while (i >= 0 && `"'”’»“‘)] `.includes(text[i] ?? "")) i--;
  const last = text[i] ?? "";
  return ".!?:;,…".includes(last);
}

/** The name in a label's text, without a note in parentheses before the colon (`Xi Jinping (retranslated)`). */
export function labelName(label: string): string {
  const trimmed = label.trim();
  const note = trimmed.endsWith(")") ? trimmed.lastIndexOf("(") : -1;
  return note > 0 ? trimmed.slice(0, note).trimEnd() : trimmed;
}

/** Longest name label read from its recurrence (`Mao Ning:`), in characters. */
const MAX_NAME_LABEL = 40;
/** Label words that introduce notes, not speakers (`Update:`, `Read more:`). */
const NOTE_LABELS = new Set([
  "update", "updated", "read", "more", "related", "watch", "listen", "note", "source", "sources", "photo", "video", "live",
  "breaking", "correction", "disclaimer", "editor's", "editor’s", "see", "also", "follow", "contact", "tags", "topics", "share",
  // Form fields (`Name: …`, `Age: 27`).
  "name", "age", "occupation", "location", "hometown", "job", "title", "date", "time", "place", "email", "phone", "website",
  "address", "born", "died", "education", "party", "state", "district", "status", "result", "results", "total", "score",
]);

/** Longest label, in characters. */
const MAX_LABEL_CHARS = 160;

/** The words before a line's colon when they could name a speaker: one to three capitalised words (`Mao Ning`). */
export function nameLabel(view: string, line: Line): string | null {
  const colon = colonWithin(view, line.start, line.end, MAX_NAME_LABEL);
  if (colon < 0 || view[colon + 1] !== " ") return null;
  const label = view.slice(line.start, colon);
  const words = label.split(" ");
  if (words.length > 3) return null;
  for (const w of words) {
    if (w.length < 2 || !PATTERNS.upper.test(w[0] ?? "") || NOTE_LABELS.has(w.toLowerCase())) return null;
    for (let k = 1; k < w.length; k++) if (!PATTERNS.letter.test(w[k] ?? "") && w[k] !== "-") return null;
  }
  return label;
}

/**
 * Labels of a Q&A transcript that name no known person (`Mao Ning:` answering `AFP:` and `Bloomberg:`): a name
 * label used twice or more is a speaker's; once a transcript has such a speaker, a one-word label (the outlet
 * asking) is one too.
 */
function recurringLabels(view: string, lines: readonly (Line | null)[], lexicon: Lexicon): ReadonlySet<string> {
  const counts = new Map<string, number>();
  let labelled = 0;
  let written = 0;
  for (const line of lines) {
    if (line === null) continue;
    written++;
    const label = nameLabel(view, line);
    if (label === null) continue;
    labelled++;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const out = new Set<string>();
  // Only a text made mostly of labelled lines is a transcript: a few `Name:` lines in an article are not.
  if (labelled < written * MIN_LABELLED_SHARE) return out;
  for (const [label, n] of counts) if (n >= 2 && label.includes(" ")) out.add(label);
  // The outlets that ask (`Bloomberg:`), once a named speaker answers.
  if (out.size > 0) for (const label of counts.keys()) if (!label.includes(" ") && lexicon.organizationPhrases.has(label.toLowerCase())) out.add(label);
  return out;
}

/** Most words of a label in capitals that names no one the lexicons know (`TAPPER:`, `JOEL BENENSON:`). */
const MAX_CAPITAL_LABEL_WORDS = 4;

/** The label of a line that opens with words in capitals and a colon (`TAPPER:`, `SUMMIT SPILLOVER:`), or null. */
function capitalLabel(view: string, line: Line): string | null {
  const colon = colonWithin(view, line.start, line.end, MAX_LABEL_CHARS);
  if (colon < 0) return null;
  const after = view[colon + 1];
  if (after !== undefined && after !== " " && after !== "\n") return null;
  const label = labelName(view.slice(line.start, colon));
  const words = label.split(" ");
  // (No kicker's preposition: `KALLAS IN KYIV:`, `THANKS TO:`.)
  const kicker = words.some((w) => PREPOSITIONS.has(w.toLowerCase()) && !LABEL_CONNECTORS.has(w.toLowerCase()));
  // (Nor the page's own labels, which stand in a row above a report: `PUBLISHED : 14 Nov 2025`, `WRITER: …`.)
  const lower = label.toLowerCase();
  const page = PUBLICATION_WORDS.has(words[0]?.toLowerCase() ?? "") || BYLINE_LABELS.has(lower) || CREDIT_LABELS.has(lower);
  return isAllCaps(label) && words.length <= MAX_CAPITAL_LABEL_WORDS && !kicker && !page ? label : null;
}

/**
 * Labels in capitals that a transcript's speakers wear: one used twice (`TAPPER:`), one whose last word ends
 * another label (`KATE BOLDUAN:` then `BOLDUAN:`), or one of two labelled lines in a row (an exchange). A
 * newsletter's kicker (`SUMMIT SPILLOVER: EU leaders …`, `CORRECTION: …`) is used once, alone, and speaks for
 * no one.
 */
function speakingCapitalLabels(view: string, lines: readonly (Line | null)[]): ReadonlySet<string> {
  const labels: (string | null)[] = [];
  for (const line of lines) if (line !== null) labels.push(capitalLabel(view, line));
  const counts = new Map<string, number>();
  const lastWords = new Map<string, Set<string>>();
  for (const label of labels) {
    if (label === null) continue;
    counts.set(label, (counts.get(label) ?? 0) + 1);
    const last = label.slice(label.lastIndexOf(" ") + 1);
    lastWords.set(last, (lastWords.get(last) ?? new Set()).add(label));
  }
  const out = new Set<string>();
  for (const [k, label] of labels.entries()) {
    if (label === null) continue;
    const sharesSurname = (lastWords.get(label.slice(label.lastIndexOf(" ") + 1))?.size ?? 0) > 1;
    const inExchange = labels[k - 1] != null || labels[k + 1] != null;
    if ((counts.get(label) ?? 0) > 1 || sharesSurname || inExchange) out.add(label);
  }
  return out;
}

/** Least share of lines that open with a label for a text to be read as a transcript by its labels' recurrence. */
const MIN_LABELLED_SHARE = 0.4;

/**
 * If the line opens with a transcript speaker label (`Vladimir Putin:`,
 * `PRESIDENT BIDEN:`, `Question:`), the offset just after its colon.
 */
export function labelEnd(view: string, line: Line, lexicon: Lexicon, recurring?: ReadonlySet<string>): number | null {
  if (recurring !== undefined && recurring.size > 0) {
    const label = nameLabel(view, line);
    if (label !== null && recurring.has(label)) return line.start + label.length + 1;
  }
  // White House transcripts write a question's label without a colon: `Q Mr. President, are you …`, `Q. Chancellor, …`
  // (and, as they print it, with two spaces: `Q  Mr. President, will you …`).
  const afterQ = view[line.start + 1] === "." ? line.start + 2 : line.start + 1;
  const spaces = view[afterQ + 1] === " " ? 2 : 1;
  if (view[line.start] === "Q" && view[afterQ] === " " && PATTERNS.upper.test(view[afterQ + spaces] ?? "")) return afterQ + spaces;
  const colon = colonWithin(view, line.start, line.end, MAX_LABEL_CHARS);
  if (colon < 0) return null;
  const after = view[colon + 1];
  if (after !== undefined && after !== " " && after !== "\n") return null;
  // (A label stands on one line: `Our Correspondent` over `ISLAMABAD: Deputy Prime Minister …` is a byline and a dateline.)
  if (view.lastIndexOf("\n", colon) >= line.start) return null;
  const label = labelName(view.slice(line.start, colon));
  // `RIYADH: Gulf leaders …` is a dateline, not a speaker.
  if (lexicon.cities.has(label.toLowerCase()) || lexicon.countryByName.has(label.toLowerCase())) return null;
  const words = tokenize(label).slice();
  // (Past ten words, an office and a name in title case; not a headline in capitals before its author, `RED STATES
  // OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones:`.)
  const office = words.length <= MAX_OFFICE_LABEL_WORDS && !isAllCaps(words[0]?.text ?? "") && words.some((w) => LABEL_CONNECTORS.has(w.lower)) && !words.some((w) => w.text === "-");
  if (words.length === 0 || (words.length > MAX_LABEL_WORDS && !office)) return null;
  let named = false;
  const capitals = isAllCaps(label);
  for (const w of words) {
    if (w.kind === "punct") {
      if (w.text !== "." && w.text !== "," && w.text !== "-" && w.text !== "'" && w.text !== "’") return null;
      continue;
    }
    // A possessive only inside a long formal label (`President of the People’s Republic of China Xi Jinping`),
    // not in a note (`Editor’s Note:`).
    if (LABEL_CONNECTORS.has(w.lower) || (isPossessive(w) && words.length >= MIN_WORDS_WITH_POSSESSIVE)) continue;
    // (A name's particle, alone or joined to the family name: `Abdel Fattah el-Sisi:`, `Lula da Silva:`.)
    if (NAME_PARTICLES.has(w.lower) || hyphenatedParticleName(w.text)) continue;
    // (A preposition makes a newsletter's kicker in capitals, as it does in lower case: `KALLAS IN KYIV:`, `THANKS TO:`;
    // in title case it may be a name's, `To Lam:`.)
    if (!PATTERNS.upper.test(w.text[0] ?? "") || (capitals && PREPOSITIONS.has(w.lower))) return null;
    if (
      LABEL_WORDS.has(w.lower) || HONORIFICS.has(w.lower) || lexicon.firstNames.has(w.lower) ||
      lexicon.personByName.has(w.lower) || lexicon.roleClasses.has(w.lower)
    ) {
      named = true;
    }
  }
  // Words in capitals name a speaker where the text shows them doing so (see `speakingCapitalLabels`); a caller
  // reading one line alone (a quoted turn, `"WALLACE: Let's start …`) takes them as they stand.
  if (!named && isAllCaps(label) && words.length <= MAX_CAPITAL_LABEL_WORDS) named = recurring === undefined || recurring.has(label);
  return named ? colon + 1 : null;
}
