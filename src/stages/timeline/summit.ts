import type { Place, Sentence, Summit, TimeExpression } from "../../model/index.js";
import type { Mention, PersonDraft, PersonSpan } from "../../pipeline/state.js";
import { AHEAD_WORD, BEFORE_BARE_VERB, DAY_PARTS, RANGE_ENDS, FORWARD_MODALS, FUTURE_MARKERS, MODALS, MONTH_NAMES, NUMBER_WORDS, ORDINAL_WORDS, PAGE_NOUNS, PERFECT_PARTICIPLES, PUBLICATION_WORDS, UNITS, WEEKDAY_NAMES } from "../../lexicon/time-words.js";
import { BUILDING_WORDS, COMPASS_POINTS, FACILITY_WORDS, VENUES, VENUES_ON } from "../../lexicon/places.js";
import { LEADER_PLURALS, ROLE_CLASSES, TENURE_WORDS } from "../../lexicon/roles.js";
import { BODIES } from "../../lexicon/organizations.js";
import { ABSENCE_REASONS, ABSENCE_WORDS, APPEAL_VERBS, ARRIVAL_VERBS, TRAVEL_VERBS, AT_MEETING_VERBS, ATTENDANCE_WORDS, ATTENDING_VERBS, BACKGROUND_OPENERS, BLOC_NAME_ENDS, CALLING_ON_VERBS, CLOSING_VERBS, COMING_VERBS, COMING_VISIT_WORDS, CONTINENT_ADJECTIVES, EARLIER_OCCASION_WORDS, FOCUS_ADVERBS, FORMER_WORDS, GATHERED_GROUPS, HAPPENING_VERBS, LEADING_VERBS, LOOKING_BACK_WORDS, MEAL_WORDS, MEETINGS_STAYED_AWAY_FROM, MEETING_GROUPS, MEETING_KIND_WORDS, MEETING_NOUNS, MEETING_VERBS, MEETING_WORDS, MESSAGE_NOUNS, MOURNING_WORDS, NAMING_REACTION_VERBS, NATIONS_WORDS, OCCASION_VERBS, OTHER_EVENT_CONJUNCTIONS, OTHER_MEETING_WORDS, PHONE_WORDS, PLANNING_WORDS, PREPARING_WORDS, REACTION_NOUNS, REACTION_VERBS, REGION_QUALIFIERS, REGION_WORDS, REMOTE_WORDS, SENDING_VERBS, SENT_FOR_NOUNS, SIDELINE_WORDS, SIDES_AT_TALKS, SIDE_EVENT_WORDS, STAYING_PARTICLES, STAYING_VERBS, TOPIC_NOUNS, VISIT_NOUNS, WILLINGNESS_WORDS } from "../../lexicon/meetings.js";
import { HEARERS } from "../../lexicon/reporting-cues.js";
import { pairedBefore, pairOfLeadersAt } from "../attribution/speakers.js";
import { isCalendarDay } from "../../model/calendar-day.js";
import { indexPhrases, type PhraseIndex } from "../../lexicon/compile.js";
import { ADVERBS_BEFORE_VERB, APPOSITIVE_ARTICLES, DETERMINERS, PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, POSSESSIVE_DETERMINERS, PREPOSITIONS, RELATIVE_PRONOUNS, SUBORDINATORS } from "../../lexicon/function-words.js";
import { matchPhrase } from "../../text/phrases.js";
import { DOUBLE_QUOTE_MARKS, OPENING_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { PATTERNS } from "../../text/patterns.js";
import { inComingClause, inSinceClause, isAllCaps, isCapitalizedAt, isAbbreviationStop, isCapitalWord, isGluedPeriod, isPossessive, isPossessiveAt, lowerPhrase, pluralPossessiveAt, SENTENCE_TERMINALS, tokenIndexAt, type TokenList } from "../../text/tokens.js";
import { firstStartingAtOrAfter, sentenceAt } from "../../text/lookup.js";
import type { WireDateline } from "../../text/dateline.js";
import { addDays, daysBetween, formatDay, parseDay, toEpochDay, type Day } from "../time/calendar.js";
import { valueInterval } from "./order.js";
import { contractsWill, relativeClauseAt, tenseAt, tenseMarkers, type TenseMarkers } from "../time/index.js";

/**
 * The summit frame: the date from the sentence that best reports the meeting
 * taking place, the place named there (or in the dateline), and the leaders
 * who take part.
 */
export function findSummit(input: SummitInput): Summit {
  const { view, tokens, sentences, timexes, people, mentions, inQuote, inReported, headerEnd, wire, reference, speakers, cueWords, cities, transcriptHead } = input;
  // A city-state is its own city (`Trump met Kim in Singapore`, `at the Vatican`): a place to meet in.
  const places = input.places.map((p) => (p.kind === "country" && cities.get(p.name.toLowerCase())?.[1] === p.name ? { ...p, kind: "city" as const } : p));
  type Candidate = DateCandidate | null;
  let best: Candidate = null;
  let bestInWire = false;
  let bestSaid: Candidate = null;
  // The best day of something just before a meeting (`on Friday, ahead of a bilateral meeting`).
  let bestAhead: Candidate = null;
  const unsaid: NonNullable<Candidate>[] = [];
  const said = new Set<TimeExpression>();
  const saidDay = (c: NonNullable<Candidate>): boolean => said.has(c.timex);
  // Whether a time lies in the wire dateline (`Minsk, 15 December.`): the day the story was filed.
  // (Or a wire's date without a place that opens a paragraph: `Aug 16 (Reuters) - … met … on Friday`.)
  const inWireDateline = (t: TimeExpression): boolean => (wire !== null && t.start >= wire.start && t.end <= wire.end) || agencyDated(tokens, sentences, t);
  // Each sentence is read once, however many dates it holds and however many readers ask.
  const sentenceScores = new Map<Sentence, number>();
  const scoreOf = (sentence: Sentence): number => {
    let score = sentenceScores.get(sentence);
    if (score === undefined) {
      score = meetingScore(tokens, sentence);
      sentenceScores.set(sentence, score);
    }
    return score;
  };
  const leadBlock = sentences.find((s) => s.start >= headerEnd)?.block ?? -1;
  const leaderIds = new Set(people.filter((p) => p.roleClasses.has("leader")).map((p) => p.id));
  // The mentions of leaders in a sentence, in text order.
  const leaderMentionsIn = (sentence: Sentence): PersonMention[] => personMentionsIn(sentence, mentions).filter((m) => leaderIds.has(m.personId));
  // Two leaders named side by side, joined by `and` (`Keir Starmer and Donald Trump`), or the second a short clause
  // later after `with` (`Meloni flew to Tunis today with Ursula von der Leyen`), in the sentence.
  const leadersTogether = perSentenceInTurn((sentence: Sentence): boolean => {
    const named = leaderMentionsIn(sentence);
    for (let k = 1; k < named.length; k++) {
      const a = named[k - 1] as PersonMention;
      const b = named[k] as PersonMention;
      if (a.personId !== b.personId && (listJoinsBetween(tokens, a.end, b.start) === "and" || meetsBetween(tokens, a.end, b.start))) return true;
    }
    return false;
  });
  // Whether a sentence names two leaders, and no more (`Russian President Vladimir Putin and North Korean leader Kim
  // Jong Un signed …`), however they are joined.
  const twoLeadersIn = (sentence: Sentence): boolean => new Set(leaderMentionsIn(sentence).map((m) => m.personId)).size === 2;
  // A sentence's tense markers, read once for both the date and the participants.
  const sentenceMarkers = new Map<Sentence, TenseMarkers>();
  const markersOf = (sentence: Sentence): TenseMarkers => {
    let markers = sentenceMarkers.get(sentence);
    if (markers === undefined) {
      markers = tenseMarkers(tokens, tokenIndexAt(tokens, sentence.start), tokenIndexAt(tokens, sentence.end));
      sentenceMarkers.set(sentence, markers);
    }
    return markers;
  };
  // Whether a sentence says its words were said during a meeting, read once for all its times.
  const saidDuringMeeting = perSentenceInTurn((sentence: Sentence) => duringMeeting(tokens, sentence));
  // Whether a sentence tells of an earlier occasion, read once for all its times.
  const earlierOccasionOf = perSentenceInTurn((sentence: Sentence) => earlierOccasion(tokens, sentence));
  // Whether a sentence's meeting is reckoned a span before its day, read once for all its times: a sentence of
  // thousands of times must not be read again for each.
  const spanBeforeOf = perSentenceInTurn((sentence: Sentence) => meetingSpanBefore(tokens, sentence));
  // Whether a sentence tells of a meal, or of a meeting it adds (`also met`), read once for all its times.
  const mealIn = perSentenceInTurn((sentence: Sentence) => holdsWord(tokens, sentence, MEAL_WORDS));
  const alsoMetIn = perSentenceInTurn((sentence: Sentence) => holdsAt(tokens, sentence, alsoMetAt));
  // Those a headline about a meeting names: a sentence naming others without all of them tells of another meeting
  // (`Zelensky meets Trump at the White House — live updates`, then `Trump met Putin in Alaska three days ago`).
  // (The first sentence, where it stands in the header.)
  const headline = sentences[0] !== undefined && sentences[0].end <= headerEnd ? sentences[0] : null;
  const headlinePeople = headline !== null && headlineNamesMeeting(tokens, headline.end) ? new Set(personMentionsIn(headline, mentions).map((m) => m.personId)) : new Set<string>();
  const anotherPair = perSentenceInTurn((sentence: Sentence): boolean => {
    if (headlinePeople.size < 2 || sentence.start < headerEnd) return false;
    // (Not one who only owns another there: `Nawrocki's chief of staff, Zbigniew Bogucki, told TVN24 that the meeting …`.)
    const named = new Set(personMentionsIn(sentence, mentions).filter((m) => !ownsOther(tokens, m.end)).map((m) => m.personId));
    return named.size >= 2 && [...named].some((id) => !headlinePeople.has(id)) && [...headlinePeople].some((id) => !named.has(id));
  });
  // The time before the one read, for a day restated in another zone (`on Monday, May 1 (Tuesday, May 2, Manila time)`).
  let previous: TimeExpression | undefined;
  for (const t of timexes) {
    const restated = previous !== undefined && restatedAfter(tokens, previous, t);
    const prior = previous;
    previous = t;
    if (restated || (t.type !== "DATE" && t.type !== "TIME")) continue;
    // Without a reference date a stated day keeps its month and day (`XXXX-06-25`); other unresolved values say nothing.
    // (A decade or a century dates no meeting.)
    if (!PATTERNS.yearPrefix.test(t.value) && !PATTERNS.yearlessDay.test(t.value)) continue;
    const sentence = sentenceAt(sentences, t.start);
    if (sentence === undefined) continue;
    let score = scoreOf(sentence);
    // (`Keir Starmer and Donald Trump hailed a deal at Chequers yesterday`: a lead that puts two leaders together on a
    // day tells of their meeting, whatever its verb.)
    if (score === 0 && sentence.block === leadBlock && leadersTogether(sentence)) score = TOGETHER_SCORE;
    // A transcript's header gives the time it was spoken (`5:41 P.M. WITA`), a wire dateline the day of the news:
    // the meeting's own day.
    // A transcript's header dates it with a full date too (`September 4, 2023, Sochi` above a Kremlin transcript);
    // above a news article a header date is the day of publication, not of the meeting.
    // (The Kremlin puts the date line under a summary paragraph: a line of its own above the first turn dates it too.)
    const headerTime = (t.end <= headerEnd || transcriptHead.has(sentence.block)) && (t.type === "TIME" || (speakers.size > 0 && t.value.length >= 10)) && !isPublicationLine(tokens, sentence, headerEnd);
    // (Above a news article, a clock time beside a date is when it was posted, `December 7th 2024 - 09:12 UTC`: it
    // counts as a dateline's day does.)
    // (So is one the expression itself puts on a dated day: `2:15 pm, August 19, 2025`.)
    const posted = headerTime && speakers.size === 0 && (datedLine(timexes, sentence, t) || namesYear(tokens, t));
    const inHeader = headerTime && !posted;
    if (inHeader) score = Math.max(score, HEADER_TIME_SCORE);
    // A wire dateline gives the day the story was filed: the meeting's, unless the report dates the meeting itself
    // (`Minsk, 15 December. … held talks … on Thursday`).
    const inWire = posted || (!inHeader && inWireDateline(t));
    if (inWire) score = WIRE_DATE_SCORE;
    if (score === 0) continue;
    // `said on Thursday that the meeting had been positive`: the day of the saying, not of the meeting.
    const at = tokenIndexAt(tokens, t.start);
    // `their first talks since Ishiba took office in October`: the start of a period, not the meeting.
    if (inSinceClause(tokens, at)) continue;
    // `paid a state visit to Japan from November 28 to December 1`: the end of a stretch is no day of a meeting in it.
    if (prior !== undefined && rangeEndAt(tokens, prior, at)) continue;
    // `ahead of an EU-China summit planned for later this month`: the day of the meeting still to come.
    if (datesMeetingAhead(tokens, at)) continue;
    const before = wordBeforeDay(tokens, at);
    // The token after the time, read once for the readers below.
    const after = tokenIndexAt(tokens, t.end);
    // `agreed Saturday to develop ties`, `vowed on Friday to …`: the day of a decision taken at the meeting, not of a statement.
    const next = tokens.lowerAt(after) ?? "";
    const afterNext = tokens.lowerAt(after + 1) ?? "";
    // (`Modi on Tuesday told Russian President Vladimir Putin that …`: words told to a person named after the verb were
    // said at the meeting, on its day.)
    // (So were words told to the meeting itself: `Sharif on Monday told the SCO summit that …`, `told the assembled leaders`.)
    const toPerson = TOLD_TO.has(next) && (personWithin(mentions, tokens, after + 1) || meetingWithin(tokens, after + 1));
    // (Nor words said during the meeting the sentence names: `on Wednesday reaffirmed their resolve …, during a meeting
    // at the Dolmabahce Palace`.)
    // (Nor a courtesy call: `on Tuesday called on Chinese President Xi Jinping`.)
    // (Also past the hearer: `Peskov told reporters on Thursday`.)
    const cueBefore = cueWords.has(tokens.lowerAt(before) ?? "") || (HEARERS.has(tokens.lowerAt(before) ?? "") && cueWords.has(tokens.lowerAt(before - 1) ?? ""));
    const saying = ((cueBefore && next !== "to") || (cueWords.has(next) && afterNext !== "to" && !calledOn(tokens, after, tokenIndexAt(tokens, sentence.end)))) && !toPerson && !saidDuringMeeting(sentence);
    if (saying) {
      score -= SAYING_DAY_PENALTY;
      said.add(t);
    }
    // (A day, or a time on one: not a week's weekend, `2025-W35-WE`, as long as a day is.)
    if (PATTERNS.isoDay.test(t.value.slice(0, 10)) || PATTERNS.yearlessDay.test(t.value)) score += 1;
    // The lead paragraph tells the news: its meeting outranks a side event further down (`a dinner on Tuesday`).
    // (Not the dateline it opens with: the day the story was filed yields to a day a sentence gives the meeting.)
    if (sentence.block === leadBlock && !inWire) score += LEAD_BONUS;
    if (inQuote(t.start)) score -= 3;
    // `The previous evening, he attended a state banquet`: dated back from the meeting, so not the meeting.
    // (`A week after Biden and Putin met in Geneva, their aides have begun …`: the meeting lies a span before the day.)
    // (`The three leaders first visited Tunis on June 11`: an earlier occasion than the report's.)
    // (`gathered in Doha for an emergency summit following Israel's attack … last week`: the day of what came before.)
    // (`began arriving in Lisbon on Tuesday on the eve of a two-day summit`: the day before the meeting.)
    // (Not a day that owns the meeting's word: `Trump said after last Friday's summit` dates the summit.)
    const owning = datesPossessively(tokens, after - 1) && MEETING_WORDS.has(tokens.lowerAt(after + 1) ?? "");
    // (Each read once, for the penalty and for a day only ahead of a meeting.)
    const meetingAfter = owning ? null : meetingAfterDay(tokens, after);
    const lookingBack = !owning && (looksBack(tokens, at, after) || spanBeforeOf(sentence) || earlierOccasionOf(sentence) || inPriorEventPhrase(tokens, at));
    if (owning) score += OWNED_MEETING_BONUS;
    else if (lookingBack || meetingAfter !== null) {
      score -= LOOKING_BACK_PENALTY;
      // (A day only `ahead of` a meeting, when nothing else dates it, is its day: `Speaking in the Oval Office on Friday,
      // ahead of a bilateral meeting`; not `on the eve of` one.)
      if (!lookingBack && meetingAfter === "ahead" && (bestAhead === null || score > bestAhead.score)) bestAhead = { score: score + LOOKING_BACK_PENALTY, timex: t, sentence };
    }
    // `Earlier on Tuesday, Zelensky met Meloni`: a side event of the day.
    // (So is a day in a relative clause about someone: `European leaders, who held a video call with Trump on
    // Wednesday, urged him …`; not one about the meeting, `The summit, which opened on Monday, …`.)
    // (So is a meal: `Putin hosted him for a private dinner at his residence on Monday evening`.)
    // (So is a meeting the sentence adds: `He also met King Felipe VI at the Royal Palace on Tuesday`.)
    else if (SIDE_EVENT_WORDS.has(tokens.lowerAt(before) ?? "") || SIDE_EVENT_WORDS.has(tokens.lowerAt(at - 1) ?? "") || asideAboutOther(tokens, markersOf(sentence), at) || mealIn(sentence) || alsoMetIn(sentence)) score -= SIDE_EVENT_PENALTY;
    // `The conference ends Monday`: the close of a meeting still running when the report was written.
    else if (CLOSING_VERBS.has(tokens.lowerAt(before) ?? "") && reference !== null && t.value.slice(0, 10) > formatDay(reference)) score -= LOOKING_BACK_PENALTY;
    // A report is written around its summit: a date days from the reference beats a meeting months before.
    const nearness = reference === null ? null : proximity(t.value, reference);
    score += nearness ?? 0;
    // (`Earlier, on May 3, the leaders spoke by phone`: an opening `earlier` before a day outside the report's days
    // tells of an earlier occasion, not a side event of the meeting's day.)
    // (So does one set off by its comma, wherever the day stands: `Earlier, the two leaders met in Minsk on June 27`.)
    const opening = tokenIndexAt(tokens, sentence.start);
    if (nearness !== null && nearness < 2 && (at <= opening + EARLIER_OPENER_REACH || tokens.textAt(opening + 1) === ",") && SIDE_EVENT_WORDS.has(tokens.lowerAt(opening) ?? "")) score -= LOOKING_BACK_PENALTY;
    // `Tomorrow, we will take part in the forum`: a plan beside the meeting the report is about.
    if (tenseAt(markersOf(sentence), at) === "future") score -= 1;
    // `Xi arrived in Moscow on Wednesday for a state visit`: the day a visit begins; a sentence that dates its talks
    // (`held talks in the Kremlin on Thursday`) dates the meeting, where both say as much.
    if (arrivalDay(tokens, before)) score -= ARRIVAL_PENALTY;
    if (anotherPair(sentence)) score -= LOOKING_BACK_PENALTY;
    // (On a tie, a day the text gives beats the day a wire dateline filed the story on.)
    if (best === null || score > best.score || (score === best.score && bestInWire && !inWire)) {
      best = { score, timex: t, sentence };
      bestInWire = inWire;
    }
    if (!saying) unsaid.push({ score, timex: t, sentence });
    // `Erdogan said on Friday …, during a meeting with Zelenskyy`: when nothing else dates the meeting, the day of a
    // statement made at it does.
    const recent = nearness === null || nearness > 0;
    if (saying && recent && (sentenceScores.get(sentence) ?? 0) > 0 && (bestSaid === null || score > bestSaid.score)) bestSaid = { score: score + SAYING_DAY_PENALTY, timex: t, sentence };
  }
  if ((best === null || best.score <= 0) && bestSaid !== null && bestSaid.score > 0) best = bestSaid;
  else if ((best === null || best.score <= 0) && bestAhead !== null && bestAhead.score > 0) best = bestAhead;
  // `Biden will meet Putin in Geneva on June 16, the White House announced Friday`: the day of an announcement
  // gives way to the day its own sentence gives the meeting.
  else if (best !== null && saidDay(best)) {
    const meetingDay = unsaid.find((c) => c.sentence === best?.sentence && c.score > 0);
    if (meetingDay !== undefined) best = meetingDay;
  }
  // A preview: its lead tells of the meeting ahead and of no day at or before the report (`Sir Keir Starmer will host
  // Emmanuel Macron for a UK-France summit this autumn`, `Xi will travel to Moscow next week for … talks`); the time
  // it gives is the meeting's, whatever a call or a statement of the days before scores further down.
  // (Not a lead in the past that puts something off till then: `leaders agreed … but put off a decision … until December`.)
  const aheadInLead = (c: DateCandidate): boolean => {
    const at = tokenIndexAt(tokens, c.timex.start);
    const markers = markersOf(c.sentence);
    return scoreOf(c.sentence) > 0 && tenseAt(markers, at) === "future" && !markers.markers.some((m) => m.tense === "past" && !m.weak && m.forwardOnly !== true && m.start < at);
  };
  // (The wire dateline's day is the filing's, no day of the lead's news.)
  const preview = reference === null ? null : previewTime(unsaid.filter((c) => c.sentence.block === leadBlock && !inQuote(c.timex.start) && !inWireDateline(c.timex)), reference, aheadInLead);
  if (preview !== null) best = { ...preview, score: Math.max(preview.score, 1) };
  // A preview whose lead gives no time (`Luxon will host Premier Li Qiang in New Zealand.`): the first day after the
  // report that a later sentence about the meeting gives (`will hold formal talks in Wellington on 13 June`).
  else if (reference !== null && (best === null || best.score <= 0)) {
    const lead = sentences.find((s) => s.block === leadBlock && !inQuote(s.start) && scoreOf(s) > 0);
    const ahead = lead !== undefined && !timexes.some((t) => t.start >= lead.start && t.end <= lead.end) && tenseAt(markersOf(lead), tokenIndexAt(tokens, lead.end) - 1) === "future";
    // (Each sentence read once, however many times it holds.)
    const namesMeeting = perSentenceInTurn((s: Sentence) => namesThisMeeting(tokens, s));
    const day = ahead ? timexes.find((t) => t.start >= lead.end && t.type === "DATE" && PATTERNS.isoDay.test(t.value) && t.value > formatDay(reference) && !inQuote(t.start) && namesMeeting(sentenceAt(sentences, t.start) ?? lead)) : undefined;
    const sentence = day === undefined ? undefined : sentenceAt(sentences, day.start);
    if (day !== undefined && sentence !== undefined) best = { score: 1, timex: day, sentence };
  }
  // A report that tells of the meeting without dating it (`Putin and Trump have met in Helsinki`) was written on its day.
  let date = best === null || best.score <= 0 ? null : dayOf(best.timex.value);
  let evidence = best === null || best.score <= 0 ? null : best.sentence;
  // (`spoke to our correspondent on Tuesday, a day after hosting Chinese Premier Li Qiang for talks`: the meeting lies
  // that span before the day the sentence gives.)
  // (Not when the sentence's own verb before the day is a meeting's: `Nawrocki met Merz in Berlin on Tuesday, a day
  // after his meeting with … Steinmeier` dates the one with Merz.)
  const metBefore = best !== null && meetingVerbBetween(tokens, tokenIndexAt(tokens, best.sentence.start), tokenIndexAt(tokens, best.timex.start));
  const spanBack = best === null || date === null || !PATTERNS.isoDay.test(date) || metBefore ? 0 : daysAfterMeeting(tokens, tokenIndexAt(tokens, best.timex.end));
  if (date !== null && spanBack > 0) date = formatDay(addDays(parseDay(date), -spanBack));
  // A preview's week or month narrows to the day a later sentence about the meeting gives within it (`will host talks
  // … next week`, then `The meeting … is expected to take place on Tuesday`).
  if (preview !== null && date !== null && !PATTERNS.isoDay.test(date)) {
    const narrowed = dayWithin(date, timexes, (t) => {
      const s = sentenceAt(sentences, t.start);
      return s !== undefined && s.start > (evidence?.start ?? 0) && !inQuote(t.start) && namesThisMeeting(tokens, s);
    });
    // (The lead stays the evidence: it tells who meets where.)
    if (narrowed !== null) date = narrowed.value;
  }
  // `will fly to Washington on Sunday for a meeting with Trump`, then `The meeting, set for Monday, …`: a preview's day
  // of travel gives way to a day a few after it that a later sentence about the meeting gives.
  if (preview !== null && date !== null && PATTERNS.isoDay.test(date) && travelDay(tokens, wordBeforeDay(tokens, tokenIndexAt(tokens, preview.timex.start)))) {
    const travel = toEpochDay(parseDay(date));
    const meeting = timexes.find((t) => {
      const day = PATTERNS.isoDay.test(t.value) ? toEpochDay(parseDay(t.value)) : travel;
      const s = sentenceAt(sentences, t.start);
      return day > travel && day <= travel + MAX_TRAVEL_DAYS && s !== undefined && s.start > preview.sentence.start && !inQuote(t.start) && namesThisMeeting(tokens, s);
    });
    if (meeting !== undefined) date = meeting.value;
  }
  // (Also when the best date is a month or year well before the report: `Putin took part in a meeting of BRICS
  // leaders` in the lead, `In June, the first … meeting took place` further down.)
  // A stated day stays, whatever the reference: a report may be read long after it was written.
  const background = best !== null && preview === null && reference !== null && best.timex.value.length < 10 && proximity(best.timex.value, reference) < 0;
  // (And when the best date lies after the report while its lead tells, in the present perfect, of a meeting held:
  // `Anthony Albanese has met Xi Jinping at the Great Hall of the People`, then `will meet Premier Li Qiang on Tuesday`;
  // not of an arrival for it, `has arrived in Nuku'alofa for the … leaders' meeting`, then `will meet on Thursday`.)
  const later = date !== null && preview === null && reference !== null && !background && PATTERNS.isoDay.test(date) && date > formatDay(reference);
  if ((date === null || background || later) && reference !== null) {
    // (A lead that names two leaders together in a sentence about a meeting tells of it, whatever its verb: `Macron and
    // Starmer have announced a scheme …, at the end of a three-day state visit`.)
    // (So does a lead in the present perfect about a meeting, the tense of today's news: `Sir Keir Starmer has hailed a
    // 'new era' … after agreeing a deal … at the first UK-EU summit since Brexit`.)
    const inLead = (s: Sentence): boolean => s.block === leadBlock && scoreOf(s) > 0;
    let undated = later
      ? (sentences.find((s) => !inQuote(s.start) && inLead(s) && inPresentPerfect(tokens, s, false)) ?? null)
      : (sentences.find((s) => !inQuote(s.start) && (scoreOf(s) >= UNDATED_MEETING_SCORE || (inLead(s) && (leadersTogether(s) || inPresentPerfect(tokens, s))))) ?? null);
    // (Not the sentence that gave the date itself: `When Trump and Putin met at a military base in Anchorage last
    // August, …` opening a piece written months later is dated, not undated.)
    if (undated !== null && undated === best?.sentence && background && undated.block === leadBlock && leadersTogether(undated)) undated = null;
    if (undated !== null && (date === null || undated.block === leadBlock)) {
      evidence = undated;
      date = formatDay(reference);
      // (The later day's sentence tells of nothing ahead at this meeting: `will meet Premier Li Qiang on Tuesday`.)
      if (later) best = null;
    }
  }
  // `Analysis: The Alaska summit shows …` over `At Joint Base Elmendorf-Richardson on Friday, only one of them got what
  // he came for`: a headline about a meeting, and a day of the news in the lead, are the meeting and its day.
  // (Also over a meeting still to come further down, when the lead's day is past: `When Donald Trump landed at Joint Base
  // Elmendorf-Richardson on Friday`, under `The summit with Putin produced a handshake`, then `Zelensky … will meet
  // Trump in Washington on Monday`.)
  const plannedLater = later && best !== null && best.sentence.block !== leadBlock;
  if ((date === null || plannedLater) && headlineNamesMeeting(tokens, headerEnd)) {
    const lead = timexes.find((t) => sentenceAt(sentences, t.start)?.block === leadBlock && t.type === "DATE" && !inQuote(t.start) && reference !== null && proximity(t.value, reference) === 2 && (!plannedLater || t.value.slice(0, 10) <= formatDay(reference)));
    if (lead !== undefined) {
      date = lead.value.slice(0, 10);
      evidence = sentenceAt(sentences, lead.start) ?? null;
    }
  }
  // Every city mention in text order, so that a range of text finds its own by binary search.
  const cityMentions = mentionsOfKind(places, "city");
  // `Erdogan has hosted Aliyev in Ankara` opening the report, the day given further down: the lead's meeting sentence.
  const leadMeeting = sentences.find((s) => s.block === leadBlock && !inQuote(s.start) && scoreOf(s) > 0) ?? null;
  // A virtual summit, a telephone call: the meeting has no place, whatever cities its report names; unless its own
  // sentence places it (`met Trump at the White House, a day after Trump spoke by phone with Putin`).
  const placed = evidence !== null && (cityAfterPreposition(tokens, cityMentions, evidence.start, evidence.end) ?? venueCity(tokens, evidence.start, evidence.end)) !== undefined;
  // (A call is held at a distance: `PM call with President Zelenskyy: 3 March 2025`; so is one the headline names, the
  // lead only a `conversation`: `Macron, Tebboune agree to "reset" ties in phone call`.)
  const remote = !placed && [evidence, leadMeeting, headline].some((s) => s !== null && (holdsAt(tokens, s, remoteWordAt) || holdsAt(tokens, s, callWith)));
  // (A meeting already held: a sentence only about another meeting, `The next summit will take place in Brussels`,
  // places no city for it.)
  const held = date !== null && reference !== null && date <= formatDay(reference);
  // (A sentence that dates something after the report tells of a plan: `… at the Japan-ASEAN Commemorative Summit in
  // Tokyo in December` places no meeting already held.)
  const referenceDay = reference === null ? null : toEpochDay(reference);
  // (Each sentence read once, however many cities it names.)
  const aheadOf = new Map<Sentence, boolean>();
  const datesAhead = (s: Sentence): boolean => {
    let later = aheadOf.get(s);
    if (later === undefined) {
      later = false;
      for (let k = firstStartingAtOrAfter(timexes, s.start); k < timexes.length && !later; k++) {
        const t = timexes[k];
        if (t === undefined || t.start >= s.end) break;
        // (Not the end a relative clause gives what the sentence tells of: `signed in Canberra during Mr Rabuka's
        // three-day official visit to Australia, which ends on Friday`.)
        const interval = t.type === "DATE" && referenceDay !== null && !inRelativeAside(tokens, s, t.start) ? valueInterval(t.value) : null;
        later = interval !== null && referenceDay !== null && interval.start > referenceDay;
      }
      aheadOf.set(s, later);
    }
    return later;
  };
  // (A sentence dated another day tells of another meeting: `In July 1997, at a summit in Madrid, Spain, …`.)
  const datesOther = (s: Sentence): boolean => {
    for (let k = firstStartingAtOrAfter(timexes, s.start); k < timexes.length; k++) {
      const t = timexes[k];
      if (t === undefined || t.start >= s.end) break;
      if (t.type === "DATE" && date !== null && t.value.length >= 4 && !t.value.startsWith(date) && !date.startsWith(t.value)) return true;
    }
    return false;
  };
  // (A sentence dated a day outside the meeting's days, `He met Pope Francis briefly on Easter Sunday`: whoever it has
  // met was met at another meeting. Narrower than `datesOther`: a whole day, outside the summit's span of days, and not
  // in quotation marks.)
  const datesOtherDay = (s: Sentence): boolean => {
    for (let k = firstStartingAtOrAfter(timexes, s.start); k < timexes.length; k++) {
      const t = timexes[k];
      if (t === undefined || t.start >= s.end) break;
      if (t.type === "DATE" && date !== null && isCalendarDay(t.value) && isCalendarDay(date) && !withinSummitDays(t.value, date) && !inQuote(t.start)) return true;
    }
    return false;
  };
  const location = remote ? null : narrowedPlace(view, cityMentions, cities, pickLocation(view, places, cityMentions, evidence, headerEnd, wire, sentences, tokens, leadMeeting, input.capitalOf, input.datedLines, inQuote, (city) => cities.get(city.toLowerCase())?.[1], held, held ? datesAhead : () => false, datesOther, leadersTogether, twoLeadersIn));
  // The meeting's country, and every mention of a country, for a visit that goes elsewhere.
  const home = location === null ? null : (cities.get(location.toLowerCase())?.[1] ?? location);
  const countryMentions = mentionsOfKind(places, "country");
  // A meeting of many (`Leaders of the BRICS group gathered …`): every leader the report places there takes part.
  // (The lead may say so when the dated sentence does not: `Arab leaders meeting in Bahrain have called …`.)
  const ofMany = [evidence, leadMeeting].some((s) => s !== null && namesGroup(tokens, s));
  // A report ahead of its meeting (`Lula will host the two-day meeting`) tells of it in the future.
  // (So does one on the meeting's first day that tells of it in the present or the future: `NATO leaders gather in The
  // Hague on Tuesday and Wednesday`, a dinner they `will attend` on the Tuesday evening.)
  // (Not a date line, which tells nothing in any tense: `6:05 pm on 18 June 2025` over `Luxon has met Li Qiang`.)
  const today = date !== null && reference !== null && date === formatDay(reference) && best !== null && best.score > 0 && hasVerb(markersOf(best.sentence));
  const ahead = date !== null && reference !== null && (date > formatDay(reference) || (today && best !== null && tenseAt(markersOf(best.sentence), tokenIndexAt(tokens, best.timex.start)) !== "past"));
  // Meeting nouns the report dates to another day and the dated sentence does not use (`The call came days after an
  // emergency EU summit in Brussels on March 6` under a call of March 9): a sentence that names a meeting only by them
  // tells of that one (`Orban refused to sign the summit's conclusions`).
  const otherNouns = otherMeetingNouns(tokens, sentences, timexes, date, evidence);
  // Each sentence is judged once; only the tense at the name is read per mention.
  const judged = new Map<Sentence, MeetingClauses | null>();
  // `at` is the name's first token, `last` its last: the verb after a long name (`Mohammed bin Salman said`) is read from its end.
  const atMeeting = (s: Sentence, at: number, last: number): boolean => {
    let judgement = judged.get(s);
    if (judgement === undefined) {
      judgement = elsewhere(tokens, cityMentions, s, location, countryMentions, home) || namesOnly(tokens, s, otherNouns) ? null : aboutThisMeeting(tokens, s, timexes, date, inQuote, ofMany, markersOf, cueWords);
      judged.set(s, judgement);
    }
    if (judgement === null) return false;
    const { markers, otherTimes } = judgement;
    const relative = relativeClauseAt(markers, at);
    // A name the reporter writes, not one inside a quotation (`"I would like to work with President Yoon"`).
    const offset = tokens.startAt(at) ?? 0;
    // (Nor one named inside a relative clause about another time: `Scholz, whose predecessor Angela Merkel launched the
    // process in 2014, urged …`.)
    return !inQuote(offset) && !inReported(offset) && !aboutSomeone(tokens, at) && (relative === undefined || !otherTimes.has(relative)) && (ahead || tenseAt(markers, last) !== "future");
  };
  // (Read once per sentence, as the mentions come in turn: a sentence of thousands of names and cities must not be
  // read again for each name.)
  const placedElsewhere = perSentenceInTurn((s: Sentence): boolean => elsewhere(tokens, cityMentions, s, location, countryMentions, home));
  const states = statesNamed(countryMentions, cityMentions, cities, people);
  // `He flew to Washington from Budapest, where he met with Hungarian Prime Minister Viktor Orban`: a clause that
  // `where` hangs on another city than the meeting's tells of another meeting.
  const cityEndingAt = new Map(cityMentions.map((m) => [m.end, m.name]));
  // (So does travel on to another city: `arrived in Tokyo … before flying to Washington for his first summit with U.S.
  // President Donald Trump`.)
  const cityStartingAt = new Map(cityMentions.map((m) => [m.start, m.name]));
  const inClauseElsewhere = (at: number): boolean => {
    for (let k = at - 1; k >= Math.max(0, at - WHERE_CLAUSE_REACH); k--) {
      if (SENTENCE_TERMINALS.has(tokens.textAt(k) ?? "") && !isAbbreviationStop(tokens, k)) return false;
      const travelledCity = cityStartingAt.get(tokens.startAt(k) ?? -1);
      if (travelledCity !== undefined && travelledTo(tokens, k)) return location !== null && travelledCity !== location;
      if (tokens.lowerAt(k) !== "where" || tokens.textAt(k - 1) !== ",") continue;
      const city = cityEndingAt.get(tokens.endAt(k - 2) ?? -1);
      return city !== undefined && location !== null && city !== location;
    }
    return false;
  };
  // (At a bloc's gathering of many states, a leader quoted by pronoun is most often one of them: `Polish Prime Minister
  // Donald Tusk said …. "…," he told reporters as he arrived`; at a meeting of two, one who reacts from afar.)
  const countryStarts = new Set(countryMentions.map((m) => m.start));
  // (Read in the dated sentence, the lead's meeting sentence, and any other sentence of the meeting's day: `Leaders of
  // the Group of 20 major economies began their meeting … on Monday` under `The two-day summit … opened on Monday`.)
  // (Not beside a meeting held on another's sidelines: `The two-day SCO summit, which opens later on Sunday, is attended
  // by more than 20 leaders` is the wider one.)
  // (The dated sentence's meeting held on the sidelines of another: who stands in for whom there is at the other one.)
  const sidelined = evidence !== null && holdsWord(tokens, evidence, SIDELINE_WORDS);
  const sameDay = date === null || sidelined ? [] : timexes.filter((t) => t.value === date && !inQuote(t.start)).map((t) => sentenceAt(sentences, t.start) ?? null);
  const gatheringSentences = [...new Set([evidence, leadMeeting, ...sameDay])];
  const manyNations = gatheringSentences.some((s) => s !== null && gathersNations(tokens, s, countryStarts));
  const blocGathering = manyNations || [evidence, leadMeeting].some((s) => s !== null && holdsBlocMeeting(tokens, s, countryStarts));
  const resolvedSpeakers = blocGathering ? input.resolvedSpeakers : [];
  // (A dated sentence that opens on a side event, under a lead that tells of the meeting without a day, `Earlier on
  // Tuesday, Mr Albanese held talks with Premier Li Qiang` under `has met Chinese President Xi Jinping`: who it has met
  // was met at the side event.)
  const sideEvidence = evidence !== null && leadMeeting !== null && leadMeeting !== evidence && SIDE_EVENT_WORDS.has(tokens.lowerAt(tokenIndexAt(tokens, evidence.start)) ?? "");
  // (Where only the wire dateline dates the meeting, `MOSCOW, December 3. /TASS/.`, the lead's sentence of the meeting
  // names its sides: `The talks between Russian President Vladimir Putin and US Special Presidential Envoy Steve
  // Witkoff … lasted almost five hours`.)
  const datelineOnly = evidence !== null && wire !== null && evidence.start >= wire.start && evidence.end <= wire.end && leadMeeting !== null;
  const participants = pickParticipants(people, mentions, sentences, tokens, datelineOnly ? leadMeeting : evidence, speakers, atMeeting, placedElsewhere, { ahead, host: hostCountry(tokens, countryMentions), remote, states, inClauseElsewhere, inQuote, inReported, datesOtherDay, datesOther, sideEvidence, resolvedSpeakers, subjects: input.subjects, manyStates: blocGathering || ofMany, onSidelines: sidelined, countedBack: spanBack > 0, headlinePeople });
  const byId = new Map(people.map((p) => [p.id, p]));
  // (The host's own leader, whom a local paper names by office alone, `Prime Minister Philip Davis met … Rubio` in
  // Nassau, is of the meeting's country when the others are placed and none of them is.)
  const hostLand = location === null ? undefined : cities.get(location.toLowerCase())?.[1];
  const unplaced = participants.filter((id) => byId.get(id)?.country == null && (byId.get(id)?.roles.length ?? 0) > 0);
  const hostLeader = hostLand !== undefined && unplaced.length === 1 && participants.length > 1 && participants.every((id) => unplaced.includes(id) || (byId.get(id)?.country ?? hostLand) !== hostLand) ? unplaced[0] : undefined;
  const countries: string[] = [];
  const seen = new Set<string>();
  for (const id of participants) {
    const c = byId.get(id)?.country ?? (id === hostLeader ? hostLand : null);
    if (c != null && !seen.has(c)) {
      seen.add(c);
      countries.push(c);
    }
  }
  // (Many states may meet where the report names one, two or three of their leaders: `Leaders from French-speaking
  // countries gathered in Villers-Cotterêts`.)
  // (So may they at a bloc's summit that names three, unless three met there: `hailed the "concrete results" of the G7
  // summit she hosted`, not `Biden, Kishida and Yoon met at the G7 summit`, nor `held trilateral talks at the summit`.)
  const atBlocSummit = countries.length === 3 && blocGathering && !sidelined && evidence !== null && !holdsWord(tokens, evidence, THREE_MET_WORDS);
  const ofNations = (countries.length >= 1 && manyNations) || atBlocSummit;
  const format = ofNations || countries.length > 3 ? "multilateral" : countries.length === 2 ? "bilateral" : countries.length === 3 ? "trilateral" : null;
  return {
    location,
    date,
    participants,
    countries,
    format,
    evidence: evidence === null ? null : { start: evidence.start, end: evidence.end },
  };
}

/** What the summit frame is read from. */
export interface SummitInput {
  view: string;
  tokens: TokenList;
  sentences: readonly Sentence[];
  timexes: readonly TimeExpression[];
  places: readonly Place[];
  people: readonly PersonDraft[];
  mentions: readonly Mention[];
  inQuote: (offset: number) => boolean;
  /** True for an offset inside what someone is reported to have said. */
  inReported: (offset: number) => boolean;
  reference: Day | null;
  /** End of the header (headings and datelines before the running text). */
  headerEnd: number;
  /** A wire dateline opening the first paragraph. */
  wire: WireDateline | null;
  /** Reporting verbs: a date right beside one is the day of a statement. */
  cueWords: ReadonlySet<string>;
  /** Cities and regions by lower-case name: canonical name and country. */
  cities: ReadonlyMap<string, readonly [string, string]>;
  /** The capital of the country of a lower-case demonym (`finnish` → Helsinki). */
  capitalOf: (demonym: string) => string | undefined;
  /** People who speak in labelled transcript turns. */
  speakers: ReadonlySet<string>;
  /** Blocks of headings and datelines above a transcript's first turn, where it is dated (`May 16, 2024, 14:10, The Kremlin`). */
  transcriptHead: ReadonlySet<number>;
  /** Heading or dateline blocks near the top that hold a full date (`November 12, 2025, 14:30, The Kremlin, Moscow`). */
  datedLines: ReadonlySet<number>;
  /** Speakers resolved from a pronoun or a description (`"…," he told reporters`), by where they stand, in text order. */
  resolvedSpeakers: readonly PersonSpan[];
  /** A `he` or `she` that is its sentence's subject (`The next day he met Xi Jinping`), with whom it stands for. */
  subjects: readonly PersonSpan[];
}

/** Verbs of saying to someone: a person right after them heard the words (`told Putin`). */
const TOLD_TO: ReadonlySet<string> = new Set(["told", "tells", "assured", "assures", "urged", "urges", "warned", "warns"]);
/** Most tokens between such a verb and the person who heard it (`told Russian President Vladimir Putin`). */
const HEARER_REACH = 4;

/**
 * True when a name ending at offset `end` owns what follows it and that is no meeting (`Nawrocki's chief of staff`;
 * not `Nawrocki's first meeting with Zelensky`).
 */
function ownsOther(tokens: TokenList, end: number): boolean {
  const k = tokenIndexAt(tokens, end);
  return isPossessiveAt(tokens, k) && !MEETING_WORDS.has(tokens.lowerAt(k + 1) ?? "") && !MEETING_WORDS.has(tokens.lowerAt(k + 2) ?? "");
}

/** True when a person's mention starts within a few tokens from `from`. */
function personWithin(mentions: readonly Mention[], tokens: TokenList, from: number): boolean {
  const start = tokens.startAt(from) ?? Infinity;
  const limit = tokens.startAt(from + HEARER_REACH) ?? Infinity;
  const k = firstStartingAtOrAfter(mentions, start);
  const m = mentions[k];
  return m !== undefined && m.start <= limit && m.personId !== null;
}

/** Most tokens between such a verb and the meeting that heard it (`told the Shanghai Cooperation Organisation (SCO) summit`). */
const MEETING_HEARER_REACH = 8;

/** True when a meeting word or a group of those at the meeting follows within a phrase from `from` (`the SCO summit`, `the assembled leaders`). */
function meetingWithin(tokens: TokenList, from: number): boolean {
  for (let k = from; k < from + MEETING_HEARER_REACH; k++) {
    const t = tokens.get(k);
    // (Not past a quotation mark: `told reporters he was "ready for a meeting"` is what was said, not who heard it.)
    if (t === undefined || t.text === "," || t.text === "." || t.lower === "that" || OPENING_QUOTE_MARKS.has(t.text)) return false;
    if (MEETING_WORDS.has(t.lower) || MEETING_GROUPS.has(t.lower)) return true;
  }
  return false;
}

/**
 * True when the sentence holds `during` a meeting (`during a meeting at the Dolmabahce Palace`, `during their talks`),
 * or `after` talks with someone; not `at`, which as often places another meeting (`to be discussed at a conference in
 * Cairo in November`).
 */
function duringMeeting(tokens: TokenList, sentence: Sentence): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) {
    // (Or right after talks with someone: `Putin said on Tuesday after talks with Xi in Beijing`, the talks' own day.)
    const w = tokens.lowerAt(i);
    // (Or while the speaker was at one: `called on BRICS countries to … as he attended the 16th BRICS Summit`.)
    if (w === "as" && attendingAfter(tokens, i + 1, end)) return true;
    const after = w === "after" || w === "following";
    if (w !== "during" && !after) continue;
    const noun = DETERMINERS.has(tokens.lowerAt(i + 1) ?? "") ? i + 2 : i + 1;
    if (MEETING_WORDS.has(tokens.lowerAt(noun) ?? "") && !otherMeeting(tokens, noun) && (!after || tokens.lowerAt(noun + 1) === "with")) return true;
  }
  return false;
}

/** Most tokens between `as` and its verb of being at a meeting (`as the Chinese president attended`). */
const AS_SUBJECT_REACH = 4;
/** Most tokens between that verb and the meeting's noun (`attended the 16th BRICS Summit`). */
const ATTENDED_MEETING_REACH = 5;

/**
 * True when a clause from token `from` has its subject be at a meeting (`he attended the 16th BRICS Summit`,
 * `Modi addressed the summit`), no other one (`as he attended next year's summit`).
 */
function attendingAfter(tokens: TokenList, from: number, end: number): boolean {
  for (let v = from + 1; v <= Math.min(end - 1, from + AS_SUBJECT_REACH); v++) {
    if (tokens.kindAt(v) === "punct") return false;
    if (!AT_MEETING_VERBS.has(tokens.lowerAt(v) ?? "")) continue;
    for (let k = v + 1; k < Math.min(end, v + 1 + ATTENDED_MEETING_REACH); k++) {
      if (tokens.kindAt(k) === "punct") return false;
      if (MEETING_WORDS.has(tokens.lowerAt(k) ?? "")) return !otherMeeting(tokens, k);
    }
    return false;
  }
  return false;
}

/** What a date right beside a reporting verb loses: it dates a statement. */
const SAYING_DAY_PENALTY = 3;
/** Score of a lead that names two leaders together with a day, as a sentence naming a meeting has. */
const TOGETHER_SCORE = 2;
/** Score of a clock time in a transcript's header, above any dated sentence about the meeting. */
const HEADER_TIME_SCORE = 6;
/** What a date in the lead paragraph gains. */
const LEAD_BONUS = 2;
/** Score of the date in a wire dateline: below a sentence that reports the meeting held on a day of its own. */
const WIRE_DATE_SCORE = 1;
/** Words that tell of leaders meeting among themselves at a bloc's summit (`met`, `held trilateral talks`). */
const THREE_MET_WORDS = new Set(["met", "meet", "meets", "talks", "trilateral"]);
/** Least score of a sentence that reports the meeting taking place (`have met`, `took part in a meeting`). */
const UNDATED_MEETING_SCORE = 4;
/** Most tokens from a sentence's opening `earlier` to the day it gives (`Earlier, on May 3`). */
const EARLIER_OPENER_REACH = 3;
/** Days within which a date counts as the report's own news. */
const NEWS_DAYS = 3;
/** Days after which a past date is background, not the summit. */
const BACKGROUND_DAYS = 31;

/** A time that may date the meeting, with its score and sentence. */
interface DateCandidate {
  score: number;
  timex: TimeExpression;
  sentence: Sentence;
}

/**
 * The lead's time of a meeting ahead when every time the lead gives (said days aside) lies after the reference and
 * `ahead` holds of it (a sentence about the meeting, in the future tense), the best scored; else null.
 */
function previewTime(lead: readonly DateCandidate[], reference: Day, ahead: (c: DateCandidate) => boolean): DateCandidate | null {
  let best: DateCandidate | null = null;
  for (const c of lead) {
    const interval = valueInterval(c.timex.value);
    if (interval === null || interval.start <= toEpochDay(reference) || !ahead(c)) return null;
    if (best === null || c.score > best.score) best = c;
  }
  return best;
}

/** +2 for a date within a few days of the reference, -2 for one more than a month before it or wholly after it, else 0. */
function proximity(value: string, reference: Day): number {
  const interval = valueInterval(value);
  if (interval === null) return 0;
  const referenceDay = toEpochDay(reference);
  // From the last day the value can mean (`2023-07` ends on July 31) to the reference.
  const days = referenceDay - (interval.start + interval.length - 1);
  if (interval.length === 1 && Math.abs(days) <= NEWS_DAYS) return 2;
  // Long before the reference is background; wholly after it is a plan (`the next summit in 2020`, `in the spring of
  // 2026`).
  if (days > BACKGROUND_DAYS) return -2;
  return referenceDay < interval.start ? -2 : 0;
}

/** True when `phone` or `telephone` at `i` is a call (`spoke by telephone`, `a phone call`), not a device. */
function phoneCall(tokens: TokenList, i: number): boolean {
  const before = tokens.lowerAt(i - 1) ?? "";
  const after = tokens.lowerAt(i + 1) ?? "";
  return before === "by" || before === "via" || before === "over" || after === "call" || after === "conversation" || after === "talks";
}

/**
 * True for a verb of meeting at token `k` right after `also` (`He also met King Felipe VI`), or its `with` (`also met
 * with Polish President Andrzej Duda`): a meeting besides the news. So is a meeting held with them `also` or `later`
 * (`The French President later held a videoconference with Aoun and …`).
 */
function alsoMetAt(tokens: TokenList, k: number): boolean {
  if (tokens.lowerAt(k) !== "with") return MEETING_VERBS.has(tokens.lowerAt(k) ?? "") && tokens.lowerAt(k - 1) === "also";
  // (`held` reaches past its object's words: `also held a separate meeting with Prime Minister Xanana Gusmão`.)
  for (let verb = k - 1; verb >= Math.max(0, k - HELD_MEETING_REACH) && tokens.kindAt(verb) === "word"; verb--) {
    const w = tokens.lowerAt(verb) ?? "";
    if (!(MEETING_VERBS.has(w) && verb >= k - WITH_REACH) && w !== "held") continue;
    const before = tokens.lowerAt(verb - 1) ?? "";
    return before === "also" || (w === "held" && SIDE_EVENT_WORDS.has(before));
  }
  return false;
}

/** True when `test` holds at some token of the sentence (`also met`, a `call with`). */
function holdsAt(tokens: TokenList, sentence: Sentence, test: (tokens: TokenList, i: number) => boolean): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) if (test(tokens, i)) return true;
  return false;
}

/**
 * True for a leader's tour at token `i` (`the first leg of his Middle East tour in Riyadh`), a round of visits: not a
 * tour of a place (`a 10-hour tour of three suspected weapons sites`), nor one in a name (`the PGA Tour`).
 */
function leadersTour(tokens: TokenList, i: number): boolean {
  return tokens.textAt(i) === "tour" && tokens.lowerAt(i + 1) !== "of" && !otherMeeting(tokens, i);
}

/**
 * True for a host's welcome at token `i`: `welcome` and a capitalised name, then `to` and a place within reach
 * (`will welcome Premier … Li Qiang to New Zealand`, `welcomed President Lula to the White House`); not a welcome of a
 * thing (`welcomed the agreement`).
 */
function welcomesVisitor(tokens: TokenList, i: number, end: number): boolean {
  if (!WELCOME_FORMS.has(tokens.lowerAt(i) ?? "") || tokens.capitalizedAt(i + 1) !== true) return false;
  for (let k = i + 2; k < Math.min(end, i + 2 + WELCOME_REACH); k++) {
    if (tokens.kindAt(k) === "punct" && !isPossessiveAt(tokens, k)) return false;
    if (tokens.lowerAt(k) === "to") return tokens.capitalizedAt(tokens.lowerAt(k + 1) === "the" ? k + 2 : k + 1) === true;
  }
  return false;
}

/** Forms of `welcome` that tell of a host receiving a visitor. */
const WELCOME_FORMS: ReadonlySet<string> = new Set(["welcome", "welcomes", "welcomed", "welcoming"]);
/** Most tokens between `welcome` and the `to` of the place (`Premier of the State Council of the People's Republic of China Li Qiang to`). */
const WELCOME_REACH = 16;

/** True for `by` and a gerund at token `i` (`began by reiterating`, `opened by thanking`): how, not that, it happened. */
function byDoing(tokens: TokenList, i: number): boolean {
  const w = tokens.lowerAt(i + 1) ?? "";
  return tokens.lowerAt(i) === "by" && w.length > 4 && w.endsWith("ing");
}

/** True for a call's noun before the one called (`PM call with President Zelenskyy`, `a call between the leaders`). */
function callWith(tokens: TokenList, i: number): boolean {
  const next = tokens.lowerAt(i + 1);
  return tokens.lowerAt(i) === "call" && (next === "with" || next === "between") && !BEFORE_BARE_VERB.has(tokens.lowerAt(i - 1) ?? "");
}

/**
 * True for a courtesy call, `called on` and a titled name (`Prime Minister Shehbaz Sharif on Tuesday called on Chinese
 * President Xi Jinping at the Great Hall of the People`), not an appeal to do something (`called on Putin to accept`).
 */
function calledOn(tokens: TokenList, i: number, end: number): boolean {
  if (!CALLED_FORMS.has(tokens.lowerAt(i) ?? "") || tokens.lowerAt(i + 1) !== "on" || tokens.capitalizedAt(i + 2) !== true) return false;
  for (let k = i + 3; k < Math.min(end, i + 3 + APPEAL_REACH); k++) {
    if (tokens.lowerAt(k) === "to" && tokens.capitalizedAt(k + 1) !== true) return false;
    // (Past an abbreviation's stop and a party in brackets: `called on Michigan Gov. Rick Snyder (R) to resign`.)
    if (tokens.kindAt(k) === "punct" && !isAbbreviationStop(tokens, k) && !BRACKETS.has(tokens.textAt(k) ?? "")) return true;
  }
  return true;
}

/** Brackets an appeal's object may hold (`Rick Snyder (R)`). */
const BRACKETS = new Set(["(", ")"]);
/** Forms of `call` before a courtesy call's `on`. */
const CALLED_FORMS = new Set(["called", "calls", "calling"]);
/** Most tokens after `called on` read for the `to` of an appeal (`called on Russian President Vladimir Putin to …`). */
const APPEAL_REACH = 8;

/** True when the sentence holds one of `words`, outside the offsets `skip` passes over (a quotation's) when given. */
function holdsWord(tokens: TokenList, sentence: Sentence, words: ReadonlySet<string>, skip?: (offset: number) => boolean): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) if (words.has(tokens.lowerAt(i) ?? "") && (skip === undefined || !skip(tokens.startAt(i) ?? 0))) return true;
  return false;
}

/**
 * True when token `i` is a word of meeting at a distance (`a virtual summit`, `met online`, `by video link`); not one
 * that qualifies something else (`online scam networks`, `video footage`).
 */
function remoteWordAt(tokens: TokenList, i: number): boolean {
  if (!REMOTE_WORDS.has(tokens.lowerAt(i) ?? "")) return false;
  const next = tokens.get(i + 1);
  return next === undefined || next.kind !== "word" || next.capitalized || MEETING_WORDS.has(next.lower) || MEETING_NOUNS.has(next.lower) || REMOTE_MEETING_NOUNS.has(next.lower) || REMOTE_WORDS.has(next.lower) || !isNounLike(next.lower);
}

/** Nouns a word of distance makes a meeting at a distance (`video link`, `phone call`, `virtual address`). */
const REMOTE_MEETING_NOUNS = new Set(["call", "calls", "link", "links", "address", "message", "format", "hookup", "appearance", "participation", "conversation", "conversations"]);

/** True for a word that reads as a noun a word of distance could qualify, not a verb's particle or preposition after an adverb (`met online with`). */
function isNounLike(w: string): boolean {
  return !PREPOSITIONS.has(w) && !SUBORDINATORS.has(w) && w !== "and" && w !== "or" && w !== "but";
}

/** True when the header (headline and lines above the text) names a meeting (`The Alaska summit shows …`). */
function headlineNamesMeeting(tokens: TokenList, headerEnd: number): boolean {
  for (let i = 0; i < tokens.length && (tokens.startAt(i) ?? headerEnd) < headerEnd; i++) {
    if (MEETING_WORDS.has(tokens.lowerAt(i) ?? "") && !otherMeeting(tokens, i)) return true;
  }
  return false;
}

/** True when another expression of the sentence holding time `t` names a day (`Saturday, December 7th 2024 - 09:12 UTC`). */
function datedLine(timexes: readonly TimeExpression[], sentence: Sentence, t: TimeExpression): boolean {
  for (let k = firstStartingAtOrAfter(timexes, sentence.start); k < timexes.length; k++) {
    const other = timexes[k];
    if (other === undefined || other.start >= sentence.end) return false;
    if (other !== t && other.type === "DATE" && other.value.length >= 10) return true;
  }
  return false;
}

/** True when a time expression writes out a year (`2:15 pm, August 19, 2025`). */
function namesYear(tokens: TokenList, t: TimeExpression): boolean {
  for (let k = tokenIndexAt(tokens, t.start); k < tokens.length && (tokens.startAt(k) ?? Infinity) < t.end; k++) if (PATTERNS.year.test(tokens.textAt(k) ?? "")) return true;
  return false;
}

/** True for a line that dates the report's publication (`Published on …`, `Last updated …`). */
export function isPublicationLine(tokens: TokenList, sentence: Sentence, headerEnd: number): boolean {
  const first = tokenIndexAt(tokens, sentence.start);
  const w = tokens.lowerAt(first) ?? "";
  if (PUBLICATION_WORDS.has(w) || ((w === "last" || w === "first") && PUBLICATION_WORDS.has(tokens.lowerAt(first + 1) ?? ""))) return true;
  // A footer about the page itself (`This report by The Canadian Press was first published June 23, 2025.`).
  if (w === "this" && PAGE_NOUNS.has(tokens.lowerAt(first + 1) ?? "")) {
    for (let k = first + 2; k < first + MAX_FOOTER_REACH && k < tokens.length && (tokens.startAt(k) ?? Infinity) < sentence.end; k++) if (PUBLICATION_WORDS.has(tokens.lowerAt(k) ?? "")) return true;
  }
  // Above the report, a byline's dates go with the word anywhere in its line (`Burak Bir |04.09.2023 - Update : …`).
  if (sentence.end > headerEnd) return false;
  const end = tokenIndexAt(tokens, sentence.end);
  // (`Update` too, there only: in a live page's running text `UPDATE 3:05pm:` stamps the news itself.)
  for (let k = first + 1; k < end && k - first <= MAX_PUBLICATION_LINE; k++) if (PUBLICATION_WORDS.has(tokens.lowerAt(k) ?? "") || tokens.lowerAt(k) === "update") return true;
  return false;
}

/**
 * True for a byline above the report (`By Jacob Magid` over `7 April 2025, 9:15 pm`), or in a heading block of its
 * own under a standfirst (`heading`): its date is when the report went out, no event; it may still date the meeting a
 * report tells of without naming the day, as a dateline does.
 */
export function isByline(tokens: TokenList, sentence: Sentence, headerEnd: number, heading = false): boolean {
  return (sentence.end <= headerEnd || heading) && tokens.lowerAt(tokenIndexAt(tokens, sentence.start)) === "by";
}

/** How far a footer about the page (`This report by The Canadian Press was first published …`) is read, in tokens. */
const MAX_FOOTER_REACH = 10;

/** Longest publication line read for its word, in tokens. */
const MAX_PUBLICATION_LINE = 30;

/**
 * How strongly a sentence reports a meeting taking place: 2 for a meeting word, 2 more per happening verb, 2 less
 * for a side meeting (`met Trump on the sidelines of the summit`).
 */
function meetingScore(tokens: TokenList, sentence: Sentence): number {
  let about = false;
  // A sentence only about another meeting (`the next summit would be held in Azerbaijan next year`).
  let other = false;
  let happenings = 0;
  let aside = false;
  const end = tokenIndexAt(tokens, sentence.end);
  // (The leaders gathered there count only when no other meeting is named: `The two leaders last met in Beijing in
  // October` tells of that meeting.)
  let leaders = false;
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) {
    const w = tokens.lowerAt(i) ?? "";
    const group = GATHERED_GROUPS.has(w);
    const meetingWord = MEETING_WORDS.has(w) || group;
    const elsewhen = meetingWord && otherMeeting(tokens, i);
    // (A relative clause about another meeting leaves the clause it hangs on to this one: `hosted Ramaphosa …, where both
    // leaders agreed to revive the commission, which last met in 2021`; the rest of that aside is skipped.)
    if (elsewhen && inRelativeAside(tokens, sentence, tokens.startAt(i) ?? 0)) {
      while (i + 1 < end && tokens.textAt(i + 1) !== ",") i++;
      continue;
    }
    other ||= elsewhen;
    if (group && !elsewhen) leaders = true;
    else about ||= (meetingWord && !elsewhen) || (PHONE_WORDS.has(w) && phoneCall(tokens, i)) || callWith(tokens, i) || calledOn(tokens, i, end) || leadersTour(tokens, i) || welcomesVisitor(tokens, i, end);
    // (Not how one began to speak: `The Prime Minister began by reiterating …`.)
    if (HAPPENING_VERBS.has(w) && (w !== "discussed" || discussedByParties(tokens, i)) && !byDoing(tokens, i + 1)) happenings++;
    aside ||= SIDELINE_WORDS.has(w);
  }
  about ||= leaders && !other;
  // (Its verbs of happening tell of that meeting, not of this one.)
  const score = (about ? 2 : 0) + (about || !other ? 2 * happenings : 0);
  return aside && score > 0 ? Math.max(1, score - SIDE_EVENT_PENALTY) : score;
}

/**
 * True when the sentence's first `has` or `have` makes a present perfect (`has hailed`, `have agreed`), not a possession.
 * `arrival`: whether a perfect of arriving counts (`has arrived in Nuku'alofa for the … meeting` tells of none held).
 */
function inPresentPerfect(tokens: TokenList, s: Sentence, arrival = true): boolean {
  const end = tokenIndexAt(tokens, s.end);
  for (let i = tokenIndexAt(tokens, s.start); i < end; i++) {
    const w = tokens.lowerAt(i) ?? "";
    if (w !== "has" && w !== "have") continue;
    const verb = ADVERBS_BEFORE_VERB.has(tokens.lowerAt(i + 1) ?? "") ? i + 2 : i + 1;
    const v = tokens.lowerAt(verb) ?? "";
    return tokens.capitalizedAt(verb) !== true && ((v.length > 4 && v.endsWith("ed")) || PERFECT_PARTICIPLES.has(v)) && (arrival || !ARRIVAL_VERBS.has(v));
  }
  return false;
}

/** Plural subjects of talks right before `discussed` (`the two leaders discussed`, `both sides discussed`). */
const DISCUSSING_GROUPS = new Set([...MEETING_GROUPS, "sides", "presidents", "leaders"]);

/**
 * True when `discussed` at token `i` tells of talks held: right after a name or a group of parties, a day between
 * them allowed (`Lavrov and his Chinese counterpart Wang Yi on Tuesday discussed`); not a book's or a plan's (`a best
 * seller, which … and discussed how`, `is set to be discussed at a conference`).
 */
function discussedByParties(tokens: TokenList, i: number): boolean {
  let k = i - 1;
  if (WEEKDAY_NAMES.includes(tokens.lowerAt(k) ?? "") && tokens.lowerAt(k - 1) === "on") k -= 2;
  const t = tokens.get(k);
  return t !== undefined && t.kind === "word" && (t.capitalized || DISCUSSING_GROUPS.has(t.lower));
}

/**
 * Token index of a word of staying away in the sentence (`did not attend`, `skipped`, `remains absent`), or -1.
 * `ahead`: the report is written before its meeting, so a plan to stay away (`Trump will not attend`) is from it.
 */
function absenceAt(tokens: TokenList, s: Sentence, ahead: boolean): number {
  const end = tokenIndexAt(tokens, s.end);
  // `which Trump has said he may skip`: a plan to stay away from some meeting to come is no absence from this one.
  // `said last month he would boycott the gathering`: after the meeting, a past plan to stay away from it held.
  // (So is one with no object, the meeting understood: `The White House said Washington would not attend because …`.)
  const notPlanned = (i: number, object: number): boolean => {
    const modal = ahead ? null : plannedBy(tokens, i);
    // (`Lula, who could not travel`: a past inability, no plan.)
    return modal === null || modal === "could" || (modal === "would" && (namesTheMeeting(tokens, object) || tokens.kindAt(object) === "punct" || SUBORDINATORS.has(tokens.lowerAt(object) ?? "")));
  };
  let namesMeeting: boolean | undefined;
  for (let i = tokenIndexAt(tokens, s.start); i < end; i++) {
    const w = tokens.lowerAt(i) ?? "";
    // `the absence of Xi Jinping`: the people after it are away.
    if (ABSENCE_WORDS.has(w) && (w === "absence" ? tokens.lowerAt(i + 1) === "of" : awayFromMeeting(tokens, i + 1) && notPlanned(i, i + 1))) return i;
    // (`stayed away`, `pulled out`.)
    // (`stayed home`, `stayed at home` too.)
    const particle = tokens.lowerAt(i + 1) === "at" && tokens.lowerAt(i + 2) === "home" ? "home" : tokens.lowerAt(i + 1);
    const particleEnd = tokens.lowerAt(i + 1) === "at" ? i + 3 : i + 2;
    if (STAYING_VERBS.has(w) && (particle === STAYING_PARTICLES.get(w) || (particle === "home" && STAYING_PARTICLES.get(w) === "away")) && awayFromMeeting(tokens, particleEnd) && notPlanned(i, particleEnd)) return i;
    if (w !== "not" && w !== "n't" && w !== "never") continue;
    // (`has not been invited`: a passive's auxiliary may stand between; `did not take part in the talks`: a phrase.)
    const verb = tokens.lowerAt(i + 1) === "been" || tokens.lowerAt(i + 1) === "be" ? i + 2 : i + 1;
    // (`is not expected at the forum`: one expected elsewhere, or nowhere.)
    const expected = tokens.lowerAt(verb) === "expected" && (tokens.lowerAt(verb + 1) === "at" || tokens.lowerAt(verb + 1) === "in");
    const object = TAKING_FORMS.has(tokens.lowerAt(verb) ?? "") && tokens.lowerAt(verb + 1) === "part" ? verb + 2 : ATTENDING_VERBS.has(tokens.lowerAt(verb) ?? "") || expected ? verb + 1 : -1;
    if (object > 0 && awayFromMeeting(tokens, object) && notPlanned(i, object)) return i;
    // (`Poland's president, Karol Nawrocki, …, did not meet Merz`: one who did not meet a guest was at no talks with
    // them; not `did not meet Zelensky at the summit`, where the sentence names a meeting.)
    // (The sentence is read for its meeting once, however many such verbs it holds.)
    const met = MEET_FORMS.has(tokens.lowerAt(verb) ?? "") ? (tokens.lowerAt(verb + 1) === "with" ? verb + 2 : verb + 1) : -1;
    if (met > 0 && tokens.capitalizedAt(met) === true && !(namesMeeting ??= holdsWord(tokens, s, MEETING_NOUNS)) && notPlanned(i, met)) return i;
    // (`The US did not send a delegation`: a country that sends no one stays away.)
    const sent = tokens.lowerAt(verb) === "send" ? (ARTICLES_OF_NONE.has(tokens.lowerAt(verb + 1) ?? "") ? verb + 2 : verb + 1) : -1;
    if (sent > 0 && SENT_DELEGATES.has(tokens.lowerAt(sent) ?? "") && awayFromMeeting(tokens, sent + 1) && notPlanned(i, sent + 1)) return i;
  }
  return -1;
}

/** A verb of meeting after `not` (`did not meet Merz`, `will not see him`). */
const MEET_FORMS = new Set(["meet", "see"]);

/** Those a country sends to a meeting (`did not send a delegation`, `sent no representatives`). */
const SENT_DELEGATES = new Set(["delegation", "delegates", "representative", "representatives", "anyone", "officials", "envoy"]);
/** Articles before what is not sent (`a delegation`, `any representatives`). */
const ARTICLES_OF_NONE = new Set(["a", "an", "any"]);

/** Tokens before a word of staying away within which a modal makes it a plan. */
const PLAN_REACH = 3;

/** The modal or word of plans that stands just before token `i` (`may skip`, `will not attend`, `won't attend`), or null. */
function plannedBy(tokens: TokenList, i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - PLAN_REACH); k--) {
    const w = tokens.lowerAt(k) ?? "";
    if (FUTURE_MARKERS.has(w) || FORWARD_MODALS.has(w) || w === "may" || contractsWill(w)) return w;
  }
  return null;
}

/** Participles that schedule a meeting for a time (`a summit planned for later this month`). */
const SCHEDULING_PARTICIPLES = new Set(["planned", "scheduled", "set", "slated", "due", "expected"]);
/** Most tokens between the word that puts a meeting ahead (`ahead of`, `before`) and its noun (`an EU-China summit`). */
const AHEAD_OF_MEETING_REACH = 4;

/**
 * True when the time at token `at` schedules a meeting that the sentence puts ahead of its own (`ahead of an EU-China
 * summit planned for later this month`, `before the summit set for June`): that meeting's day, not this one's.
 */
function datesMeetingAhead(tokens: TokenList, at: number): boolean {
  let k = at - 1;
  if (tokens.lowerAt(k) === "for") k--;
  if (!SCHEDULING_PARTICIPLES.has(tokens.lowerAt(k) ?? "") || !MEETING_WORDS.has(tokens.lowerAt(k - 1) ?? "")) return false;
  for (let j = k - 2; j >= Math.max(0, k - 2 - AHEAD_OF_MEETING_REACH); j--) {
    const w = tokens.lowerAt(j) ?? "";
    if (w === AHEAD_WORD || w === "before" || w === "eve") return true;
    if (tokens.kindAt(j) === "punct" && tokens.textAt(j) !== "-") return false;
  }
  return false;
}

/** True when the words from token `k` name the meeting itself (`the summit`, `their talks`), not another one. */
function namesTheMeeting(tokens: TokenList, k: number): boolean {
  // (Or the leaders' own: `after their talks in Baku on Monday`.)
  if (tokens.lowerAt(k) !== "the" && tokens.lowerAt(k) !== "their") return false;
  // (Past how long it lasted: `the 75-minute meeting`, `the two-hour talks`.)
  let j = k + 1;
  while (j < k + 1 + MAX_LENGTH_WORDS && (PATTERNS.startsWithDigit.test(tokens.textAt(j) ?? "") || tokens.textAt(j) === "-" || UNITS[tokens.lowerAt(j) ?? ""] !== undefined || NUMBER_WORDS[tokens.lowerAt(j) ?? ""] !== undefined)) j++;
  // (And past what kind of meeting it is: `after their annual consultation at Perdana Putra`.)
  if (MEETING_KIND_WORDS.has(tokens.lowerAt(j) ?? "")) j++;
  return MEETINGS_STAYED_AWAY_FROM.has(tokens.lowerAt(j) ?? "");
}

/** Plural nouns of talks that name the meeting without an article (`after talks at State House`). */
const BARE_TALKS: ReadonlySet<string> = new Set(["talks", "consultations", "negotiations"]);

/** Most tokens of a meeting's length before its noun (`75 - minute`). */
const MAX_LENGTH_WORDS = 3;

/** Tokens after a word of staying away within which the meeting it names may come. */
const ABSENCE_REACH = 6;

/**
 * True when what one stays away from is the meeting: nothing named (`did not attend.`), the summit or the talks, or
 * the city (`did not travel to Ankara`); not a side event (`did not attend the business forum`).
 */
function awayFromMeeting(tokens: TokenList, k: number): boolean {
  const first = tokens.get(k);
  // (`stayed home and were represented by their foreign ministers`: what follows `and` is another verb.)
  if (first?.lower === "and") return true;
  // (A reason after it leaves the meeting unnamed: `stayed away after a last-minute invitation drew objections`.)
  if (first === undefined || first.kind === "punct" || ABSENCE_REASONS.has(first.lower)) return true;
  if (first.lower === "to" && tokens.capitalizedAt(k + 1) === true) return true;
  for (let j = k; j < k + ABSENCE_REACH; j++) {
    const w = tokens.lowerAt(j) ?? "";
    if (MEETINGS_STAYED_AWAY_FROM.has(w)) return true;
    // (Past a possessive: `barred from the bloc's summits`.)
    if (tokens.kindAt(j) === "punct" && !isPossessiveAt(tokens, j)) return false;
  }
  return false;
}

/** Countries the text names, by where a mention of them (or of one of their cities) ends, and the people of each. */
interface StatesNamed {
  readonly endingAt: (end: number) => string | undefined;
  readonly peopleOf: (country: string) => readonly string[];
  /** Where each mention of a country or of one of its cities ends. */
  readonly ends: readonly number[];
}

/** The countries the text names, by where their mentions and their cities' end, and each country's people, listed once. */
function statesNamed(countryMentions: readonly CityMention[], cityMentions: readonly CityMention[], cities: ReadonlyMap<string, readonly [string, string]>, people: readonly PersonDraft[]): StatesNamed {
  const stateEnds = new Map<number, string>();
  for (const m of countryMentions) stateEnds.set(m.end, m.name);
  for (const m of cityMentions) {
    const country = cities.get(m.name.toLowerCase())?.[1];
    if (country !== undefined) stateEnds.set(m.end, country);
  }
  // (Listed once, not looked for per sentence of staying away: a text of many names and many absences stays linear.)
  const byCountry = new Map<string, string[]>();
  for (const p of people) {
    if (p.country === null) continue;
    const ids = byCountry.get(p.country);
    if (ids === undefined) byCountry.set(p.country, [p.id]);
    else ids.push(p.id);
  }
  return { endingAt: (end) => stateEnds.get(end), peopleOf: (country) => byCountry.get(country) ?? [], ends: [...stateEnds.keys()] };
}

/** Words between a subject and its verb of staying away (`Washington had boycotted`, `Moscow also skipped`). */
const SUBJECT_GAP_WORDS = new Set(["had", "has", "have", "also", "largely", "effectively", "then", "again", "did", "does", "do", "would", "will", "could", "was", "were", "is", "are"]);
/** Most such words. */
const MAX_SUBJECT_GAP = 2;

/**
 * The person who stays away in a sentence that says so: the one named last before the word in the same stretch
 * without a comma (`Erdogan hosts Aliyev, Pashinyan remains absent`), else the sentence's first person
 * (`Pashinyan, who had been invited, did not travel`).
 */
function absentPeople(tokens: TokenList, s: Sentence, mentions: readonly Mention[], ahead: boolean, states: StatesNamed): readonly string[] {
  const at = absenceAt(tokens, s, ahead);
  if (at < 0) return [];
  const word = tokens.startAt(at) ?? 0;
  // `after Washington boycotted the two-day gathering`: a country, or its capital, stays away, and its people with it.
  let subject = at - 1;
  while (subject > at - 1 - MAX_SUBJECT_GAP && SUBJECT_GAP_WORDS.has(tokens.lowerAt(subject) ?? "")) subject--;
  const state = tokens.capitalizedAt(subject) === true ? states.endingAt(tokens.endAt(subject) ?? -1) : null;
  if (state != null) return states.peopleOf(state);
  const inSentence = personMentionsIn(s, mentions);
  // `the absence of Xi Jinping and Vladimir Putin`: everyone named in the phrase after it.
  if (tokens.lowerAt(at) === "absence") {
    const phraseEnd = phraseEndAfter(tokens, at + 2, s);
    return inSentence.filter((m) => m.start > word && m.start < phraseEnd).map((m) => m.personId);
  }
  // `Several leaders canceled at the last minute, including Mexico's Claudia Sheinbaum and …`: those the list names.
  const including = includedAfter(tokens, at, s);
  if (including >= 0) return inSentence.filter((m) => m.start > including).map((m) => m.personId);
  // `conveyed a message from President Lula, who could not travel`: an absence told in a relative clause is the
  // person's that the clause hangs on.
  const antecedentEnd = relativeClauseOpening(tokens, s, at);
  if (antecedentEnd >= 0) {
    const antecedent = inSentence.find((m) => m.end === antecedentEnd);
    if (antecedent !== undefined) return [antecedent.personId];
  }
  // (Not one named in a relative clause about the subject: `Zelenskiy, who was in Saudi Arabia on Monday to meet Crown
  // Prince Mohammed bin Salman, did not take part in the talks` is Zelenskiy.)
  // (Nor one named in an apposition about it: `Argentina's president, Javier Milei, an ally of Trump, also stayed away`.)
  const before = inSentence.filter((m) => m.start < word && !inRelativeAside(tokens, s, m.start, ASIDE_OPENERS));
  // `Xi and Putin skipped the summit`, `Xi, Putin skip summit`: a list of names right before the word; one joined by
  // commas only when it opens the sentence (`Erdogan hosts Aliyev, Pashinyan absent` leaves Aliyev out).
  const listed: string[] = [];
  let edge = word;
  let byAnd = 0;
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as PersonMention;
    const joins = listJoinsBetween(tokens, m.end, edge);
    if (joins === null) break;
    if (joins !== ",") byAnd = listed.length + 1;
    listed.push(m.personId);
    edge = m.start;
  }
  if (listed.length > 0) return edge === s.start ? listed : listed.slice(0, Math.max(1, byAnd));
  // Else the person named after the last comma before the word (`Modi, who met Xi, skipped …` is Modi), or the first.
  let comma = -1;
  for (let t = at - 1; t >= 0 && (tokens.startAt(t) ?? 0) >= s.start && comma < 0; t--) if (tokens.textAt(t) === ",") comma = tokens.startAt(t) ?? -1;
  const sameStretch = before.filter((m) => m.start > comma).at(-1) ?? before[0];
  return sameStretch === undefined ? [] : [sameStretch.personId];
}

/** Most tokens between `, who` and the word of absence in its clause (`, who could not travel`). */
const RELATIVE_ABSENCE_REACH = 6;

/** Where the words before `, who` end when token `at` stands in that relative clause, without a comma between; or -1. */
function relativeClauseOpening(tokens: TokenList, s: Sentence, at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - RELATIVE_ABSENCE_REACH) && (tokens.startAt(k) ?? 0) >= s.start; k--) {
    if (tokens.kindAt(k) === "punct") return -1;
    if (tokens.lowerAt(k) === "who" && tokens.textAt(k - 1) === ",") return tokens.endAt(k - 2) ?? -1;
  }
  return -1;
}

/** Longest stretch read back from a name to the `who` of its clause, in tokens. */
const ASIDE_REACH = 30;

/**
 * True when offset `at` lies in a relative clause set off by a comma (`, who was in Saudi Arabia … to meet X,`), back to
 * the clause's pronoun; or in another aside that one of `openers` opens after a comma (`, an ally of Trump,`).
 */
function inRelativeAside(tokens: TokenList, s: Sentence, at: number, openers: ReadonlySet<string> = RELATIVE_PRONOUNS): boolean {
  return relativeAsideOpener(tokens, s, at, openers) >= 0;
}

/**
 * The token of the word that opens, after a comma, the relative clause or aside holding offset `at` (see
 * {@link inRelativeAside}), read back at most `reach` tokens from the one before `at`; -1 when there is none.
 */
export function relativeAsideOpener(tokens: TokenList, s: Sentence, at: number, openers: ReadonlySet<string> = RELATIVE_PRONOUNS, reach = ASIDE_REACH): number {
  const from = tokenIndexAt(tokens, at) - 1;
  for (let k = from; k >= Math.max(0, from - reach) && (tokens.startAt(k) ?? 0) >= s.start; k--) {
    if (tokens.textAt(k) === ",") return -1;
    if (openers.has(tokens.lowerAt(k) ?? "") && tokens.textAt(k - 1) === ",") return k;
  }
  return -1;
}

/** Words that open an aside about the one named before it: a relative pronoun, or an article (`, an ally of Trump,`). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, ...APPOSITIVE_ARTICLES]);

/** Tokens after a word of staying away within which `including` opens the list of those who did. */
const INCLUDING_REACH = 8;

/** Where the list after `including` starts, when its group stayed away (`Several leaders canceled …, including`), or -1. */
function includedAfter(tokens: TokenList, at: number, s: Sentence): number {
  const end = tokenIndexAt(tokens, s.end);
  for (let k = at + 1; k < Math.min(end, at + INCLUDING_REACH); k++) if (tokens.lowerAt(k) === "including") return tokens.startAt(k) ?? -1;
  return -1;
}

/** A mention of a person, whose id is known. */
export type PersonMention = Mention & { personId: string };

/** The mentions of people (not of unnamed groups) in sentence `s`, in text order. */
export function personMentionsIn(s: Sentence, mentions: readonly Mention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let k = firstStartingAtOrAfter(mentions, s.start); k < mentions.length; k++) {
    const m = mentions[k];
    if (m === undefined || m.start >= s.end) break;
    if (isPersonMention(m)) out.push(m);
  }
  return out;
}

function isPersonMention(m: Mention): m is PersonMention {
  return m.personId !== null;
}

/** Tokens after `on behalf of` or `in place of` within which the person stood in for is named (`the Custodian of the Two Holy Mosques King Salman`). */
const BEHALF_REACH = 10;

/**
 * The people another stands in for in a sentence that says so: the one named after `on behalf of` or `in place of`
 * (`chaired the summit on behalf of King Salman`), or those of the representative's country (`Lavrov is representing
 * Moscow, as President Vladimir Putin …`, `Russia was represented by Lavrov`).
 */
function representedPeople(tokens: TokenList, s: Sentence, mentions: readonly Mention[], countryOf: (id: string) => string | null): readonly string[] {
  const end = tokenIndexAt(tokens, s.end);
  let at = -1;
  let behalf = false;
  for (let i = tokenIndexAt(tokens, s.start); i < end && at < 0; i++) {
    const w = tokens.lowerAt(i) ?? "";
    if (w === "representing" || w === "represented" || w === "represents") at = i;
    else if ((w === "behalf" || w === "place") && tokens.lowerAt(i + 1) === "of" && tokens.lowerAt(i - 1) === (w === "behalf" ? "on" : "in")) {
      at = i + 2;
      behalf = true;
    }
  }
  if (at < 0) return [];
  const inSentence = personMentionsIn(s, mentions);
  const word = tokens.startAt(at) ?? 0;
  if (behalf) {
    // The phrase after `of` up to its first mark: `On behalf of the government, Xi welcomed …` stands in for no one.
    let stop = at;
    while (stop < end && stop - at < BEHALF_REACH && tokens.kindAt(stop) === "word") stop++;
    const reach = tokens.startAt(stop) ?? s.end;
    const named = inSentence.find((m) => m.start >= word && m.start < reach && m.via !== "pronoun");
    return named === undefined ? [] : [named.personId];
  }
  const representative = tokens.lowerAt(at + 1) === "by" ? inSentence.find((m) => m.start > word) : inSentence.filter((m) => m.start < word).at(-1);
  // (`President Bola Tinubu, who handed over the chairmanship last year, was represented by Vice President Kashim
  // Shettima`: the subject of the passive is stood in for, whatever the stand-in's country.)
  // (The person right before the auxiliary, or before a relative clause about them; not `X attended, while Bosnia
  // was represented by …`.)
  let subjectEnd = at - 2;
  // (Past a modal or a perfect before the auxiliary: `Putin will be represented by`, `has been represented by`.)
  while (subjectEnd > at - 4 && (MODALS.has(tokens.lowerAt(subjectEnd) ?? "") || PERFECT_AUXILIARIES.has(tokens.lowerAt(subjectEnd) ?? ""))) subjectEnd--;
  if (tokens.textAt(subjectEnd) === ",") {
    let open = subjectEnd - 1;
    while (open > 0 && subjectEnd - open <= MAX_RELATIVE_ASIDE && !(tokens.textAt(open) === "," && RELATIVE_PRONOUNS.has(tokens.lowerAt(open + 1) ?? ""))) open--;
    subjectEnd = tokens.textAt(open) === "," ? open - 1 : -1;
  }
  const endsSubject = (m: Mention): boolean => tokenIndexAt(tokens, m.end) - 1 === subjectEnd;
  // (In the active, the one named right after the verb, past a title: `Vice President Kashim Shettima on Sunday
  // represented President Bola Tinubu at the … summit`.)
  // (At a meeting the sentence names: not a lawyer's client, `Kendall, who also has represented President Bill Clinton`.)
  const subject = tokens.lowerAt(at + 1) === "by"
    ? PASSIVE_AUXILIARIES.has(tokens.lowerAt(at - 1) ?? "") ? inSentence.find(endsSubject) : undefined
    : holdsWord(tokens, s, MEETING_WORDS) ? inSentence.find((m) => m.start > word && m.via !== "pronoun" && tokenIndexAt(tokens, m.start) - at <= REPRESENTED_REACH) : undefined;
  const country = representative === undefined ? null : countryOf(representative.personId);
  // (Those listed with the representative after `by` represent too: `The European Union was represented by António
  // Costa, …, and Ursula von der Leyen`.)
  const listEnd = tokens.lowerAt(at + 1) === "by" ? representativesEnd(tokens, at + 2, end) : at;
  const listed = (m: Mention): boolean => m.start > word && tokenIndexAt(tokens, m.start) < listEnd;
  const sameCountry = country === null ? [] : inSentence.filter((m) => m.personId !== representative?.personId && !listed(m) && countryOf(m.personId) === country).map((m) => m.personId);
  return subject === undefined || sameCountry.includes(subject.personId) ? sameCountry : [subject.personId, ...sameCountry];
}

/** Words that end the list of representatives after `represented by` (`…, as Putin stayed home`). */
const REPRESENTATIVES_END = new Set(["as", "while", "because", "since", "after", "though", "although", "who", "whom", "instead", ";"]);

/** The token where the list of representatives that opens at `from` ends: a word that opens another clause, or `end`. */
function representativesEnd(tokens: TokenList, from: number, end: number): number {
  for (let k = from; k < end; k++) if (REPRESENTATIVES_END.has(tokens.lowerAt(k) ?? "")) return k;
  return end;
}

/** Most tokens from `represented` to the name of the one stood in for (`represented President Bola Tinubu`). */
const REPRESENTED_REACH = 3;

/** Longest relative clause between a subject and its passive (`, who handed over the chairmanship last year,`), in tokens. */
const MAX_RELATIVE_ASIDE = 16;

/** Longest phrase after `the absence of` read for the people it names, in tokens. */
const MAX_ABSENCE_PHRASE = 16;

/** Where the phrase starting at token `from` ends: its sentence's end, a clause mark, or the reach. */
export function phraseEndAfter(tokens: TokenList, from: number, s: Sentence): number {
  for (let k = from; k < from + MAX_ABSENCE_PHRASE; k++) {
    const t = tokens.get(k);
    if (t === undefined || t.start >= s.end) return s.end;
    if (t.text === "." || t.text === ";" || t.text === ":" || t.lower === "which" || t.lower === "who") return t.start;
  }
  return tokens.startAt(from + MAX_ABSENCE_PHRASE) ?? s.end;
}

/**
 * True when a name starting at offset `start` in sentence `s` goes on a list from the name last found (`last`): in
 * the same sentence, near it, only commas or `and` between (see {@link listJoinsBetween}).
 */
function listGoesOn(tokens: TokenList, last: { sentence: Sentence; end: number } | null, s: Sentence, start: number): boolean {
  return last !== null && last.sentence === s && start - last.end <= MAX_LIST_GAP && listJoinsBetween(tokens, last.end, start) !== null;
}

/** What joins two names in a list, or a name to its verb: `,` when only commas stand between offsets `from` and `to`, `and` when `and` does (or nothing, or `did`), null for any other word. */
function listJoinsBetween(tokens: TokenList, from: number, to: number): "," | "and" | null {
  let comma = false;
  let and = false;
  for (let k = tokenIndexAt(tokens, from); k < tokens.length && (tokens.startAt(k) ?? to) < to; k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (w === ",") comma = true;
    else if (w === "and") and = true;
    // (A country's possessive or a title may open the next name: `al-Sisi and Iran's Masoud Pezeshkian`.)
    // (Nor does an adverb before the verb: `… and Iran's Masoud Pezeshkian also stayed home`.)
    // (Nor an abbreviation's stop in a country's title: `Yoon Suk Yeol and U.S. President Joe Biden`.)
    // (Nor a word of tenure: `Aoun and Syrian interim President Ahmed al-Sharaa`.)
    // (Nor an article inside a title: `… and His Highness the Prime Minister Sheikh Ahmad …`.)
    else if (w !== "did" && w !== "do" && w !== "does" && !(w === "the" && tokens.capitalizedAt(k - 1) === true) && !tokens.capitalizedAt(k) && !isPossessiveAt(tokens, k) && !ADVERBS_BEFORE_VERB.has(w) && w !== "both" && !isAbbreviationStop(tokens, k) && !TENURE_WORDS.has(w)) return null;
  }
  return comma && !and ? "," : "and";
}

/** Most tokens between two leaders' names joined by `with` (`flew to Tunis today with`). */
const MAX_WITH_GAP = 8;

/**
 * True when the few words between offsets `from` and `to` hold `with` and no punctuation (`flew to Tunis today with`),
 * or a verb of telling the other (`Modi on Tuesday told Russian President Vladimir Putin`: told face to face).
 */
function meetsBetween(tokens: TokenList, from: number, to: number): boolean {
  let found = false;
  const first = tokenIndexAt(tokens, from);
  for (let k = first; k < tokens.length && (tokens.startAt(k) ?? to) < to; k++) {
    if (k - first >= MAX_WITH_GAP || tokens.kindAt(k) === "punct") return false;
    found ||= tokens.lowerAt(k) === "with" || TOLD_TO.has(tokens.lowerAt(k) ?? "");
  }
  return found;
}

/**
 * Title words looked back over from a name (`urge Russian President Vladimir Putin`, `then taoiseach Enda Kenny`,
 * `held talks with General Secretary of the Communist Party of Viet Nam Central Committee Nguyen Phu Trong`).
 */
const TITLE_REACH = 14;

/**
 * The token before the title words that stand before the name at token `at`: capitalised words, an abbreviation's
 * period, the lower-case words of the person's own offices (`taoiseach`) and a country's possessive (`met Venezuela's
 * Vice President Delcy Rodríguez`); -1 when the reach runs out first.
 */
function beforeTitle(tokens: TokenList, at: number, officeWords: ReadonlySet<string>, sentenceStart: number): number {
  for (let k = at - 1; k >= Math.max(0, at - TITLE_REACH); k--) {
    const t = tokens.get(k);
    if (t === undefined) return -1;
    // (Not past the sentence's start, whose period a name glues to: `… between Putin and U.S. President Donald Trump.`
    // then `Trump last week gave …`.)
    if (k < sentenceStart || (!t.capitalized && !isGluedPeriod(tokens, k) && !officeWords.has(t.lower) && !(isPossessiveAt(tokens, k) && tokens.capitalizedAt(k - 1) === true))) return k;
  }
  return -1;
}

/** Most tokens from a meeting's `with` back to the negation that denies it (`did not get a meeting with`). */
const DENIED_REACH = 6;
/** Words that deny a meeting before it (`did not get a meeting with`, `failed to secure talks with`, `without meeting`). */
const DENYING_WORDS = new Set(["not", "n't", "never", "failed", "without", "no"]);

/**
 * True when the name whose title token `k` stands before is one a meeting was denied with (`met … Rubio …, but did not
 * get a meeting with President Donald Trump`): not met.
 */
function deniedMeetingWith(tokens: TokenList, k: number): boolean {
  if (tokens.lowerAt(k) !== "with") return false;
  let meeting = false;
  for (let j = k - 1; j >= Math.max(0, k - DENIED_REACH) && tokens.kindAt(j) === "word"; j--) {
    const w = tokens.lowerAt(j) ?? "";
    meeting ||= MEETING_WORDS.has(w);
    if (DENYING_WORDS.has(w) || w.endsWith("n't")) return meeting;
  }
  return false;
}

/**
 * True when a verb of appeal governs the name whose title token `k` stands before (`urge Putin to accept`, `called on
 * Putin`), or the name gives a reaction to the meeting (`The visit drew criticism from Ukrainian President Volodymyr
 * Zelenskyy`): not met.
 */
function appealedTo(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  return APPEAL_VERBS.has(w) || (w === "on" && CALLING_ON_VERBS.has(tokens.lowerAt(k - 1) ?? "")) || (w === "from" && (REACTION_NOUNS.has(tokens.lowerAt(k - 1) ?? "") || messageBefore(tokens, k)));
}

/** Most tokens between a message's noun and the `from` of its sender (`a letter of invitation from`). */
const MESSAGE_REACH = 3;

/** True when a message's noun stands a few words before the `from` at `k` (`handed the Pope a letter of invitation from President Donald Trump`): its sender is not there. */
function messageBefore(tokens: TokenList, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - MESSAGE_REACH); j--) {
    if (MESSAGE_NOUNS.has(tokens.lowerAt(j) ?? "")) return true;
    if (tokens.kindAt(j) !== "word") return false;
  }
  return false;
}

/**
 * True when the name whose title token `k` stands before invites the visit (`paying a state visit … at the invitation
 * of the President of India Droupadi Murmu, held official talks with Prime Minister … Modi`): the host of the visit,
 * not by those words at its talks.
 */
function invitedBy(tokens: TokenList, k: number, dated: boolean): boolean {
  // (Outside the dated sentence, read back past an `of` that an office of the same words took for its own: `… for a state
  // visit at the invitation of King Charles III`, the King of the United Kingdom; in it, one who invited the others to
  // the meeting may sit at it, `met today in Riga at the invitation of Prime Minister Evika Siliņa of Latvia`.)
  const of = tokens.lowerAt(k) === "the" ? k - 1 : tokens.lowerAt(k) === "invitation" && !dated ? k + 1 : k;
  return tokens.lowerAt(of) === "of" && tokens.lowerAt(of - 1) === "invitation";
}

/** Verbs of calling someone (`Macron phoned Trump`). */
const PHONING_VERBS = new Set(["phoned", "rang", "telephoned"]);

/** True when the name whose title token `k` stands before is called (`spoke by phone with U.S. President Donald Trump`, `phoned Trump`, `a call with Trump`, `would call Zelenskyy`). */
function calledAt(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  // (`call` as a bare verb, after a modal or `to`: `stopped short of saying he would call Volodymyr Zelenskyy`.)
  if (PHONING_VERBS.has(w) || (w === "call" && BEFORE_BARE_VERB.has(tokens.lowerAt(k - 1) ?? ""))) return true;
  // (`had spoken to Mr Trump on Friday night`: a talk the report adds to the meeting's, not held at it.)
  if ((w === "to" || w === "with") && SPOKEN_FORMS.has(tokens.lowerAt(k - 1) ?? "")) return true;
  if (w !== "with") return false;
  const before = tokens.lowerAt(k - 1) ?? "";
  return (PHONE_WORDS.has(before) && phoneCall(tokens, k - 1)) || before === "call";
}

/** Forms of `speak` before the one spoken to, in a sentence other than the meeting's. */
const SPOKEN_FORMS = new Set(["spoke", "spoken"]);

/** Most tokens between an ordinal and the `after` it counts from (`the second foreign leader after`, `the second … since Trump took office last month, after`). */
const COUNTED_REACH = 20;

/** True when the name whose title token `k` stands before is one another is counted after (`the second foreign leader after Netanyahu`, `the first since Obama`). */
function countedAfter(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k);
  if (w !== "after" && w !== "since") return false;
  // (Past a comma too: `Ishiba is the second foreign leader to visit the White House since Trump took office last
  // month, after Israeli Prime Minister Benjamin Netanyahu`.)
  for (let j = k - 1; j >= Math.max(0, k - COUNTED_REACH); j--) {
    const t = tokens.get(j);
    if (t === undefined || (t.kind !== "word" && t.text !== ",")) return false;
    if ((ORDINAL_WORDS[t.lower] ?? 0) > 0) return true;
  }
  return false;
}

/** Tokens between a reaction verb and the meeting it judges (`welcomed the historic inter-Korean summit`). */
const REACTION_OBJECT_REACH = 4;
/**
 * Words that may stand between a name and its reaction verb (`Trump quickly welcomed`, `Kyiv has criticised`, `Trump
 * has not commented on the summit`).
 */
const BEFORE_REACTION = new Set(["also", "quickly", "swiftly", "immediately", "later", "not", "yet", "did", "does", ...PERFECT_AUXILIARIES]);
/** Most such words. */
const MAX_BEFORE_REACTION = 3;

/** Longest office set off by commas after a name, in tokens (`, the head of the European Commission,`). */
const MAX_APPOSITION = 8;

/** The token after an office set off by commas that opens at token `k` (`, the head of …,`), else `k`. */
function afterApposition(tokens: TokenList, k: number): number {
  if (tokens.textAt(k) !== "," || !DETERMINERS.has(tokens.lowerAt(k + 1) ?? "")) return k;
  for (let j = k + 2; j < k + 2 + MAX_APPOSITION; j++) {
    if (tokens.textAt(j) === ",") return j + 1;
    if (tokens.kindAt(j) !== "word") return k;
  }
  return k;
}

/**
 * True when the name at tokens `[at, last]` reacts to the meeting (`Trump welcomed the summit on Twitter`): the
 * subject of a verb of judging whose object, in lower-case words, is the meeting; not a host (`welcomed Xi to the
 * talks`).
 */
function reactedTo(tokens: TokenList, at: number, last: number): boolean {
  const k = verbAfterName(tokens, at, last);
  // (A verb of naming only with the name it gives after the meeting: `called the meeting to discuss …` convened it.)
  const naming = NAMING_REACTION_VERBS.has(tokens.lowerAt(k) ?? "");
  if (!REACTION_VERBS.has(tokens.lowerAt(k) ?? "") && !naming) return false;
  for (let j = k + 1; j <= k + REACTION_OBJECT_REACH; j++) {
    const t = tokens.get(j);
    if (t === undefined || t.capitalized || t.kind !== "word") return false;
    if (!MEETING_WORDS.has(t.lower)) continue;
    const next = tokens.textAt(j + 1) ?? "";
    return !naming || DOUBLE_QUOTE_MARKS.has(next) || next === "a" || next === "an" || next === "as";
  }
  return false;
}

/**
 * The token of the verb after the name at tokens `[at, last]`: past an office set off by commas (`Ursula von der Leyen,
 * the head of the European Commission, called …`; or the comma that closes the name when it is that office) and an
 * adverb or two (`also`, `later`).
 */
function verbAfterName(tokens: TokenList, at: number, last: number): number {
  let k = tokens.textAt(at - 1) === "," && tokens.textAt(last + 1) === "," ? last + 2 : afterApposition(tokens, last + 1);
  while (BEFORE_REACTION.has(tokens.lowerAt(k) ?? "") && k - last <= MAX_BEFORE_REACTION) k++;
  return k;
}

/** Most capitalised words of the name whose meeting a verb follows (`after Steve Witkoff's visit`). */
const OTHERS_NAME_REACH = 3;

/**
 * True when the name at tokens `[at, last]` does something after a meeting another named person had (`Zelensky said
 * after Witkoff's visit that …`): one who speaks of that meeting afterwards, not a side of it.
 */
function afterOthersMeeting(tokens: TokenList, at: number, last: number): boolean {
  const k = verbAfterName(tokens, at, last);
  const verb = tokens.get(k);
  if (verb === undefined || verb.kind !== "word" || verb.capitalized || tokens.lowerAt(k + 1) !== "after") return false;
  for (let j = k + 2; j <= k + 2 + OTHERS_NAME_REACH; j++) {
    if (isPossessiveAt(tokens, j)) return j > k + 2 && MEETING_WORDS.has(tokens.lowerAt(j + 1) ?? "");
    if (tokens.capitalizedAt(j) !== true) return false;
  }
  return false;
}

/**
 * True when the name whose title token `k` stands before hosts the gathering (`The summit in Kazan, hosted by Russian
 * President Vladimir Putin`, `as a guest of Kazakh President Kassym-Jomart Tokayev`): on whose sidelines two leaders
 * met, the host is at the wider summit, not at their talks.
 */
function hostOfWider(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  const before = tokens.lowerAt(k - 1) ?? "";
  // (`of` may be read as a word of the office, `guest` then stands before the title.)
  return (w === "by" && HOSTING_PARTICIPLES.has(before)) || GUEST_WORDS.has(w) || (w === "of" && GUEST_WORDS.has(before));
}

/** Most words between a participle of hosting and `by` its host (`hosted in his honour by`). */
const HOSTED_BY_REACH = 4;

/**
 * True when the name whose title token `k` stands before hosts a meal (`Oli said at a banquet hosted in his honour by
 * Indian President Droupadi Murmu last night`): the host of an event beside the talks, not a side of them.
 */
function hostsMeal(tokens: TokenList, k: number): boolean {
  if (tokens.lowerAt(k) !== "by") return false;
  for (let j = k - 1; j >= Math.max(1, k - HOSTED_BY_REACH); j--) if (HOSTING_PARTICIPLES.has(tokens.lowerAt(j) ?? "")) return MEAL_WORDS.has(tokens.lowerAt(j - 1) ?? "");
  return false;
}

/**
 * True when a relative clause after the name ending before token `end` has them host (`European Council President
 * Antonio Costa, who hosted the summit`): on whose sidelines two leaders met, the host of the wider summit.
 */
function hostsAfterName(tokens: TokenList, end: number): boolean {
  const verb = afterWho(tokens, end);
  return verb >= 0 && HOSTING_VERBS.has(tokens.lowerAt(verb) ?? "");
}

/** The token after `, who` set right after a name that ends before token `end` (`Antonio Costa, who hosted …`), or -1. */
function afterWho(tokens: TokenList, end: number): number {
  return tokens.textAt(end) === "," && tokens.lowerAt(end + 1) === "who" ? end + 2 : -1;
}

/** Auxiliaries of a present or coming hosting in a relative clause (`who will host Xi`, `who is hosting him`). */
const HOSTING_AUXILIARIES = new Set(["will", "is", "would"]);
/** Forms of hosting a guest now or ahead, after `who` or its auxiliary. */
const GUEST_HOSTING = new Set(["host", "hosts", "hosting"]);

/**
 * True when a relative clause after the name ending before token `end` has them host someone now or ahead, named in
 * capitals (`Nguyen Phu Trong, who will host Xi,`); not one hosted before (`who hosted Macron last year`).
 */
function hostsGuestAfterName(tokens: TokenList, end: number): boolean {
  const who = afterWho(tokens, end);
  if (who < 0) return false;
  const verb = HOSTING_AUXILIARIES.has(tokens.lowerAt(who) ?? "") ? who + 1 : who;
  return GUEST_HOSTING.has(tokens.lowerAt(verb) ?? "") && tokens.capitalizedAt(verb + 1) === true;
}

/** Nouns for one a host receives (`as a guest of`). */
const GUEST_WORDS = new Set(["guest", "guests"]);

/** Participles of hosting a gathering, before `by` and its host. */
const HOSTING_PARTICIPLES = new Set(["hosted", "chaired", "convened", "organised", "organized"]);

/** Verbs of hosting a gathering after `who` (`who hosted the summit`, `who chairs the bloc`). */
const HOSTING_VERBS = new Set([...HOSTING_PARTICIPLES, "hosts", "chairs", "convenes"]);

/**
 * True when the office before a name, whose title token `k` stands before, is one the person no longer holds
 * (`former President Barack Obama`, `then taoiseach Enda Kenny`, `then-President Obama`, `the late King Abdullah`): a
 * word of the past, then a word of the person's own office (`late Tuesday Trump said` is no office, `and then Trump`
 * none at all).
 */
function formerHolder(tokens: TokenList, k: number, officeWords: ReadonlySet<string>): boolean {
  const w = tokens.lowerAt(k) ?? "";
  const hyphen = w.indexOf("-");
  if (hyphen > 0) return FORMER_WORDS.has(w.slice(0, hyphen)) && officeWords.has(w.slice(hyphen + 1));
  return FORMER_WORDS.has(w) && officeWords.has(tokens.lowerAt(k + 1) ?? "");
}

/** Most tokens of a list of names between one name and the noun they qualify (`Putin, Zelenskiy envoys`). */
const SENDERS_REACH = 6;

/**
 * True when the name ending at token `last`, alone or in a list of names, qualifies a noun of people sent for it
 * (`Erdogan hosts Putin, Zelenskiy envoys`): those met are the envoys, not the one named. The word before the noun
 * ends a person's name (`personEnds`, offsets), or is a possessive: `Ukrainian delegation` is no one's.
 */
function sendsOthers(tokens: TokenList, last: number, personEnds: ReadonlySet<number>): boolean {
  for (let k = last + 1; k <= last + SENDERS_REACH; k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (SENT_FOR_NOUNS.has(w)) return isPossessiveAt(tokens, k - 1) || personEnds.has(tokens.endAt(k - 1) ?? -1);
    if (w !== "," && w !== "and" && w !== "'s" && w !== "’s" && tokens.capitalizedAt(k) !== true) return false;
  }
  return false;
}

/** Prepositions that make a person named after them a topic of the talks (`the situation around … Yuri Khachaturov`). */
const TOPIC_PREPOSITIONS = new Set(["about", "around", "regarding", "concerning"]);

/** True when a topic preposition stands before token `at` in its phrase (its title words between). */
function aboutSomeone(tokens: TokenList, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - OTHER_CLAUSE_REACH); k--) {
    const t = tokens.get(k);
    // (`talked about trade with Lukashenko`: a companion, not a topic.)
    if (t === undefined || (t.kind === "punct" && !isAbbreviationStop(tokens, k)) || t.lower === "with") return false;
    if (TOPIC_PREPOSITIONS.has(t.lower)) return true;
  }
  return false;
}

/** Tokens looked back from a name for a topic's preposition (`talked about Trump`). */
const OTHER_CLAUSE_REACH = 8;
/** Tokens looked back from a name for the `after` that opens another meeting's clause (`after Lee held a summit with U.S. President Donald Trump`). */
const OTHER_MEETING_CLAUSE_REACH = 12;

/**
 * True when token `at` stands in a clause of another meeting that `after`, `before` or `since` opens, with a verb
 * of meeting between (`The summit came a day after Lee met U.S. President Donald Trump`).
 */
function inOtherMeetingClause(tokens: TokenList, at: number): boolean {
  let verb = false;
  for (let k = at - 1; k >= Math.max(0, at - OTHER_MEETING_CLAUSE_REACH); k--) {
    const t = tokens.get(k);
    // The stop of an abbreviation (`U.S.`) ends no clause.
    if (t === undefined || (t.kind === "punct" && !isAbbreviationStop(tokens, k))) return false;
    if (HAPPENING_VERBS.has(t.lower)) verb = true;
    // `a week after Petro clashed with Trump`: a span of time before `after` sets any happening apart.
    // (Not a stretch that lasts from then: `agreed to stop attacks for 30 days after a phone call with Trump`.)
    else if (t.lower === "after" || t.lower === "before" || t.lower === "since") return verb || (UNITS[tokens.lowerAt(k - 1) ?? ""] !== undefined && tokens.lowerAt(k - 3) !== "for");
  }
  return false;
}

/** Most tokens from `where` to a name in its clause (`, where he met with Hungarian Prime Minister Viktor Orban`). */
const WHERE_CLAUSE_REACH = 12;

/** Tokens between a planned meeting's word and a name after its `between` (`a meeting between Russian President Vladimir Putin`). */
const PLANNED_REACH = 10;

/**
 * True when token `at` names one of those a meeting still to be arranged is between (`would begin arranging a meeting
 * between Putin and Zelenskyy`, `a possible meeting between them`): they are not at this one.
 */
/** True when a word of willingness and `to` stand before the meeting word at `i` (`ready to meet`, `willing to hold talks`). */
function willingTo(tokens: TokenList, i: number): boolean {
  const to = tokens.lowerAt(i - 1) === "to" ? i - 1 : tokens.lowerAt(i - 2) === "to" && tokens.kindAt(i - 1) === "word" ? i - 2 : -1;
  return to > 0 && WILLINGNESS_WORDS.has(tokens.lowerAt(to - 1) ?? "");
}

/** True when the name at token `at` is the one a meeting someone is willing to hold is with (`ready to meet … Putin`). */
function willingToMeet(tokens: TokenList, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - PLANNED_REACH); k--) {
    const t = tokens.get(k);
    if (t === undefined || (t.kind === "punct" && !isAbbreviationStop(tokens, k))) return false;
    if (MEETING_WORDS.has(t.lower)) return willingTo(tokens, k);
  }
  return false;
}

/** Most tokens back from `between` to a word that plans the meeting (`the possibility of a direct meeting between`). */
const PLANNING_WORD_REACH = 5;

function inPlannedMeeting(tokens: TokenList, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - PLANNED_REACH); k--) {
    const t = tokens.get(k);
    if (t === undefined || (t.kind === "punct" && !isAbbreviationStop(tokens, k))) return false;
    if (t.lower !== "between") continue;
    if (!MEETING_WORDS.has(tokens.lowerAt(k - 1) ?? "")) return false;
    for (let j = k - 2; j >= Math.max(0, k - PLANNING_WORD_REACH); j--) if (PLANNING_WORDS.has(tokens.lowerAt(j) ?? "")) return true;
    return false;
  }
  return false;
}

/**
 * True when the possessive of a name is a visit still to come: `Putin's upcoming visit` (token `after` past the
 * possessive), or a visit prepared for (`preparations for Putin's visit`, `ahead of Putin's trip`; token `before` in
 * front of the name and its title).
 */
function comingVisitOf(tokens: TokenList, before: number, after: number): boolean {
  const coming = COMING_VISIT_WORDS.has(tokens.lowerAt(after) ?? "");
  if (!VISIT_NOUNS.has(tokens.lowerAt(coming ? after + 1 : after) ?? "")) return false;
  return coming || preparesFor(tokens, before);
}

/** True when token `k` ends a phrase that prepares for what follows it (`preparations for`, `ahead of`). */
function preparesFor(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k);
  return (w === "for" && PREPARING_WORDS.has(tokens.lowerAt(k - 1) ?? "")) || (w === "of" && tokens.lowerAt(k - 1) === AHEAD_WORD);
}

/**
 * True when the name whose title token `before` stands before is the visitor of a visit still to come, named after
 * `of`: `preparations for the visit of President Vladimir Putin to China`, `ahead of the upcoming visit of …`.
 */
function comingVisitBy(tokens: TokenList, before: number): boolean {
  // (The walk back over the title may have passed its `of`, a word of the holder's office: `President of Russia`.)
  const of = tokens.lowerAt(before) === "of" ? before : tokens.lowerAt(before + 1) === "of" ? before + 1 : -1;
  if (of < 0 || !VISIT_NOUNS.has(tokens.lowerAt(of - 1) ?? "")) return false;
  let k = of - 2;
  if (COMING_VISIT_WORDS.has(tokens.lowerAt(k) ?? "")) return true;
  if (tokens.lowerAt(k) === "the") k--;
  return COMING_VISIT_WORDS.has(tokens.lowerAt(k) ?? "") || preparesFor(tokens, k);
}

/** Verbs of talking that take the one talked to after `to` or `with`. */
const TALKING_VERBS = new Set(["speak", "talk"]);

/**
 * True when the name whose title token `k` stands before is one someone is yet to talk to (`made no public commitment
 * to speak to Ukrainian President Volodymyr Zelensky`): not at this meeting, unless the report places them there.
 */
function toBeSpokenTo(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k);
  return (w === "to" || w === "with") && TALKING_VERBS.has(tokens.lowerAt(k - 1) ?? "") && tokens.lowerAt(k - 2) === "to";
}

/** Words that put a meeting ahead in a relative clause, before `to` (`who is expected to meet`, `who plans to meet`). */
const AHEAD_BEFORE_TO = new Set(["expected", "due", "set", "scheduled", "slated", "poised", "plans", "hopes", "intends"]);
/** Verbs of meeting one is yet to do in such a clause (`who is due to meet Kim`, `who will host Xi`). */
const LATER_MEETING_VERBS = new Set(["meet", "host", "visit", "receive", "see"]);

/**
 * True when a relative clause right after the name whose last token is `last` puts a meeting of theirs ahead (`Donald
 * Trump, who is expected to meet Kim in late May, welcomed the outcome`): after a meeting past, they meet later, not
 * there.
 */
function meetsLater(tokens: TokenList, last: number): boolean {
  let k = afterWho(tokens, last + 1);
  if (k < 0) return false;
  if (tokens.lowerAt(k) === "will") return LATER_MEETING_VERBS.has(tokens.lowerAt(k + 1) ?? "");
  if (tokens.lowerAt(k) === "is" || tokens.lowerAt(k) === "was") k++;
  return AHEAD_BEFORE_TO.has(tokens.lowerAt(k) ?? "") && tokens.lowerAt(k + 1) === "to" && LATER_MEETING_VERBS.has(tokens.lowerAt(k + 2) ?? "");
}

/**
 * True when time `t` opens a bracket right after time `before`: the same moment where others live (`on Monday, May 1
 * (Tuesday, May 2, Manila time)`), which dates nothing of its own.
 */
export function restatedAfter(tokens: TokenList, before: TimeExpression, t: TimeExpression): boolean {
  const at = tokenIndexAt(tokens, t.start);
  if (tokens.textAt(at - 1) !== "(") return false;
  // (Past the zone the first is given in: `on Saturday morning local time (Sunday AEST)`.)
  let end = at - 2;
  while (end > at - 2 - MAX_ZONE_WORDS && ZONE_WORDS.has(tokens.lowerAt(end) ?? "")) end--;
  return tokens.endAt(end) === before.end;
}

/** True when a sentence's tense markers hold a verb: a tense of its own, or a finite verb in the present. */
function hasVerb(markers: TenseMarkers): boolean {
  return markers.markers.length > 0 || markers.presentClauses.size > 0;
}

/** Words that give a time's zone after it (`local time`). */
const ZONE_WORDS = new Set(["local", "time"]);
/** Most such words. */
const MAX_ZONE_WORDS = 2;

/** The day of a date or time value (`2018-08-26TEV` → `2018-08-26`); a week or a month as it stands (`2025-W47-WE`). */
export function dayOf(value: string): string {
  return PATTERNS.isoDay.test(value.slice(0, 10)) ? value.slice(0, 10) : value;
}

/** The first time expression of a single day within the period `value` (`2025-W08`) that `accepts`, or null. */
function dayWithin(value: string, timexes: readonly TimeExpression[], accepts: (t: TimeExpression) => boolean): TimeExpression | null {
  const period = valueInterval(value);
  if (period === null) return null;
  for (const t of timexes) {
    if (t.type !== "DATE" || !PATTERNS.isoDay.test(t.value)) continue;
    const day = toEpochDay(parseDay(t.value));
    if (day >= period.start && day < period.start + period.length && accepts(t)) return t;
  }
  return null;
}

/** The country the text calls the host (`accusing host South Africa`, `host nation Brazil`), or null. */
function hostCountry(tokens: TokenList, countryMentions: readonly CityMention[]): string | null {
  for (const m of countryMentions) {
    let k = tokenIndexAt(tokens, m.start) - 1;
    if (HOST_NOUNS.has(tokens.lowerAt(k) ?? "")) k--;
    const w = tokens.lowerAt(k);
    // (`is scheduled to host U.S. President Donald Trump`: the verb, whose object the country's word qualifies.)
    if ((w === "host" || w === "co-host") && !BEFORE_BARE_VERB.has(tokens.lowerAt(k - 1) ?? "")) return m.name;
  }
  return null;
}

/** Nouns between `host` and the country (`host country Egypt`). */
const HOST_NOUNS = new Set(["country", "nation", "state"]);

/** What a day set beside the news by `earlier` or `later` loses. */
const SIDE_EVENT_PENALTY = 2;
/** Added to a day that owns a meeting's word (`last Friday's summit`): it dates the meeting by name. */
const OWNED_MEETING_BONUS = 2;
/** What the day of an arrival loses against the day of the talks of the visit. */
const ARRIVAL_PENALTY = 1;
/** Most tokens between a verb of arriving and its day (`arrived in Kuala Lumpur late on Sunday`). */
const ARRIVAL_REACH = 5;

/** True when a verb of arriving stands a short phrase before token `k`, the word before a day, with no clause break. */
function arrivalDay(tokens: TokenList, k: number, verbs: ReadonlySet<string> = ARRIVAL_VERBS): boolean {
  for (let j = k; j >= 0 && k - j < ARRIVAL_REACH; j--) {
    const w = tokens.lowerAt(j) ?? "";
    if (verbs.has(w)) return true;
    if (tokens.kindAt(j) !== "word") return false;
  }
  return false;
}

/** Verbs of arriving and of setting off: a preview's day of travel. */
const JOURNEY_VERBS: ReadonlySet<string> = new Set([...ARRIVAL_VERBS, ...TRAVEL_VERBS]);

/** True when a verb of travelling (`fly`, `arrive`) stands a short phrase before token `k`, as {@link arrivalDay}. */
function travelDay(tokens: TokenList, k: number): boolean {
  return arrivalDay(tokens, k, JOURNEY_VERBS);
}

/** Most days between a preview's day of travel and the meeting it travels for. */
const MAX_TRAVEL_DAYS = 3;

/**
 * True when a lowercase office follows a name ending before token `k` (`Putin aide`), or a word of its portfolio and
 * the office with no name after it (`Trump commerce secretary in`; not a verb before a title, `joined host Sadyr Japarov`,
 * nor an auxiliary before a verb that is an office too, `will host the meeting`).
 */
function qualifiesOffice(tokens: TokenList, k: number): boolean {
  const office = (j: number): boolean => tokens.kindAt(j) === "word" && tokens.capitalizedAt(j) !== true && ROLE_CLASSES[tokens.lowerAt(j) ?? ""] !== undefined;
  const w = tokens.lowerAt(k) ?? "";
  const verbal = BEFORE_BARE_VERB.has(w) || PASSIVE_AUXILIARIES.has(w) || PERFECT_AUXILIARIES.has(w) || ADVERBS_BEFORE_VERB.has(w);
  // (Not an office's word used of a meeting after it: `Macron held official talks`.)
  return office(k) || (tokens.kindAt(k) === "word" && tokens.capitalizedAt(k) !== true && !verbal && office(k + 1) && tokens.capitalizedAt(k + 2) !== true && !MEETING_WORDS.has(tokens.lowerAt(k + 2) ?? ""));
}

/** Nouns of a leader's government or following that a name before them qualifies (`the Trump administration`). */
const LEADERS_BODIES = new Set(["administration", "government", "cabinet", "campaign", "team", "camp", "era", "presidency", "regime", "doctrine"]);

/** True for a name between `the` (at `before`) and a noun of a leader's body at `after` (`amid pressure from the Trump administration`): no one met. */
function namesGovernment(tokens: TokenList, before: number, after: number): boolean {
  return tokens.lowerAt(before) === "the" && LEADERS_BODIES.has(tokens.lowerAt(after) ?? "");
}

/** True when the time at token `at` closes a stretch that `from` and the time before it, `previous`, open. */
function rangeEndAt(tokens: TokenList, previous: TimeExpression, at: number): boolean {
  return RANGE_ENDS.has(tokens.lowerAt(at - 1) ?? "") && tokenIndexAt(tokens, previous.end) === at - 1 && tokens.lowerAt(tokenIndexAt(tokens, previous.start) - 1) === "from";
}

/** What a date reckoned back from another happening loses. */
const LOOKING_BACK_PENALTY = 6;

/** True when token `at` lies in a relative clause set off by a comma whose antecedent is no meeting word. */
function asideAboutOther(tokens: TokenList, markers: TenseMarkers, at: number): boolean {
  const relative = relativeClauseAt(markers, at);
  const comma = relative === undefined ? undefined : markers.breaks[relative - 1];
  return comma !== undefined && !MEETING_WORDS.has(tokens.lowerAt(comma - 1) ?? "");
}

/** Most tokens between `following` or `after` and a time at the end of the happening it names. */
const PRIOR_EVENT_REACH = 12;
/** Prepositions that name a happening before the sentence's own (`following Israel's attack`, `after talks in Vienna`). */
const PRIOR_EVENT_WORDS = new Set(["following", "after"]);

/**
 * True when token `at` ends a phrase that `following` or `after` opens, in the same clause (`following the attack …
 * last week`); not one about the meeting itself (`after the summit in Brussels ended late Thursday`).
 */
function inPriorEventPhrase(tokens: TokenList, at: number): boolean {
  let itself = false;
  for (let k = at - 1; k >= Math.max(0, at - PRIOR_EVENT_REACH); k--) {
    const t = tokens.get(k);
    // (Nor past the line the clause opens: a headline without its stop above, `… bury the hatchet after months of cold
    // relations` over `President William Ruto on Tuesday hosted …`.)
    if (t === undefined || (t.kind === "punct" && t.text !== "'" && t.text !== "’" && t.text !== "-") || tokens.newLineAt(k + 1) === true) return false;
    // (Or bare talks: `have agreed to resolve a dispute …, after talks at State House in Nairobi on Saturday`.)
    itself ||= namesTheMeeting(tokens, k) || BARE_TALKS.has(t.lower);
    if (PRIOR_EVENT_WORDS.has(t.lower)) return !itself;
  }
  return false;
}

/** Most tokens from `after` to the meeting it counts from (`a day after hosting Chinese Premier Li Qiang for talks`). */
const COUNTED_MEETING_REACH = 8;

/**
 * The days between a meeting and the day ending before token `k`, when a span after it counts from the meeting (`on
 * Tuesday, a day after hosting … for talks`, `two days after their meeting`); else 0.
 */
function daysAfterMeeting(tokens: TokenList, k: number): number {
  const at = tokens.textAt(k) === "," ? k + 1 : k;
  const count = NUMBER_WORDS[tokens.lowerAt(at) ?? ""];
  const unit = UNITS[tokens.lowerAt(at + 1) ?? ""]?.unit;
  if (count === undefined || (unit !== "D" && unit !== "W") || tokens.lowerAt(at + 2) !== "after") return 0;
  for (let j = at + 3; j < at + 3 + COUNTED_MEETING_REACH; j++) {
    if (tokens.kindAt(j) === "punct" && !isAbbreviationStop(tokens, j)) return 0;
    if (MEETING_WORDS.has(tokens.lowerAt(j) ?? "") || HOSTING_FORMS.has(tokens.lowerAt(j) ?? "")) return otherMeeting(tokens, j) ? 0 : count * (unit === "W" ? 7 : 1);
  }
  return 0;
}

/** True when a verb of meeting stands in tokens `[from, to)` (`met`, `received`). */
function meetingVerbBetween(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MEETING_VERBS.has(tokens.lowerAt(k) ?? "")) return true;
  return false;
}

/** Forms of hosting that name a meeting after a span (`a day after hosting Li Qiang`). */
const HOSTING_FORMS = new Set(["hosting", "meeting", "receiving"]);

/** True when time `t` opens its sentence and an agency's name in brackets and a dash follow it (`Aug 16 (Reuters) -`). */
function agencyDated(tokens: TokenList, sentences: readonly Sentence[], t: TimeExpression): boolean {
  // (The dash after the agency is `-`: the view folds every dash to it.)
  if (sentenceAt(sentences, t.start)?.start !== t.start) return false;
  const k = tokenIndexAt(tokens, t.end);
  return tokens.textAt(k) === "(" && tokens.kindAt(k + 1) === "word" && tokens.capitalizedAt(k + 1) === true && tokens.textAt(k + 2) === ")" && tokens.textAt(k + 3) === "-";
}

/** The token before a time starting at token `at`, past its `on` (`told reporters on Monday`: `reporters`). */
function wordBeforeDay(tokens: TokenList, at: number): number {
  return tokens.lowerAt(at - 1) === "on" ? at - 2 : at - 1;
}

/** Most words in lower case between the determiner after `ahead of` and the meeting's word (`his third bilateral meeting`). */
const MAX_MEETING_MODIFIERS = 2;

/**
 * How the day ending before token `k` stands before a meeting named right after it: `eve` when named the eve of what
 * follows (`on Tuesday on the eve of a summit`), `ahead` when it comes before the meeting (`held a video call with
 * Trump on Wednesday ahead of the summit`); else null.
 */
function meetingAfterDay(tokens: TokenList, k: number): "eve" | "ahead" | null {
  const at = tokens.lowerAt(k) === "on" || tokens.textAt(k) === "," ? k + 1 : k;
  if (tokens.lowerAt(at) === "the" && tokens.lowerAt(at + 1) === "eve" && tokens.lowerAt(at + 2) === "of") return "eve";
  const preceding = tokens.lowerAt(at) === "before" ? at + 1 : tokens.lowerAt(at) === "ahead" && tokens.lowerAt(at + 1) === "of" ? at + 2 : -1;
  if (preceding < 0 || !DETERMINERS.has(tokens.lowerAt(preceding) ?? "")) return null;
  // (A word or two in lower case may qualify the meeting: `ahead of his third meeting with U.S. President Donald Trump`.)
  let noun = preceding + 1;
  while (noun < preceding + 1 + MAX_MEETING_MODIFIERS && !MEETING_WORDS.has(tokens.lowerAt(noun) ?? "") && tokens.kindAt(noun) === "word" && tokens.capitalizedAt(noun) !== true) noun++;
  return MEETING_WORDS.has(tokens.lowerAt(noun) ?? "") ? "ahead" : null;
}

/** True when the time expression's words reckon back from another happening (`the previous evening`). */
function looksBack(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (LOOKING_BACK_WORDS.has(tokens.lowerAt(k) ?? "")) return true;
  return false;
}

/**
 * `read`, kept for the sentence last asked about until another is: for callers that go through the sentences in text
 * order, asking of each many times (once per date or mention), so that a sentence of thousands is read once, and no
 * map of all the sentences is kept.
 */
function perSentenceInTurn<T>(read: (sentence: Sentence) => T): (sentence: Sentence) => T {
  let current: Sentence | undefined;
  let value: T | undefined;
  return (sentence) => {
    if (sentence !== current || value === undefined) {
      value = read(sentence);
      current = sentence;
    }
    return value;
  };
}

/** True when the sentence's verb of meeting stands right after `first` or `last` (`first visited`, `last met`). */
function earlierOccasion(tokens: TokenList, sentence: Sentence): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  // (Or a subject that names the one before: `Their last meeting was in Belgrade in July`, `The previous summit was
  // held in Astana`.)
  const begin = tokenIndexAt(tokens, sentence.start);
  const earlier = tokens.lowerAt(begin + 1) ?? "";
  if (DETERMINERS.has(tokens.lowerAt(begin) ?? "") && (earlier === "last" || LOOKING_BACK_WORDS.has(earlier)) && MEETING_NOUNS.has(tokens.lowerAt(begin + 2) ?? "")) return true;
  for (let i = begin + 1; i < end; i++) {
    const w = tokens.lowerAt(i) ?? "";
    // (An adverb, not `the first held on African soil`, a summit so described.)
    if ((HAPPENING_VERBS.has(w) || OCCASION_VERBS.has(w)) && EARLIER_OCCASION_WORDS.has(tokens.lowerAt(i - 1) ?? "") && !DETERMINERS.has(tokens.lowerAt(i - 2) ?? "")) return true;
  }
  return false;
}

/** Tokens after `after` within which the meeting's verb stands (`A week after Biden and Putin met`). */
const SPAN_CLAUSE_REACH = 12;

/**
 * True when the sentence's meeting is reckoned a span of time before its day (`A week after X met in Geneva, their
 * aides have begun …`): its only verb of meeting stands in a clause of `after` with a span before it (not `met in
 * Kazan on Wednesday, days after their countries agreed …`, whose meeting is the main clause's).
 */
function meetingSpanBefore(tokens: TokenList, sentence: Sentence): boolean {
  const begin = tokenIndexAt(tokens, sentence.start);
  const end = tokenIndexAt(tokens, sentence.end);
  let inside = false;
  let clauseEnd = -1;
  for (let i = begin; i < end; i++) {
    const w = tokens.lowerAt(i) ?? "";
    if (w === "after" && i > begin && UNITS[tokens.lowerAt(i - 1) ?? ""] !== undefined) clauseEnd = i + SPAN_CLAUSE_REACH;
    else if (w === "," && i < clauseEnd) clauseEnd = -1;
    else if (HAPPENING_VERBS.has(w)) {
      if (i >= clauseEnd) return false;
      inside = true;
    }
  }
  return inside;
}

/** `next year's forum`, `their last meeting`: a meeting word that names another meeting than the report's. */
function otherMeeting(tokens: TokenList, i: number): boolean {
  // (One that someone is willing to hold is none held: `said he is ready to meet Putin "in any format"`.)
  if (willingTo(tokens, i)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = tokens.lowerAt(k) ?? "";
    // `following a summit in London`: the preposition, after this meeting, not the one after it.
    // (Nor a day's word that dates this one: `last Friday's summit`, `next week's meeting`; nor a time before the
    // meeting's word, `will travel to Moscow next week for talks`.)
    const timed = UNITS[tokens.lowerAt(k + 1) ?? ""] !== undefined && !isPossessiveAt(tokens, k + 2);
    if (OTHER_MEETING_WORDS.has(w) && !(w === "following" && DETERMINERS.has(tokens.lowerAt(k + 1) ?? "")) && !datesPossessively(tokens, k + 1) && !timed) return true;
    // (`discussed preparations for the NATO summit in The Hague`: one prepared for is still to come.)
    if (w === "for" && preparesFor(tokens, k)) return true;
    // (A plural's bare apostrophe is a possessive too: `the next Leaders' Retreat`.)
    if (tokens.kindAt(k) !== "word" && !isPossessiveAt(tokens, k) && !pluralPossessiveAt(tokens, k)) return false;
  }
  return false;
}

/**
 * True when token `k` is a weekday or a week with a possessive after it (`last Friday's summit`, `next week's talks`):
 * the day of this meeting; not `last year's session`, the one before it.
 */
function datesPossessively(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  return (WEEKDAY_NAMES.includes(w) || w === "week" || w === "weekend") && isPossessiveAt(tokens, k + 1);
}

/** Tokens after a meeting word within which its `in`/`at` may come (`held talks on Wednesday at …`). */
const VENUE_REACH = 12;
/** Sentences after the lead's within which a venue narrows one the lead names with its article. */
const NARROWING_SENTENCES = 2;
/** Longest unknown venue name, in tokens (`Vostochny Cosmodrome`, `Palace of Nations`). */
const MAX_VENUE_TOKENS = 5;
/** Particles inside the names of Spanish and Portuguese buildings (`Palacio de las Garzas`, `Palácio do Planalto`). */
const VENUE_PARTICLES = new Set(["de", "del", "la", "las", "los", "do", "da", "dos", "das"]);
/** Capitalised words that open no venue. */
const NOT_VENUES = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, "the"]);

/**
 * A capitalised place name after `in`/`at` that follows a meeting word in the sentence, or null; `adjacent`, only
 * right after it (`at a meeting in Tapachula`).
 */
function venueIn(view: string, tokens: TokenList, sentence: Sentence, places: readonly Place[], adjacent = false): PlaceAt | null {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) {
    const w = tokens.lowerAt(i) ?? "";
    if ((!MEETING_WORDS.has(w) && !HAPPENING_VERBS.has(w)) || inMeetingBefore(tokens, i + 1)) continue;
    for (let k = i + 1; k < Math.min(end, adjacent ? i + 2 : i + VENUE_REACH); k++) {
      const prep = tokens.lowerAt(k);
      if (prep !== "in" && prep !== "at") continue;
      let from = k + 1;
      // (Right after the meeting, a name with its article is a region, as wide as a dateline's city or wider:
      // `the summit in the Canadian Rockies`.)
      if (tokens.lowerAt(from) === "the") {
        if (adjacent) continue;
        from++;
      }
      let to = from;
      // (A building's name ends on its head, but for its `of`: `at Bayan Palace Saudi Crown Prince …`, `the Palace of
      // Nations`.)
      // (Or the particles of a Spanish or Portuguese name: `the Palacio de las Garzas`, `the Palácio do Planalto`.)
      const linking = (k: number): boolean => to > from && (tokens.lowerAt(k) === "of" || VENUE_PARTICLES.has(tokens.lowerAt(k) ?? "")) && (isCapitalizedAt(tokens, k + 1) || (VENUE_PARTICLES.has(tokens.lowerAt(k + 1) ?? "") && isCapitalizedAt(tokens, k + 2)));
      while (to < end && to - from < MAX_VENUE_TOKENS && (isCapitalizedAt(tokens, to) || linking(to) || (VENUE_PARTICLES.has(tokens.lowerAt(to) ?? "") && linking(to - 1))) && !(to > from && FACILITY_WORDS.has(tokens.lowerAt(to - 1) ?? "") && !linking(to))) to++;
      const first = tokens.get(from);
      const last = tokens.get(to - 1);
      if (to === from || first === undefined || last === undefined || NOT_VENUES.has(first.lower)) continue;
      // `at President Joe Biden's hometown`: a possessor names whose place it is, not the place; `in the Finnish
      // capital`: a capital is named by its country's word (`the Deer Valley resort` is a venue's name).
      if (isPossessiveAt(tokens, to) || tokens.lowerAt(to) === "capital") continue;
      const name = view.slice(first.start, last.end);
      // A country is where, not the venue; a known place was looked for already. (Also as the gazetteer read it
      // there, short or long: `met in U.S. President Joe Biden's hometown` names no venue `U.S`.)
      if (places.some((p) => p.kind === "country" && (p.name === name || p.mentions.some((m) => m.start === first.start)))) continue;
      // (A venue set off before its city is in that city: `met at State House, Nairobi, on Saturday`.)
      const cityStart = tokens.textAt(to) === "," ? tokens.startAt(to + 1) : undefined;
      const mentioned = cityStart === undefined ? undefined : placeMentionedAt(places, cityStart);
      const city = mentioned?.kind === "city" ? mentioned : undefined;
      if (city !== undefined) return { city: city.name, start: first.start };
      // (And one followed by `in` and its town, known or not, past the building's own name after its noun: `at the
      // Presidential Residence Kultaranta in Naantali`.)
      let inAt = to;
      while (inAt < to + 2 && isCapitalizedAt(tokens, inAt)) inAt++;
      const town = tokens.lowerAt(inAt) === "in" ? townAt(view, tokens, inAt + 1, end, places) : null;
      if (town !== null) return { city: town, start: first.start };
      // (So is one whose name ends on its city: `State House Nairobi`.)
      const ownCity = to - from > 1 ? places.find((p) => p.kind === "city" && p.name.toLowerCase() === last.lower) : undefined;
      // (A seat of government the lexicon knows stands in its city: `met President Trump at the White House`.)
      return { city: ownCity?.name ?? VENUES[name.toLowerCase()] ?? name, start: first.start };
    }
  }
  return null;
}

/** The town whose capitalised name starts at token `from` (`Naantali`), as the gazetteer writes a city it knows; null for none or a country. */
function townAt(view: string, tokens: TokenList, from: number, end: number, places: readonly Place[]): string | null {
  let to = from;
  while (to < end && to - from < MAX_VENUE_TOKENS && isCapitalizedAt(tokens, to)) to++;
  const first = tokens.get(from);
  const last = tokens.get(to - 1);
  if (to === from || first === undefined || last === undefined || NOT_VENUES.has(first.lower)) return null;
  const name = view.slice(first.start, last.end);
  const known = placeMentionedAt(places, first.start);
  if (known !== undefined) return known.kind === "city" ? known.name : null;
  return name;
}

/** The place one of whose mentions starts at offset `start`, if any (a span names one place). */
function placeMentionedAt(places: readonly Place[], start: number): Place | undefined {
  return places.find((p) => p.mentions.some((m) => m.start === start));
}

/** True for a venue's name that ends on a building's noun (`Al Alam Palace`, `Bayan Palace`): in a town, not one. */
function isBuilding(name: string): boolean {
  return BUILDING_WORDS.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase());
}

/** Longest object of a verb of attending read for a meeting word (`attended a state banquet at Windsor`), in tokens. */
const MAX_ATTENDED_OBJECT = 4;
/** Forms of `take` before `part` (`took part in the summit`). */
const TAKING_FORMS = new Set(["take", "takes", "took", "taking", "taken"]);

/**
 * A sentence of attending that names no other event (`Japarov and Rahmon also attended`, `was represented by
 * Berdimuhamedov`) is about the meeting without naming it; `attended a military parade` is a side event.
 */
function attendsThisMeeting(tokens: TokenList, sentence: Sentence): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) {
    // (`took part as an associate member`: taking part is attending, and what one took part as no meeting.)
    const tookPart = tokens.lowerAt(i) === "part" && TAKING_FORMS.has(tokens.lowerAt(i - 1) ?? "");
    if (!ATTENDANCE_WORDS.has(tokens.lowerAt(i) ?? "") && !tookPart) continue;
    const next = tokens.get(i + 1);
    // (`did not attend and was represented by …`: the clause ends with the verb; `Lavrov represented Russia`: a country
    // stood for is at the meeting too.)
    if (next === undefined || i + 1 >= end || next.kind === "punct" || next.lower === "by" || next.lower === "and" || (tookPart && next.lower === "as")) return true;
    if (tokens.lowerAt(i) === "represented" && next.capitalized) return true;
    if (!DETERMINERS.has(next.lower) && next.lower !== "in") return false;
    for (let k = i + 2; k < Math.min(end, i + 2 + MAX_ATTENDED_OBJECT); k++) if (MEETING_WORDS.has(tokens.lowerAt(k) ?? "")) return true;
    return false;
  }
  return false;
}

/** Most characters between two names of a list (`, and French President `), so that the gap is read in bounded time. */
const MAX_LIST_GAP = 60;

/** Most tokens from `among` to the word of attending (`among those who attended`, `among the leaders present`). */
const AMONG_REACH = 4;

/** Nouns for those at a meeting, after `among` (`was among the participants`). */
const ATTENDEE_NOUNS = new Set(["participants", "attendees", "present", "delegates", "guests"]);

/** Most tokens from an elided `Russia by` back to the `represented by` it repeats. */
const ELIDED_REACH = 16;

/** Most tokens back from a name, over its title and the names and offices listed before it, to the `by` of a passive of attending. */
const ATTENDED_BY_REACH = 40;

/**
 * True when the name ending at token `last`, with token `k` before its title or apposed office, attends or stands in
 * (`Kamala Harris attended`, `Lavrov also took part`, `was represented by Foreign Minister Ramadan Goc`).
 */
function delegateAt(tokens: TokenList, k: number, last: number): boolean {
  if (attendedByAgent(tokens, k)) return true;
  // (A passive with its auxiliary: `Venezuela was represented by`, not `a vision represented by Sanders`.)
  if (tokens.lowerAt(k) === "by" && tokens.lowerAt(k - 1) === "represented" && PASSIVE_AUXILIARIES.has(tokens.lowerAt(k - 2) ?? "")) return true;
  // (And its verb left out after the first: `China was represented by Premier Li Qiang and Russia by Foreign Minister
  // Sergei Lavrov`.)
  if (tokens.lowerAt(k) === "by" && isCapitalizedAt(tokens, k - 1) && (tokens.lowerAt(k - 2) === "and" || tokens.textAt(k - 2) === ",")) {
    for (let j = k - 3; j >= Math.max(0, k - ELIDED_REACH); j--) {
      if (SENTENCE_TERMINALS.has(tokens.textAt(j) ?? "")) break;
      if (tokens.lowerAt(j) === "by" && tokens.lowerAt(j - 1) === "represented") return true;
    }
  }
  let verb = last + 1;
  if (tokens.lowerAt(verb) === "also") verb++;
  // (Past the day it was done on: `Vice President Kashim Shettima on Sunday represented President Bola Tinubu`.)
  if (tokens.lowerAt(verb) === "on" && WEEKDAY_NAMES.includes(tokens.lowerAt(verb + 1) ?? "")) verb += 2;
  else if (WEEKDAY_NAMES.includes(tokens.lowerAt(verb) ?? "") || tokens.lowerAt(verb) === "yesterday" || tokens.lowerAt(verb) === "today") verb++;
  const w = tokens.lowerAt(verb) ?? "";
  // (`represented Ghana`, `represented his country`; not `Bush represented.`)
  const object = tokens.get(verb + 1);
  if (w === "represented") return object !== undefined && object.kind === "word" && (object.capitalized || POSSESSIVE_DETERMINERS.has(object.lower));
  // (One of a number there: `S. Jaishankar were among those who attended the meeting`, `was among the participants`.)
  if ((w === "was" || w === "were") && object?.lower === "among") {
    for (let j = verb + 2; j <= verb + 1 + AMONG_REACH; j++) if (ATTENDANCE_WORDS.has(tokens.lowerAt(j) ?? "") || ATTENDEE_NOUNS.has(tokens.lowerAt(j) ?? "")) return true;
  }
  return w === "attended" || w === "attends" || w === "participated" || (TAKING_FORMS.has(w) && tokens.lowerAt(verb + 1) === "part");
}

/**
 * True when the name whose title token `k` stands before is the agent of a passive of attending, past its title (`The
 * talks were attended by HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed …`).
 */
function attendedByAgent(tokens: TokenList, k: number): boolean {
  // (Over the list's commas too: `attended by Foreign Minister Prince Faisal bin Farhan, Minister of State …, and the
  // head of the Office of the President of Ukraine, Andriy Yermak`.)
  for (let j = k; j >= Math.max(2, k - ATTENDED_BY_REACH) && (tokens.kindAt(j) === "word" || tokens.textAt(j) === ","); j--) {
    if (tokens.lowerAt(j) === "by") return tokens.lowerAt(j - 1) === "attended" && PASSIVE_AUXILIARIES.has(tokens.lowerAt(j - 2) ?? "");
  }
  return false;
}

/** Most words between a verb of leading and the side it leads (`led the U.S. negotiating team`). */
const SIDE_REACH = 4;

/** Most tokens from `between` to the `and` before the second side (`between Ali Shamkhani, secretary of …, and`). */
const BETWEEN_REACH = 16;

/**
 * True when the name whose title token `k` stands before is a side of the talks a meeting word names (`four days of
 * talks between Ali Shamkhani, …, and Saudi national security adviser Musaed Al-Aiban`): one of those who met.
 */
function talksBetween(tokens: TokenList, k: number): boolean {
  let at = k;
  if (tokens.lowerAt(k) === "and") {
    for (at = k - 1; at > k - BETWEEN_REACH && tokens.lowerAt(at) !== "between"; at--) if (SENTENCE_TERMINALS.has(tokens.textAt(at) ?? "")) return false;
  }
  return tokens.lowerAt(at) === "between" && MEETING_WORDS.has(tokens.lowerAt(at - 1) ?? "") && !otherMeeting(tokens, at - 1);
}

/**
 * True when the name ending at token `last` heads a side at the talks (`He Lifeng led Beijing's delegation`,
 * `Bessent, who led the U.S. team`): one of those who met, as a stand-in is.
 */
function ledSide(tokens: TokenList, last: number): boolean {
  let verb = last + 1;
  if (tokens.textAt(verb) === "," && tokens.lowerAt(verb + 1) === "who") verb += 2;
  if (!LEADING_VERBS.has(tokens.lowerAt(verb) ?? "")) return false;
  for (let k = verb + 1; k <= verb + SIDE_REACH; k++) {
    if (SIDES_AT_TALKS.has(tokens.lowerAt(k) ?? "")) return true;
    if (tokens.kindAt(k) !== "word" && !isPossessiveAt(tokens, k) && !isAbbreviationStop(tokens, k)) return false;
  }
  return false;
}

/** Most tokens from a name joined by `and` back to the `by` of the side it heads with another. */
const HEADS_LIST_REACH = 12;

/**
 * True when the name whose title token `k` stands before heads a side, said in the passive (`The U.S. delegation, led
 * by Secretary of State Marco Rubio and national security adviser Mike Waltz,`, `the Ukrainian team headed by Andriy
 * Yermak`), or is joined by `and` to one who does.
 */
function headsSideBy(tokens: TokenList, k: number): boolean {
  let by = k;
  if (tokens.lowerAt(k) === "and") {
    for (by = k - 1; by > k - HEADS_LIST_REACH && tokens.lowerAt(by) !== "by"; by--) if (tokens.kindAt(by) !== "word" && !isAbbreviationStop(tokens, by)) return false;
  }
  if (tokens.lowerAt(by) !== "by" || !LEADING_VERBS.has(tokens.lowerAt(by - 1) ?? "")) return false;
  for (let j = by - 2; j >= Math.max(0, by - 2 - SIDE_REACH); j--) {
    if (SIDES_AT_TALKS.has(tokens.lowerAt(j) ?? "")) return true;
    if (tokens.kindAt(j) !== "word" && tokens.textAt(j) !== ",") return false;
  }
  return false;
}

/**
 * True when the name ending at token `last`, with token `k` before its title, was sent in another's place (`sent
 * Foreign Minister Pablo Quirno instead`, `sent his deputy in his place`).
 */
function sentInstead(tokens: TokenList, k: number, last: number): boolean {
  if (!SENDING_VERBS.has(tokens.lowerAt(k) ?? "")) return false;
  const after = tokens.lowerAt(last + 1);
  return after === "instead" || (after === "in" && POSSESSIVE_DETERMINERS.has(tokens.lowerAt(last + 2) ?? "") && tokens.lowerAt(last + 3) === "place");
}

/** Most words of an office set off before a name (`the US vice-president,`). */
const APPOSED_OFFICE_REACH = 6;

/**
 * The token before an office set off by commas in front of a name whose title token `k` stands before (`met the US
 * vice-president, JD Vance,`, `represented by his vice-president, Jane Naana Opoku-Agyemang`), else `k`.
 */
function beforeOffice(tokens: TokenList, k: number): number {
  if (tokens.textAt(k) !== ",") return k;
  let j = k - 1;
  while (j > k - APPOSED_OFFICE_REACH && tokens.kindAt(j) === "word" && !DETERMINERS.has(tokens.lowerAt(j) ?? "")) {
    // (Or a possessor's name: `hosted Pakistan's army chief, Field Marshal Asim Munir,`.)
    if (isPossessiveAt(tokens, j) && tokens.capitalizedAt(j - 1) === true) {
      let owner = j - 1;
      while (tokens.capitalizedAt(owner - 1) === true && owner > j - APPOSED_OFFICE_REACH) owner--;
      return owner - 1;
    }
    j--;
  }
  return DETERMINERS.has(tokens.lowerAt(j) ?? "") ? j - 1 : k;
}

/** Most words between `with` and the verb or noun of meeting before it (`held talks with`, `met on Friday with`). */
const WITH_REACH = 3;
/** Most words between `also` and a plain verb of meeting after it (`is also expected to meet`). */
const ALSO_TO_MEET_REACH = 4;

/**
 * True for a plain verb of meeting at token `k` with an `also` shortly before it (`He will also meet Chinese President
 * Xi Jinping in South Korea`, `is also expected to meet`): a meeting to come besides the one the report is about.
 */
function alsoToMeet(tokens: TokenList, k: number): boolean {
  // (Not `see`, which is also to judge: `But they also see Mr. Trump as …`.)
  const verb = tokens.lowerAt(k) ?? "";
  if (!LATER_MEETING_VERBS.has(verb) || verb === "see") return false;
  for (let j = k - 1; j >= Math.max(0, k - ALSO_TO_MEET_REACH) && tokens.kindAt(j) === "word"; j--) if (tokens.lowerAt(j) === "also") return true;
  return false;
}

/** Most words between `with` and a `held` before it (`held a separate bilateral meeting with`). */
const HELD_MEETING_REACH = 5;
/** Most words of what talks were on, between them and their `with` (`talks on the boundary question with`). */
const TOPIC_PHRASE_REACH = 4;

/**
 * True when the name ending at token `last`, with token `k` before its title or apposed office, meets or is met (`Vance
 * met`, `met the US vice-president`, `held talks with Rubio`).
 */
function metAt(tokens: TokenList, k: number, last: number): boolean {
  if (isMetAt(tokens, k)) return true;
  const next = tokens.lowerAt(last + 1) === "also" ? last + 2 : last + 1;
  return MEETING_VERBS.has(tokens.lowerAt(next) ?? "");
}

/** Most tokens after a name met within which its clause may set the meeting before or after this one (`at Sandringham after the summit`). */
const BESIDE_REACH = 8;

/** True when the clause after the name ending at token `last` says `after the summit` or `before the talks`. */
function besideTheMeeting(tokens: TokenList, last: number): boolean {
  for (let k = last + 1; k < last + BESIDE_REACH; k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (tokens.kindAt(k) === "punct" && !isAbbreviationStop(tokens, k)) return false;
    if ((w === "after" || w === "before") && (tokens.lowerAt(k + 1) === "the" || tokens.lowerAt(k + 1) === "this") && MEETING_WORDS.has(tokens.lowerAt(k + 2) ?? "")) return true;
  }
  return false;
}

/** True when the name with token `k` before its title or apposed office is met (`met the US vice-president`, `held talks with Rubio`). */
function isMetAt(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  // (`Pope Leo XIV on Monday received in audience US Vice President JD Vance`.)
  // (And the host of a passive one: `Li Qiang was received by Vladimir Putin in the Kremlin`.)
  if (MEETING_VERBS.has(w) || (w === "audience" && tokens.lowerAt(k - 1) === "in" && MEETING_VERBS.has(tokens.lowerAt(k - 2) ?? "")) || (w === "by" && MEETING_VERBS.has(tokens.lowerAt(k - 1) ?? ""))) return true;
  // (Past what the talks were on, too: `held talks on the boundary question with … Ajit Doval`.)
  let topic = false;
  for (let j = k - 1; w === "with" && j >= Math.max(0, k - WITH_REACH - TOPIC_PHRASE_REACH) && tokens.kindAt(j) === "word"; j--) {
    if ((MEETING_VERBS.has(tokens.lowerAt(j) ?? "") || MEETING_WORDS.has(tokens.lowerAt(j) ?? "")) && (k - j <= WITH_REACH || topic)) return true;
    topic ||= TOPIC_PREPOSITIONS.has(tokens.lowerAt(j) ?? "") || tokens.lowerAt(j) === "on" || tokens.lowerAt(j) === "over";
  }
  return placedAfterVerb(tokens, k);
}

/** Most tokens of place and day between a verb of meeting and its object (`received at Al-Yamamah Palace in Riyadh today`). */
const PLACE_AND_DAY_REACH = 10;
/** Little words of a phrase of place and day put between a verb and its object. */
const PLACE_AND_DAY_WORDS = new Set(["at", "in", "on", "the", "today", "yesterday", "tonight"]);

/**
 * True when token `k` ends a phrase of place or day that a verb of meeting puts before its object, as the Gulf's
 * agencies write (`His Royal Highness … received at Al-Yamamah Palace in Riyadh today United States Secretary of State
 * Marco Rubio`).
 */
function placedAfterVerb(tokens: TokenList, k: number): boolean {
  for (let j = k; j >= Math.max(0, k - PLACE_AND_DAY_REACH); j--) {
    const w = tokens.lowerAt(j) ?? "";
    if (MEETING_VERBS.has(w)) return j < k && PLACE_AND_DAY_WORDS.has(tokens.lowerAt(j + 1) ?? "");
    if (tokens.kindAt(j) !== "word" || (!PLACE_AND_DAY_WORDS.has(w) && !WEEKDAY_NAMES.includes(w) && tokens.capitalizedAt(j) !== true)) return false;
  }
  return false;
}

/** True when the sentence has a meeting word. */
function aboutMeeting(tokens: TokenList, sentence: Sentence): boolean {
  return holdsWord(tokens, sentence, MEETING_WORDS);
}

/** True when the sentence holds a meeting word that is not another meeting's (`the next summit`, `their previous talks`). */
function namesThisMeeting(tokens: TokenList, sentence: Sentence): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) if (MEETING_WORDS.has(tokens.lowerAt(i) ?? "") && !otherMeeting(tokens, i)) return true;
  return false;
}

/** Prepositions after which a city stands for its government, not for a place (`pressure from Beijing`, `ties with Moscow`). */
const GOVERNMENT_PREPOSITIONS = new Set(["from", "with", "against", "toward", "towards"]);

/**
 * True when the place that starts at offset `at` stands for its government or a body there, not where the meeting is:
 * after `from` or `with` (`face pressure from Beijing`), or as a source (`according to the White House`).
 */
function standsForBody(tokens: TokenList, at: number): boolean {
  let k = tokenIndexAt(tokens, at) - 1;
  if (tokens.lowerAt(k) === "the") k--;
  return GOVERNMENT_PREPOSITIONS.has(tokens.lowerAt(k) ?? "") || (tokens.lowerAt(k) === "to" && tokens.lowerAt(k - 1) === "according");
}

function pickLocation(
  view: string, places: readonly Place[], cityMentions: readonly CityMention[], evidence: Sentence | null, headerEnd: number, wire: WireDateline | null,
  sentences: readonly Sentence[], tokens: TokenList, leadMeeting: Sentence | null, capitalOf: (demonym: string) => string | undefined, datedLines: ReadonlySet<number>,
  inQuote: (offset: number) => boolean, countryOfCity: (city: string) => string | undefined, held: boolean, planned: (s: Sentence) => boolean,
  datesOther: (s: Sentence) => boolean, together: (s: Sentence) => boolean, pairIn: (s: Sentence) => boolean,
): string | null {
  const cities = places.filter((p) => p.kind === "city");
  // (Nor the place of another meeting that the leaders, together in the sentence, meet ahead of: `… and … on Monday
  // reviewed …, ahead of the informal meeting on Cyprus in New York later this month`; one ahead of which a leader does
  // something else is this meeting, `spoke to the Financial Times in Kyiv ahead of this week's talks with Donald Trump in
  // Washington`.)
  const ahead = (at: number): boolean => {
    const s = sentenceAt(sentences, at);
    return s !== undefined && inMeetingAhead(tokens, tokenIndexAt(tokens, at)) && together(s);
  };
  // (A place in quotation marks is what was said, not where: `discussed "the situation in Gaza and Lebanon"`.)
  // (Nor a city of another country than the one the meeting is said to be in: `concluded their 45th summit in
  // Kuwait …, with a call for a ceasefire in Gaza`.)
  let host: string | undefined;
  const inHost = (city: string): boolean => host === undefined || (countryOfCity(city) ?? host) === host;
  // (A story filed from several cities, `TOKYO/WASHINGTON --`, is placed by none of them.)
  const placesNews = (wire: WireDateline): boolean => !wire.shared && inHost(wire.place);
  const inSharedWire = (at: number): boolean => wire !== null && wire.shared && at >= wire.start && at < wire.end;
  // (Not the office a line of publication names: `Posted On: 23 AUG 2024 6:15PM by PIB Delhi`.)
  const published = (at: number): boolean => {
    const s = sentenceAt(sentences, at);
    return s !== undefined && isPublicationLine(tokens, s, headerEnd);
  };
  // (Nor a city that names what the news is about: `hosts Erdogan as Gaza ceasefire talks stall`; but the city of a
  // meeting's name in capitals, `the Sharm El-Sheikh Peace Summit`.)
  const namesTopic = (m: { end: number }): boolean => {
    const after = tokenIndexAt(tokens, m.end);
    return TOPIC_NOUNS.has(tokens.lowerAt(after) ?? "") && tokens.capitalizedAt(after) !== true;
  };
  // The city after a noun of this meeting in a sentence that tells of it (`the annual summit in Moscow`; not a verb's,
  // `in 1993 after Clinton met in Washington with President Havel`), if any.
  const meetingCityIn = (among: readonly Sentence[]): string | undefined => {
    for (const s of among) {
      // (A verb of meeting too, where the sentence names the two leaders: `The two leaders met at the Great Hall of the
      // People in Beijing` under `ISLAMABAD: …`; or `the leaders`, where the meeting's sentence names two: `The leaders
      // met in Pyongyang` under `SEOUL, South Korea (AP) — … Putin and … Kim Jong Un signed …`.)
      const nounsOnly = !together(s) && !namesTheTwoLeaders(tokens, s, evidence !== null && pairIn(evidence));
      // (Or a known seat after one: `told a joint press conference with Prabowo at the Merdeka Palace` under `KUALA
      // LUMPUR, June 27 —`.)
      const city = planned(s) || datesOther(s) ? undefined : (meetingCityAt(tokens, cityMentions, s.start, s.end, nounsOnly, inQuote) ?? meetingSeatAt(tokens, s.start, s.end, nounsOnly, inQuote));
      if (city !== undefined && inHost(city)) return city;
    }
    return undefined;
  };
  const within = (from: number, to: number, skip?: (at: number) => boolean): Place | undefined =>
    cities.find((p) => inHost(p.name) && p.mentions.some((m) => m.start >= from && m.end <= to && !inQuote(m.start) && !inSharedWire(m.start) && !inOtherTimeClause(tokens, tokenIndexAt(tokens, m.start)) && !namesTopic(m) && skip?.(m.start) !== true));
  if (evidence !== null) {
    // In the sentence of the meeting, where it took place (`summit in Doha`, `talks at the Kremlin`) rather than a
    // city named otherwise (`relations with Beijing`), and not the wire dateline it opens with.
    const opensWithWire = wire !== null && wire.start >= evidence.start && wire.after <= evidence.end;
    const from = opensWithWire ? wire.after : evidence.start;
    host = countryAfterMeeting(tokens, places, from, evidence.end, (demonym) => countryOfCity(capitalOf(demonym) ?? ""));
    // The first of a city, a venue, a named kind of place and a country's capital: `met Trump at the White House …,
    // amid efforts … in Gaza` is in Washington, `met in the Albanian capital …, a day after talks in Istanbul` in Tirana.
    // (A gazetteer city first, when a kind of place names it: `in the port city of Belem` is Belém.)
    // (Not a city whose name opens a building's that a known venue is: `at Belém Palace` is Lisbon's.)
    const seatHere = venueAt(tokens, from, evidence.end);
    const cityHere = cityAt(tokens, cityMentions, from, evidence.end);
    const inSeatName = cityHere !== undefined && seatHere?.start === cityHere.start && FACILITY_WORDS.has(tokens.lowerAt(tokenIndexAt(tokens, cityHere.start) + cityHere.city.split(" ").length) ?? "");
    const described = [inSeatName ? undefined : cityHere, seatHere, placeOfKind(view, tokens, from, evidence.end), demonymCapital(tokens, from, evidence.end, capitalOf)];
    // (A town the gazetteer lacks right after the meeting's verb counts too, `gathered in Villers-Cotterêts, north-east
    // of Paris`, unless it holds a known place: `met at Joint Base Elmendorf-Richardson` is Anchorage's.)
    // (Not a building, which stands in a town named elsewhere: `received … and his accompanying delegation at Bayan
    // Palace` under `KUWAIT CITY, Dec 10:`.)
    const adjacent = opensWithWire ? null : venueIn(view, tokens, evidence, places, true);
    const town = adjacent !== null && isBuilding(adjacent.city) ? null : adjacent;
    if (town !== null && !described.some((p) => p !== undefined && p.start >= town.start && p.start < town.start + town.city.length)) described.push(town);
    let nearest: PlaceAt | undefined;
    for (const p of described) if (p !== undefined && !inQuote(p.start) && inHost(p.city) && !inMeetingBefore(tokens, tokenIndexAt(tokens, p.start)) && !ahead(p.start) && !standsForBody(tokens, p.start) && (nearest === undefined || p.start < nearest.start)) nearest = p;
    const placed = nearest?.city;
    // (A city only near the meeting yields to the town of the wire dateline it opens with: `MESEBERG, Germany (AFP) -
    // … met at the German government's guest house outside Berlin`.)
    const approximate = nearest !== undefined && NEARBY_WORDS.has(tokens.lowerAt(tokenIndexAt(tokens, nearest.start) - 1) ?? "");
    if (approximate && opensWithWire && placesNews(wire) && cities.every((c) => c.name !== wire.place)) return wire.place;
    if (placed !== undefined) return placed;
    // A headline that places the talks (`Lavrov, Wang Yi hold talks in Beijing`) beats the agency's home dateline.
    // (The headline is the first line; a byline below it places the reporter: `Henry Foy in Brussels`.)
    const first = sentences[0];
    const headline = headerEnd > 0 && first !== undefined ? cityAfterPreposition(tokens, cityMentions, 0, Math.min(first.end, headerEnd)) : undefined;
    // (A place the gazetteer lacks right after the meeting beats the agency's dateline: `MEXICO CITY — … signed an
    // agreement on Friday at a meeting in Tapachula, Chiapas`.)
    // (Not the dateline of a bureau in another country than the meeting's: `SEOUL (AP) — Kim … has arrived in Russia`.)
    // (Nor the bureau's, when another sentence places the meeting: `NEW DELHI: … Modi told … Putin on Tuesday …` then
    // `Modi said during the 22nd India-Russia annual summit in Moscow`.)
    // (A region the gazetteer knows there is wider than the dateline's town: `BORGO EGNAZIA, JUN 15 - … the G7 summit
    // she hosted in Puglia`.)
    // (A building there is in the dateline's town: `MUSCAT, MAY 27 - His Majesty … received at Al Alam Palace …`.)
    const wireVenue = opensWithWire ? venueIn(view, tokens, evidence, places, true)?.city : undefined;
    const wireTown = wireVenue !== undefined && isBuilding(wireVenue) ? undefined : wireVenue;
    const wider = wireTown !== undefined && wire !== null && placesNews(wire) && places.some((p) => p.kind === "region" && p.name === wireTown);
    const here = headline ?? (opensWithWire ? ((wider ? undefined : wireTown) ?? (placesNews(wire) ? (meetingCityIn(sentences) ?? wire.place) : undefined)) : within(from, evidence.end, (at) => standsForBody(tokens, at) || ahead(at))?.name);
    if (here !== undefined) return here;
  }
  if (headerEnd > 0) {
    // A city in the header, or a venue line (`Oval Office` above a White House transcript).
    const dateline = within(0, headerEnd, published)?.name ?? venueCity(tokens, 0, headerEnd, false);
    if (dateline !== undefined) return dateline;
  }
  if (wire !== null && placesNews(wire)) return wire.place;
  // A date line with its place under the lead (the Kremlin's `November 12, 2025, 14:30, The Kremlin, Moscow`).
  const lastDated = Math.max(-1, ...datedLines);
  for (const s of sentences) {
    if (s.block > lastDated) break;
    if (!datedLines.has(s.block)) continue;
    const placed = within(s.start, s.end, published)?.name ?? venueCity(tokens, s.start, s.end, false);
    if (placed !== undefined) return placed;
  }
  // (The city after the lead's word of meeting first: `spoke to the Financial Times in Kyiv ahead of this week's talks
  // with Donald Trump in Washington`.)
  // (Or a venue it names, the lead of a transcript whose only day is a speaker's `today`: `held a meeting with … in
  // the Kremlin`.)
  const led = leadMeeting === null ? undefined : (meetingCityAt(tokens, cityMentions, leadMeeting.start, leadMeeting.end, false, ahead) ?? cityAfterPreposition(tokens, cityMentions, leadMeeting.start, leadMeeting.end, ahead) ?? venueAt(tokens, leadMeeting.start, leadMeeting.end)?.city);
  if (led !== undefined) return led;
  // `held talks at the Vostochny Cosmodrome`: a venue the gazetteer does not know, named after the meeting.
  const found = evidence === null ? null : venueIn(view, tokens, evidence, places);
  const venue = found !== null && ahead(found.start) ? null : found;
  // (A region there is as wide as a country: a venue another sentence about the meeting names is narrower, `agreed a
  // trade deal in Scotland` then `after an hour of talks at Trump's golf resort in Turnberry`.)
  const region = venue !== null && places.some((p) => p.kind === "region" && p.name === venue.city);
  // (So may be a name the lead gives with its article, `at a Russian spaceport in the Far East`, when a sentence
  // right after it names the venue: `The two leaders met at the Vostochny Cosmodrome in the Amur region`.)
  const described = venue !== null && tokens.lowerAt(tokenIndexAt(tokens, venue.start) - 1) === "the";
  if (venue !== null && evidence !== null && (region || described)) {
    const after = sentences.indexOf(evidence) + 1;
    for (const s of sentences.slice(after, region ? sentences.length : after + NARROWING_SENTENCES)) {
      // (Not a sentence dated another time, about another meeting: `Stubb and Trump last met at the NATO summit in
      // Washington in July 2024` under `met … in Florida on Saturday`.)
      if (inQuote(s.start) || !namesThisMeeting(tokens, s) || datesOther(s)) continue;
      const narrower = venueIn(view, tokens, s, places);
      if (narrower !== null && narrower.city !== venue.city && !places.some((p) => (p.kind === "region" || p.kind === "country") && p.name === narrower.city)) return narrower.city;
    }
  }
  // (A building's name stands in a town another sentence may name: `signed … at State House` and `Mottley, who arrived
  // in Georgetown on Sunday`; the town, when one is found below.)
  const building = venue !== null && isBuilding(venue.city) ? venue.city : null;
  if (venue !== null && building === null) return venue.city;
  // A sentence about an earlier occasion, dated another time, places no city of this meeting (`The two leaders last met
  // at the Pacific Islands Forum leaders meeting in Honiara in September`); each sentence read once, for both counts below.
  const earlierOf = new Map<Sentence, boolean>();
  const toldOfEarlier = (s: Sentence): boolean => {
    let earlier = earlierOf.get(s);
    if (earlier === undefined) {
      earlier = earlierOccasion(tokens, s) && datesOther(s);
      earlierOf.set(s, earlier);
    }
    return earlier;
  };
  // Else the city most often named in sentences about the meeting (each mention looked up once, each sentence read once).
  const counts = new Map<string, number>();
  const about = new Map<Sentence, boolean>();
  for (const c of cities) {
    if (!inHost(c.name)) continue;
    for (const m of c.mentions) {
      const s = sentenceAt(sentences, m.start);
      // (Not a city travelled on to: `Zelenskyy travelled on to Berlin later on Monday`.)
      if (s === undefined || m.end > s.end || view[m.start - 4] === undefined || inSharedWire(m.start) || travelledTo(tokens, tokenIndexAt(tokens, m.start)) || ahead(m.start)) continue;
      let isAbout = about.get(s);
      if (isAbout === undefined) {
        isAbout = (held ? namesThisMeeting(tokens, s) && !planned(s) : aboutMeeting(tokens, s)) && !toldOfEarlier(s);
        about.set(s, isAbout);
      }
      if (isAbout) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    }
  }
  // (A known seat a sentence right after the lead's, dated no other time, places the meeting at: `The signing took
  // place at Ilaro Court following bilateral talks`; so does one further on that names the meeting, `Following the
  // meeting, Prime Minister Kishida attended a dinner hosted by President Marcos at Malacanang Palace`.)
  if (evidence !== null && held) {
    const after = sentences.indexOf(evidence) + 1;
    for (const [n, s] of sentences.slice(after).entries()) {
      if (n >= NARROWING_SENTENCES && !namesThisMeeting(tokens, s)) continue;
      const seat = venueAt(tokens, s.start, s.end)?.city;
      if (seat !== undefined && inHost(seat) && !inQuote(s.start) && !planned(s) && !datesOther(s) && !toldOfEarlier(s)) counts.set(seat, (counts.get(seat) ?? 0) + 1);
    }
  }
  // No city in a sentence about the meeting: the one the text names most as a place (`in Brussels`), not a capital
  // that stands for its government (`Budapest could still block the process`), nor one a plan or an earlier occasion
  // is placed in.
  const plannedAt = (at: number): boolean => {
    const s = sentenceAt(sentences, at);
    return s !== undefined && (planned(s) || toldOfEarlier(s));
  };
  if (counts.size === 0) {
    for (const c of cities) {
      // (Or near it: `at an air base west of Paris`.)
      const placed = c.mentions.filter((m) => {
        const at = tokenIndexAt(tokens, m.start);
        return (PLACE_PREPOSITIONS.has(tokens.lowerAt(at - 1) ?? "") || NEARBY_WORDS.has(tokens.lowerAt(at - 1) ?? "") || compassOf(tokens, at)) && !plannedAt(m.start) && !travelledTo(tokens, at);
      }).length;
      if (placed > 0) counts.set(c.name, placed);
    }
  }
  let top: string | null = null;
  let topCount = 0;
  for (const [name, n] of counts) if (n > topCount) [top, topCount] = [name, n];
  // No city at all: the country the meeting's sentence says a guest is visiting (`Albanese, who is visiting Japan`).
  if (top === null && building === null) for (const s of [evidence, leadMeeting]) top ??= s === null ? null : visitedCountry(tokens, places, s);
  // (Else the country the meeting's sentence puts it in: `Leaders of the Gulf Cooperation Council met in Kuwait`.)
  return top ?? building ?? host ?? null;
}

/** The country after a word of visiting in sentence `s` (`who is visiting Japan`, `his visit to Japan`), or null. */
function visitedCountry(tokens: TokenList, places: readonly Place[], s: Sentence): string | null {
  for (const p of places) {
    if (p.kind !== "country") continue;
    for (const m of p.mentions) {
      if (m.start < s.start || m.end > s.end) continue;
      const at = tokenIndexAt(tokens, m.start);
      const before = tokens.lowerAt(at - 1) === "to" ? at - 2 : at - 1;
      if (VISIT_WORDS.has(tokens.lowerAt(before) ?? "")) return p.name;
    }
  }
  return null;
}

/**
 * The country named right after a meeting word or a verb of arriving and `in` in tokens `[from, to)` (`their 45th
 * summit in Kuwait`, `has arrived in Russia's Far East for a summit`), or by a people's adjective before a kind of
 * place after `in` or `at` (`held a summit at a Russian spaceport`), if any.
 */
function countryAfterMeeting(tokens: TokenList, places: readonly Place[], from: number, to: number, countryOfDemonym: (demonym: string) => string | undefined): string | undefined {
  const end = tokenIndexAt(tokens, to);
  // Countries by where each mention starts, built at the first `in` after a meeting word.
  let countryAt: Map<number, string> | null = null;
  for (let i = tokenIndexAt(tokens, from); i + 2 < end; i++) {
    const w = tokens.lowerAt(i) ?? "";
    if (!(MEETING_WORDS.has(w) || ARRIVAL_VERBS.has(w)) || otherMeeting(tokens, i)) continue;
    // (Past the one met and the day, in the meeting's clause: `will meet Chinese President Xi Jinping on Oct. 30 in
    // South Korea`.)
    for (let k = i + 1; k + 1 < Math.min(end, i + VENUE_REACH); k++) {
      if (tokens.textAt(k) === "," || tokens.textAt(k) === ";") break;
      const prep = tokens.lowerAt(k);
      if (prep !== "in" && prep !== "at") continue;
      // (`at a Russian spaceport`, `in a Chinese city`: a people's adjective before a common noun; not a name's first
      // word, `at the Russian Embassy`.)
      const article = tokens.lowerAt(k + 1);
      if ((article === "a" || article === "an" || article === "the") && tokens.capitalizedAt(k + 3) === false) {
        const country = countryOfDemonym(tokens.lowerAt(k + 2) ?? "");
        if (country !== undefined) return country;
      }
      if (prep !== "in") continue;
      countryAt ??= new Map(places.filter((p) => p.kind === "country").flatMap((p) => p.mentions.map((m) => [m.start, p.name] as const)));
      const country = countryAt.get(tokens.startAt(k + 1) ?? -1);
      if (country !== undefined) return country;
      break;
    }
  }
  return undefined;
}

/** A place a phrase of the text stands for, and where that phrase starts. */
interface PlaceAt {
  readonly city: string;
  readonly start: number;
}

/** `met in the Finnish capital`: the capital of the country the demonym names, after a preposition of place. */
function demonymCapital(tokens: TokenList, from: number, to: number, capitalOf: (demonym: string) => string | undefined): PlaceAt | undefined {
  const end = tokenIndexAt(tokens, to);
  for (let i = tokenIndexAt(tokens, from); i + 3 < end; i++) {
    if (!PLACE_PREPOSITIONS.has(tokens.lowerAt(i) ?? "") || tokens.lowerAt(i + 1) !== "the" || tokens.lowerAt(i + 3) !== "capital") continue;
    const capital = capitalOf(tokens.lowerAt(i + 2) ?? "");
    if (capital !== undefined) return { city: capital, start: tokens.startAt(i + 1) ?? from };
  }
  return undefined;
}

/** Prepositions of place before a city: `in Doha`, `at Sochi`, `a visit to Moscow`. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "to", "near", "outside"]);
/** Prepositions that place a meeting only near a city (`outside Berlin`). */
const NEARBY_WORDS = new Set(["near", "outside"]);
/** True when a point of the compass and `of` stand before the city at token `at` (`an air base west of Paris`). */
function compassOf(tokens: TokenList, at: number): boolean {
  return tokens.lowerAt(at - 1) === "of" && COMPASS_POINTS.has(tokens.lowerAt(at - 2) ?? "");
}

/** Nouns that name a kind of place before its name (`the southern city of Guangzhou`). */
const PLACE_KIND_NOUNS = new Set(["city", "town", "capital", "port", "village", "resort", "island", "province", "region", "state"]);
/** Most words between the article and the place noun (`the Black Sea resort city of Sochi`). */
const MAX_PLACE_KIND_WORDS = 4;

/**
 * True when token `i` follows a preposition of place, an article between them allowed (`at the Kremlin`), or
 * names the place of such a phrase (`in the southern city of Guangzhou`).
 */
function afterPlacePreposition(tokens: TokenList, i: number): boolean {
  let at = i;
  // `in the city of Guangzhou`, `in the Bahraini capital Manama`: the kind of place, then its name.
  const kind = tokens.lowerAt(i - 1) === "of" ? i - 2 : i - 1;
  if (PLACE_KIND_NOUNS.has(tokens.lowerAt(kind) ?? "") && (kind === i - 2 || tokens.capitalizedAt(kind) === false)) {
    let k = kind - 1;
    while (k > kind - 1 - MAX_PLACE_KIND_WORDS && tokens.kindAt(k) === "word" && tokens.lowerAt(k) !== "the") k--;
    if (tokens.lowerAt(k) !== "the") return false;
    at = k + 1;
  }
  // (`at State House, Nairobi`: the town after a building's name and its comma.)
  if (tokens.textAt(at - 1) === ",") at = buildingNameStart(tokens, at - 1);
  const before = tokens.lowerAt(at - 1) === "the" ? tokens.get(at - 2) : tokens.get(at - 1);
  return PLACE_PREPOSITIONS.has(before?.lower ?? "") && !inOtherTimeClause(tokens, at) && !inTimeGloss(tokens, at);
}

/** Most words of a building's name read back before a comma and its town (`Government House`, `State House`). */
const MAX_BUILDING_NAME_WORDS = 4;

/**
 * Where a building's name in capitals that ends right before token `comma` starts (`State House` of `at State House,
 * Nairobi`); `comma + 1` where no such name ends there.
 */
function buildingNameStart(tokens: TokenList, comma: number): number {
  if (!BUILDING_WORDS.has(tokens.lowerAt(comma - 1) ?? "") || tokens.capitalizedAt(comma - 1) !== true) return comma + 1;
  let k = comma - 1;
  while (k > comma - 1 - MAX_BUILDING_NAME_WORDS && tokens.capitalizedAt(k - 1) === true && tokens.kindAt(k - 1) === "word") k--;
  return k;
}

/**
 * True when token `i` stands in a clause of another time, past (`since …`, `hours after the Jordanian monarch met Trump
 * at the White House`) or to come (`before Trump returns …`).
 */
function inOtherTimeClause(tokens: TokenList, i: number): boolean {
  return inSinceClause(tokens, i) || inComingClause(tokens, i) || inMeetingBefore(tokens, i);
}

/** Most tokens from a place back to the `after` of a meeting before the news (`hours after the Jordanian monarch met …`). */
const AFTER_CLAUSE_REACH = 14;
/** Words of a span of time before `after` (`hours after`, `a day after`, `shortly after`). */
const SPANS_BEFORE_AFTER = new Set(["hours", "hour", "minutes", "day", "days", "week", "weeks", "shortly", "just", "soon", "moments"]);

/** True when token `i` stands in a clause that tells of a meeting a span of time before the news (`hours after X met Y at …`). */
function inMeetingBefore(tokens: TokenList, i: number): boolean {
  let met = false;
  for (let k = i - 1; k >= Math.max(0, i - AFTER_CLAUSE_REACH); k--) {
    const w = tokens.lowerAt(k) ?? "";
    if (w === "," || w === "." || w === ";") return false;
    if (w === "after") return met && SPANS_BEFORE_AFTER.has(tokens.lowerAt(k - 1) ?? "");
    met ||= MEETING_VERBS.has(w);
  }
  return false;
}

/**
 * True when token `i` stands in a phrase of another meeting the news comes ahead of (`…, ahead of the informal meeting on
 * Cyprus in New York later this month`): that meeting's place.
 */
function inMeetingAhead(tokens: TokenList, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - AFTER_CLAUSE_REACH); k--) {
    const w = tokens.lowerAt(k) ?? "";
    if (w === "," || w === "." || w === ";") return false;
    if (w === "ahead" && tokens.lowerAt(k + 1) === "of") return meetingAfterDay(tokens, k) === "ahead";
  }
  return false;
}

/** Most tokens of a relative clause of meeting read for its day (`, who meets Trump on Friday,`). */
const RELATIVE_MEETING_REACH = 12;

/** Words looked over after a name for `later` or `earlier` (`met Nawrocki later in the day`). */
const SIDE_WORD_REACH = 3;

/** True when one of `words` stands within `reach` words from token `k`, before any punctuation (`later` in `met Nawrocki later in the day`). */
function wordWithin(tokens: TokenList, k: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let j = k; j < k + reach && tokens.kindAt(j) === "word"; j++) if (words.has(tokens.lowerAt(j) ?? "")) return true;
  return false;
}

/** Most words of the day a time gloss gives before its city (`(Friday morning in Manila)`). */
const MAX_GLOSS_WORDS = 3;

/** Words of the day a time gloss gives: weekdays, months, parts of the day (and day numbers, `(23 May in Seoul)`). */
const GLOSS_DAY_WORDS = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, ...Object.keys(DAY_PARTS)]);

/**
 * True when the city at token `i` closes a bracketed gloss of the day elsewhere (`on Thursday (Friday in Manila)`):
 * the reader's time zone, not a place of the news.
 */
function inTimeGloss(tokens: TokenList, i: number): boolean {
  if (tokens.lowerAt(i - 1) !== "in") return false;
  for (let k = i - 2; k >= Math.max(0, i - 2 - MAX_GLOSS_WORDS); k--) {
    if (tokens.textAt(k) === "(") return k < i - 2;
    if (!GLOSS_DAY_WORDS.has(tokens.lowerAt(k) ?? "") && !PATTERNS.dayDigits.test(tokens.textAt(k) ?? "")) return false;
  }
  return false;
}

/** Most words of a place the gazetteer does not know (`New Alamein`). */
const MAX_PLACE_WORDS = 3;

/** A place the text names by its kind after a preposition (`in the city of New Alamein`), gazetteer or not. */
function placeOfKind(view: string, tokens: TokenList, from: number, to: number): PlaceAt | undefined {
  const end = tokenIndexAt(tokens, to);
  for (let i = tokenIndexAt(tokens, from); i + 2 < end; i++) {
    if (!PLACE_KIND_NOUNS.has(tokens.lowerAt(i) ?? "") || tokens.lowerAt(i + 1) !== "of" || !isCapitalizedAt(tokens, i + 2)) continue;
    if (!afterPlacePreposition(tokens, i + 2)) continue;
    let last = i + 2;
    while (last + 1 < end && last - i - 2 < MAX_PLACE_WORDS - 1 && isCapitalizedAt(tokens, last + 1) && tokens.kindAt(last + 1) === "word") last++;
    return { city: view.slice(tokens.startAt(i + 2) ?? 0, tokens.endAt(last) ?? 0), start: tokens.startAt(i + 2) ?? from };
  }
  return undefined;
}

/**
 * The city the text names just before the chosen place, as in a dateline (`Anchorage, Alaska —`): the place is the
 * state or region that city lies in, and the city is where the meeting was.
 */
function narrowedPlace(view: string, cityMentions: readonly CityMention[], cities: ReadonlyMap<string, readonly [string, string]>, place: string | null): string | null {
  const country = cities.get(place?.toLowerCase() ?? "")?.[1];
  if (place === null || !country) return place;
  for (let k = 1; k < cityMentions.length; k++) {
    const m = cityMentions[k] as CityMention;
    const before = cityMentions[k - 1] as CityMention;
    // Two places of one country, and no comma before the first (`Paris, Brussels, Beirut` is a list).
    const pair = view.slice(before.end, m.start) === ", " && view.slice(before.start - 2, before.start) !== ", ";
    if (m.name === place && before.name !== place && pair && cities.get(before.name.toLowerCase())?.[1] === country) return before.name;
  }
  return place;
}

/** Every mention of the places of one kind, with the place's name, in text order (for binary search by offset). */
function mentionsOfKind(places: readonly Place[], kind: Place["kind"]): readonly CityMention[] {
  return places
    .filter((p) => p.kind === kind)
    .flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, name: p.name })))
    .sort((a, b) => a.start - b.start);
}

/** A city's (or country's) mention, with its name. */
interface CityMention {
  start: number;
  end: number;
  name: string;
}

/** The mentions (in text order) from sentence `s`'s start up to the first that runs on past its end. */
function mentionsInSentence(mentions: readonly CityMention[], s: Sentence): readonly CityMention[] {
  const first = firstStartingAtOrAfter(mentions, s.start);
  let end = first;
  while (end < mentions.length && (mentions[end]?.end ?? Infinity) <= s.end) end++;
  return mentions.slice(first, end);
}

/** The city named first after a preposition of place within `[from, to)`. */
function cityAfterPreposition(tokens: TokenList, cityMentions: readonly CityMention[], from: number, to: number, skip?: (offset: number) => boolean): string | undefined {
  return cityAt(tokens, cityMentions, from, to, skip)?.city;
}

/** The first city after a place preposition a few words after a word of this meeting in `[from, to)` (`talks with Donald Trump in Washington`). */
function meetingCityAt(tokens: TokenList, cityMentions: readonly CityMention[], from: number, to: number, nounsOnly = false, skip?: (offset: number) => boolean): string | undefined {
  for (let k = firstStartingAtOrAfter(cityMentions, from); k < cityMentions.length; k++) {
    const m = cityMentions[k];
    if (m === undefined || m.start >= to) break;
    const at = tokenIndexAt(tokens, m.start);
    if (m.end > to || !afterPlacePreposition(tokens, at) || skip?.(m.start) === true) continue;
    if (meetingWordBefore(tokens, at, nounsOnly)) return m.name;
  }
  return undefined;
}

/** True when a word of this meeting stands shortly before the place at token `at`, within its clause (`talks … in`). */
function meetingWordBefore(tokens: TokenList, at: number, nounsOnly: boolean): boolean {
  for (let j = at - 2; j >= Math.max(0, at - VENUE_REACH); j--) {
    if (tokens.kindAt(j) === "punct" && !isPossessiveAt(tokens, j)) return false;
    if ((nounsOnly ? MEETING_NOUNS : MEETING_WORDS).has(tokens.lowerAt(j) ?? "") && !otherMeeting(tokens, j)) return true;
  }
  return false;
}

/** The city of a known seat that a meeting's word stands shortly before in offsets `[from, to)` (`a joint press conference … at the Merdeka Palace`), if any. */
function meetingSeatAt(tokens: TokenList, from: number, to: number, nounsOnly: boolean, inQuote: (offset: number) => boolean): string | undefined {
  const seat = venueAt(tokens, from, to);
  return seat !== undefined && !inQuote(seat.start) && meetingWordBefore(tokens, tokenIndexAt(tokens, seat.start), nounsOnly) ? seat.city : undefined;
}

/** As {@link cityAfterPreposition}, with where the city's name starts. */
function cityAt(tokens: TokenList, cityMentions: readonly CityMention[], from: number, to: number, skip?: (offset: number) => boolean): PlaceAt | undefined {
  for (let k = firstStartingAtOrAfter(cityMentions, from); k < cityMentions.length; k++) {
    const m = cityMentions[k];
    if (m === undefined || m.start >= to) break;
    if (skip?.(m.start) === true) continue;
    const at = tokenIndexAt(tokens, m.start);
    // (Not the place of a meeting the sentence looks back to: `their first encounter since the G20 summit in Osaka`; nor
    // what it is about, `disagreed over the war in Gaza during a joint press conference in Berlin`.)
    if (m.end <= to && afterPlacePreposition(tokens, at) && !topicBefore(tokens, at)) return { city: m.name, start: m.start };
  }
  return undefined;
}

/**
 * True when the place at token `at` follows `in` after what a meeting is about (`the war in Gaza`), a focusing adverb
 * and its comma between (`regional developments, particularly in Gaza`).
 */
function topicBefore(tokens: TokenList, at: number): boolean {
  if (tokens.lowerAt(at - 1) !== "in") return false;
  let k = at - 2;
  if (FOCUS_ADVERBS.has(tokens.lowerAt(k) ?? "")) k -= tokens.textAt(k - 1) === "," ? 2 : 1;
  return TOPIC_NOUNS.has(tokens.lowerAt(k) ?? "");
}

let venueIndex: PhraseIndex | null = null;

/** The city of a seat of government or venue named after a preposition of place within `[from, to)` (`at the Kremlin`, not `Kremlin spokesman`). */
function venueCity(tokens: TokenList, from: number, to: number, afterPreposition = true): string | undefined {
  return venueAt(tokens, from, to, afterPreposition)?.city;
}

/** Verbs after a seat that make it the body in it (`the White House says`, `the Kremlin said`). */
const VENUE_SAYING = new Set(["says", "said", "announces", "announced", "confirms", "confirmed", "denies", "denied", "warns", "warned"]);

/** The first known venue between offsets `from` and `to` (`at the White House`), its city and where it starts. */
function venueAt(tokens: TokenList, from: number, to: number, afterPreposition = true): PlaceAt | undefined {
  venueIndex ??= indexPhrases(Object.keys(VENUES));
  const end = tokenIndexAt(tokens, to);
  for (let i = tokenIndexAt(tokens, from); i < end; i++) {
    const n = matchPhrase(tokens, i, venueIndex);
    // (Or a verb of visiting it: `When Modi visited the White House on Thursday`.)
    const visited = VISIT_WORDS.has(tokens.lowerAt(tokens.lowerAt(i - 1) === "the" ? i - 2 : i - 1) ?? "");
    const name = n > 0 ? lowerPhrase(tokens, i, i + n) : "";
    const on = tokens.lowerAt(i - 1) === "on" && VENUES_ON.has(name);
    // (Not a seat that speaks for those in it: `Trump and Xi to meet in South Korea next week, White House says`.)
    const speaks = n > 0 && VENUE_SAYING.has(tokens.lowerAt(i + n) ?? "");
    const city = n > 0 && !speaks && (!afterPreposition || afterPlacePreposition(tokens, i) || visited || on) ? VENUES[name] : undefined;
    if (city !== undefined) return { city, start: tokens.startAt(i) ?? from };
  }
  return undefined;
}

function pickParticipants(
  people: readonly PersonDraft[],
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  tokens: TokenList,
  evidence: Sentence | null,
  speakers: ReadonlySet<string>,
  atMeeting: (s: Sentence, at: number, last: number) => boolean,
  placedElsewhere: (s: Sentence) => boolean,
  { ahead, host, remote, states, inClauseElsewhere, inQuote, inReported, datesOtherDay, datesOther, sideEvidence, resolvedSpeakers, subjects, manyStates, onSidelines, countedBack, headlinePeople }: { ahead: boolean; host: string | null; remote: boolean; states: StatesNamed; inClauseElsewhere: (at: number) => boolean; inQuote: (offset: number) => boolean; inReported: (offset: number) => boolean; datesOtherDay: (s: Sentence) => boolean; datesOther: (s: Sentence) => boolean; sideEvidence: boolean; resolvedSpeakers: readonly PersonSpan[]; subjects: readonly PersonSpan[]; manyStates: boolean; onSidelines: boolean; countedBack: boolean; headlinePeople: ReadonlySet<string> },
): string[] {
  // Where a person's name ends, for a name that qualifies the noun after it.
  const personEnds = new Set(mentions.filter((m) => m.personId !== null).map((m) => m.end));
  // The other one's noun (`on the sidelines of the SCO summit`): a sentence that names only it tells of that meeting
  // (`The two-day SCO summit … is attended by … Putin, Erdogan and Sharif`).
  const widerNoun = onSidelines && evidence !== null ? nounAfterSidelines(tokens, evidence) : null;
  const widerWords: ReadonlySet<string> = new Set(widerNoun === null ? [] : [widerNoun]);
  const thisMeetingWords = widerNoun === null ? widerWords : new Set([...MEETING_WORDS].filter((w) => w !== widerNoun));
  const aboutWider = perSentenceInTurn((s: Sentence) => widerNoun !== null && holdsWord(tokens, s, widerWords) && !holdsWord(tokens, s, thisMeetingWords));
  // One pass over the mentions: how often each person is named, and who is named in a summit sentence.
  const named = new Map<string, number>();
  const inSummit = new Set<string>();
  // Named where the report tells of staying away (`Pashinyan did not travel to Ankara`): not taking part.
  const absent = new Set<string>();
  // Named in the sentence that dates the meeting: there, whatever else the report says.
  const inEvidence = new Set<string>();
  // Absent in the very sentence that dates the meeting (`overshadowed by the absence of Xi`): absent all the same.
  const absentFromEvidence = new Set<string>();
  // Named by an office they held once (`former President Barack Obama`): no leader at this meeting.
  const formerly = new Set<string>();
  // Named among those a meeting still to be arranged is between: at this one only if the report places them there.
  const plannedOnly = new Set<string>();
  const byId = new Map(people.map((p) => [p.id, p]));
  const officeWordsById = new Map<string, ReadonlySet<string>>();
  const officeWordsOf = (id: string): ReadonlySet<string> => {
    let words = officeWordsById.get(id);
    if (words === undefined) {
      // (Not a word of the past, which the reader of a former holder looks for before the office: `former President`.)
      words = new Set(byId.get(id)?.roles.flatMap((r) => r.toLowerCase().split(" ")).filter((w) => !FORMER_WORDS.has(w)));
      officeWordsById.set(id, words);
    }
    return words;
  };
  const opening = new Set(sentences.slice(0, 2));
  const openingAbout = new Map<Sentence, boolean>();
  // Where a sentence's clause of background opens (mentions come in text order), and who is named only there.
  const backgroundOf = perSentenceInTurn((s: Sentence) => backgroundClause(tokens, s));
  // The first two people a sentence names, not as owners, and where the second is named: one named after them only as
  // the owner of a thing is the news around them (`Carney and Sheinbaum pledged … as both navigate U.S. President
  // Donald Trump's tariffs`).
  const pairOf = perSentenceInTurn((s: Sentence) => firstPair(tokens, s, mentions));
  const aroundOnly = new Set<string>();
  // Who hosts a meal beside the talks: no side of them, even as one of `the two leaders`.
  const mealHosts = new Set<string>();
  // Who the report says attended or represented a country (`US Vice-President Kamala Harris attended the summit`,
  // `Kiir was represented by Foreign Minister Ramadan Goc`), in a sentence of attending this meeting.
  const delegates = new Set<string>();
  // Those who invited the visit: its hosts, at the talks only when the text names no other of their side there.
  const inviters = new Set<string>();
  // Those who led a side at the talks (`He Lifeng led Beijing's delegation`), who take part at talks without leaders.
  const sideHeads = new Set<string>();
  // (Those only met need a country of their own that no leader there stands for: `Marcos met with Defense Secretary
  // Pete Hegseth` beside a summit with Trump adds no one.)
  const metOnly = new Set<string>();
  // Delegates who `also attended`: with a leader of their own there, whatever country the text gives them.
  const accompanying = new Set<string>();
  const attending = perSentenceInTurn((s: Sentence) => attendsThisMeeting(tokens, s));
  // Those named in a sentence of taking part from afar (`addressed the summit by video link`), read once per sentence.
  const remoteIn = perSentenceInTurn((s: Sentence) => holdsAt(tokens, s, remoteWordAt));
  const joinedFromAfar = new Set<string>();
  // The last name found at the meeting, and its sentence: a list goes on from it.
  let lastAtMeeting: { sentence: Sentence; end: number } | null = null;
  // The last name who came along with a leader, and its sentence: a list goes on from it too (`attended by His Highness
  // the Crown Prince … and His Highness the Prime Minister …`).
  let lastAccompanying: { sentence: Sentence; end: number } | null = null;
  // The last name met at a side event, and its sentence: a list goes on from it too (`met with Prime Minister Pham
  // Minh Chinh and National Assembly Chairman Tran Thanh Man`).
  let lastAtSideEvent: { sentence: Sentence; end: number } | null = null;
  // Who was met at a side event, and in which sentence.
  const metAtSide = new Map<string, Sentence>();
  // Who each sentence says stayed away, read once per sentence that names a person or a state: a country that stays
  // away takes its people with it (`The United States did not attend.`, Trump named elsewhere).
  const naming = new Set<Sentence>();
  const metElsewhere = new Set<number>();
  for (const m of mentions) if (m.personId !== null) naming.add(sentenceAt(sentences, m.start) as Sentence);
  for (const end of states.ends) naming.add(sentenceAt(sentences, end - 1) as Sentence);
  for (const s of sentences) {
    if (!naming.has(s)) continue;
    const stayedAway = absentPeople(tokens, s, mentions, ahead, states);
    const away = [...stayedAway, ...representedPeople(tokens, s, mentions, (id) => byId.get(id)?.country ?? null)];
    for (const id of away) {
      absent.add(id);
      if (s === evidence) absentFromEvidence.add(id);
    }
    // (One met in an aside about who stayed away was met elsewhere: `Zelenskiy, who was in Saudi Arabia on Monday to
    // meet Crown Prince Mohammed bin Salman, did not take part in the talks`.)
    if (stayedAway.length > 0) for (const m of personMentionsIn(s, mentions)) if (!stayedAway.includes(m.personId) && inRelativeAside(tokens, s, m.start)) metElsewhere.add(m.start);
  }
  // (A speaker the text refers to by a pronoun is referred to as much: `Tusk said …. "…," he told reporters`.)
  const mentionStarts = new Set(mentions.map((m) => m.start));
  for (const r of resolvedSpeakers) {
    const s = sentenceAt(sentences, r.start);
    if (s !== undefined && !mentionStarts.has(r.start) && !placedElsewhere(s) && !inQuote(r.start)) named.set(r.personId, (named.get(r.personId) ?? 0) + 1);
  }
  for (const m of mentions) {
    if (m.personId === null) continue;
    const s = sentenceAt(sentences, m.start);
    if (s === undefined || namesGovernment(tokens, tokenIndexAt(tokens, m.start) - 1, tokenIndexAt(tokens, m.end))) continue;
    // Referred to by name, description or pronoun: `the British prime minister added` counts as much as `Sunak said`.
    // (Not in a sentence placed in another city: `Orban travelled to Kyiv on Tuesday, where he urged … Zelenskiy`
    // tells of another meeting.)
    // (Nor in someone's quoted words: `accused Meloni of "playing the role of Trump's envoy"`.)
    if (!placedElsewhere(s) && !inQuote(m.start)) named.set(m.personId, (named.get(m.personId) ?? 0) + 1);
    if (s === evidence) inEvidence.add(m.personId);
    else if (m.via !== "pronoun" && remoteIn(s)) joinedFromAfar.add(m.personId);
    const at = tokenIndexAt(tokens, m.start);
    const officeWords = officeWordsOf(m.personId);
    // The token before the name's title, which the readers below look at, read once.
    const beforeName = beforeTitle(tokens, at, officeWords, tokenIndexAt(tokens, s.start));
    // (An office held once, wherever the report says so: `nominate Costa and Kallas` in the headline, then `picked
    // former Portuguese Prime Minister António Costa`.)
    if (formerHolder(tokens, beforeName, officeWords)) formerly.add(m.personId);
    // (Read again in the dated sentence or one of attending, whatever an earlier one said: `Zelenskyy meets Vance` in a
    // headline, then `met the US vice-president, JD Vance,` in the lead.)
    // (Those listed after them at a meeting besides the news are at that one: `later held a videoconference with Aoun
    // and Syrian interim President Ahmed al-Sharaa`.)
    if (inSummit.has(m.personId) && s !== evidence && !attending(s)) {
      if (alsoMetAt(tokens, at - 1)) lastAtSideEvent = { sentence: s, end: m.end };
      continue;
    }
    // Named in the sentence the summit date came from, in an opening sentence about the meeting, or where the report
    // places them at this meeting (`Crown Prince Mohammed bin Salman led the Kingdom's delegation to the summit`).
    let isAbout = s === evidence;
    if (!isAbout && opening.has(s)) {
      // `Earlier on Tuesday, Zelensky met Meloni in Rome`: an opening sentence placed in another city is another meeting.
      isAbout = openingAbout.get(s) ?? (aboutMeeting(tokens, s) && !placedElsewhere(s));
      openingAbout.set(s, isAbout);
      // (Not one only what someone reports names there: `Analysts say the visit shows … under Donald Tusk`.)
      isAbout &&= !inReported(m.start);
    }
    // The token before an office set off by commas in front of the name.
    const beforeApposed = beforeOffice(tokens, beforeName);
    // (`on the sidelines of Pope Francis' funeral`: one mourned is at no meeting.)
    // (A name ending in `s` takes a bare apostrophe: `Francis'`.)
    const endAt = tokenIndexAt(tokens, m.end);
    const mark = tokens.get(endAt);
    const apostrophe = isPossessive(mark) || (mark !== undefined && (mark.text === "'" || mark.text === "’") && mark.start === m.end);
    if (apostrophe && MOURNING_WORDS.has(tokens.lowerAt(endAt + 1) ?? "")) formerly.add(m.personId);
    // (`Ford meets Trump commerce secretary`, `Putin aide Yuri Ushakov`: a name that qualifies an office after it names
    // whose office, not one met.)
    if (qualifiesOffice(tokens, endAt)) continue;
    const last = Math.max(at, endAt - 1);
    // (`Trump, who is expected to meet Kim in late May`, after a meeting past: one yet to meet them.)
    // (Nor, after a meeting past, one whose visit is still to come: `discussed the preparations for Putin's upcoming
    // visit to China`, `Lavrov, Wang Yi discuss preparations for Putin's visit`.)
    if (inPlannedMeeting(tokens, at) || willingToMeet(tokens, at) || (!ahead && ((apostrophe && comingVisitOf(tokens, beforeName, endAt + 1)) || comingVisitBy(tokens, beforeName))) || (s !== evidence && (toBeSpokenTo(tokens, beforeName) || (!ahead && meetsLater(tokens, last))))) {
      plannedOnly.add(m.personId);
      continue;
    }
    // `The visit comes as Trump has threatened to pull out of the pact`: the news around the meeting, not at it; nor is
    // one its leaders phoned (`The five leaders later spoke by phone with Donald Trump`), unless the call is the meeting.
    // (Nor one the guest is counted after: `the second foreign leader after Benjamin Netanyahu to hold talks with Trump`.)
    // (Nor one met at a side event of the day: `Earlier on Sunday, Vance met Ukraine's president, Volodymyr Zelenskyy`.)
    // (Nor one met before or after it: `Zelenskyy, who met King Charles III at Sandringham after the summit`.)
    // (Or with the adverb before the verb: `Netanyahu later met U.S. President Joe Biden`.)
    // (Or with `also`, a meeting added to the one the report is about: `He also met King Felipe VI … on Tuesday`.)
    // (Nor one met on another day than the meeting's: `He met Pope Francis briefly on Easter Sunday`.)
    // (Or its talks between two: `Earlier in the day, the two sides signed … after talks between Oli and Premier Li Qiang`.)
    // (Or on the same day: `The same day, Thongloun Sisoulith met with Prime Minister Pham Minh Chinh`.)
    // (Or the one who met: `On the same day, the National Leader …, Gurbanguly Berdimuhamedov, met with the President`.)
    // (Named again in the sentence of a side meeting, they are still its: `Lee also held separate talks with … Shigeru
    // Ishiba later in the day, his first meeting with the Japanese leader`.)
    if (metAtSide.get(m.personId) === s) continue;
    const meetsAfter = MEETING_VERBS.has(tokens.lowerAt(tokens.textAt(endAt) === "," ? endAt + 1 : endAt) ?? "");
    // (Or with the adverb after the one met, or in the clause of one who met: `met … Merz later in the day`, `Chancellor
    // Friedrich Merz, who met Nawrocki later in the day at the Chancellery, said …`.)
    const whoMet = afterWho(tokens, endAt) >= 0 && MEETING_VERBS.has(tokens.lowerAt(endAt + 2) ?? "");
    // (Nor one whose own clause meets on another day than the meeting's: `Ukrainian President Volodymyr Zelensky, who
    // meets Trump on Friday, did not immediately comment` under a call on Thursday; unless the main clause after it has
    // them attend, `Xi Jinping, who met US President Joe Biden on Saturday in Lima, was also in attendance`.)
    if (whoMet) {
      let close = endAt + 3;
      while (close < endAt + RELATIVE_MEETING_REACH && tokens.kindAt(close) === "word") close++;
      const attends = wordWithin(tokens, close + 1, RELATIVE_MEETING_REACH, ATTENDANCE_WORDS);
      if (!attends && datesOther({ ...s, start: tokens.startAt(endAt + 3) ?? s.start, end: tokens.startAt(close) ?? s.end })) {
        aroundOnly.add(m.personId);
        continue;
      }
    }
    const sideAfter = wordWithin(tokens, whoMet ? endAt + 3 : endAt, SIDE_WORD_REACH, SIDE_EVENT_WORDS);
    const sideEvent = (s !== evidence || sideEvidence) && ((meetsAfter && opensOnSameDay(tokens, s)) || (whoMet && sideAfter) || ((isMetAt(tokens, beforeApposed) || talksBetween(tokens, beforeName)) && (SIDE_EVENT_WORDS.has(tokens.lowerAt(tokenIndexAt(tokens, s.start)) ?? "") || opensOnSameDay(tokens, s) || SIDE_EVENT_WORDS.has(tokens.lowerAt(beforeApposed - 1) ?? "") || sideAfter || alsoMetAt(tokens, beforeApposed) || besideTheMeeting(tokens, last) || datesOtherDay(s))));
    // (Unless the dated sentence counts the meeting back from its day: `on Tuesday, a day after hosting Chinese Premier
    // Li Qiang for talks` names those at it after `after`.)
    const countedFrom = countedBack && s === evidence;
    const listedAtSide = listGoesOn(tokens, lastAtSideEvent, s, m.start);
    if (sideEvent || listedAtSide) {
      lastAtSideEvent = { sentence: s, end: m.end };
      metAtSide.set(m.personId, s);
    }
    // (The sentence's pair is read only for an owner in the dated sentence.)
    const ownerAfterPair = s === evidence && apostrophe && ownsOther(tokens, m.end) && namedAfterPair(pairOf(s), m.start, m.personId);
    const inviter = invitedBy(tokens, beforeName, s === evidence);
    // (Read as outside the dated sentence, which takes in both readings.)
    if (invitedBy(tokens, beforeName, false)) inviters.add(m.personId);
    if (!countedFrom && (ownerAfterPair || listedAtSide || deniedMeetingWith(tokens, beforeName) || (s !== evidence && alsoToMeet(tokens, beforeApposed)) || inBackground(backgroundOf(s), at) || (!remote && s !== evidence && calledAt(tokens, beforeName)) || countedAfter(tokens, beforeName) || inviter || inSinceClause(tokens, at) || inClauseElsewhere(at) || inComingClause(tokens, at) || sideEvent || (s !== evidence && aboutWider(s)) || metElsewhere.has(m.start))) {
      aroundOnly.add(m.personId);
      continue;
    }
    // (A stand-in is there by the words that say so, whether or not the sentence names the meeting: `Ghana's John
    // Mahama was absent and was represented by his vice-president, Jane Naana Opoku-Agyemang`.)
    // (Not at a meeting placed in another city: `attended a parallel meeting in Lusaka`.)
    // (So is one sent in another's place: `Milei skipped the meeting and sent Foreign Minister Pablo Quirno instead`;
    // not to the bloc's summit beside which two leaders met, `Putin … sent Foreign Minister Sergey Lavrov in his place`.)
    // (Not one who led a delegation to the summit on whose sidelines two met: `Jaishankar, who led the Indian delegation
    // at the SCO meeting, did not hold any bilateral talks`.)
    // (Nor a side of talks someone reports outside the dated sentence: `Ushakov said in March that a meeting between
    // the two presidents and Putin was possible`.)
    const between = talksBetween(tokens, beforeName) && (s === evidence || !inReported(m.start));
    const heads = m.via !== "pronoun" && ((!onSidelines && (ledSide(tokens, last) || headsSideBy(tokens, beforeName))) || between) && !placedElsewhere(s);
    if (heads) sideHeads.add(m.personId);
    const standsIn = heads || (m.via !== "pronoun" && ((delegateAt(tokens, beforeApposed, last) && attending(s)) || (!onSidelines && sentInstead(tokens, beforeApposed, last))) && !placedElsewhere(s));
    // (`Erdogan hosts Putin, Zelenskiy envoys`: those met are the envoys.)
    // (`Ursula von der Leyen … called the visit "appeasement"`: one who judges the meeting is named around it, however often.)
    // (Nor one who hosts a meal beside two sides' talks: `at a banquet hosted in his honour by Indian President Droupadi
    // Murmu`; a summit of many states has its dinner as its eve, `the dinner hosted by King Willem-Alexander`.)
    const hostsMealBeside = s !== evidence && !manyStates && hostsMeal(tokens, beforeName);
    if (hostsMealBeside) mealHosts.add(m.personId);
    if (reactedTo(tokens, at, last) || afterOthersMeeting(tokens, at, last) || (onSidelines && (hostOfWider(tokens, beforeName) || hostsAfterName(tokens, endAt))) || hostsMealBeside) {
      aroundOnly.add(m.personId);
      continue;
    }
    // (So is one who speaks to those gathered: `Macron told his fellow leaders the deal was "unacceptable"`.)
    const addresses = m.via !== "pronoun" && TOLD_TO.has(tokens.lowerAt(endAt) ?? "") && meetingWithin(tokens, endAt + 1) && !placedElsewhere(s) && !inQuote(m.start);
    // (So is one a relative clause has host the guest, now or ahead: `Vietnam's Communist Party chief Nguyen Phu Trong,
    // who will host Xi, has pursued …`.)
    const hostsGuest = m.via !== "pronoun" && hostsGuestAfterName(tokens, endAt) && !placedElsewhere(s) && !inQuote(m.start);
    // (A name listed after one at the meeting is there too, however far the verb of another clause: `in a meeting with
    // Michel, Emmanuel Macron, Olaf Scholz and Giorgia Meloni before the summit that he would face isolation`.)
    const listed = listGoesOn(tokens, lastAtMeeting, s, m.start);
    if (standsIn || addresses || hostsGuest || ((isAbout || listed || atMeeting(s, at, last)) && !sendsOthers(tokens, last, personEnds) && !inOtherMeetingClause(tokens, at) && !appealedTo(tokens, beforeName))) {
      lastAtMeeting = { sentence: s, end: m.end };
      inSummit.add(m.personId);
      // (A delegate too: a stand-in, or one the dated sentence or an opening one has meet another, `Zelenskyy met the US
      // vice-president, JD Vance, …`, `Meloni hosts Vance and von der Leyen in Rome`.)
      const accompanies = listGoesOn(tokens, lastAccompanying, s, m.start);
      if (standsIn || accompanies) {
        delegates.add(m.personId);
        // (`Foreign Minister Hakan Fidan … and Communications Director Fahrettin Altun also attended the meeting`: those
        // who came along with a leader.)
        // (So do those the meeting was attended by: `The meeting was attended by Minister of Energy Prince Abdulaziz bin
        // Salman, Foreign Minister …`, and those listed after them.)
        if (accompanies || tokens.lowerAt(last + 1) === "also" || attendedByAgent(tokens, beforeApposed)) {
          accompanying.add(m.personId);
          lastAccompanying = { sentence: s, end: m.end };
        }
      } else if (m.via !== "pronoun" && isAbout && metAt(tokens, beforeApposed, last)) {
        delegates.add(m.personId);
        metOnly.add(m.personId);
      }
    }
  }
  // `Modi arrived in Tianjin on August 30th. The next day he met Xi Jinping`: the one a `he` or `she` opening the dated
  // sentence stands for is its subject, at the meeting as if named there.
  for (const r of subjects) {
    if (evidence === null || r.start < evidence.start || r.start >= evidence.end || absent.has(r.personId)) continue;
    inEvidence.add(r.personId);
    inSummit.add(r.personId);
  }
  // `The two Heads of State made the announcement yesterday …`: a dated sentence that names its subject a pair of leaders
  // holds the report's two leaders, when it knows exactly two, whatever else names them (`since President Ruto took
  // office`).
  if (evidence !== null && namesTheTwoLeaders(tokens, evidence, false)) {
    // (Not a leader who only hosts a meal beside it: `at a banquet hosted in his honour by Indian President Droupadi Murmu`.)
    const two = people.filter((p) => p.roleClasses.has("leader") && !formerly.has(p.id) && (!mealHosts.has(p.id) || inSummit.has(p.id)));
    if (two.length === 2) for (const p of two) inSummit.add(p.id);
  }
  // Leaders (and heads of international bodies) referred to at least twice, named in a sentence about the meeting,
  // or speaking in its transcript, unless the report says they stayed away; at talks without leaders (`Lavrov and his
  // Chinese counterpart Wang Yi discussed …`), the ministers.
  // (The host country's leader too, wherever named: `accusing host South Africa of …`, `Ramaphosa said …`.)
  // (So is a leader the text calls its host: `Lula, the host, is expected to push …`.)
  const hosting = (p: PersonDraft): boolean => p.roleClasses.has("leader") && ((host !== null && p.country === host) || p.roles.some((r) => r === "host" || r.endsWith(" host")));
  // (Where the dated sentence pairs two leaders, `Trump said he had a … call with Putin`, a third named often is one
  // who reacts or is spoken of, `He said he would also call Zelenskiy`: at the meeting only where the text puts them.)
  const evidenceLeaders = people.filter((p) => p.roleClasses.has("leader") && inEvidence.has(p.id) && !absentFromEvidence.has(p.id)).length;
  // (So does a headline that has two leaders meet, `Zelenskyy meets Starmer in London as European leaders rally behind
  // Ukraine – live`: a third leader the page quotes in another entry is at the meeting only where the text puts them.)
  const pairedInHeadline = headlinePeople.size === 2 && people.filter((p) => headlinePeople.has(p.id) && p.roleClasses.has("leader")).length === 2;
  const oftenNamed = (p: PersonDraft): boolean => (named.get(p.id) ?? 0) >= 2 && (evidenceLeaders !== 2 || inEvidence.has(p.id) || !p.roleClasses.has("leader") || manyStates) && (!pairedInHeadline || headlinePeople.has(p.id) || !p.roleClasses.has("leader") || manyStates);
  const takesPart = (p: PersonDraft): boolean => !formerly.has(p.id) && (!plannedOnly.has(p.id) || inSummit.has(p.id)) && (!absent.has(p.id) || (inEvidence.has(p.id) && !absentFromEvidence.has(p.id))) && (!aroundOnly.has(p.id) || inSummit.has(p.id)) && (oftenNamed(p) || inSummit.has(p.id) || speakers.has(p.id) || hosting(p));
  // Heads of international bodies take part as leaders do (`UN Secretary-General António Guterres`); a country's
  // `intelligence chief` does not.
  // (A body the text names in the title, when no country is known: `IAEA chief Rafael Grossi`, not `sovereign wealth
  // fund chief Kirill Dmitriev`.)
  const namesBody = (p: PersonDraft): boolean => p.roles.some((r) => r.split(" ").some((w) => w.length > 1 && PATTERNS.upper.test(w[0] ?? "")));
  const bodyHead = (p: PersonDraft): boolean => p.roleClasses.has("org-head") && (p.country === null ? namesBody(p) : BODIES.has(p.country));
  // `Petro and his Chilean counterpart Gabriel Boric met`: a counterpart named at the meeting holds the same office.
  // (Only a counterpart the text gives no other office: `her counterpart Subrahmanyam Jaishankar`, a foreign
  // minister, met a minister, not the summit.)
  // (Nor one whose possessor, named last before in the sentence, holds an office no leader holds: `Energy Cabinet
  // Secretary Opiyo Wandayi and his Ugandan counterpart, Ruth Nankabirwa, attended`.)
  const officialsCounterparts = counterpartsOfOfficials(byId, mentions, sentences);
  const counterpart = (p: PersonDraft): boolean => p.roleClasses.has("counterpart") && p.roleClasses.size === 1 && inSummit.has(p.id) && !officialsCounterparts.has(p.id);
  // (Nor a second leader of a country whose leader the dated sentence names, who only attends: `The talks were attended
  // by HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed …`, beside the Emir.)
  // (Not one the dated sentence names only as the visit's inviter: `At the invitation of President Droupadi Murmu, …
  // paid a state visit to India` leaves `He held talks with Prime Minister Narendra Modi` to India's side.)
  const ledInEvidence = new Set(people.filter((p) => p.roleClasses.has("leader") && inEvidence.has(p.id) && p.country !== null && !inviters.has(p.id)).map((p) => p.country));
  // (Nor one of no known country who attended, where the dated sentence names a leader on each side: `The meeting was
  // attended by His Highness the Crown Prince … and His Highness the Prime Minister …`, `Crown Prince Al Hussein, …
  // and Foreign Minister Ayman Safadi attended the talks`.)
  const attendsOnly = (p: PersonDraft): boolean => delegates.has(p.id) && !inEvidence.has(p.id) && (ledInEvidence.has(p.country) || (p.country === null && evidenceLeaders >= 2));
  // (Nor one who invited the visit where another leader of that country takes part, who holds the talks: `At the
  // invitation of President Droupadi Murmu, Prime Minister Luxon … held talks with Prime Minister Narendra Modi`; one
  // who invited others to a meeting of their own still sits at it, `met today in Riga at the invitation of Prime
  // Minister Evika Siliņa of Latvia`.)
  const heldBy = new Set(people.filter((o) => o.roleClasses.has("leader") && o.country !== null && !inviters.has(o.id) && takesPart(o)).map((o) => o.country));
  const inviterBeside = (p: PersonDraft): boolean => inviters.has(p.id) && p.country !== null && heldBy.has(p.country);
  const leaders = people.filter((p) => (p.roleClasses.has("leader") || bodyHead(p)) && takesPart(p) && !attendsOnly(p) && !inviterBeside(p));
  // (A visit whose talks the text puts only in a spokesman's words has one side: the leader who invited it is the
  // other, `At the invitation of Prime Minister Anwar Ibrahim, President Xi Jinping paid a state visit to Malaysia`.)
  const sides = new Set(leaders.map((p) => p.country));
  if (sides.size === 1 && !sides.has(null)) leaders.push(...people.filter((p) => inviters.has(p.id) && p.roleClasses.has("leader") && p.country !== null && !sides.has(p.country) && !formerly.has(p.id) && !absent.has(p.id)));
  // (`Azerbaijan's Ilham Aliyev and Turkmenistan's Gurbanguly Berdymukhammedov also signed`: one named only by the
  // country possessing the name, at the meeting with its leaders, stands for that country as they do.)
  const forCountry = (p: PersonDraft): boolean => p.roles.length === 0 && p.country !== null && inSummit.has(p.id);
  if (leaders.length > 0) leaders.push(...people.filter((p) => (counterpart(p) || forCountry(p)) && !leaders.includes(p) && !absent.has(p.id)));
  // (A delegate too, for a country no leader of which is there: the one who stood in; or whose leader joined from afar,
  // `Putin … addressed the summit by video link. Foreign Minister Sergei Lavrov represented Russia in person`.)
  const ledCountries = new Set(leaders.flatMap((p) => (p.country === null || joinedFromAfar.has(p.id) ? [] : [p.country])));
  if (leaders.length > 0) leaders.push(...people.filter((p) => delegates.has(p.id) && !leaders.includes(p) && (p.country === null || !ledCountries.has(p.country)) && takesPart(p) && (p.country !== null || (!metOnly.has(p.id) && !accompanying.has(p.id) && !attendsOnly(p)))));
  const minister = (p: PersonDraft): boolean => p.roleClasses.has("foreign-minister") || p.roleClasses.has("minister");
  // (At talks without leaders, the ministers, whoever led a side, `Vice Premier He Lifeng led Beijing's delegation`, and
  // whoever the dated sentence has a minister meet, `Wang Yi held talks … with Indian National Security Advisor Ajit
  // Doval`, or names as an envoy, `Abbas Araghchi and US envoy Steve Witkoff held … talks`; not aides who `also attended`.)
  const envoy = (p: PersonDraft): boolean => p.roleClasses.has("ambassador") && inEvidence.has(p.id);
  // (Or a leader's deputy the dated sentence names: `Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng
  // began two days of talks`; a state's, not a firm's vice president.)
  const deputy = (p: PersonDraft): boolean => p.roleClasses.has("deputy") && p.country !== null && inEvidence.has(p.id);
  const chosen = leaders.length > 0 || evidence === null ? leaders : people.filter((p) => (minister(p) || counterpart(p) || sideHeads.has(p.id) || envoy(p) || deputy(p) || (metOnly.has(p.id) && inEvidence.has(p.id))) && inSummit.has(p.id));
  return chosen.map((p) => p.id);
}

/** True when a mention of `personId` at offset `start` follows the sentence's first pair and is neither of them. */
function namedAfterPair(pair: { ids: readonly string[]; after: number }, start: number, personId: string): boolean {
  return start > pair.after && !pair.ids.includes(personId);
}

/** The first two people sentence `s` names other than as owners (`Trump's tariffs`), and the offset after the second's name. */
function firstPair(tokens: TokenList, s: Sentence, mentions: readonly Mention[]): { ids: string[]; after: number } {
  const ids: string[] = [];
  for (const m of personMentionsIn(s, mentions)) {
    if (ids.includes(m.personId) || ownsOther(tokens, m.end)) continue;
    ids.push(m.personId);
    if (ids.length === 2) return { ids, after: m.end };
  }
  return { ids, after: Infinity };
}

/**
 * Those named only as a counterpart whose first mention follows, in its sentence, a person holding offices but no
 * leader's (a minister's counterpart is a minister).
 */
function counterpartsOfOfficials(byId: ReadonlyMap<string, PersonDraft>, mentions: readonly Mention[], sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  let previous: Mention | null = null;
  for (const m of mentions) {
    if (m.personId === null) continue;
    const person = byId.get(m.personId);
    if (person !== undefined && !seen.has(m.personId) && person.roleClasses.has("counterpart") && previous !== null && previous.personId !== m.personId) {
      const possessor = byId.get(previous.personId ?? "");
      const sameSentence = (sentenceAt(sentences, m.start)?.start ?? -1) <= previous.start;
      if (sameSentence && possessor !== undefined && possessor.roleClasses.size > 0 && !possessor.roleClasses.has("leader") && !possessor.roleClasses.has("counterpart")) out.add(m.personId);
    }
    seen.add(m.personId);
    previous = m;
  }
  return out;
}

/**
 * True when the sentence opens on the meeting's own day or a part of it (`The same day, …`, `Earlier the same day, …`, `In
 * the evening, …`, `That afternoon, …`).
 */
function opensOnSameDay(tokens: TokenList, s: Sentence): boolean {
  let i = tokenIndexAt(tokens, s.start);
  // (Or after an adverb of the day's order: `Earlier the same day, …`, `Later on that same day, …`.)
  if (tokens.lowerAt(i) === "earlier" || tokens.lowerAt(i) === "later") i++;
  const preposition = tokens.lowerAt(i);
  if (preposition === "on" || preposition === "in" || preposition === "during") i++;
  const determiner = tokens.lowerAt(i);
  if (determiner === "that" && tokens.lowerAt(i + 1) === "same") i++;
  const same = tokens.lowerAt(i + 1) === "same" && tokens.lowerAt(i + 2) === "day";
  const part = DAY_PARTS[tokens.lowerAt(i + 1) ?? ""] !== undefined && tokens.textAt(i + 2) === ",";
  return (determiner === "the" || determiner === "that") && (same || part);
}

/** Most tokens between `sidelines of` and the other meeting's noun (`the Shanghai Cooperation Organisation summit`). */
const SIDELINED_NOUN_REACH = 8;

/** The meeting noun after `sidelines of` (or `margins of`) in the sentence, or null. */
function nounAfterSidelines(tokens: TokenList, sentence: Sentence): string | null {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) {
    if (!SIDELINE_WORDS.has(tokens.lowerAt(i) ?? "") || tokens.lowerAt(i + 1) !== "of") continue;
    for (let k = i + 2; k < Math.min(end, i + 2 + SIDELINED_NOUN_REACH); k++) if (MEETING_WORDS.has(tokens.lowerAt(k) ?? "")) return tokens.lowerAt(k) ?? null;
  }
  return null;
}

/**
 * True when the sentence places what it tells in another city than the meeting's (`Macron said in Paris that …`),
 * and not in the meeting's own (`Xi, who met Putin in Moscow in March, arrived in Kazan`).
 */
function elsewhere(tokens: TokenList, cityMentions: readonly CityMention[], s: Sentence, location: string | null, countryMentions: readonly CityMention[], home: string | null): boolean {
  if (location === null) return false;
  // `Trump is also expected to visit Japan, where he will meet …`: a visit to another country is another meeting.
  const visited = (m: CityMention): boolean => m.name !== home && VISIT_WORDS.has(tokens.lowerAt(tokenIndexAt(tokens, m.start) - 1) ?? "");
  if (home !== null && mentionsInSentence(countryMentions, s).some(visited)) return true;
  let other = false;
  for (const m of mentionsInSentence(cityMentions, s)) {
    const i = tokenIndexAt(tokens, m.start);
    if (m.name === location && afterPlacePreposition(tokens, i)) return false;
    // (Nor a city of another meeting the sentence names: `said he would skip next year's summit in Miami`.)
    const ofOtherMeeting = MEETING_WORDS.has(tokens.lowerAt(i - 2) ?? "") && otherMeeting(tokens, i - 2);
    if (m.name !== location && ((tokens.lowerAt(i - 1) === "in" && !ofEarlierEvent(tokens, i - 1) && !ofOtherMeeting && !inThingAside(tokens, i - 1) && !inClosedPersonAside(tokens, i - 1)) || travelledTo(tokens, i))) other = true;
  }
  return other;
}

/** Most tokens between the comma opening an aside about a thing and the `in` inside it. */
const THING_ASIDE_REACH = 12;

/**
 * True when the `in` at token `at` stands in an aside about a thing, set off by a comma: a participle's (`told his
 * fellow leaders the deal, concluded by von der Leyen in Montevideo earlier this month, was …`) or a `which` clause's.
 * It places the thing, not the sentence's news.
 */
function inThingAside(tokens: TokenList, at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - THING_ASIDE_REACH); k--) {
    if (tokens.kindAt(k) !== "punct") continue;
    if (tokens.textAt(k) !== ",") return false;
    const next = tokens.get(k + 1);
    return next !== undefined && !next.capitalized && (next.lower === "which" || (next.lower.length > 4 && next.lower.endsWith("ed")));
  }
  return false;
}

/**
 * True when the `in` at token `at` stands in an aside about a person that closes before the sentence's verb (`Xi
 * Jinping, who met Biden on Saturday in Lima, was also in attendance`): it places that person's other doings, not the
 * sentence's news.
 */
function inClosedPersonAside(tokens: TokenList, at: number): boolean {
  let open = -1;
  for (let k = at - 1; k >= Math.max(1, at - THING_ASIDE_REACH) && open < 0; k--) {
    if (tokens.kindAt(k) !== "punct") continue;
    if (tokens.textAt(k) !== "," || tokens.lowerAt(k + 1) !== "who") return false;
    open = k;
  }
  if (open < 0) return false;
  for (let k = at + 1; k <= at + THING_ASIDE_REACH; k++) {
    if (tokens.kindAt(k) !== "punct" || isAbbreviationStop(tokens, k)) continue;
    // (Closed by a comma and a verb after it: `, was also in attendance`.)
    return tokens.textAt(k) === "," && tokens.kindAt(k + 1) === "word" && tokens.capitalizedAt(k + 1) !== true;
  }
  return false;
}

/** Most words between `after` and the `in` of the place of the happening it names (`after talks in Vienna`). */
const EARLIER_EVENT_REACH = 4;
/** Prepositions of a happening before or after the sentence's own (`arrived late after talks in Vienna`). */
const EVENT_SEQUENCE_WORDS = new Set(["after", "before", "following", "since"]);

/** True when the `in` at token `at` places a happening that `after` or `before` names, not the sentence's subject. */
function ofEarlierEvent(tokens: TokenList, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - EARLIER_EVENT_REACH); k--) {
    const t = tokens.get(k);
    if (t === undefined || t.kind !== "word") return false;
    if (EVENT_SEQUENCE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs of travel before the country travelled to (`expected to visit Japan`). */
const VISIT_WORDS = new Set(["visit", "visits", "visited", "visiting"]);

/** True when the city at token `i` is where someone goes on to (`Merz later flew on to Warsaw for talks`, `left for Warsaw`). */
function travelledTo(tokens: TokenList, i: number): boolean {
  const to = tokens.lowerAt(i - 1);
  if (to !== "to" && to !== "for") return false;
  const verb = tokens.lowerAt(i - 2) === "on" ? i - 3 : i - 2;
  return TRAVEL_VERBS.has(tokens.lowerAt(verb) ?? "") || RETURN_VERBS.has(tokens.lowerAt(verb) ?? "");
}

/** Verbs of going home after the meeting (`Chakwera returned to Lilongwe the same afternoon`). */
const RETURN_VERBS = new Set(["return", "returns", "returned", "returning"]);

/** True when the sentence speaks of two ministers as a pair (`the two ministers`, `both foreign ministers`, `the two top diplomats`). */
export function namesTheTwoMinisters(tokens: TokenList, sentence: Sentence): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start) + 1; i < end; i++) {
    if (!MINISTER_PLURALS.has(tokens.lowerAt(i) ?? "")) continue;
    const head = MINISTER_MODIFIERS.has(tokens.lowerAt(i - 1) ?? "") ? i - 1 : i;
    if (pairedBefore(tokens, head)) return true;
  }
  return false;
}

/** Plurals of ministers, and the words that may qualify them, for `the two foreign ministers`. */
const MINISTER_PLURALS = new Set(["ministers", "diplomats"]);
const MINISTER_MODIFIERS = new Set(["foreign", "top", "chief"]);

/**
 * True when the sentence speaks of a pair of leaders outside quotation marks (`the two leaders`, `both presidents`;
 * `the presidents` too in a report of a meeting of two).
 */
export function namesTheTwoLeaders(tokens: TokenList, sentence: Sentence, bilateral: boolean, inQuote: (offset: number) => boolean = () => false): boolean {
  for (let i = tokenIndexAt(tokens, sentence.start) + 1; i < tokens.length && (tokens.startAt(i) ?? Infinity) < sentence.end; i++) {
    if (pairOfLeadersAt(tokens, i, bilateral) && !inQuote(tokens.startAt(i - 1) ?? 0)) return true;
  }
  return false;
}

/** Words that make a group two (`both leaders`, `the two leaders`, `leaders of the two countries`). */
const PAIR_WORDS = new Set(["two", "both"]);

/** Most words of an office between a word of two and its group's noun (`the two prime ministers`). */
const PAIR_OFFICE_WORDS = 2;

/** True when `two` or `both` stands before the group's noun at token `i`, at most a few words between. */
function pairBefore(tokens: TokenList, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - PAIR_OFFICE_WORDS); k--) {
    if (PAIR_WORDS.has(tokens.lowerAt(k) ?? "")) return true;
    // (Words in lower case: `two Cuban exile leaders` are two of one side.)
    if (tokens.kindAt(k) !== "word" || tokens.capitalizedAt(k) === true) return false;
  }
  return false;
}

/** True when the sentence speaks of the leaders as a group of more than two (not `the two leaders`, `both leaders`). */
function namesGroup(tokens: TokenList, sentence: Sentence): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) {
    // Not the two of a bilateral meeting (`the two leaders`, `both leaders`, `leaders of the two countries`), an office's
    // words between too (`The two prime ministers held talks`, `both foreign ministers`).
    const ofTwo = tokens.lowerAt(i + 1) === "of" && PAIR_WORDS.has(tokens.lowerAt(i + (tokens.lowerAt(i + 2) === "the" ? 3 : 2)) ?? "");
    if (MEETING_GROUPS.has(tokens.lowerAt(i) ?? "") && !pairBefore(tokens, i) && !ofTwo && !inOtherEvent(tokens, sentence, i) && !reactingGroup(tokens, i) && !besideWhich(tokens, i)) return true;
    if (blocMeetingAt(tokens, i)) return true;
  }
  return false;
}

/**
 * True when token `i` names the meeting another was held beside (`met … on the sidelines of the 31st APEC Economic
 * Leaders' Meeting`): its leaders make no meeting of many of this one.
 */
function besideWhich(tokens: TokenList, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - SIDELINED_NOUN_REACH); k--) {
    if (tokens.lowerAt(k) === "of" && SIDELINE_WORDS.has(tokens.lowerAt(k - 1) ?? "")) return true;
    if (tokens.kindAt(k) !== "word" && !isPossessiveAt(tokens, k)) return false;
  }
  return false;
}

/** Most words before a group of leaders that qualify it (`from several European Union leaders`). */
const GROUP_QUALIFIERS = 3;

/**
 * True when the group at token `i` reacts to the meeting from afar (`a visit that drew sharp criticism from European
 * Union leaders`): no meeting of many, as `criticism from Zelenskyy` puts no one at it.
 */
function reactingGroup(tokens: TokenList, i: number): boolean {
  let k = i - 1;
  while (k > i - 1 - GROUP_QUALIFIERS && tokens.kindAt(k) === "word" && tokens.lowerAt(k) !== "from") k--;
  return tokens.lowerAt(k) === "from" && REACTION_NOUNS.has(tokens.lowerAt(k - 1) ?? "");
}

/** Most tokens between a conjunction and the group of leaders in its clause (`two days before EU leaders`). */
const OTHER_EVENT_REACH = 4;

/** Most tokens between `sidelines of` and a group of the gathering it names (`the sidelines of the APEC Leaders`). */
const SIDELINED_GROUP_REACH = 4;

/** True when the group at token `i` belongs to the gathering a `sidelines of` before it names. */
function onSidelinesOf(tokens: TokenList, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - SIDELINED_GROUP_REACH - 1); k--) {
    if (tokens.lowerAt(k) === "of" && SIDELINE_WORDS.has(tokens.lowerAt(k - 1) ?? "")) return true;
    if (tokens.kindAt(k) === "punct" && !isPossessiveAt(tokens, k)) return false;
  }
  return false;
}

/** Most tokens between a meeting's noun and the group it is `of` (`a summit of European leaders`). */
const GROUP_OF_REACH = 3;

/** The meeting's noun a group at token `i` is the object of (`summit` in `a summit of European leaders`), else `i`. */
function meetingOf(tokens: TokenList, i: number): number {
  for (let k = i - 2; k >= Math.max(0, i - 1 - GROUP_OF_REACH); k--) if (tokens.lowerAt(k + 1) === "of" && MEETING_WORDS.has(tokens.lowerAt(k) ?? "")) return k;
  return i;
}

/**
 * True when the group at token `i` stands in a clause of another happening after a main clause that tells of a
 * meeting (`hosted Macron in Berlin on Tuesday, two days before EU leaders gather in Brussels`): not the meeting's.
 * (When the main clause tells of none, the clause holds the meeting: `said Ireland will not block the deal, after EU
 * leaders concluded their two-day summit`.)
 */
function inOtherEvent(tokens: TokenList, sentence: Sentence, i: number): boolean {
  const first = tokenIndexAt(tokens, sentence.start);
  for (let k = i - 1; k > first && k >= i - OTHER_EVENT_REACH; k--) {
    if (OTHER_EVENT_CONJUNCTIONS.has(tokens.lowerAt(k) ?? "")) {
      for (let j = first; j < k; j++) if (MEETING_WORDS.has(tokens.lowerAt(j) ?? "") || HAPPENING_VERBS.has(tokens.lowerAt(j) ?? "")) return true;
      return false;
    }
    if (tokens.kindAt(k) === "punct") return false;
  }
  return false;
}

/**
 * True when the sentence names a bloc's own meeting (`at a European Council summit`, `the NATO summit`), not another
 * one (`next year's G20 summit`) nor a country's (`the US summit`).
 */
function holdsBlocMeeting(tokens: TokenList, sentence: Sentence, countryStarts: ReadonlySet<number>): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start) + 1; i < end; i++) {
    if (!MEETING_WORDS.has(tokens.lowerAt(i) ?? "") || otherMeeting(tokens, i)) continue;
    const bloc = tokens.get(i - 1);
    if (bloc === undefined || countryStarts.has(bloc.start)) continue;
    // (By its acronym, as `blocMeetingAt` reads it, or by its name's last word: `a European Council summit`.)
    if (blocMeetingAt(tokens, i) || (bloc.capitalized && BLOC_NAME_ENDS.has(bloc.lower))) return true;
  }
  return false;
}

/** Most tokens between `after` or `before` and the meeting noun it sets apart (`days after an emergency EU summit`). */
const SEQUENCED_NOUN_REACH = 4;

/**
 * The meeting nouns the dated sentence does not hold that a sentence dated to another day sets before or after
 * something (`summit` in `The call came days after an emergency EU summit in Brussels on March 6`, the meeting a call).
 */
function otherMeetingNouns(tokens: TokenList, sentences: readonly Sentence[], timexes: readonly TimeExpression[], date: string | null, evidence: Sentence | null): ReadonlySet<string> {
  const nouns = new Set<string>();
  if (date === null || evidence === null) return nouns;
  const own = meetingNounsIn(tokens, evidence);
  let last: Sentence | undefined;
  for (const t of timexes) {
    if (t.type !== "DATE" || !PATTERNS.isoDay.test(t.value) || t.value === date) continue;
    const s = sentenceAt(sentences, t.start);
    if (s === undefined || s === evidence || s === last) continue;
    last = s;
    const end = tokenIndexAt(tokens, s.end);
    for (let i = tokenIndexAt(tokens, s.start); i < end; i++) {
      const w = tokens.lowerAt(i) ?? "";
      if (!MEETING_NOUNS.has(w) || own.has(w)) continue;
      for (let k = i - 1; k >= Math.max(0, i - SEQUENCED_NOUN_REACH); k--) {
        if (tokens.kindAt(k) !== "word") break;
        if (EVENT_SEQUENCE_WORDS.has(tokens.lowerAt(k) ?? "")) nouns.add(w);
      }
    }
  }
  return nouns;
}

/** The meeting nouns a sentence holds, lower case. */
function meetingNounsIn(tokens: TokenList, s: Sentence): Set<string> {
  const found = new Set<string>();
  const end = tokenIndexAt(tokens, s.end);
  for (let i = tokenIndexAt(tokens, s.start); i < end; i++) if (MEETING_NOUNS.has(tokens.lowerAt(i) ?? "")) found.add(tokens.lowerAt(i) ?? "");
  return found;
}

/** True when the sentence names a meeting only by nouns of `nouns` (another meeting's). */
function namesOnly(tokens: TokenList, s: Sentence, nouns: ReadonlySet<string>): boolean {
  if (nouns.size === 0) return false;
  const held = meetingNounsIn(tokens, s);
  return held.size > 0 && [...held].every((w) => nouns.has(w));
}

/** A bloc's own summit at token `i`: `the 47th ASEAN Summit`, `the G20 summit`. */
function blocMeetingAt(tokens: TokenList, i: number): boolean {
  return MEETING_WORDS.has(tokens.lowerAt(i) ?? "") && isCapitalWord(tokens.get(i - 1));
}

/** Most tokens between a group of leaders and the states they come from (`leaders of the six Western Balkan countries`). */
const NATIONS_REACH = 16;

/**
 * True when the sentence gathers leaders from many states, whoever it names (`Leaders from French-speaking countries
 * gathered`, `EU leaders met`), not two (`leaders of the two countries`). (A bloc's summit is no sign: two may meet on
 * its sidelines.)
 */
function gathersNations(tokens: TokenList, sentence: Sentence, countryStarts: ReadonlySet<number>): boolean {
  const end = tokenIndexAt(tokens, sentence.end);
  for (let i = tokenIndexAt(tokens, sentence.start); i < end; i++) {
    // (Four states or more named after the leaders' plural: `The presidents of Kazakhstan, Kyrgyzstan, Tajikistan,
    // Turkmenistan and Uzbekistan met in Tashkent`.)
    // (So `The Prime Ministers of Denmark, Estonia, …`.)
    const leaders = LEADER_PLURALS.has(tokens.lowerAt(i) ?? "") || (tokens.lowerAt(i) === "ministers" && tokens.lowerAt(i - 1) === "prime");
    if (leaders && tokens.lowerAt(i + 1) === "of" && statesListedFrom(tokens, i + 2, end, countryStarts) >= MANY_STATES) return true;
    // (Or many states counted taking part: `with some 90 countries and organisations taking part`.)
    if (NATIONS_WORDS.has(tokens.lowerAt(i) ?? "") && manyCountedAt(tokens, i - 1) && takingPartAfter(tokens, i + 1, end)) return true;
    // (Nor those who judge the meeting: `a visit that drew criticism from European Union leaders`.)
    // (Also the meeting they are the object of: `on the eve of a summit of European leaders`.)
    // (Nor those of a gathering on whose sidelines the meeting was: `a bilateral meeting … on the sidelines of the APEC
    // Leaders' Week`.)
    if (!MEETING_GROUPS.has(tokens.lowerAt(i) ?? "") || inOtherEvent(tokens, sentence, meetingOf(tokens, i)) || reactingGroup(tokens, i) || onSidelinesOf(tokens, i)) continue;
    // (`EU leaders met in Brussels`, `G7 leaders`: a bloc's leaders, not a country's, as in `US leaders`.)
    // (Not inside a meeting's name, which two may meet beside: `on the sidelines of the EAC Heads of State Summit`.)
    // (Its acronym in brackets passed: `Caribbean Community (CARICOM) heads of government`.)
    const bloc = tokens.get(tokens.textAt(i - 1) === ")" && tokens.textAt(i - 3) === "(" ? i - 4 : i - 1);
    const named = [1, 2, 3].some((k) => MEETING_WORDS.has(tokens.lowerAt(i + k) ?? "") && tokens.capitalizedAt(i + k) === true);
    if (isCapitalWord(bloc) && !countryStarts.has(bloc.start) && !named) return true;
    // (A bloc by its name's last word too: `Gulf Cooperation Council leaders`, `African Union leaders`.)
    if (bloc !== undefined && bloc.capitalized && BLOC_NAME_ENDS.has(bloc.lower) && isCapitalizedAt(tokens, i - 2) && !named) return true;
    // (A region's leaders too: `European leaders ended a two-day summit`, `world leaders`; and many of them by count:
    // `about 20 heads of state`.)
    // (A region in two words: `European and Latin American leaders`, `Central Asian leaders`.)
    const region = bloc !== undefined && (REGION_WORDS.has(bloc.lower) || (CONTINENT_ADJECTIVES.has(bloc.lower) && REGION_QUALIFIERS.has(tokens.lowerAt(i - 2) ?? "")));
    if (region && !named) return true;
    if (bloc !== undefined && PATTERNS.startsWithDigit.test(bloc.text) && Number(bloc.text) > 3) return true;
    const from = tokens.lowerAt(i + 1);
    if (PAIR_WORDS.has(tokens.lowerAt(i - 1) ?? "") || (from !== "from" && from !== "of")) continue;
    // (Or a bloc of them by its name, its acronym in brackets passed: `Leaders of the Gulf Cooperation Council (GCC)
    // and the Association of Southeast Asian Nations`; not `the United States`.)
    for (let k = i + 2; k < Math.min(end, i + 2 + NATIONS_REACH); k++) {
      const w = tokens.get(k);
      if (w?.text === "(" && tokens.textAt(k + 2) === ")") {
        k += 2;
        continue;
      }
      if (w === undefined || w.kind !== "word" || PAIR_WORDS.has(w.lower)) break;
      if (NATIONS_WORDS.has(w.lower) && tokens.lowerAt(k - 1) !== "united") return true;
      // (A bloc by its name's last word: `Heads of State and Government of the Southern African Development Community`.)
      if (w.capitalized && BLOC_NAME_ENDS.has(w.lower) && isCapitalizedAt(tokens, k - 1)) return true;
      // (A bloc's acronym, no country's: `Leaders of the G7`, `leaders of ASEAN`; not `leaders of the US and China`.)
      if (k === i + 2 + (tokens.lowerAt(i + 2) === "the" ? 1 : 0) && w.text.length > 1 && isAllCaps(w.text) && !countryStarts.has(w.start)) return true;
    }
  }
  return false;
}

/** True when token `i` counts more than three (`90`, `some 40`, `forty`), as the number of states at a gathering. */
function manyCountedAt(tokens: TokenList, i: number): boolean {
  const text = tokens.textAt(i) ?? "";
  const n = PATTERNS.startsWithDigit.test(text) ? Number(text.split(",").join("")) : (NUMBER_WORDS[tokens.lowerAt(i) ?? ""] ?? 0);
  return n > 3;
}

/** Most tokens between the states counted and their taking part (`countries and organisations taking part`). */
const TAKING_PART_REACH = 4;

/** True when a word of taking part in a meeting follows token `from` closely, before `end` (`taking part`, `attending`). */
function takingPartAfter(tokens: TokenList, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + TAKING_PART_REACH); k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (ATTENDANCE_WORDS.has(w) || (w === "part" && TAKING_WORDS.has(tokens.lowerAt(k - 1) ?? ""))) return true;
  }
  return false;
}

/** Forms of `take` before `part`. */
const TAKING_WORDS = new Set(["take", "takes", "taking", "took", "taken"]);

/** States named in one list that make a gathering of many (`the presidents of Kazakhstan, Kyrgyzstan, …`). */
const MANY_STATES = 4;
/** Longest list of states read, in tokens. */
const STATES_LIST_REACH = 30;

/** How many states a list from token `k` names, over commas, `and` and the words of their names. */
function statesListedFrom(tokens: TokenList, k: number, end: number, countryStarts: ReadonlySet<number>): number {
  let count = 0;
  for (let j = k; j < Math.min(end, k + STATES_LIST_REACH); j++) {
    const w = tokens.get(j);
    if (w === undefined || (w.kind !== "word" && w.text !== ",") || (w.kind === "word" && !w.capitalized && w.lower !== "and" && w.lower !== "the")) break;
    if (countryStarts.has(w.start)) count++;
  }
  return count;
}

/** Tokens after a reporting verb within which a time dates the saying (`said late on Friday`). */
const CUE_TIME_REACH = 3;

/** Token index of the sentence's first reporting verb, or -1. */
function firstCue(tokens: TokenList, s: Sentence, cueWords: ReadonlySet<string>): number {
  const end = tokenIndexAt(tokens, s.end);
  for (let i = tokenIndexAt(tokens, s.start); i < end; i++) if (cueWords.has(tokens.lowerAt(i) ?? "")) return i;
  return -1;
}

/** Days around the summit's date that still belong to it (the eve's dinner, the second day). */
const SUMMIT_SPAN_DAYS = 2;

/** True when `value` is a day within a couple of days of the summit's `date`. */
function withinSummitDays(value: string, date: string): boolean {
  if (!isCalendarDay(value.slice(0, 10)) || !isCalendarDay(date)) return false;
  return Math.abs(daysBetween(parseDay(value.slice(0, 10)), parseDay(date))) <= SUMMIT_SPAN_DAYS;
}

/** A sentence's tense markers, and the relative clauses in it that tell of another time than the meeting's. */
interface MeetingClauses {
  readonly markers: TenseMarkers;
  readonly otherTimes: ReadonlySet<number>;
}

/**
 * Whether people named in sentence `s` may be placed at the summit: the sentence tells of a meeting (any sentence,
 * for a gathering of many), is not a quotation and dates nothing else (`Putin met Erdogan in Sochi last week`). Gives
 * the reporter's tense markers, quotes aside, so that a name beside a plan can be left out (`Lee will travel to
 * Washington for his first summit with Trump`); null when nobody in the sentence takes part.
 */
function aboutThisMeeting(
  tokens: TokenList,
  s: Sentence,
  timexes: readonly TimeExpression[],
  date: string | null,
  inQuote: (offset: number) => boolean,
  ofMany: boolean,
  markersOf: (s: Sentence) => TenseMarkers,
  cueWords: ReadonlySet<string>,
): MeetingClauses | null {
  // A sentence wholly inside a quotation is someone's words; one that goes on after it (`"…," said X, who hosted
  // the summit`) is the reporter's too; and it names a meeting outside quotation marks (`told reporters he was "ready
  // for a meeting"` does not).
  if (date === null || (inQuote(s.start) && inQuote(Math.max(s.start, s.end - 2))) || (!ofMany && !holdsWord(tokens, s, MEETING_WORDS, inQuote) && !attendsThisMeeting(tokens, s))) return null;
  // What a person is said to have said (`accused Hamas of … its October 7 attack`) dates the words, not the sentence:
  // a day well after the sentence's first reporting verb is left out (`said on Friday` still dates it).
  const cue = firstCue(tokens, s, cueWords);
  const first = firstStartingAtOrAfter(timexes, s.start);
  const all = markersOf(s);
  // (Most sentences have no other time and no quotation: they share one empty set and their own markers, so that a
  // long report's thousands of sentences hold no copies.)
  let otherTimes: Set<number> | null = null;
  for (let k = first; k < timexes.length; k++) {
    const t = timexes[k];
    if (t === undefined || t.start >= s.end) break;
    const at = tokenIndexAt(tokens, t.start);
    if (cue >= 0 && at > cue + CUE_TIME_REACH) continue;
    const after = tokenIndexAt(tokens, t.end);
    // (`Xi will send Premier Li Qiang in his place, Beijing said last week.`: the time of a closing attribution's
    // saying, not of what the sentence tells.)
    const saidBefore = wordBeforeDay(tokens, at);
    if (cueWords.has(tokens.lowerAt(saidBefore) ?? "") && tokens.textAt(after) === "." && after + 1 >= tokenIndexAt(tokens, s.end)) continue;
    // Another day in the sentence makes it about another happening; not a plan after the meeting (`said officials
    // would meet again in mid-January`) nor the start of a period (`their first meeting since August 2024`).
    // (In days, not as strings: `2025-W15` is a week before `2025-04-19`.)
    const later = startsAfter(t.value, date);
    // (`The day before, Tokayev and Japarov attended a concert`: a side event the report dates back from the meeting.)
    const before = (t.type === "DATE" || t.type === "TIME") && startsAfter(date, t.value) && looksBack(tokens, at, after);
    const other = before || ((t.type === "DATE" || t.type === "TIME") && !t.value.startsWith(date) && !date.startsWith(t.value) && !withinSummitDays(t.value, date) && !later && !inSinceClause(tokens, at));
    // (`Scholz, whose predecessor launched the process in 2014, urged the leaders …`: an aside's time is its own, and
    // rules out only the people named in it.)
    const relative = relativeClauseAt(all, at);
    if (other && relative !== undefined) (otherTimes ??= new Set<number>()).add(relative);
    else if (other) return null;
  }
  // The reporter's verbs, not the words of a quotation (`"reflect the will of our peoples"`).
  const quoted = (m: TenseMarkers["markers"][number]): boolean => inQuote(tokens.startAt(m.start) ?? 0);
  return { markers: all.markers.some(quoted) ? { ...all, markers: all.markers.filter((m) => !quoted(m)) } : all, otherTimes: otherTimes ?? NO_OTHER_TIMES };
}

/** True when the time `value` starts after the day or stretch `other` starts, compared in days. */
function startsAfter(value: string, other: string): boolean {
  const a = valueInterval(value.slice(0, 10));
  const b = valueInterval(other.slice(0, 10));
  return a !== null && b !== null ? a.start > b.start : value.slice(0, 10) > other.slice(0, 10);
}

/** The other times of a sentence that has none. */
const NO_OTHER_TIMES: ReadonlySet<number> = new Set();

/** Most tokens between `comes` and the word that opens its clause of background (`came just two days after`). */
const MAX_BACKGROUND_GAP = 4;

/** True when a span of time and `after` or `before` open at token `k` (`two days after`, `just a week before`, `days after`). */
function spanThenAfter(tokens: TokenList, k: number): boolean {
  let j = k;
  while (j < k + 2 && SPAN_COUNTS.has(tokens.lowerAt(j) ?? "")) j++;
  const w = tokens.lowerAt(j + 1);
  return UNITS[tokens.lowerAt(j) ?? ""] !== undefined && (w === "after" || w === "before");
}

/** Words that count a span before its unit (`two days`, `just a week`). */
const SPAN_COUNTS = new Set(["a", "an", "one", "two", "three", "four", "five", "six", "seven", "few", "several", "just", "only", "barely", "some"]);

/** True when token `at` stands in a clause of background. */
function inBackground(clause: { start: number; end: number }, at: number): boolean {
  return at >= clause.start && at < clause.end;
}

/**
 * Tokens of the clause that tells what a meeting `comes` amid (`The visit comes as Trump has threatened to pull out`,
 * `The talks came days after …`), or of a span's clause after a comma (`…, two days after …`): the people named there
 * are the news around the meeting, not at it. Infinity for both ends when the sentence has none.
 */
function backgroundClause(tokens: TokenList, s: Sentence): { start: number; end: number } {
  const end = tokenIndexAt(tokens, s.end);
  for (let i = tokenIndexAt(tokens, s.start); i < end; i++) {
    // (`… on Sunday, two days after Zelenskyy's clash with Donald Trump in the Oval Office`: a span after the comma; up
    // to a comma after which the main clause goes on with its purpose, `traveled to Warsaw on Wednesday, a day after
    // his election, for talks with … Donald Tusk`.)
    if (tokens.textAt(i) === "," && spanThenAfter(tokens, i + 1)) {
      let close = i + 1;
      while (close < end && close < i + 1 + MAX_SPAN_ASIDE && tokens.textAt(close) !== ",") close++;
      return { start: i + 1, end: tokens.textAt(close) === "," && PURPOSE_OPENERS.has(tokens.lowerAt(close + 1) ?? "") ? close : Infinity };
    }
    if (!COMING_VERBS.has(tokens.lowerAt(i) ?? "")) continue;
    for (let k = i + 1; k < Math.min(end, i + 2 + MAX_BACKGROUND_GAP); k++) {
      const w = tokens.lowerAt(k) ?? "";
      if (BACKGROUND_OPENERS.has(w)) return { start: k, end: Infinity };
      if (tokens.kindAt(k) === "punct") break;
    }
  }
  return NO_BACKGROUND;
}

/** A sentence without a clause of background. */
const NO_BACKGROUND = { start: Infinity, end: Infinity };
/** Most tokens of a span's aside set off by commas (`, a day after his election,`). */
const MAX_SPAN_ASIDE = 12;
/** Words after the aside's closing comma by which the main clause goes on (`, for talks with …`). */
const PURPOSE_OPENERS = new Set(["for", "to"]);
