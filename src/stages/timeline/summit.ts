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
  // Each sentence is read once, however many dates it holds.
  const sentenceScores = new Map<Sentence, number>();
  for (const t of timexes) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    if (t.value.endsWith("_REF") || t.value.startsWith("X")) continue;
    const sentence = sentenceAt(sentences, t.start);
    if (sentence === undefined) continue;
    let score = sentenceScores.get(sentence);
    if (score === undefined) {
      score = meetingScore(tokens, sentence);
      sentenceScores.set(sentence, score);
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

/** How strongly a sentence reports a meeting taking place: 2 for a meeting word, 2 more per happening verb. */
function meetingScore(tokens: readonly Token[], sentence: Sentence): number {
  let score = 0;
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) {
    const w = tokens[i]?.lower ?? "";
    if (SUMMIT_WORDS.has(w)) score = Math.max(score, 2);
    if (HAPPEN_WORDS.has(w)) score += 2;
  }
  return score;
}

/** True when the sentence has a meeting word. */
function aboutMeeting(tokens: readonly Token[], sentence: Sentence): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) if (SUMMIT_WORDS.has(tokens[i]?.lower ?? "")) return true;
  return false;
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
  // Else the city most often named in sentences about the meeting (each mention looked up once, each sentence read once).
  const counts = new Map<string, number>();
  const about = new Map<Sentence, boolean>();
  for (const c of cities) {
    for (const m of c.mentions) {
      const s = sentenceAt(sentences, m.start);
      if (s === undefined || m.end > s.end || view[m.start - 4] === undefined) continue;
      let isAbout = about.get(s);
      if (isAbout === undefined) {
        isAbout = aboutMeeting(tokens, s);
        about.set(s, isAbout);
      }
      if (isAbout) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    }
  }
  let top: string | null = null;
  let topCount = 0;
  for (const [name, n] of counts) if (n > topCount) [top, topCount] = [name, n];
  return top;
}

function pickParticipants(people: readonly PersonDraft[], mentions: readonly Mention[], sentences: readonly Sentence[], tokens: readonly Token[], evidence: Sentence | null): string[] {
  // One pass over the mentions: how often each person is named, and who is named in a summit sentence.
  const named = new Map<string, number>();
  const inSummit = new Set<string>();
  const opening = new Set(sentences.slice(0, 2));
  const openingAbout = new Map<Sentence, boolean>();
  for (const m of mentions) {
    if (m.personId === null) continue;
    if (m.via === "name" || m.via === "alias") named.set(m.personId, (named.get(m.personId) ?? 0) + 1);
    if (inSummit.has(m.personId)) continue;
    const s = sentenceAt(sentences, m.start);
    if (s === undefined) continue;
    // Named in the sentence the summit date came from, or in an opening sentence about the meeting.
    if (s === evidence) inSummit.add(m.personId);
    else if (opening.has(s)) {
      let isAbout = openingAbout.get(s);
      if (isAbout === undefined) {
        isAbout = aboutMeeting(tokens, s);
        openingAbout.set(s, isAbout);
      }
      if (isAbout) inSummit.add(m.personId);
    }
  }
  // Leaders named (not only described) at least twice, or named in a sentence about the meeting.
  return people.filter((p) => p.roleClasses.has("leader") && ((named.get(p.id) ?? 0) >= 2 || inSummit.has(p.id))).map((p) => p.id);
}
