import { PATTERNS } from "../../text/patterns.js";
import type { Attribution, Quote, Sentence, SpeakerRef } from "../../model/index.js";
import type { PersonSpan } from "../../pipeline/state.js";
import { DOCUMENT_NOUNS, GENERIC_SOURCE_MEMBERS, GENERIC_SOURCES, SPEAKING_BODY_HEADS } from "../../lexicon/reporting-cues.js";
import type { Stage } from "../../pipeline/context.js";
import { firstStartingAtOrAfter, flatRanges, inRanges, rangeAt, sentenceAt } from "../../text/lookup.js";
import { readHeader } from "../../text/dateline.js";
import { countWords } from "../../text/spans.js";
import { isCapitalized, isCapitalizedAt, isGluedPeriod, isPossessive, isSentenceStop, SENTENCE_TERMINALS, tokenIndexAt, type Token, type TokenList } from "../../text/tokens.js";
import { attributionAfter, attributionBefore, pointedBackAt, quotedAs, type QuoteAttribution } from "./quotes.js";
import { reportedSpeech } from "./reported.js";
import { SpeakerResolver } from "./speakers.js";
import { LABEL_CONFIDENCE } from "../quotes/turns.js";
import { CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { CLAUSE_OPENING_ADVERBS, DETERMINERS, PASSIVE_AUXILIARIES, PREPOSITIONS, SUBORDINATORS } from "../../lexicon/function-words.js";
import { BEFORE_BARE_VERB, DAY_PARTS, MONTHS, UNITS, WEEKDAYS } from "../../lexicon/time-words.js";
import { EXCELLENCY_ABBREVIATION } from "../../lexicon/roles.js";

/** Confidence by how the speaker was found; see `Quote.confidence`. */
const CONFIDENCE = { name: 0.95, alias: 0.9, descriptor: 0.85, pronoun: 0.75, context: 0.6, label: LABEL_CONFIDENCE } as const;
/** Furthest a quote after a colon looks back for its speaker, in tokens. */
const COLON_REACH = 40;
/** The labels of a house style that sets a source apart from its words (`Source: Sybiha on X`, `Quote: "…"`). */
const SOURCE_LABEL = "source";
const QUOTE_LABEL = "quote";
/** Most sentences between a `Quote:` label and the `Source:` label it goes back to. */
const MAX_LABEL_SENTENCES = 12;
/** Most characters between the end of one quote's attribution and the next quote for the two to be one utterance. */
const GROUP_GAP = 3;
/** Most tokens before a quotation within which reported speech in its paragraph lends it a voice. */
const REPORTER_REACH = 60;
/** Most characters between a quote's closing mark and the attribution that closes its sentence (`…", Xi said`). */
const TAIL_GAP = 3;

/**
 * Attributes every quote to its speaker (with cue and medium), groups
 * quotes split by their attribution, and finds reported speech without
 * quotation marks.
 */
export const attribution: Stage = (ctx, state) => {
  const { tokens, blocks, sentences } = state;
  const quotes: Quote[] = state.quotes.map((q) => ({ ...q }));
  const topLevel = quotes.filter((q) => q.nestedIn === null);
  // Stretches between quotation marks, and the dash continuations a mark closes (`… Ushakov said. - The foreign
  // ministers, Sergey Lavrov and Marco Rubio, will … "`); not a transcript's turns, which have no marks.
  const quotedRanges = flatRanges(topLevel.filter((q) => q.openMark !== null || q.closeMark !== null), (q) => q.openMark?.start ?? q.start, (q) => q.closeMark?.end ?? q.end);
  // A name in a photo credit (`(AP Photo/Geert Vanden Wijngaert)`) never speaks, nor does a pronoun stand for it.
  const credits = flatRanges(blocks.filter((b) => b.kind === "credit"), (b) => b.start, (b) => b.end);
  const mentions = credits.length === 0 ? state.mentions : state.mentions.filter((m) => !inRanges(credits, m.start));
  const resolver = new SpeakerResolver(tokens, mentions, sentences, state.people, state.organizations, (offset) => inRanges(quotedRanges, offset), ctx.lexicon.roleClasses, state.places, ctx.lexicon.cueWords, ctx.lexicon.countryByDemonym);
  let groups = countGroups(quotes);
  // A wire dateline (`Beijing (AFP) —`) opening a quote's sentence names no speaker of it.
  const { wire } = readHeader(blocks, tokens, ctx.lexicon.cities);
  // The first two quotes of each group the quotes stage formed, for a dash continuation to find its head at once.
  const groupMembers = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (q.groupId === null) continue;
    const members = groupMembers.get(q.groupId) ?? [];
    if (members.length < 2) members.push(q);
    groupMembers.set(q.groupId, members);
  }
  let previous: { quote: Quote; attributionEnd: number } | null = null;

  for (const [index, q] of topLevel.entries()) {
    if (q.speaker !== null) {
      // Transcript turns come with their speaker.
      resolver.remember(q.start, q.speaker);
      previous = { quote: q, attributionEnd: q.end };
      continue;
    }
    // `Starmer: 'We will stand with Ukraine'`: a headline quote after a name and a colon is that person's.
    if (q.kind === "heading") {
      const labelled = headlineSpeaker(q, tokens, resolver, ctx.lexicon.cueWords);
      if (labelled !== null) {
        q.speaker = labelled;
        q.confidence = CONFIDENCE[labelled.resolvedVia];
      }
      continue;
    }
    if (q.kind === "title") continue;
    // A transcript turn (no marks at all) was attributed by its label, or has no named speaker.
    if (q.openMark === null && q.closeMark === null) {
      previous = null;
      continue;
    }
    const block = blocks[q.paragraph];
    const blockEnd = block?.end ?? state.view.length;
    const next = topLevel[index + 1];
    const nextStart = next === undefined ? Infinity : next.openMark?.start ?? next.start;
    const opened = sentenceAt(sentences, q.openMark?.start ?? q.start);
    const sentence = opened !== undefined && wire !== null && opened.start < wire.after && wire.after <= (q.openMark?.start ?? q.start) ? { ...opened, start: wire.after } : opened;

    // A dash continuation speaks with the voice of the quote it continues.
    if (q.openMark === null && q.groupId !== null) {
      const head = (groupMembers.get(q.groupId) ?? []).find((o) => o !== q);
      if (head?.speaker != null) copySpeaker(q, head, "context");
      previous = { quote: q, attributionEnd: q.end };
      continue;
    }

    let found: QuoteAttribution | null;
    if (q.kind === "direct") {
      // `X said: "… ." Y added …`: the speaker is named before the quote, and a new sentence follows it.
      // (So after a cue and a comma: `Biden replied, "Well, look, he is." The White House did not comment further.`;
      // not the second part of a quote a parenthesis splits, `"…," Fiorina said, "is the fact …"`.)
      found = introducedBeforeNewSentence(q, tokens, resumes(q, previous) ? null : ctx.lexicon.cueWords) ? attributionBefore(q, tokens, sentence, resolver, ctx.lexicon, false) : null;
      // (`That was the message from X`, `"No," was the reply from X`: the words named as X's, before any other reading.)
      found ??= pointedBackAt(q, tokens, resolver);
      // A signature line (`"…" ― Jacklyn Ashley`) closes the quote: what follows is another one.
      found ??= attributionAfter(q, tokens, nextStart, blockEnd, resolver, ctx.lexicon) ?? dashSignature(q);
      // `Trump said, "Yeah, sure," before adding that …`: a cue after the quote without a speaker of its own leaves
      // the quote to the speaker named before it.
      if (found !== null && found.speaker === null) found = attributionBefore(q, tokens, sentence, resolver, ctx.lexicon, false) ?? found;
      // `"Part one," X said, "part two."`: the quote resumes right where the previous one's attribution ends.
      if (found === null && resumes(q, previous)) {
        joinGroup(q, previous?.quote);
        continue;
      }
      found ??= attributionBefore(q, tokens, sentence, resolver, ctx.lexicon, false) ?? colonSubject(q, sentence);
      // `Zelenskyy called the decision "A victory for Ukraine. A victory for Europe."`: whole sentences can be what a
      // verb of naming or urging introduces, when nothing after the quote speaks for it.
      found ??= attributionBefore(q, tokens, sentence, resolver, ctx.lexicon, true);
      if (found === null && block !== undefined && q.openMark?.start === block.start) found = colonIntro(q, block.index);
      found ??= labelledSource(q, sentence);
    } else {
      if (resumes(q, previous) && attributionAfter(q, tokens, nextStart, blockEnd, resolver, ctx.lexicon) === null) {
        // A fragment inside a clause of reported speech after the quote has its voice but is no part of it.
        if (inThatClause(q, previous)) {
          if (previous !== null) copySpeaker(q, previous.quote, "context");
          q.kind = "partial";
          previous = { quote: q, attributionEnd: q.end };
        } else joinGroup(q, previous?.quote);
        continue;
      }
      // `The two sides agreed to build a "community with a shared future", Xi said.`: a speaker right after the quote
      // speaks the whole sentence, fragment and all.
      // (A person named before the quote keeps it: `Putin called the talks "useful", Peskov said`.)
      const before = attributionBefore(q, tokens, sentence, resolver, ctx.lexicon, true);
      const after = before?.speaker?.personId == null ? attributionAfter(q, tokens, nextStart, blockEnd, resolver, ctx.lexicon) : null;
      // (Not a speaker past the sentence's end: `… opened what many call "a new chapter". Ursula von der Leyen said: …`.)
      found = after !== null && tailsQuote(q, after) ? after : (before ?? (after !== null && !pastStop(q, after) ? after : null));
    }
    // (`"…," Misri quoted Modi as saying`: the one quoted speaks.)
    if (found !== null) found = quotedAs(found, tokens, resolver);
    const speaker = found === null || found.speaker === null ? null : resolver.settleDescription(found.speaker, q.start);

    if (q.kind === "scare") {
      // A one-word quote is someone's word only when a reporting verb gives it a named speaker: a person or an
      // organisation (`the White House described as "vital"`); unnamed and generic sources are too often a guess
      // for a word the reporter distances from. Two or three words after a reporting verb are a fragment of what
      // was said (`said the talks had been "constructive and frank"`) when the source is more than a pronoun.
      const named = speaker !== null && (speaker.personId !== null || speaker.resolvedVia === "name");
      // (So is a word said of something after a copula or `as`, by any source a verb gives: `officials said the talks
      // were "productive"`, `a diplomat described the mood as "grim"`; not a term, `experts say the "reset" failed`.)
      const predicate = PREDICATE_LINKS.has(tokens.lowerAt(tokenIndexAt(tokens, q.openMark?.start ?? q.start) - 1) ?? "");
      const sourced = speaker !== null && speaker.resolvedVia !== "pronoun" && (q.text.includes(" ") || predicate);
      // (`Putin recalled the so-called "Minsk agreements"`: the reporter's own distance, whoever speaks around it.)
      const soCalled = tokens.lowerAt(tokenIndexAt(tokens, q.openMark?.start ?? q.start) - 1) === "so-called";
      if ((!named && !sourced) || found?.cue == null || soCalled) continue;
      q.kind = "partial";
    }
    if (found !== null && speaker !== null) {
      q.speaker = speaker;
      q.cue = found.cue;
      q.medium = found.medium;
      q.confidence = CONFIDENCE[speaker.resolvedVia];
      resolver.remember(q.start, speaker);
      previous = { quote: q, attributionEnd: found.end };
      continue;
    }
    // No attribution of its own: a quote that opens a paragraph after one that reports someone speaking
    // (`Kerry said that … ¶ "That adds up …"`) carries that voice.
    // (So does one that opens a sentence after such a sentence in its own paragraph, when no quotation with a speaker
    // comes just before it: `Putin said the talks were useful. "We agreed on many things."`)
    const opensSentence = q.openMark !== null && SENTENCE_TERMINALS.has(tokens.textAt(tokenIndexAt(tokens, q.openMark.start) - 1) ?? "");
    const reporter =
      q.kind !== "direct" ? null
      : q.openMark?.start === block?.start ? lastReporter(q.paragraph - 1, previous?.attributionEnd ?? -1)
      : opensSentence && (previous?.quote.speaker == null || q.paragraph - previous.quote.paragraph > 1) ? lastReporter(q.paragraph, previous?.attributionEnd ?? -1, q.openMark?.start) : null;
    if (reporter !== null) {
      q.speaker = { ...reporter, resolvedVia: "context" };
      q.confidence = CONFIDENCE.context;
      resolver.remember(q.start, q.speaker);
      previous = { quote: q, attributionEnd: q.end };
      continue;
    }
    // No attribution of its own: a direct quote right after another carries its voice.
    if (q.kind === "direct" && previous?.quote.speaker != null && q.paragraph - previous.quote.paragraph <= 1) {
      const prev = previous.quote;
      copySpeaker(q, prev, "context");
      if (prev.paragraph === q.paragraph && (q.openMark?.start ?? q.start) - previous.attributionEnd <= GROUP_GAP + 1) {
        const groupId = prev.groupId ?? `g${String(++groups)}`;
        prev.groupId = groupId;
        q.groupId = groupId;
      }
      previous = { quote: q, attributionEnd: q.end };
    }
  }

  // Quotes that run over paragraphs (no closing mark) join the quote that carries on in the next paragraph.
  for (const [index, q] of topLevel.entries()) {
    const next = topLevel[index + 1];
    if (q.closeMark !== null || q.openMark === null || next === undefined || next.paragraph !== q.paragraph + 1) continue;
    if (next.openMark?.start !== blocks[next.paragraph]?.start) continue;
    const groupId = q.groupId ?? next.groupId ?? `g${String(++groups)}`;
    q.groupId = groupId;
    next.groupId = groupId;
    if (q.speaker === null && next.speaker !== null) copySpeaker(q, next, "context");
    else if (next.speaker === null && q.speaker !== null) copySpeaker(next, q, "context");
  }

  // (`the president said that …`, with two presidents: the one who spoke last, as for quotes.)
  const attributions = findReportedSpeech(ctx.text, state, resolver, ctx.lexicon, quotes).map((a) => {
    const source = resolver.settleDescription(a.source, a.cue.start);
    return source === a.source ? a : { ...a, source };
  });
  // `In Putin's words, the treaty is "a breakthrough document"`: a partial quote left without a speaker, inside what a
  // named person is reported to say, is that person's.
  // Both lists are in text order, so one sweep pairs them (no search per quote: hostile text has thousands of each).
  // (So is one inside what a source is cited for, `according to a joint readout`: a document or a body speaks there.)
  const cited = (a: Attribution): boolean => a.source.resolvedVia !== "pronoun" && state.view.slice(a.cue.start, a.cue.end).toLowerCase() === "according to";
  // (And one inside what a document reports, `The joint statement said the leaders "reaffirmed their commitment"`.)
  const documentary = (a: Attribution): boolean => a.source.resolvedVia !== "pronoun" && DOCUMENT_NOUNS.has(headWord(a.source.name));
  // (And one inside what a state's body says, `South Korea's presidential office said it had made "more progress"`.)
  const official = (a: Attribution): boolean => a.source.resolvedVia !== "pronoun" && SPEAKING_BODY_HEADS.has(headWord(a.source.name));
  // (And one inside what a group says of itself, `the sides said they had agreed to "continue …"`: `they` are the group.)
  const ownDoing = (a: Attribution): boolean => a.source.resolvedVia !== "pronoun" && tokens.lowerAt(tokenIndexAt(tokens, a.content.start)) === "they";
  // (And one inside what an officer the text does not name says, `A Downing Street spokesman said the two leaders had
  // agreed to meet again 'early next year'`: not the body that qualifies the officer.)
  const officer = (a: Attribution): boolean => a.source.personId === null && a.source.resolvedVia === "descriptor" && ctx.lexicon.roleWords.has(headWord(a.source.name));
  // (And one inside what a source says whose name the text does not know as a person's, `Rangsiman Rome, a People's
  // Party MP, said the government had "given away too much"`: a name in capitals reads as one.)
  const unknownName = (a: Attribution): boolean => a.source.personId === null && a.source.resolvedVia === "descriptor" && titleCased(a.source.name);
  const named = attributions.filter((a) => a.source.personId !== null || cited(a) || documentary(a) || official(a) || ownDoing(a) || officer(a) || unknownName(a));
  let a = 0;
  for (const q of topLevel) {
    while (a < named.length && (named[a]?.content.end ?? 0) + 1 < q.end) a++;
    // (A word said of something there is a fragment too: `the office said it was "regrettable" that …`.)
    const predicate = q.kind === "scare" && q.speaker === null && PREDICATE_LINKS.has(tokens.lowerAt(tokenIndexAt(tokens, q.openMark?.start ?? q.start) - 1) ?? "");
    if (q.kind !== "partial" && !predicate) continue;
    const holder = named[a];
    if (holder === undefined || holder.content.start > q.start) continue;
    if (predicate) q.kind = "partial";
    if (q.speaker === null) {
      q.speaker = { ...holder.source, resolvedVia: "context" };
      q.cue = holder.cue;
      q.confidence = CONFIDENCE.context;
    } else if (q.cue !== null && (q.speaker.personId === null || (official(holder) && holder.cue.start >= holder.content.end && q.speaker.resolvedVia !== "pronoun")) && ((q.cue.start >= holder.content.start && q.cue.end <= holder.content.end) || (q.cue.start === holder.cue.start && (documentary(holder) || ownDoing(holder)) && (insideContent(q.speaker, holder) || insideSource(q.speaker, holder))))) {
      // `Netanyahu said that the two leaders agreed that "Iran will not have nuclear weapons."`: a group inside what a
      // named person reports does not speak the words; the person reporting them does.
      // (Nor a person inside what a state's body says after it: `Lee and Ishiba agreed to develop ties in a
      // "future-oriented" manner, Lee's office said`.)
      q.speaker = { ...holder.source, resolvedVia: "context" };
      q.cue = holder.cue;
      q.confidence = CONFIDENCE.context;
    } else if (q.cue !== null && q.cue.start === holder.cue.start && holder.source.personId !== null && q.speaker.personId !== holder.source.personId && tokens.lowerAt(tokenIndexAt(tokens, q.cue.start) - 1) === "who") {
      // `Putin held talks with Ayatollah Ali Khamenei, who said the West opposed a "strong, independent Russia"`: the
      // reported speech read the antecedent of `who` for the same verb; the sentence's subject did not say it.
      q.speaker = { ...holder.source, resolvedVia: q.speaker.resolvedVia };
    } else if (q.speaker.personId === holder.source.personId && q.cue !== null && (embeddedVerb(tokens, q.cue.start) || (q.cue.start >= holder.content.start && q.cue.end <= holder.content.end))) {
      // `Erdogan said Turkey would continue to support "a just peace"`: the verb that reports the words is the
      // cue, not a verb of what is reported (`continue to`, `had been agreed`, `said he had called off …`) that
      // stands nearer the quote.
      q.cue = holder.cue;
    }
  }
  // `Commonwealth leaders meeting in Samoa have agreed that "the time has come"`: a body the quote found inside the
  // source its reported speech read, with the same cue, gives way to that source.
  const byCue = new Map(attributions.map((a) => [a.cue.start, a]));
  for (const q of topLevel) {
    const holder = q.cue === null ? undefined : byCue.get(q.cue.start);
    if (holder === undefined || q.speaker === null || q.speaker.personId !== null || holder.source.personId !== null || !insideSource(q.speaker, holder)) continue;
    if (holder.source.mention?.start === q.speaker.mention?.start && holder.source.mention?.end === q.speaker.mention?.end) continue;
    q.speaker = { ...holder.source, resolvedVia: q.speaker.resolvedVia };
    q.cue = holder.cue;
  }
  // `During the meeting, the Holy Father … renewed his "willingness to welcome representatives of Russia and Ukraine"`:
  // a fragment of several words still without a speaker, in a sentence whose subject is a person, is theirs.
  for (const q of topLevel) {
    if (q.kind !== "partial" || q.speaker !== null || countWords(q.text) < MIN_SUBJECT_FRAGMENT_WORDS) continue;
    const sentence = sentenceAt(sentences, q.openMark?.start ?? q.start);
    const subject = sentence === undefined ? null : openingSubject(tokens, sentence, tokenIndexAt(tokens, q.openMark?.start ?? q.start), resolver);
    if (subject === null) continue;
    q.speaker = { ...subject, resolvedVia: "context" };
    q.confidence = CONFIDENCE.context;
  }
  // `The King, who opened the summit, urged … "the right language" … "None of us can change the past," he said.`: a
  // pronoun in a paragraph that names no one it could be, after an office holder named by title alone spoke there, is
  // that holder (the pronoun had gone back to Starmer, a paragraph up).
  // (One sweep over the quotes and the mentions, both in text order: who the paragraph has named so far.)
  let lastTitled: Quote | null = null;
  let paragraph = -1;
  let namedHere = new Set<string | null>();
  let nextMention = 0;
  for (const q of topLevel) {
    if (q.paragraph !== paragraph) {
      paragraph = q.paragraph;
      lastTitled = null;
      namedHere = new Set();
      nextMention = firstStartingAtOrAfter(mentions, blocks[q.paragraph]?.start ?? q.start);
    }
    for (let m = mentions[nextMention]; m !== undefined && m.start < q.start; m = mentions[++nextMention]) if (m.via !== "pronoun") namedHere.add(m.personId);
    const speaker = q.speaker;
    if (speaker === null) continue;
    if (speaker.personId === null && speaker.resolvedVia !== "pronoun" && titledOnly(speaker.name)) lastTitled = q;
    else if (speaker.resolvedVia === "pronoun" && lastTitled?.speaker != null && !namedHere.has(speaker.personId)) {
      q.speaker = { ...lastTitled.speaker, mention: speaker.mention, resolvedVia: "pronoun" };
    }
  }
  // `"Kim Jong-un, when asked …, said, 'If I'm not willing to do that, I won't be here,'" she said.`: a quotation inside
  // another, attributed by name within it, is that person's.
  // (Inside a transcript's turn, which tells of others as a report does, by any reference to a person: `KHALID: … He
  // said, quote, "we haven't always agreed"`.)
  const byId = new Map(quotes.map((q) => [q.id, q]));
  for (const q of quotes) {
    if (q.nestedIn === null || q.speaker !== null || q.openMark === null || (q.kind !== "direct" && q.kind !== "partial")) continue;
    const found = attributionBefore(q, tokens, sentenceAt(sentences, q.openMark.start), resolver, ctx.lexicon, q.kind === "partial");
    const inTurn = byId.get(q.nestedIn)?.speaker?.resolvedVia === "label";
    // (By surname too: `"Trump said to me, 'We will end this war,' and I believe him."`.)
    const named = found?.speaker?.resolvedVia === "name" || found?.speaker?.resolvedVia === "alias";
    if (found?.speaker == null || found.speaker.personId === null || (!named && !inTurn)) continue;
    q.speaker = found.speaker;
    q.cue = found.cue;
    q.confidence = CONFIDENCE.name;
  }
  return { ...state, quotes, attributions, subjects: sentenceSubjects(tokens, sentences, resolver, (offset) => inRanges(quotedRanges, offset)) };

  /**
   * True for one named by an office alone (`the King`, `king`) or as someone new (`a company spokesman`); not an
   * epithet, which most often stands for someone named before (`the cautious candidate`).
   */
  function titledOnly(name: string): boolean {
    const words = name.toLowerCase().split(" ");
    const first = words[0] ?? "";
    return ctx.lexicon.roleWords.has(headWord(name)) && (words.length === 1 || first === "a" || first === "an" || (words.length === 2 && first === "the"));
  }

  /** A quote introduced by a paragraph that ends with a colon (`Cruz continued:`). */
  function colonIntro(q: Quote, blockIndex: number): QuoteAttribution | null {
    const prevBlock = blocks[blockIndex - 1];
    if (prevBlock === undefined || state.view[prevBlock.end - 1] !== ":") return null;
    const last = sentenceAt(sentences, prevBlock.end - 1);
    const pseudo: Quote = { ...q, openMark: { start: prevBlock.end, end: prevBlock.end } };
    return attributionBefore(pseudo, tokens, last, resolver, ctx.lexicon, false) ?? colonSubject(pseudo, last);
  }

  /** `… Breitbart News wrote: "…"` with no known cue: the first speaker of the clause before the colon. */
  function colonSubject(q: Quote, sentence: Sentence | undefined): QuoteAttribution | null {
    const openAt = q.openMark?.start ?? q.start;
    let k = openAt - 1;
    while (k >= 0 && (state.view[k] === " " || state.view[k] === "\n")) k--;
    if (state.view[k] !== ":" || sentence === undefined) return null;
    // The speaker nearest the colon (`…, Cruz called them on it:`), within a bounded look back: a sentence of a
    // thousand quotes after colons must not cost the whole sentence per quote.
    const stop = tokenIndexAt(tokens, k);
    const begin = Math.max(tokenIndexAt(tokens, sentence.start), stop - COLON_REACH);
    let last: QuoteAttribution | null = null;
    for (let i = begin; i < stop; i++) {
      if (inRanges(quotedRanges, tokens.startAt(i) ?? 0)) continue;
      const who = resolver.speakerAt(i);
      if (who === null) continue;
      last = { speaker: who.ref, cue: null, medium: null, end: openAt };
      i = who.next - 1;
    }
    return last;
  }

  /**
   * `Source: Sybiha on X` … `Quote: "We discussed …"`: a quote a `Quote:` label opens, in the house style of some
   * outlets, is the words of the one named in the last `Source:` label before it, within a few sentences.
   */
  function labelledSource(q: Quote, sentence: Sentence | undefined): QuoteAttribution | null {
    const open = tokenIndexAt(tokens, q.openMark?.start ?? q.start);
    if (sentence === undefined || tokens.textAt(open - 1) !== ":" || tokens.lowerAt(open - 2) !== QUOTE_LABEL || tokenIndexAt(tokens, sentence.start) !== open - 2) return null;
    const at = firstStartingAtOrAfter(sentences, sentence.start);
    for (let s = at - 1; s >= 0 && at - s <= MAX_LABEL_SENTENCES; s--) {
      const from = tokenIndexAt(tokens, (sentences[s] as Sentence).start);
      if (tokens.lowerAt(from) !== SOURCE_LABEL || tokens.textAt(from + 1) !== ":") continue;
      // (The label may stand on a line of its own, read as a credit, whose names speak nowhere else.)
      const m = state.mentions[firstStartingAtOrAfter(state.mentions, tokens.startAt(from + 2) ?? 0)];
      const named = m !== undefined && m.start === tokens.startAt(from + 2) && m.personId !== null ? m : undefined;
      const who = named === undefined ? resolver.speakerAt(from + 2)?.ref : { personId: named.personId, name: named.name, mention: { start: named.start, end: named.end }, resolvedVia: named.via === "name" ? "name" : "alias" } as const;
      return who === undefined ? null : { speaker: who, cue: null, medium: null, end: q.start };
    }
    return null;
  }

  /**
   * The speaker of the last reporting verb outside quotation marks in block `index`, if it comes after `after` (and
   * before `before`, when given).
   */
  function lastReporter(index: number, after: number, before?: number): SpeakerRef | null {
    const b = blocks[index];
    if (b?.kind !== "paragraph") return null;
    const to = tokenIndexAt(tokens, before ?? b.end);
    // (Within the paragraph, the sentence or two just before the quote: a bounded look back keeps a paragraph of
    // thousands of quotes linear.)
    const from = Math.max(tokenIndexAt(tokens, b.start), tokenIndexAt(tokens, after), before === undefined ? 0 : to - REPORTER_REACH);
    for (let c = to - 1; c > from; c--) {
      const t = tokens.get(c);
      if (t === undefined || inRanges(quotedRanges, t.start) || !SAY_VERBS_FOR_CONTEXT.has(t.lower)) continue;
      for (let j = c - 1; j >= Math.max(from, c - 4); j--) {
        const who = resolver.speakerAt(j);
        if (who !== null && who.next === c && who.ref.personId !== null) return who.ref;
      }
      return null;
    }
    return null;
  }

  /** `"…" ¶ - Bernie Sanders.`: a signature line of a dash (any dash, `-` in the view) and a name right after the quote. */
  function dashSignature(q: Quote): QuoteAttribution | null {
    const after = q.closeMark?.end;
    if (after === undefined) return null;
    let i = tokenIndexAt(tokens, after);
    const dash = tokens.get(i);
    if (dash === undefined || dash.text !== "-" || dash.start - after > 6) return null;
    i++;
    // A name the registry does not know still signs the quote (`― Jacklyn Ashley`), as written.
    const who = resolver.speakerAt(i) ?? signatureName(i);
    if (who === null || who.ref.resolvedVia === "pronoun") return null;
    const next = tokens.get(who.next);
    const lineEnds = next === undefined || next.text === "." || state.view.slice(tokens.endAt(who.next - 1) ?? 0, next.start).includes("\n");
    return lineEnds ? { speaker: who.ref, cue: null, medium: null, end: tokens.endAt(who.next - 1) ?? after } : null;
  }

  /** A run of capitalised words and initials at token `i` (`Julie A. Diaz Martinez`), as an unregistered name. */
  function signatureName(i: number): { ref: SpeakerRef; next: number } | null {
    let k = i;
    while (k < tokens.length && k - i < MAX_SIGNATURE_TOKENS) {
      const t = tokens.get(k);
      if (t === undefined || !isCapitalized(t)) break;
      k++;
      // An initial's period belongs to the name (`A.`).
      if (t.text.length === 1 && isGluedPeriod(tokens, k) && isCapitalizedAt(tokens, k + 1)) k++;
    }
    const first = tokens.get(i);
    const last = tokens.get(k - 1);
    if (k === i || first === undefined || last === undefined) return null;
    const mention = { start: first.start, end: last.end };
    return { ref: { personId: null, name: ctx.text.slice(mention.start, mention.end), mention, resolvedVia: "name" }, next: k };
  }

  /** True when `q` opens within a few characters of where the previous quote's attribution ended, in the same paragraph. */
  function resumes(q: Quote, prev: { quote: Quote; attributionEnd: number } | null): boolean {
    if (prev?.quote.speaker == null || prev.quote.paragraph !== q.paragraph || prev.attributionEnd <= prev.quote.end) return false;
    const open = q.openMark?.start ?? q.start;
    const gap = open - prev.attributionEnd;
    // (`said on CBS's "60 Minutes"`: a name that a possessive, preposition or determiner of the attribution leads into
    // is no resumption.)
    const before = tokens.get(tokenIndexAt(tokens, open) - 1);
    const leadsIn = before !== undefined && (isPossessive(before) || PREPOSITIONS.has(before.lower) || DETERMINERS.has(before.lower));
    return gap >= 0 && gap <= GROUP_GAP + 1 && !leadsIn;
  }

  /** True when the attribution found after `q` follows its closing mark with only a comma between (`…", Xi said.`). */
  function tailsQuote(q: Quote, after: QuoteAttribution): boolean {
    const from = q.closeMark?.end ?? q.end;
    const to = Math.min(after.speaker?.mention?.start ?? Infinity, after.cue?.start ?? Infinity);
    if (after.speaker === null || after.cue === null || to === Infinity || to - from > TAIL_GAP) return false;
    return ctx.text.slice(from, to).trim() === ",";
  }

  /** True when a sentence's stop (not an abbreviation's, `the U.S.,`) stands between the quote and the attribution after it. */
  function pastStop(q: Quote, after: QuoteAttribution): boolean {
    const to = Math.min(after.speaker?.mention?.start ?? Infinity, after.cue?.start ?? Infinity);
    for (let k = tokenIndexAt(tokens, q.closeMark?.end ?? q.end); (tokens.startAt(k) ?? Infinity) < to; k++) {
      if (isSentenceStop(tokens, k)) return true;
    }
    return false;
  }

  /**
   * `"…," Merz said, adding that Germany was "on the side of Ukraine"`: a quote inside a `that` clause after another;
   * or inside what a participle of saying goes on with (`"…," Mr Trump said, describing Mr Albanese as "a great ally"`)
   * or a relative clause of saying (`said Sánchez, who described the agreement as "historic"`).
   */
  function inThatClause(q: Quote, prev: { quote: Quote } | null): boolean {
    const from = tokenIndexAt(tokens, prev?.quote.end ?? q.start);
    for (let k = from; k < tokens.length && (tokens.startAt(k) ?? Infinity) < q.start; k++) {
      const w = tokens.lowerAt(k) ?? "";
      // (Or a relative clause of saying about the speaker: `said Sánchez, who described the agreement as "historic"`.)
      const relative = w === "who" && ctx.lexicon.cueWords.has(tokens.lowerAt(k + 1) ?? "");
      // (Not a participle's aside closed by a comma before the quote: `Tester said, referring to the excuse, "you give …"`
      // resumes what he said.)
      const participle = w.endsWith("ing") && ctx.lexicon.cueWords.has(w) && !commaBefore(k + 1, q);
      if (w === "that" || ((relative || participle) && tokens.textAt(k - 1) === ",")) return true;
    }
    return false;
  }

  /** True when a comma closes the words from token `k` right before the quote's opening mark. */
  function commaBefore(k: number, q: Quote): boolean {
    const comma = tokenIndexAt(tokens, q.openMark?.start ?? q.start) - 1;
    return k <= comma && tokens.textAt(comma) === ",";
  }

  function joinGroup(q: Quote, prev: Quote | undefined): void {
    if (prev === undefined) return;
    copySpeaker(q, prev, "context");
    if (q.kind === "scare" || q.kind === "partial") q.kind = prev.kind;
    const groupId = prev.groupId ?? `g${String(++groups)}`;
    prev.groupId = groupId;
    q.groupId = groupId;
    previous = { quote: q, attributionEnd: q.end };
  }
};

/**
 * True when the speaker's words stand inside what the attribution reports (`The joint statement said the leaders
 * "reaffirmed …"` read as `said the leaders`): the holder's verb reports them, not theirs.
 */
function insideContent(speaker: SpeakerRef, holder: Attribution): boolean {
  return speaker.mention !== null && speaker.mention.start >= holder.content.start && speaker.mention.end <= holder.content.end;
}

/** True when the speaker's mention lies inside the holder's source (`leaders` in `The leaders' final communique`). */
function insideSource(speaker: SpeakerRef, holder: Attribution): boolean {
  const source = holder.source.mention;
  return speaker.mention !== null && source !== null && speaker.mention.start >= source.start && speaker.mention.end <= source.end;
}

function copySpeaker(target: Quote, from: Quote, via: "context"): void {
  if (from.speaker === null) return;
  target.speaker = { ...from.speaker, mention: from.speaker.mention, resolvedVia: from.speaker.resolvedVia === "label" ? "label" : via };
  target.cue = from.cue;
  target.medium = from.medium;
  target.confidence = target.speaker.resolvedVia === "label" ? CONFIDENCE.label : CONFIDENCE.context;
}

function countGroups(quotes: readonly Quote[]): number {
  let n = 0;
  for (const q of quotes) if (q.groupId !== null) n = Math.max(n, Number(q.groupId.slice(1)) || 0);
  return n;
}

function findReportedSpeech(text: string, state: Parameters<Stage>[1], resolver: SpeakerResolver, lexicon: Parameters<Stage>[0]["lexicon"], quotes: readonly Quote[]): Attribution[] {
  const { tokens, sentences, blocks } = state;
  // Flag tokens inside quotation marks (marks included) so that cues and content words there do not count.
  const quoted = new Uint8Array(tokens.length);
  for (const q of quotes) {
    if (q.nestedIn !== null) continue;
    const from = tokenIndexAt(tokens, q.openMark?.start ?? q.start);
    const to = tokenIndexAt(tokens, q.closeMark?.end ?? q.end);
    quoted.fill(1, from, to);
  }
  // Sentences inside a transcript turn (an unmarked quote) are speech, not report; the turns, in text order, are
  // looked up by binary search so that a text of many quotes and sentences stays linear.
  const turns = flatRanges(quotes.filter((q) => q.openMark === null && q.closeMark === null), (q) => q.start, (q) => q.end);
  const out: Attribution[] = [];
  const { wire } = readHeader(blocks, tokens, lexicon.cities);
  // The last body that reported something, and its sentence: `it said` a sentence or two later is that body.
  let lastBody: { ref: SpeakerRef; sentence: number } | null = null;
  for (const [i, sentence] of sentences.entries()) {
    const kind = blocks[sentence.block]?.kind;
    if (kind === "heading") {
      const headline = headlineAttribution(tokens, sentence, resolver, lexicon.cueWords);
      if (headline !== null) out.push({ id: `a${String(out.length + 1)}`, ...headline, text: text.slice(headline.content.start, headline.content.end) });
      continue;
    }
    if (kind !== "paragraph") continue;
    const begin = tokenIndexAt(tokens, sentence.start);
    const end = tokenIndexAt(tokens, sentence.end);
    if (coveredBy(turns, sentence)) continue;
    // (A sentence may start inside the dateline: `ASTANA.` ends one before `KAZINFORM – …`.)
    const newsStart = wire !== null && sentence.start < wire.after && wire.after < sentence.end ? wire.after : null;
    for (let found of [...reportedSpeech({ sentence, begin, end, previous: sentences[i - 1], newsStart }, tokens, quoted, resolver, lexicon), ...wordsInNextParagraph(sentences, i, blocks, tokens, quoted, resolver, lexicon)]) {
      if (found.source.name === "it" && found.source.resolvedVia === "pronoun") {
        if (lastBody === null || i - lastBody.sentence > MAX_IT_DISTANCE) continue;
        found = { ...found, source: { ...lastBody.ref, mention: found.source.mention, resolvedVia: "pronoun" } };
      } else if (found.source.personId === null && isBody(found.source)) {
        lastBody = { ref: found.source, sentence: i };
      } else found = { ...found, source: resolver.outsideOf(found.source, found.content.start) };
      out.push({ id: `a${String(out.length + 1)}`, ...found, text: text.slice(found.content.start, found.content.end) });
      if (found.source.personId !== null) resolver.remember(found.content.start, found.source);
    }
  }
  return out;
}

/**
 * What a sentence that ends on a verb of saying and its colon reports from the next paragraph, unmarked, as a live blog
 * sets a speech apart (`Speaking at the press conference at Northwood, Macron said:` over `We have a shared
 * responsibility. …`); the paragraph's sentences are read again on their own.
 */
function wordsInNextParagraph(
  sentences: readonly Sentence[], i: number, blocks: Parameters<Stage>[1]["blocks"], tokens: TokenList, quoted: Uint8Array, resolver: SpeakerResolver, lexicon: Parameters<Stage>[0]["lexicon"],
): Omit<Attribution, "id" | "text">[] {
  const sentence = sentences[i];
  const next = sentences[i + 1];
  const end = sentence === undefined ? -1 : tokenIndexAt(tokens, sentence.end);
  if (sentence === undefined || next === undefined || tokens.textAt(end - 1) !== ":" || next.block === sentence.block) return [];
  const block = blocks[next.block];
  const first = tokenIndexAt(tokens, next.start);
  if (block?.kind !== "paragraph" || tokens.kindAt(first) !== "word" || quoted[first] === 1) return [];
  const view = { sentence: { ...sentence, end: block.end }, begin: tokenIndexAt(tokens, sentence.start), end: tokenIndexAt(tokens, block.end), previous: sentences[i - 1], newsStart: null };
  return reportedSpeech(view, tokens, quoted, resolver, lexicon).filter((a) => a.content.start >= next.start && a.cue.end <= sentence.end);
}

/** Words before a quoted word that make it what someone said of a thing (`were "productive"`, `as "grim"`). */
const PREDICATE_LINKS = new Set(["is", "was", "were", "are", "been", "be", "being", "remains", "remained", "seemed", "seems", "looked", "looks", "as"]);

/** Most sentences between a body that reported something and an `it said` that stands for it. */
const MAX_IT_DISTANCE = 2;

/** A source that `it` can stand for: a named body or a described one (`the Turkish Communications Directorate`), not a group (`experts`, `two officials`). */
function isBody(source: SpeakerRef): boolean {
  if (source.resolvedVia !== "name" && source.resolvedVia !== "descriptor") return false;
  const head = headWord(source.name);
  return !GENERIC_SOURCES.has(head) && !GENERIC_SOURCE_MEMBERS.has(head) && head !== "people";
}

/** The last word of a source's name, lower case: its head (`office` of `South Korea's presidential office`). */
function headWord(name: string): string {
  // (Before a postmodifier's preposition: `a document on the Trump campaign's website` is a document.)
  const words = name.toLowerCase().split(" ");
  const preposition = words.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w));
  return (preposition > 0 ? words[preposition - 1] : words.at(-1)) ?? "";
}

/** Verbs whose speaker goes on speaking in a quote that opens the next paragraph. */
const SAY_VERBS_FOR_CONTEXT = new Set(["said", "says", "told", "tells", "added", "adds", "explained", "noted", "argued", "wrote", "writes", "continued", "insisted", "warned", "recalled", "stressed"]);

/** Longest signature name, in tokens (`Julie A. Diaz Martinez`). */
const MAX_SIGNATURE_TOKENS = 6;

/** Fewest words after the colon for a headline to report speech. */
const MIN_HEADLINE_WORDS = 3;

/** `Putin: Russia will respond in kind`: a headline that gives a named source's statement after a colon. */
function headlineAttribution(tokens: TokenList, sentence: Sentence, resolver: SpeakerResolver, cueWords: ReadonlySet<string>): Omit<Attribution, "id" | "text"> | null {
  const begin = tokenIndexAt(tokens, sentence.start);
  const end = tokenIndexAt(tokens, sentence.end);
  const signed = signedHeadline(tokens, begin, end, resolver);
  if (signed !== null) return signed;
  const who = resolver.speakerAt(begin);
  if (who === null || who.ref.resolvedVia === "pronoun") return null;
  // (`Lukashenko on Putin talks: Minsk and Moscow agreed …`: a topic may stand between the person and the colon.)
  let at = who.next;
  if (TOPIC_WORDS.has(tokens.lowerAt(at) ?? "") && who.ref.personId !== null) while (at < end && at - who.next < MAX_HEADLINE_TOPIC && tokens.textAt(at) !== ":") at++;
  if (tokens.textAt(at) !== ":") return null;
  // (`G7: Meloni hails 'concrete results' as summit closes`: a headline after a topic's label, a person its speaker;
  // not after a person's name, `Bill Clinton: Hillary thinks feds require too many tests`.)
  const inner = who.ref.personId === null ? resolver.speakerAt(at + 1) : null;
  if (inner !== null && inner.ref.personId !== null && cueWords.has(tokens.lowerAt(inner.next) ?? "")) return null;
  let last = end;
  while (last > at + 1 && tokens.kindAt(last - 1) === "punct") last--;
  let words = 0;
  for (let k = at + 1; k < last; k++) if (tokens.kindAt(k) === "word") words++;
  const first = tokens.get(at + 1);
  const final = tokens.get(last - 1);
  const colon = tokens.get(at);
  if (words < MIN_HEADLINE_WORDS || first === undefined || final === undefined || colon === undefined) return null;
  // `Starmer: 'We will stand with Ukraine'`: a quotation from end to end, not reported speech.
  const closing = tokens.textAt(last) ?? "";
  if ((OPENING_QUOTE_MARKS.has(first.text) || first.text === "'") && (CLOSING_QUOTE_MARKS.has(closing) || closing === "'")) return null;
  return { kind: "indirect", content: { start: first.start, end: final.end }, source: who.ref, cue: { start: colon.start, end: colon.end } };
}

/** Most tokens of the source that signs a wire headline after its dash (`- Kremlin spokesman`). */
const MAX_HEADLINE_SIGNATURE = 4;

/**
 * `Lukashenko, Putin to meet in Minsk on June 26 - Peskov`: a wire headline whose source, a person named or a body,
 * signs it after a dash, as its last words; null otherwise.
 */
function signedHeadline(tokens: TokenList, begin: number, end: number, resolver: SpeakerResolver): Omit<Attribution, "id" | "text"> | null {
  let last = end;
  while (last > begin && tokens.kindAt(last - 1) === "punct") last--;
  for (let dash = last - 2; dash > begin + MIN_HEADLINE_WORDS && dash >= last - 1 - MAX_HEADLINE_SIGNATURE; dash--) {
    if (tokens.textAt(dash) !== "-" || tokens.startAt(dash) === tokens.endAt(dash - 1)) continue;
    const who = resolver.speakerAt(dash + 1);
    const first = tokens.get(begin);
    const final = tokens.get(dash - 1);
    if (who === null || who.next !== last || who.ref.resolvedVia === "pronoun" || first === undefined || final === undefined) return null;
    const mark = { start: tokens.startAt(dash) ?? final.end, end: tokens.endAt(dash) ?? final.end };
    return { kind: "indirect", content: { start: first.start, end: final.end }, source: who.ref, cue: mark };
  }
  return null;
}

/**
 * The person named before the colon that opens a headline quote (`Starmer: 'We will …'`), right after the colon that
 * closes one (`'We are ready': Putin …`), with a verb after it (`'…', Starmer tells Trump`), or opening the line before
 * a verb whose subject the headline leaves out (`Jaishankar meets Wang Yi; says …`); else null.
 */
function headlineSpeaker(q: Quote, tokens: TokenList, resolver: SpeakerResolver, cueWords: ReadonlySet<string>): SpeakerRef | null {
  const open = tokenIndexAt(tokens, q.openMark?.start ?? q.start);
  if (tokens.textAt(open - 1) === ":") {
    // `Lukashenko on talks with Putin: "…"`: the person who opens the headline, speaking on a topic.
    const opener = lineOpener(tokens, open, MAX_HEADLINE_TOPIC, resolver);
    if (opener !== null && opener.ref.personId !== null && TOPIC_WORDS.has(tokens.lowerAt(opener.next) ?? "")) return { ...opener.ref, resolvedVia: "label" };
    for (let k = Math.max(0, open - 1 - MAX_HEADLINE_LABEL); k < open - 1; k++) {
      const who = resolver.speakerAt(k);
      if (who !== null && who.ref.personId !== null && who.next === open - 1) return { ...who.ref, resolvedVia: "label" };
    }
    return null;
  }
  // `Jaishankar meets Wang Yi; says ties must be 'stable, cooperative'`: a verb of saying whose subject the headline
  // leaves out after a semicolon or a comma is the one who opens the line.
  for (let k = open - 1; k > 0 && open - k <= MAX_ELIDED_REACH && tokens.newLineAt(k + 1) !== true; k--) {
    const mark = tokens.textAt(k - 1);
    if (!cueWords.has(tokens.lowerAt(k) ?? "") || (mark !== ";" && mark !== ",")) continue;
    const opener = lineOpener(tokens, k, MAX_ELIDED_REACH, resolver);
    if (opener !== null && opener.ref.personId !== null) return opener.ref;
    break;
  }
  // `'We will not be lectured', Starmer tells Trump`, `'Disgraceful', says Labour`: the speaker and verb after it.
  if (q.closeMark === null) return null;
  let k = tokenIndexAt(tokens, q.closeMark.end);
  // (`'We are ready for talks': Putin after meeting Xi`: a person right after a colon is the speaker, verb or not.)
  const colon = tokens.textAt(k) === ":";
  if (tokens.textAt(k) === "," || colon) k++;
  // On the headline's own line, not the lead below it.
  if (tokens.startAt(k) === undefined || tokens.newLineAt(k) === true || tokens.newLineAt(k - 1) === true) return null;
  const before = resolver.speakerAt(k);
  // (Not one of two: `"A new level of relations": Putin and Kim Jong-un signed …` names no one speaker.)
  if (before !== null && colon && before.ref.personId !== null && tokens.lowerAt(before.next) !== "and") return { ...before.ref, resolvedVia: "label" };
  if (before !== null && cueWords.has(tokens.lowerAt(before.next) ?? "")) return before.ref;
  return cueWords.has(tokens.lowerAt(k) ?? "") ? resolver.speakerAt(k + 1)?.ref ?? null : null;
}

/** The speaker at the start of the line that token `before` stands on, when it starts within `reach` tokens; else null. */
function lineOpener(tokens: TokenList, before: number, reach: number, resolver: SpeakerResolver): { ref: SpeakerRef; next: number } | null {
  let start = before - 1;
  while (start > 0 && before - start < reach && tokens.newLineAt(start) !== true) start--;
  return tokens.newLineAt(start) === true || start === 0 ? resolver.speakerAt(start) : null;
}

/** Most tokens read back from a headline's quote to its verb of saying, and from the verb to the line's start. */
const MAX_ELIDED_REACH = 16;
/** Longest name before a headline's colon, in tokens. */
const MAX_HEADLINE_LABEL = 4;
/** Longest headline label with a topic (`Lukashenko on talks with Putin:`), in tokens. */
const MAX_HEADLINE_TOPIC = 10;
/** Words after a headline's speaker that name the topic before the colon. */
const TOPIC_WORDS: ReadonlySet<string> = new Set(["on", "about", "over", "to"]);

/** True when one of the ranges holds the whole sentence. */
function coveredBy(ranges: readonly number[], s: Sentence): boolean {
  const at = rangeAt(ranges, s.start);
  return at >= 0 && (ranges[at + 1] ?? -1) >= s.end;
}

/**
 * A quote after a colon, or after a cue and a comma (`Biden replied, "…"`; `cueWords` null where the quote resumes
 * another), that ends its own sentence, with another sentence right after it in the paragraph.
 */
function introducedBeforeNewSentence(q: Quote, tokens: TokenList, cueWords: ReadonlySet<string> | null): boolean {
  if (q.openMark === null || q.closeMark === null) return false;
  const open = tokenIndexAt(tokens, q.openMark.start);
  const mark = tokens.textAt(open - 1);
  if (mark !== ":" && !(mark === "," && cueWords?.has(tokens.lowerAt(open - 2) ?? "") === true)) return false;
  const last = q.text.trimEnd().at(-1) ?? "";
  const next = tokens.get(tokenIndexAt(tokens, q.closeMark.end));
  return (last === "." || last === "!" || last === "?") && next !== undefined && !next.newLine && isCapitalized(next);
}

/** True when the verb at `offset` is an infinitive, under a modal, passive, or takes one (`would continue to`, `been agreed`). */
function embeddedVerb(tokens: TokenList, offset: number): boolean {
  const i = tokenIndexAt(tokens, offset);
  const before = tokens.lowerAt(i - 1) ?? "";
  // `is insisting` is the speaker's own verb, in the progressive.
  const passive = PASSIVE_AUXILIARIES.has(before) && !(tokens.lowerAt(i) ?? "").endsWith("ing");
  return BEFORE_BARE_VERB.has(before) || passive || tokens.lowerAt(i + 1) === "to";
}

/** Fewest words of a fragment that the subject of its sentence is taken to have said, with no verb of saying. */
const MIN_SUBJECT_FRAGMENT_WORDS = 4;
/** Most tokens of an opening phrase before the subject (`During the meeting,`). */
const MAX_OPENING_PHRASE = 8;

/** Most capitalised title words before an opening subject's name (`Prime Minister`, `PM`). */
const MAX_TITLE_WORDS = 3;
/** Most opening phrases before a sentence's subject (`Earlier, addressing the council, Sharif …`). */
const MAX_OPENING_PHRASES = 2;

/**
 * The token after a sentence's opening phrases set off by commas, a preposition's, an adverb's or a participle's, one
 * after another, before token `stop` (`Earlier, addressing the SCO Council of Heads of State, PM Shehbaz condemned …`,
 * `On Wednesday, he is scheduled …`); the first token where there are none, -1 where one runs on without its comma.
 */
function afterOpeningPhrases(tokens: TokenList, sentence: Sentence, stop: number): number {
  let k = tokenIndexAt(tokens, sentence.start);
  for (let phrases = 0; phrases < MAX_OPENING_PHRASES; phrases++) {
    const w = tokens.lowerAt(k) ?? "";
    const participle = w.length > 4 && (w.endsWith("ing") || w.endsWith("ed"));
    if (!PREPOSITIONS.has(w) && !CLAUSE_OPENING_ADVERBS.has(w) && !participle) break;
    let comma = k + 1;
    while (comma < stop && comma - k <= MAX_OPENING_PHRASE && tokens.textAt(comma) !== ",") comma++;
    if (tokens.textAt(comma) !== ",") return -1;
    k = comma + 1;
  }
  return k;
}

/**
 * The person who opens `sentence` as its subject, before token `stop`: named first, after at most two short opening
 * phrases closed by commas, and followed by a lower-case word, the verb (`the Holy Father expressed …`); else null.
 */
function openingSubject(tokens: TokenList, sentence: Sentence, stop: number, resolver: SpeakerResolver): SpeakerRef | null {
  let k = afterOpeningPhrases(tokens, sentence, stop);
  if (k < 0) return null;
  // (A title before the name is no part of the mention: `PM Shehbaz condemned …`.)
  let title = k;
  const titleWord = (t: Token | undefined): boolean => isCapitalized(t) && !DETERMINERS.has(t?.lower ?? "") && !PREPOSITIONS.has(t?.lower ?? "") && !SUBORDINATORS.has(t?.lower ?? "");
  while (title < Math.min(stop, k + MAX_TITLE_WORDS) && resolver.mentionAt(title) === undefined && titleWord(tokens.get(title))) title++;
  if (resolver.mentionAt(title) !== undefined) k = title;
  const who = k < stop ? resolver.speakerAt(k) : null;
  const verb = who === null ? undefined : tokens.get(who.next);
  if (who === null || who.ref.personId === null || who.ref.resolvedVia === "pronoun" || verb === undefined || verb.kind !== "word" || verb.capitalized || isPossessive(verb)) return null;
  return who.ref;
}

/**
 * Who a `He` or `She` opening a sentence outside quotation marks, or its short opening phrases, stands for (`He is
 * scheduled to return home on Thursday`, `On Wednesday, he is scheduled to visit Kaunas`), by the resolver that finds
 * a pronoun's speaker; the Gulf agencies' `HE` before a title is no pronoun.
 */
function sentenceSubjects(tokens: TokenList, sentences: readonly Sentence[], resolver: SpeakerResolver, inQuote: (offset: number) => boolean): PersonSpan[] {
  const subjects: PersonSpan[] = [];
  for (const s of sentences) {
    const after = tokens.get(afterOpeningPhrases(tokens, s, tokenIndexAt(tokens, s.end)));
    const t = after?.lower === "he" || after?.lower === "she" ? after : tokens.get(pronounAfterBareOpening(tokens, s));
    if (t === undefined || (t.lower !== "he" && t.lower !== "she") || t.text === EXCELLENCY_ABBREVIATION || inQuote(t.start)) continue;
    const person = resolver.resolvePronoun(t.start, t.lower === "he" ? "m" : "f");
    if (person !== null) subjects.push({ start: t.start, end: t.end, personId: person.id });
  }
  return subjects;
}

/**
 * The `he` or `she` after a short opening phrase of time written without its comma (`The next day he met Xi Jinping`,
 * `On Sunday she flew`), or -1; not the subject of a clause a subordinator opens (`After he met Xi, Modi …`).
 */
function pronounAfterBareOpening(tokens: TokenList, sentence: Sentence): number {
  const first = tokenIndexAt(tokens, sentence.start);
  const w = tokens.lowerAt(first) ?? "";
  if ((!PREPOSITIONS.has(w) && !CLAUSE_OPENING_ADVERBS.has(w) && !DETERMINERS.has(w)) || SUBORDINATORS.has(w)) return -1;
  for (let k = first + 1; k <= first + MAX_BARE_OPENING && tokens.kindAt(k) === "word"; k++) {
    const text = tokens.textAt(k) ?? "";
    if (text === "he" || text === "she") return k;
    // (Words of a time only: not `His campaign said he …`, whose `he` opens what is reported.)
    const word = text.toLowerCase();
    if (MONTHS[word] === undefined && WEEKDAYS[word] === undefined && UNITS[word] === undefined && DAY_PARTS[word] === undefined && !TIME_OPENING_WORDS.has(word) && !PATTERNS.startsWithDigit.test(word)) return -1;
  }
  return -1;
}

/** Words of an opening time phrase besides units, days and months (`The next day`, `That same evening`). */
const TIME_OPENING_WORDS: ReadonlySet<string> = new Set(["next", "following", "same", "previous", "that", "this", "the", "later", "earlier"]);

/** Most words of an opening phrase without its comma before the pronoun (`Later that same day she`). */
const MAX_BARE_OPENING = 4;

/** True for two or more words, each opening with a capital (`Rangsiman Rome`): a name as written. */
function titleCased(name: string): boolean {
  const words = name.split(" ");
  return words.length >= 2 && words.every((w) => PATTERNS.upper.test(w[0] ?? ""));
}
