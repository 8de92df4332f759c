import type { Sentence, Span, TimelineEvent } from "../../model/index.js";
import type { Stage } from "../../pipeline/context.js";
import { parseDay } from "../time/calendar.js";
import { firstStartingAtOrAfter, flatRanges, inRanges, sentenceAt } from "../../text/lookup.js";
import { isAbbreviationStop, isPossessiveAt, relativeClauseClose, SENTENCE_TERMINALS, sinceOpening, tokenIndexAt, type TokenList } from "../../text/tokens.js";
import { LEADER_PLURALS } from "../../lexicon/roles.js";
import { MEETING_NOUNS } from "../../lexicon/meetings.js";
import { OPINION_SOURCES } from "../../lexicon/reporting-cues.js";
import type { Lexicon } from "../../lexicon/compile.js";
import { demonymsBefore } from "../entities/names.js";
import { roleClassesOf } from "../entities/registry.js";
import { timeKey } from "./order.js";
import { readHeader } from "../../text/dateline.js";
import { dayOf, findSummit, isByline, isPublicationLine, namesTheTwoLeaders, namesTheTwoMinisters, personMentionsIn, phraseEndAfter, relativeAsideOpener, restatedAfter } from "./summit.js";
import { reckonedHappenings } from "./relative.js";

/** What a sentence's words are, when none tells of a happening: see `lineKind`. */
type LineKind = "times" | "names" | "capitals" | "dateline" | "other";

/** Most capitalised words of a masthead or an outlet's line above the report (`The Times of India`). */
const MAX_MASTHEAD_WORDS = 4;

/**
 * Words that join the parts of a line of times or names (`Jack Khoury and Ben Samuels`, `August 16, 2025 at 7:12 a.m.
 * EDT`, a byline's `Angela Giuffrida in Rome` over its date).
 */
const LINE_JOINS = new Set(["and", "at", "in"]);

/** Marks that open a list item or a turn of dialogue (`* …`, `- …`, `• …`). */
const LINE_MARKS = new Set(["*", "-", "–", "—", "•", "·"]);

/** Longest event description, in characters. */
const MAX_DESCRIPTION = 160;

/** Blocks at the head of a report read for a date line with its place. */
const DATED_LINE_BLOCKS = 5;

/** Offices whose holders report a happening for a leader (`State House spokesperson …`, `Kremlin aide Yury Ushakov told reporters`). */
const REPORTING_CLASSES: ReadonlySet<string> = new Set(["spokesperson", "aide"]);

/**
 * Builds the timeline (each dated happening, in chronological order) and the
 * summit frame. Present and past vague references (`now`, `lately`) say
 * when something is said, not when it happens, so they make no event.
 */
export const timeline: Stage = (ctx, state) => {
  // The day the times were resolved against: the wire dateline's when it has one (the time stage read it).
  const reference = state.referenceDay === null ? null : parseDay(state.referenceDay);
  const { sentences, mentions, timexes } = state;
  const { headerEnd, wire } = readHeader(state.blocks, state.tokens, ctx.lexicon.cities);
  // Top-level quotes do not overlap and come in text order: the one that may hold an offset is found by binary search.
  const quoteRanges = flatRanges(state.quotes.filter((q) => q.nestedIn === null), (q) => q.openMark?.start ?? q.start, (q) => q.closeMark?.end ?? q.end);
  const inQuote = (offset: number): boolean => inRanges(quoteRanges, offset);
  // What a person is reported to have said (`Putin told him about his talks with Merkel`) places nobody at the meeting;
  // what an office or an agency reports (`Abbas also attended the summit, his office said`) is the report's own news.
  // (Not what those who judge it say: `Analysts say the visit shows the limits of the reset … under Donald Tusk`.)
  const judges = (name: string): boolean => OPINION_SOURCES.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase());
  const reportedSpans = state.attributions.filter((a) => a.source.personId !== null || judges(a.source.name)).map((a) => a.content).sort((a, b) => a.start - b.start);
  const inReported = within(reportedSpans);
  // Leaders who speak in labelled turns of a transcript take part in the meeting.
  const speakers = new Set<string>();
  // (Not a line that only quotes its label's words, as a live page heads an entry: `Macron: 'Europe must do more'`.)
  for (const q of state.quotes) if (q.speaker?.resolvedVia === "label" && q.speaker.personId !== null && !(q.openMark !== null && quotedAfterLabel(state.view, q.openMark.start))) speakers.add(q.speaker.personId);
  const firstTurn = state.blocks.find((b) => b.kind === "turn");
  const transcriptHead = new Set(firstTurn === undefined ? [] : state.blocks.filter((b) => b.index < firstTurn.index && (b.kind === "heading" || b.kind === "dateline")).map((b) => b.index));
  // Date lines with a place among a report's first blocks (`November 12, 2025, 14:30, The Kremlin, Moscow` under a
  // Kremlin lead): where the meeting was, when the text places it nowhere else.
  const datedLines = new Set<number>();
  for (const t of timexes) {
    const block = state.blocks[sentenceAt(sentences, t.start)?.block ?? -1];
    if (block !== undefined && block.index < DATED_LINE_BLOCKS && (block.kind === "heading" || block.kind === "dateline") && t.type === "DATE" && t.value.length >= 10) datedLines.add(block.index);
  }
  // The summit first: its working sets are gone before the events are built, so the two do not add up.
  // (A credit or a link to another report names no one at this meeting: `Also read: Putin says Russia is open to talks`.)
  const credited = state.blocks.some((b) => b.kind === "credit");
  const reportMentions = credited ? mentions.filter((m) => state.blocks[sentenceAt(sentences, m.start)?.block ?? -1]?.kind !== "credit") : mentions;
  // Speakers the attribution stage resolved from a pronoun or a description (`In a post on Saturday, he said …`), by
  // where they are named, in text order.
  const resolvedSpeakers = [...state.quotes.map((q) => q.speaker), ...state.attributions.map((a) => a.source)]
    .flatMap((ref) => (ref?.personId != null && ref.mention !== null && ref.resolvedVia !== "name" && ref.resolvedVia !== "alias" ? [{ start: ref.mention.start, end: ref.mention.end, personId: ref.personId }] : []))
    .sort((a, b) => a.start - b.start);
  const summit = findSummit({ resolvedSpeakers, subjects: state.subjects, datedLines, view: state.view, tokens: state.tokens, sentences, timexes, places: state.places, people: state.people, mentions: reportMentions, inQuote, inReported, headerEnd, wire, reference, speakers, cueWords: ctx.lexicon.cueWords, cities: ctx.lexicon.cities, capitalOf: (demonym) => ctx.lexicon.capitals.get(ctx.lexicon.countryByDemonym.get(demonym) ?? ""), transcriptHead });
  // What someone other than the summit's participants reports.
  const othersReports = state.attributions.filter((a) => a.source.personId !== null && !summit.participants.includes(a.source.personId)).sort((a, b) => a.content.start - b.content.start);
  const othersContents = othersReports.map((a) => a.content);
  const inOthersReport = within(othersContents);
  // The sentence the summit rests on: its pair of leaders is the summit's, whoever reports it.
  const evidence = summit.evidence;
  const holdsEvidence = (sentence: Sentence): boolean => evidence !== null && evidence.start < sentence.end && evidence.end > sentence.start;
  const seen = new Set<string>();
  const transcript = state.blocks.some((b) => b.kind === "turn");
  /**
   * What the words of a sentence are when each stands in one of its time expressions or names a person or a body
   * (`and` aside): `times` for a bare date line, `names` for a byline without `By` (`Jack Khoury and Ben Samuels`
   * over `Oct 13, 2025 9:48 pm IDT`, `Yle News` over `21.10.2025 15:32`), `capitals` when other capitalised words
   * stand among them (`The National`), `dateline` when a place does (`The Kremlin, Moscow`), `other` for a sentence with
   * any other word. Each sentence read once.
   */
  const lineKinds = new Map<Sentence, LineKind>();
  const lineKind = (sentence: Sentence): LineKind => {
    let answer = lineKinds.get(sentence);
    if (answer === undefined) {
      answer = readLineKind(sentence);
      lineKinds.set(sentence, answer);
    }
    return answer;
  };
  // The mentions of bodies and of places in text order, sorted once at the first sentence that asks (`Yle News` over a
  // date line names a body; `HAVANA, August 7 (Xinhua) --` is a dateline, which dates the news after it).
  let bodyRanges: number[] | null = null;
  let placeRanges: number[] | null = null;
  const mentionRanges = (mentioned: readonly { mentions: readonly Span[] }[]): number[] =>
    flatRanges(mentioned.flatMap((o) => o.mentions).sort((a, b) => a.start - b.start), (m) => m.start, (m) => m.end);
  const readLineKind = (sentence: Sentence): LineKind => {
    const names = personMentionsIn(sentence, mentions);
    const bodies = (bodyRanges ??= mentionRanges(state.organizations));
    const places = (placeRanges ??= mentionRanges(state.places));
    // (The sentence's names in text order, walked with its tokens: a sentence of thousands of names costs no more.)
    let n = 0;
    const named = (offset: number): boolean => {
      while ((names[n]?.end ?? Infinity) <= offset) n++;
      return (names[n]?.start ?? Infinity) <= offset || inRanges(bodies, offset);
    };
    let kind: LineKind = "times";
    let capitals = 0;
    let placed = false;
    let k = firstStartingAtOrAfter(timexes, sentence.start);
    for (let i = tokenIndexAt(state.tokens, sentence.start); i < state.tokens.length; i++) {
      const t = state.tokens.get(i);
      if (t === undefined || t.start >= sentence.end) break;
      while ((timexes[k]?.end ?? Infinity) <= t.start) k++;
      const covering = timexes[k];
      if (t.kind !== "word" || (covering !== undefined && covering.start <= t.start) || LINE_JOINS.has(t.lower)) continue;
      if (inRanges(places, t.start)) placed = true;
      else if (named(t.start)) kind = kind === "capitals" ? kind : "names";
      // (A masthead's name is short; more capitalised words make a title-case headline: `Meeting Scheduled For Next Week`.)
      else if (t.capitalized && ++capitals <= MAX_MASTHEAD_WORDS) kind = "capitals";
      // (A byline's desk: `Pippa Crerar Political editor` over its date.)
      else if (!ctx.lexicon.roleWords.has(t.lower)) return "other";
    }
    return placed ? "dateline" : kind;
  };
  /** True when a date or a time of day stands in the sentence (its times found by binary search). */
  const datesItself = (sentence: Sentence): boolean => {
    for (let k = firstStartingAtOrAfter(timexes, sentence.start); k < timexes.length; k++) {
      const t = timexes[k];
      if (t === undefined || t.start >= sentence.end) break;
      if (t.type === "DATE" || t.type === "TIME") return true;
    }
    return false;
  };
  /** True when the sentence before this one is a byline (`By Sam Coates, …`) in a heading block of its own. */
  const underByline = (sentence: Sentence): boolean => {
    const before = sentences[firstStartingAtOrAfter(sentences, sentence.start) - 1];
    return before !== undefined && before.block === sentence.block - 1 && isByline(state.tokens, before, headerEnd, state.blocks[before.block]?.kind === "heading");
  };
  /** A line of times alone in the running text, without a stop (a year alone, `(2015).`, is a sentence). */
  const isStamp = (sentence: Sentence): boolean => !transcript && sentence.end > headerEnd && !SENTENCE_TERMINALS.has(ctx.text[sentence.end - 1] ?? "") && lineKind(sentence) === "times";
  // How many stamps the running text has, counted at the first: two or more make a live page.
  let liveStamps: number | undefined;
  // Those named by a pronoun: speakers, and the subject a sentence opens on (`He is scheduled to return home on Thursday`).
  const eventPeople = state.subjects.length === 0 ? resolvedSpeakers : [...resolvedSpeakers, ...state.subjects].sort((a, b) => a.start - b.start);
  const countryOf = new Map(state.people.map((p) => [p.id, p.country]));
  // Whether the summit's two sides are ministers, whom `the two ministers` then names.
  const ministersMet = summit.participants.length === 2 && summit.participants.every((id) => state.people.some((p) => p.id === id && !p.roleClasses.has("leader") && (p.roleClasses.has("minister") || p.roleClasses.has("foreign-minister"))));
  // The people of a sentence, read once however many dates it holds.
  const peopleOfSentence = new Map<Sentence, string[]>();
  const participantsOf = (sentence: Sentence): string[] => {
    let participants = peopleOfSentence.get(sentence);
    if (participants === undefined) {
      const end = sentence.end;
      // A mention that runs on past the sentence's end is not of it.
      const inside = personMentionsIn(sentence, mentions).filter((m) => m.end <= end);
      // (Not those named after `the absence of`: `… overshadowed by the absence of Chinese President Xi Jinping and Russian
      // President Vladimir Putin`.)
      const away = absencePhrase(state.tokens, sentence);
      const ids = inside.filter((m) => m.start < away.start || m.start >= away.end).map((m) => m.personId);
      for (let k = firstStartingAtOrAfter(eventPeople, sentence.start); k < eventPeople.length; k++) {
        const r = eventPeople[k];
        if (r === undefined || r.start >= end) break;
        if (r.end <= end) ids.push(r.personId);
      }
      // (`The two leaders last met in Tirana on May 16`: the summit's two, unnamed here; not in what someone else
      // reports, `Ushakov said that a meeting between the two presidents …`, who may mean another pair.)
      // (Not where the sentence names two people of its own, whom the words then mean: `Sanchez held talks with
      // Akhannouch, after which the two heads of government chaired …` beside the King's summit with Sanchez.)
      // (`The two ministers last met in Antalya in April`: at talks of two ministers, the two.)
      if (summit.participants.length === 2 && new Set(ids).size < 2 && (namesTheTwoLeaders(state.tokens, sentence, summit.format === "bilateral", (offset) => inQuote(offset) || (inOthersReport(offset) && !holdsEvidence(sentence))) || (ministersMet && namesTheTwoMinisters(state.tokens, sentence)))) ids.push(...summit.participants);
      // (`The Belarusian and Kazakh leaders agreed to meet again`: the participants those peoples' words name.)
      const peoples = leadersOfPeoples(state.tokens, sentence, ctx.lexicon);
      if (peoples.size > 1) ids.push(...summit.participants.filter((id) => peoples.has(countryOf.get(id) ?? "")));
      participants = [...new Set(ids)];
      peopleOfSentence.set(sentence, participants);
    }
    return participants;
  };
  /**
   * The participants without a spokesperson or an aide who only reports the dated happening (`The two leaders met … on
   * Wednesday, State House spokesperson Hussein Mohamed said`): the source, no participant of the summit, of what holds
   * the date, not named in it. (Others may tell of what they did: `Geremek said he had brought … from 1989`.)
   */
  const reporters = new Set(state.people.filter((p) => p.roles.some((r) => roleClassesOf(r, ctx.lexicon).some((c) => REPORTING_CLASSES.has(c)))).map((p) => p.id));
  const withoutReporter = (participants: string[], t: Span, sentence: Sentence): string[] => {
    const report = othersReports[lastStartingAtOrBefore(othersContents, t.start)];
    if (report === undefined || t.end > report.content.end || report.content.start < sentence.start) return participants;
    const reporter = report.source.personId;
    if (!reporters.has(reporter ?? "")) return participants;
    const inContent = personMentionsIn(sentence, mentions).some((m) => m.personId === reporter && m.start >= report.content.start && m.end <= report.content.end);
    return inContent ? participants : participants.filter((id) => id !== reporter);
  };
  /**
   * The person named first in the sentence, before any comma: its subject, as far as names tell; else no one. (Read once
   * per sentence: a sentence of thousands of `since` clauses must not be read again for each.)
   */
  const openingSubjects = new Map<Sentence, ReadonlySet<string>>();
  const openingSubject = (sentence: Sentence): ReadonlySet<string> => {
    const cached = openingSubjects.get(sentence);
    if (cached !== undefined) return cached;
    let k = firstStartingAtOrAfter(mentions, sentence.start);
    while (k < mentions.length && (mentions[k]?.start ?? Infinity) < sentence.end && mentions[k]?.personId == null) k++;
    const first = mentions[k];
    const id = first === undefined || first.start >= sentence.end || ctx.text.slice(sentence.start, first.start).includes(",") ? null : first.personId;
    const subject: ReadonlySet<string> = id === null ? new Set() : new Set([id]);
    openingSubjects.set(sentence, subject);
    return subject;
  };
  /** Who is named wholly between offsets `start` and `end` of the sentence. */
  const namedBetween = (sentence: Sentence, start: number, end: number): Set<string> =>
    new Set(personMentionsIn({ ...sentence, start, end }, mentions).filter((m) => m.end <= end).map((m) => m.personId));
  /** The participants among `ids`, when a clause names any; else all of them. */
  const narrowedTo = (participants: string[], ids: ReadonlySet<string>): string[] => (ids.size === 0 ? participants : participants.filter((id) => ids.has(id)));
  /**
   * The participants of what a relative clause about a person dates (`Takaichi, who took office earlier this month …,
   * told Lee`): that person and those the clause names, not the rest of the sentence's; else all of the sentence's.
   */
  const inWhoClause = (participants: string[], t: Span, sentence: Sentence): string[] => {
    const clause = whoClauseAround(state.tokens, sentence, t);
    if (clause === null) return participants;
    // (Only the clause's mentions and the one before its comma are read: a sentence of many clauses costs no more per time.)
    const ids = namedBetween(sentence, clause.start, clause.end);
    const before = mentions[lastStartingAtOrBefore(mentions, clause.antecedentEnd - 1)];
    if (before !== undefined && before.personId !== null && before.end === clause.antecedentEnd) ids.add(before.personId);
    return narrowedTo(participants, ids);
  };
  /**
   * The participants of what a `since` clause dates (`…, the first since the German chancellor took office in May`):
   * those it names before the time, when it names any; else all of the sentence's.
   */
  const inSinceClause = (participants: string[], t: Span, sentence: Sentence): string[] => {
    const since = sinceOpening(state.tokens, tokenIndexAt(state.tokens, t.start), SINCE_CLAUSE_REACH);
    // (A participle's clause has the sentence's subject: `since taking power from his father Hun Sen in August 2023`;
    // a pronoun's, someone this reading may not know: `Ever since she endorsed Mrs. Clinton this month`.)
    const opener = state.tokens.lowerAt(since + 1) ?? "";
    if (since < 0 || SUBJECT_PRONOUNS.has(opener)) return participants;
    // (Of a participle's, that subject, when a name opens the sentence, and those the clause names: `German Chancellor
    // Friedrich Merz met … Erdogan …, his first trip to Turkey since taking office in May` dates Merz's taking office.)
    const clause = namedBetween(sentence, state.tokens.startAt(since + 1) ?? t.start, t.start);
    if (opener.endsWith("ing")) {
      const subject = openingSubject(sentence);
      return subject.size === 0 ? participants : narrowedTo(participants, new Set([...subject, ...clause]));
    }
    return narrowedTo(participants, clause);
  };
  /**
   * The participants of a happening named after a distance (`held talks on Thursday, a day after Starmer arrived in
   * India` dates Starmer's arrival, not Modi's): those named in the clause after it; all of them where a pronoun there,
   * before any name, stands for someone named before (`I met with Sanders … two days after his endorsement of Clinton`).
   */
  const namedAfterDistance = (participants: string[], t: Span, sentence: Sentence): string[] => {
    const clause = clauseAfter(state.tokens, t.end, sentence.end);
    const pronoun = pronounAfter(state.tokens, t.end, clause);
    const named = mentions[firstStartingAtOrAfter(mentions, t.end)];
    if (pronoun >= 0 && (named === undefined || named.start > pronoun)) return participants;
    return narrowedTo(participants, namedBetween(sentence, t.end, clause));
  };
  /** A sentence's words as an event's description, without the wire dateline that opens it. */
  const describeSentence = (sentence: Sentence): string =>
    describe(ctx.text.slice(wire !== null && sentence.start >= wire.start && sentence.start < wire.after ? Math.min(wire.after, sentence.end) : sentence.start, sentence.end));
  // Events and their sort keys side by side: a big document has thousands, and a second copy of each cost memory.
  const events: TimelineEvent[] = [];
  const keys: number[] = [];
  const orders: number[] = [];
  for (const [order, t] of timexes.entries()) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    if (t.value === "PRESENT_REF" || t.value === "PAST_REF") continue;
    // (A day restated in another zone is no happening of its own: `on Monday, May 1 (Tuesday, May 2, Manila time)`.)
    const before = timexes[order - 1];
    if (before !== undefined && restatedAfter(state.tokens, before, t)) continue;
    // (A century dates what a report describes, `an 18th-century villa`, `the bloodiest war of the 20th century`, not a
    // happening it tells of.)
    if (t.value.length === 2) continue;
    // (Nor does a bare date after `since`, which only opens a span: `their first in-person summit since 2019`; a clause
    // after it tells of its own happening, `since the German chancellor took office in May`.)
    // (A day that owns a happening still dates it: `since Monday's debate`.)
    if (state.tokens.lowerAt(tokenIndexAt(state.tokens, t.start) - 1) === "since" && !isPossessiveAt(state.tokens, tokenIndexAt(state.tokens, t.end))) continue;
    let sentence = sentenceAt(sentences, t.start);
    // `Published 3 hours ago`, a byline's date, a bare date line above a news report (`2023-11-16 09:12`): the report's
    // own time, not a happening it tells of. (Above a transcript's first turn a date line dates what was said.)
    if (sentence !== undefined && (isPublicationLine(state.tokens, sentence, headerEnd) || isByline(state.tokens, sentence, headerEnd, state.blocks[sentence.block]?.kind === "heading"))) continue;
    // (A line of names and a date has no verb to tell of a happening, wherever it stands; above the report, neither
    // has a line of capitalised words, a masthead's: `The National` over `May 28, 2025`.)
    // (A date line with its place above the report, `March 18, 2025 19:30 The Kremlin, Moscow`, dates the news under it, as
    // a wire dateline does.)
    if (sentence !== undefined && !transcript) {
      const kind = lineKind(sentence);
      const header = sentence.end <= headerEnd;
      // (Not its clock time where the place opens the line, as a wire's filing does: `KYIV, 03.09.2025 15:47`.)
      if (header && kind === "dateline" && t.type === "TIME" && inRanges((placeRanges ??= mentionRanges(state.places)), sentence.start)) continue;
      if (header && kind === "dateline") {
        sentence = sentences[firstStartingAtOrAfter(sentences, headerEnd)] ?? sentence;
        // (Unless the news dates itself, as a wire dateline's day yields: `Jakarta ● Thu, February 13, 2025` over `…
        // hosted Erdoğan … on Wednesday` is the day it was filed.)
        if (datesItself(sentence)) continue;
      } else if ((header && kind !== "other") || kind === "names") continue;
      // (So is a date line under a byline that stands below the standfirst: `By Sam Coates, deputy political editor`
      // over `Thursday 18 September 2025 16:05, UK`.)
      if (!header && (kind === "times" || kind === "dateline") && underByline(sentence)) continue;
    }
    // A time stamp on a line of its own in a live page (`Aug 29, 2025 03:40 PM IST` over `PM Modi, Ishiba hold talks`)
    // dates the entry under it; a lone one, a date line under the headline, dates no happening.
    if (sentence !== undefined && isStamp(sentence)) {
      liveStamps ??= sentences.filter(isStamp).length;
      const entry = sentences[firstStartingAtOrAfter(sentences, sentence.end)];
      // (The entry may open the next paragraph: `4:40 p.m.:` over the news.)
      if (liveStamps < 2 || entry === undefined || entry.block > sentence.block + 1) continue;
      sentence = entry;
    }
    // A dateline that is a sentence of its own (`VOSTOCHNY, September 13. /TASS/.`) dates the news that follows it.
    // (Not a heading above it, whose own words tell of a happening: `Trump announces 'direct' talks with Iran to begin
    // Saturday` over `WASHINGTON — …`.)
    if (wire !== null && sentence !== undefined && sentence.start >= wire.start && sentence.end <= wire.after) sentence = sentenceAt(sentences, wire.after);
    if (sentence === undefined) continue;
    // (A dateline's day is when the news was filed: one the news dates itself, `Accra, Feb. 20, GNA - President Mahama
    // on Wednesday held talks …`, is the happening's.)
    const next = timexes[order + 1];
    if (wire !== null && t.start >= wire.start && t.end <= wire.end && next !== undefined && next.start >= wire.after && next.start < sentence.end && (next.type === "DATE" || next.type === "TIME")) continue;
    const dedupe = `${t.value}|${String(sentence.start)}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const named = inSinceClause(inWhoClause(withoutReporter(participantsOf(sentence), t, sentence), t, sentence), t, sentence);
    // (A sentence whose subject is the meeting itself, on its day, holds its participants: `The meeting, which took
    // place at the Presidential Palace in Abidjan last Saturday, was President Mahama's first official visit …`; or a
    // part of its day, `The meeting, held at the Heritage Park Hotel yesterday afternoon, …`.)
    const participants = summit.date !== null && dayOf(t.value) === dayOf(summit.date) && opensOnTheMeeting(state.tokens, sentence) ? [...new Set([...named, ...summit.participants])] : named;
    events.push({
      id: "",
      value: t.value,
      mod: t.mod,
      timexId: t.id,
      sentence: { start: sentence.start, end: sentence.end },
      description: describeSentence(sentence),
      participants,
    });
    keys.push(timeKey(t.value, t.mod, reference));
    orders.push(order);
  }

  // Happenings dated by a distance from the day of their sentence's news (`The summit came a day after Biden met Modi`).
  for (const h of reckonedHappenings(state.tokens, sentences, timexes, summit.date, reference, ctx.lexicon.cueWords)) {
    if (seen.has(`${h.value}|${String(h.sentence.start)}`)) continue;
    const people = withoutReporter(participantsOf(h.sentence), h.timex, h.sentence);
    const participants = h.namedAfter === true ? namedAfterDistance(people, h.timex, h.sentence) : people;
    events.push({ id: "", value: h.value, mod: null, timexId: h.timex.id, sentence: { start: h.sentence.start, end: h.sentence.end }, description: describeSentence(h.sentence), participants });
    keys.push(timeKey(h.value, null, reference));
    orders.push(h.order);
  }
  const byTime = events.map((_, k) => k).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || (orders[a] ?? 0) - (orders[b] ?? 0));
  const ordered = byTime.map((k, i) => {
    const event = events[k] as TimelineEvent;
    event.id = `e${String(i + 1)}`;
    return event;
  });
  return { ...state, timeline: ordered, summit };
};

/** A test of whether an offset lies in one of `spans`, sorted by start (the last one starting at or before it). */
function within(spans: readonly Span[]): (offset: number) => boolean {
  return (offset) => {
    const span = spans[lastStartingAtOrBefore(spans, offset)];
    return span !== undefined && offset >= span.start && offset < span.end;
  };
}

/** Index of the last span starting at or before `offset`, or -1. */
function lastStartingAtOrBefore(spans: readonly { start: number }[], offset: number): number {
  return firstStartingAtOrAfter(spans, offset + 1) - 1;
}

/**
 * The countries whose peoples' words, joined by `and` or commas, stand before a plural of leaders in the sentence
 * (`the Belarusian and Kazakh leaders`, `the Russian, Chinese and Indian presidents`); empty when there are none.
 */
function leadersOfPeoples(tokens: TokenList, sentence: Sentence, lexicon: Lexicon): Set<string> {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start) + 1; i < end; i++) {
    if (!LEADER_PLURALS.has(tokens.lowerAt(i) ?? "")) continue;
    const out = new Set(demonymsBefore(tokens, i, lexicon, Infinity).map((k) => lexicon.countryByDemonym.get(tokens.lowerAt(k) ?? "") ?? ""));
    if (out.size > 1) return out;
  }
  return new Set();
}

/** The sentence on one line, cut at a word boundary. */
function describe(sentence: string): string {
  // Only the opening of the sentence is read: a sentence of 200 KB with a date in every clause must not be copied
  // once per date.
  let flat = sentence.slice(0, 2 * MAX_DESCRIPTION).split(/* any run of white space */ "\n").join(" ").trim();
  // (A list's or a dialogue's mark opening the line is no part of what happened: `* Leaders arrive …`, `- Trade …`.)
  while (flat.length > 1 && LINE_MARKS.has(flat[0] ?? "") && flat[1] === " ") flat = flat.slice(2).trimStart();
  if (flat.length <= MAX_DESCRIPTION) return flat;
  const cut = flat.lastIndexOf(" ", MAX_DESCRIPTION);
  return `${flat.slice(0, cut > 0 ? cut : MAX_DESCRIPTION)}…`;
}

/** Most tokens read back from the one before a time to the `, who` that opens its clause. */
const WHO_CLAUSE_REACH = 23;
/** The pronoun of a relative clause about a person. */
const WHO: ReadonlySet<string> = new Set(["who"]);

/**
 * The relative clause about a person that holds the time `t` (`, who took office earlier this month as …,`): its
 * span and where the name before its comma ends; null when the time stands in no such clause.
 */
function whoClauseAround(tokens: TokenList, sentence: Sentence, t: Span): { start: number; end: number; antecedentEnd: number } | null {
  const who = relativeAsideOpener(tokens, sentence, t.start, WHO, WHO_CLAUSE_REACH);
  if (who < 0) return null;
  // (No comma stands between the pronoun and the time: the clause closes after it, or runs to the sentence's end.)
  const close = relativeClauseClose(tokens, who - 1, tokenIndexAt(tokens, sentence.end));
  return { start: tokens.startAt(who) ?? t.start, end: close >= 0 ? (tokens.startAt(close) ?? sentence.end) : sentence.end, antecedentEnd: tokens.endAt(who - 2) ?? -1 };
}

/** True when only spaces stand between a label's colon and the quotation mark at `mark` (`Macron: 'Europe must do more'`). */
function quotedAfterLabel(view: string, mark: number): boolean {
  let k = mark - 1;
  while (k >= 0 && view[k] === " ") k--;
  return view[k] === ":";
}

/** True when the sentence opens on `the` and a noun of meeting (`The meeting, which took place …`, `The talks lasted …`). */
function opensOnTheMeeting(tokens: TokenList, sentence: Sentence): boolean {
  const i = tokenIndexAt(tokens, sentence.start);
  return tokens.lowerAt(i) === "the" && MEETING_NOUNS.has(tokens.lowerAt(i + 1) ?? "");
}

/** Pronouns that may open a clause as its subject. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you"]);
/** Pronouns that stand for a person in any case (`his endorsement`, `met him`). */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, "him", "her", "his", "their", "them"]);
/** Tokens read after a distance for a pronoun of the happening it dates. */
const PRONOUN_AFTER_REACH = 8;

/** Most tokens of the clause after a distance read for those it names. */
const CLAUSE_AFTER_REACH = 24;

/** Where the clause after offset `from` ends: at a comma, a semicolon or a stop, within a bounded reach, or `end`. */
function clauseAfter(tokens: TokenList, from: number, end: number): number {
  const first = tokenIndexAt(tokens, from);
  for (let k = first; k < first + CLAUSE_AFTER_REACH; k++) {
    const at = tokens.startAt(k);
    if (at === undefined || at >= end) return end;
    const w = tokens.textAt(k);
    if (w === "," || w === ";" || (w === "." && !isAbbreviationStop(tokens, k))) return at;
  }
  return tokens.startAt(first + CLAUSE_AFTER_REACH) ?? end;
}

/** Where a person's pronoun stands within a few tokens after offset `from`, before `end`; or -1. */
function pronounAfter(tokens: TokenList, from: number, end: number): number {
  const first = tokenIndexAt(tokens, from);
  for (let k = first; k < first + PRONOUN_AFTER_REACH && (tokens.startAt(k) ?? Infinity) < end; k++) if (PERSON_PRONOUNS.has(tokens.lowerAt(k) ?? "")) return tokens.startAt(k) ?? -1;
  return -1;
}

/** Most tokens from `since` to the time its clause holds (`since the German chancellor took office in May`). */
const SINCE_CLAUSE_REACH = 12;

/** Where the phrase after `the absence of` runs in the sentence, as the summit reads it; an empty span when there is none. */
function absencePhrase(tokens: TokenList, sentence: Sentence): Span {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) {
    if (tokens.lowerAt(i) === "absence" && tokens.lowerAt(i + 1) === "of") return { start: tokens.startAt(i + 2) ?? sentence.end, end: phraseEndAfter(tokens, i + 2, sentence) };
  }
  return { start: sentence.end, end: sentence.end };
}
