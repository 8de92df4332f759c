import type { Place, Sentence, Summit, TimeExpression } from "../../model/index.js";
import type { Mention, PersonDraft } from "../../pipeline/state.js";
import type { Token } from "../../text/tokens.js";
import { tokenIndexAt } from "../../text/tokens.js";
import { sentenceAt } from "../../text/lookup.js";

const SUMMIT_WORDS = new Set(["summit", "talks", "meeting", "met", "meet", "meets", "negotiations", "visit", "conference", "bilateral", "trilateral", "summits", "meetings"]);
const HAPPEN_WORDS = new Set(["held", "met", "meets", "took", "began", "opened", "hosted", "gathered", "convened", "kicked", "started", "happened"]);

/**
 * The summit frame: the date from the sentence that best reports the meeting
 * taking place, the place named there (or in the dateline), and the leaders
 * who take part.
 */
export function findSummit(
  view: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  timexes: readonly TimeExpression[],
  places: readonly Place[],
  people: readonly PersonDraft[],
  mentions: readonly Mention[],
  inQuote: (offset: number) => boolean,
  datelineEnd: number,
): Summit {
  let best: { score: number; timex: TimeExpression; sentence: Sentence } | null = null;
  for (const t of timexes) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    if (t.value.endsWith("_REF") || t.value.startsWith("X")) continue;
    const sentence = sentenceAt(sentences, t.start);
    if (sentence === undefined) continue;
    let score = 0;
    const begin = tokenIndexAt(tokens, sentence.start);
    const end = tokenIndexAt(tokens, sentence.end);
    for (let i = begin; i < end; i++) {
      const w = tokens[i]?.lower ?? "";
      if (SUMMIT_WORDS.has(w)) score = Math.max(score, 2);
      if (HAPPEN_WORDS.has(w)) score += 2;
    }
    if (score === 0) continue;
    if (t.value.length >= 10) score += 1;
    if (inQuote(t.start)) score -= 3;
    if (best === null || score > best.score) best = { score, timex: t, sentence };
  }
  const evidence = best?.sentence ?? null;
  const location = pickLocation(view, places, evidence, datelineEnd, sentences, tokens);
  const participants = pickParticipants(people, mentions, sentences, tokens, evidence);
  const countries: string[] = [];
  for (const id of participants) {
    const c = people.find((p) => p.id === id)?.country;
    if (c != null && !countries.includes(c)) countries.push(c);
  }
  const format = countries.length === 2 ? "bilateral" : countries.length === 3 ? "trilateral" : countries.length > 3 ? "multilateral" : null;
  return {
    location,
    date: best === null ? null : best.timex.value.slice(0, 10),
    participants,
    countries,
    format,
    evidence: evidence === null ? null : { start: evidence.start, end: evidence.end },
  };
}

function pickLocation(view: string, places: readonly Place[], evidence: Sentence | null, datelineEnd: number, sentences: readonly Sentence[], tokens: readonly Token[]): string | null {
  const cities = places.filter((p) => p.kind === "city");
  const within = (from: number, to: number): Place | undefined => cities.find((p) => p.mentions.some((m) => m.start >= from && m.end <= to));
  if (evidence !== null) {
    const here = within(evidence.start, evidence.end);
    if (here !== undefined) return here.name;
  }
  if (datelineEnd > 0) {
    const dateline = within(0, datelineEnd);
    if (dateline !== undefined) return dateline.name;
  }
  // Else the city most often named in sentences about the meeting.
  const counts = new Map<string, number>();
  for (const s of sentences) {
    const begin = tokenIndexAt(tokens, s.start);
    const end = tokenIndexAt(tokens, s.end);
    let about = false;
    for (let i = begin; i < end && !about; i++) about = SUMMIT_WORDS.has(tokens[i]?.lower ?? "");
    if (!about) continue;
    for (const c of cities) for (const m of c.mentions) if (m.start >= s.start && m.end <= s.end && view[m.start - 4] !== undefined) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  }
  let top: string | null = null;
  let topCount = 0;
  for (const [name, n] of counts) if (n > topCount) [top, topCount] = [name, n];
  return top;
}

function pickParticipants(people: readonly PersonDraft[], mentions: readonly Mention[], sentences: readonly Sentence[], tokens: readonly Token[], evidence: Sentence | null): string[] {
  const leaders = people.filter((p) => p.roleClasses.has("leader"));
  const chosen: string[] = [];
  for (const p of leaders) {
    // Named (not only described) at least twice, or named in a sentence about the meeting.
    const named = mentions.filter((m) => m.personId === p.id && (m.via === "name" || m.via === "alias")).length;
    if (named >= 2 || inSummitSentence(p, mentions, sentences, tokens, evidence)) chosen.push(p.id);
  }
  return chosen;
}

/** Named in the sentence the summit date came from, or in an opening sentence about the meeting. */
function inSummitSentence(p: PersonDraft, mentions: readonly Mention[], sentences: readonly Sentence[], tokens: readonly Token[], evidence: Sentence | null): boolean {
  const opening = sentences.slice(0, 2);
  for (const m of mentions) {
    if (m.personId !== p.id) continue;
    const s = sentenceAt(sentences, m.start);
    if (s === undefined) continue;
    if (s === evidence) return true;
    if (!opening.includes(s)) continue;
    const begin = tokenIndexAt(tokens, s.start);
    const end = tokenIndexAt(tokens, s.end);
    for (let i = begin; i < end; i++) if (SUMMIT_WORDS.has(tokens[i]?.lower ?? "")) return true;
  }
  return false;
}
