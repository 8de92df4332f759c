import type { SpeakerRef } from "../../model/index.js";
import { phraseAsWritten, type Token } from "../../text/tokens.js";

// Shared by the two readers of unnamed speakers: a quote's (`a source said`,
// quotes.ts) and reported speech's (`according to a recent poll`,
// reported.ts). Which phrases qualify differs between them; how a phrase is
// read and kept does not.

/** The tokens `[from, to)` as an unnamed source kept as written, first letter in lower case, with no person behind it. */
export function unnamedAsWritten(tokens: readonly Token[], from: number, to: number): SpeakerRef | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  // An empty range (`according to` closing the sentence) names nobody.
  if (to <= from || first === undefined || last === undefined) return null;
  return { personId: null, name: phraseAsWritten(tokens, from, to), mention: { start: first.start, end: last.end }, resolvedVia: "descriptor" };
}

/** True for a period glued to the word before it (`U.S.`): it stays inside a noun phrase. */
export function isGluedPeriod(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.text === "." && tokens[i - 1]?.end === t.start;
}
