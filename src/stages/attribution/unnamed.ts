import type { SpeakerRef } from "../../model/index.js";
import { COUNTRIES } from "../../lexicon/places.js";
import { ROLE_CLASSES } from "../../lexicon/roles.js";
import { allCapitalizedWords, isPossessive, joinedAsWritten, phraseAsWritten, type TokenList } from "../../text/tokens.js";
import { DOCUMENT_NOUNS } from "../../lexicon/reporting-cues.js";

// Shared by the two readers of unnamed speakers: a quote's (`a source said`,
// quotes.ts) and reported speech's (`according to a recent poll`,
// reported.ts). Which phrases qualify differs between them; how a phrase is
// read and kept does not.

/** The tokens `[from, to)` as an unnamed source kept as written, first letter in lower case, with no person behind it. */
export function unnamedAsWritten(tokens: TokenList, from: number, to: number): SpeakerRef | null {
  const first = tokens.get(from);
  const last = tokens.get(to - 1);
  // An empty range (`according to` closing the sentence) names nobody.
  if (to <= from || first === undefined || last === undefined) return null;
  // A proper name drops its article (`the Saudi Press Agency` → `Saudi Press Agency`: the guidelines name an
  // organisation by its canonical name); a description keeps it (`the Belarusian leader`, `the Kremlin press service`),
  // and so does an office in capitals, as one in lower case does (`the Prime Minister`, `the King`, as `the president`).
  const article = first.lower === "the" && to - from > 1;
  const office = article && ROLE_CLASSES[joinedAsWritten(tokens, from + 1, to).toLowerCase()] !== undefined;
  const named = article && !office && allCapitalizedWords(tokens, from + 1, to) ? from + 1 : from;
  // (A people's adjective keeps its capital where it opens the sentence: `Iranian state media said`.)
  demonyms ??= new Set(COUNTRIES.flatMap(([, words]) => words.map((w) => w.toLowerCase())));
  const name = demonyms.has(tokens.lowerAt(named) ?? "") ? joinedAsWritten(tokens, named, to) : phraseAsWritten(tokens, named, to);
  return { personId: null, name, mention: { start: first.start, end: last.end }, resolvedVia: "descriptor" };
}

/** Demonyms of the built-in gazetteer, lower case, made at the first unnamed source. */
let demonyms: ReadonlySet<string> | null = null;


/** Most modifiers between the article and a document's noun (`the joint statement`, `the Kremlin's readout`). */
const MAX_DOCUMENT_MODIFIERS = 2;

/** A document named from token `k` (`the statement`, `a joint statement`, `the Kremlin readout`), as a source, or null. */
export function documentAt(tokens: TokenList, k: number): { ref: SpeakerRef; next: number } | null {
  const article = tokens.lowerAt(k) ?? "";
  if (article !== "the" && article !== "a") return null;
  for (let j = k + 1; j <= k + 1 + MAX_DOCUMENT_MODIFIERS; j++) {
    const t = tokens.get(j);
    if (t === undefined || (t.kind !== "word" && !isPossessive(t))) return null;
    if (DOCUMENT_NOUNS.has(t.lower)) {
      const ref = unnamedAsWritten(tokens, k, j + 1);
      return ref === null ? null : { ref, next: j + 1 };
    }
  }
  return null;
}

/** A document named right before the comma at `comma` (`a Kremlin readout,`), or null. */
export function documentEndingAt(tokens: TokenList, comma: number): SpeakerRef | null {
  if (!DOCUMENT_NOUNS.has(tokens.lowerAt(comma - 1) ?? "")) return null;
  for (let k = comma - 2; k >= Math.max(0, comma - 2 - MAX_DOCUMENT_MODIFIERS); k--) {
    const found = documentAt(tokens, k);
    if (found !== null && found.next === comma) return found.ref;
  }
  return null;
}
