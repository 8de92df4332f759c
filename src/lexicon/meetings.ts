import { regularForms } from "./inflect.js";

/**
 * Words by which a report tells of its meeting, for the summit frame. Data
 * only, lower case.
 */

/** Nouns and verbs of meeting (`the summit`, `held talks`, `met`, `the 67th Ordinary Session`, `the leaders' retreat`). */
export const MEETING_WORDS: ReadonlySet<string> = new Set([
  "summit", "talks", "meeting", "met", "meet", "meets", "negotiations", "visit", "conference", "bilateral", "trilateral",
  "summits", "meetings", "forum", "delegation", "delegations", "session", "retreat", "gathering",
  // (Talks of a standing format: `will receive … Tusk for intergovernmental consultations in Berlin`; not the singular,
  // whose `in consultation with` is no meeting.)
  "consultations",
  // Meetings at a distance (`held a videoconference`); `phone` and `telephone` only as a call (see PHONE_WORDS).
  "videoconference", "video-conference", "teleconference",
]);

/** `spoke by telephone`, `a phone call`: a meeting at a distance when they stand after `by` or before `call`. */
export const PHONE_WORDS: ReadonlySet<string> = new Set(["phone", "telephone"]);

/** Words of a meeting held at a distance: it has no place of its own (`held a virtual summit`, `spoke by telephone`). */
export const REMOTE_WORDS: ReadonlySet<string> = new Set([
  "virtual", "virtually", "video", "videoconference", "video-conference", "teleconference", "telephone", "phone", "online",
]);

/** Nouns that name a meeting (`the summit`, `talks`, `the call`), not the verbs of MEETING_WORDS. */
export const MEETING_NOUNS: ReadonlySet<string> = new Set([
  "summit", "summits", "talks", "meeting", "meetings", "negotiations", "visit", "conference", "forum", "session", "retreat", "consultations",
  "gathering", "videoconference", "video-conference", "teleconference", "call",
]);

/** Verbs of a meeting taking place (`held`, `opened`, `converged on Abuja`). */
export const HAPPENING_VERBS: ReadonlySet<string> = new Set([
  "held", "met", "meets", "took", "began", "opened", "hosted", "gathered", "convened", "kicked", "started", "happened",
  "agreed", "signed", "discussed", "converged", "assembled", "received", "receives", "welcomed", "welcomes",
  // (A plan's verb too: `Trump will host Netanyahu at the White House on Monday`.)
  "host", "hosts",
]);

/** Words before an office that say its holder has left it (`former`, `then`, `the late`, `ex-`). */
export const FORMER_WORDS: ReadonlySet<string> = new Set(["former", "then", "late", "ex", "erstwhile", "onetime", "one-time", "past"]);

/** Words before a meeting word that make it another meeting (`next year's forum`, `their previous summit`). */
export const OTHER_MEETING_WORDS: ReadonlySet<string> = new Set(["next", "previous", "last", "upcoming", "following", "future", "past"]);

/** Words of willingness before `to` and a meeting word, which make it one not held (`ready to meet Putin`). */
export const WILLINGNESS_WORDS: ReadonlySet<string> = new Set(["ready", "willing", "prepared", "open", "eager", "keen", "happy"]);

/** Groups whose dated doings tell of a meeting (`EU leaders on Thursday failed to agree …`), for its date only. */
export const GATHERED_GROUPS: ReadonlySet<string> = new Set(["leaders"]);

/** Words right before a verb of meeting that make it an earlier occasion (`first met in 2014`, `last met as a group in 2019`). */
export const EARLIER_OCCASION_WORDS: ReadonlySet<string> = new Set(["first", "last"]);
/** Verbs of meeting that an earlier-occasion word may stand before, besides the happening verbs (`first visited Tunis`). */
export const OCCASION_VERBS: ReadonlySet<string> = new Set(["visited", "travelled", "traveled", "hosted", "gathered"]);

/** Words that open a clause of another happening inside a meeting's sentence (`two days before EU leaders gather in Brussels`). */
export const OTHER_EVENT_CONJUNCTIONS: ReadonlySet<string> = new Set(["before", "after", "until", "since", "ahead", "following", "eve"]);
/** Verbs of heading a side at talks (`He Lifeng led Beijing's delegation`, `Bessent, who led the U.S. team`). */
export const LEADING_VERBS: ReadonlySet<string> = new Set(["led", "leads", "leading", "headed", "heads", "heading"]);
/** What one heads at talks. */
export const SIDES_AT_TALKS: ReadonlySet<string> = new Set(["delegation", "team", "side", "negotiators", "negotiating"]);
/** Verbs by which a meeting is set amid other news (`The visit comes as …`, `The talks came days after …`). */
export const COMING_VERBS: ReadonlySet<string> = new Set(["comes", "came", "come", "coming"]);
/** Words after a coming verb that open the news around the meeting (`comes as`, `came amid`, `comes days after`). */
export const BACKGROUND_OPENERS: ReadonlySet<string> = new Set(["as", "amid", "after", "before", "ahead", "following", "while", "weeks", "days", "months"]);

/** Words of a time reckoned back from another happening (`the previous evening`, `the day before`, `on the eve of`): a side event. */
export const LOOKING_BACK_WORDS: ReadonlySet<string> = new Set(["previous", "before", "eve", "preceding"]);

/** Verbs of being at a meeting in person, in the past or present (`as he attended the summit`, `as Modi addresses the summit`). */
export const AT_MEETING_VERBS: ReadonlySet<string> = new Set(["attend", "address", "chair", "host", "open", "join"].flatMap((v) => regularForms(v, false)));
/** Verbs of taking part that `not` turns into absence (`Netanyahu did not attend`, `was not invited`). */
export const ATTENDING_VERBS: ReadonlySet<string> = new Set(["attend", "join", "participate", "travel", "invited"]);
/** Words of being at a meeting, which place whoever they name there (`Japarov also attended`, `was represented by`, `were greeted by Zelensky`). */
export const ATTENDANCE_WORDS: ReadonlySet<string> = new Set([...["attend", "participate"].flatMap((v) => regularForms(v, true)), "represented", "greeted", "attendance"]);
/** Verbs whose object is appealed to, not met (`urge Putin to accept a ceasefire`). */
export const APPEAL_VERBS: ReadonlySet<string> = new Set(["urge", "press", "warn"].flatMap((v) => regularForms(v, true)));
/** Verbs that appeal with `on` (`called on Putin to …`). */
export const CALLING_ON_VERBS: ReadonlySet<string> = new Set(["call", "appeal"].flatMap((v) => regularForms(v, true)));
/**
 * Verbs of reacting to a meeting from afar (`Trump welcomed the summit on Twitter`, `Kyiv criticised the talks`):
 * the subject judges the meeting rather than sits at it.
 */
export const REACTION_VERBS: ReadonlySet<string> = new Set(
  ["welcome", "hail", "praise", "applaud", "laud", "criticise", "criticize", "condemn", "denounce", "comment"].flatMap((v) => regularForms(v, true)),
);
/**
 * Verbs of naming that judge a meeting when a name for it follows (`called the visit "appeasement"`, `branded the trip a
 * betrayal`, `described the summit as "positive"`).
 */
export const NAMING_REACTION_VERBS: ReadonlySet<string> = new Set(["call", "brand", "dub", "label", "describe"].flatMap((v) => regularForms(v, true)));
/** Reactions a meeting draws from someone afar (`drew criticism from Zelenskyy`, `praise from Washington`). */
export const REACTION_NOUNS: ReadonlySet<string> = new Set([
  "criticism", "praise", "condemnation", "rebuke", "rebukes", "protest", "protests", "objection", "objections", "backlash",
  "anger", "outrage", "fire", "warning", "warnings", "concern", "concerns", "congratulations", "support",
]);
/**
 * Words before a meeting that make it one still to come (`arranging a meeting between`, `a possible meeting between`,
 * `the possibility of a direct meeting between`).
 */
export const PLANNING_WORDS: ReadonlySet<string> = new Set([
  ...["arrange", "organise", "organize", "propose", "plan", "broker", "seek"].flatMap((v) => regularForms(v, true)),
  "possible", "potential", "future", "prospective", "eventual", "proposed", "planned", "face-to-face", "possibility", "prospect",
  "prospects", "arrangements", "preparations", "plans",
  // (The bare verb of hosting, after `to` or a modal: `prepared to host a meeting between Putin and Zelenskiy`.)
  "host",
]);
/** Words of staying away (`skipped the summit`, `was absent`, `the absence of Xi`). */
export const ABSENCE_WORDS: ReadonlySet<string> = new Set([
  "skipped", "skip", "skips", "boycott", "boycotts", "boycotted", "boycotting", "absent", "snubbed", "absence", "canceled", "cancelled",
  // Kept away by others (`has been barred from the bloc's summits since 2021`).
  "barred", "banned",
]);
/** Verbs that a particle after them makes staying away (`Netanyahu stayed away`, `kept away from the talks`, `Milei pulled out`), with the particle. */
export const STAYING_PARTICLES: ReadonlyMap<string, string> = new Map([
  ...["stay", "stays", "stayed", "staying", "keep", "keeps", "kept", "keeping"].map((v): [string, string] => [v, "away"]),
  ...["pull", "pulls", "pulled", "pulling", "drop", "drops", "dropped", "dropping"].map((v): [string, string] => [v, "out"]),
  ...["remain", "remains", "remained", "remaining"].map((v): [string, string] => [v, "home"]),
]);
/** The verbs of `STAYING_PARTICLES`. */
export const STAYING_VERBS: ReadonlySet<string> = new Set(STAYING_PARTICLES.keys());
/** Words that open the reason one stayed away, after the word itself (`skipped it because …`, `stayed away after a row`). */
export const ABSENCE_REASONS: ReadonlySet<string> = new Set(["after", "because", "amid", "citing", "despite", "due", "over", "at"]);
/** Meetings that staying away from leaves one out (`did not attend the summit`), not side events (`the business forum`). */
export const MEETINGS_STAYED_AWAY_FROM: ReadonlySet<string> = new Set(["summit", "summits", "talks", "meeting", "meetings", "gathering", "gatherings", "consultation", "consultations"]);

/** Words that say what kind of meeting its noun is (`their annual consultations`, `the bilateral talks`). */
export const MEETING_KIND_WORDS: ReadonlySet<string> = new Set(["annual", "bilateral", "trilateral", "official", "formal", "informal", "closed-door", "one-on-one", "first", "joint", "extraordinary", "regular"]);
/** Groups whose meeting every member the report places there takes part in (`Leaders of the BRICS …`, `the foreign ministers of Armenia and Azerbaijan`). */
export const MEETING_GROUPS: ReadonlySet<string> = new Set(["leaders", "heads", "counterparts", "delegations", "ministers", "envoys", "negotiators"]);
/** Verbs of arriving: the day they give begins a visit, whose talks often come a day later. */
export const ARRIVAL_VERBS: ReadonlySet<string> = new Set(["arrived", "arrives", "arriving", "landed", "lands", "landing"]);
/** Verbs of setting off on a journey or going on to another city (`will fly to Washington on Sunday`, `flew on to Warsaw`). */
export const TRAVEL_VERBS: ReadonlySet<string> = new Set([
  "fly", "flies", "flew", "flying", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "went", "head", "heads", "headed",
  "heading", "continued", "leave", "leaves", "left", "depart", "departs", "arrive",
]);
/** Adverbs before a day that set a side event beside the news (`Earlier on Tuesday, Zelensky met Meloni`). */
export const SIDE_EVENT_WORDS: ReadonlySet<string> = new Set(["earlier", "later"]);
/** Meals beside a meeting (`hosted him for a private dinner on Monday evening`): a side event, not the talks. */
export const MEAL_WORDS: ReadonlySet<string> = new Set(["dinner", "lunch", "luncheon", "banquet", "breakfast", "supper", "tea"]);
/** Verbs of a meeting's close (`The conference ends Monday`): a day of the meeting still to come, not the one it met. */
export const CLOSING_VERBS: ReadonlySet<string> = new Set(["ends", "end", "closes", "close", "concludes", "conclude", "wraps"]);
/** Words that put what a sentence tells beside the meeting, not at its heart (`met Trump on the sidelines of the summit`). */
export const SIDELINE_WORDS: ReadonlySet<string> = new Set(["sidelines", "margins", "sideline", "margin"]);
/** A part of an occasion that dates what was said there (`said at the end of the talks`, `at the start of the meeting`). */
export const OCCASION_PARTS: ReadonlySet<string> = new Set(["end", "start", "beginning", "close", "opening", "conclusion", "outset", ...SIDELINE_WORDS]);

/** Words of a region or of the world before its leaders, who are many states' (`European leaders`, `world leaders`). */
export const REGION_WORDS: ReadonlySet<string> = new Set(["european", "african", "arab", "asian", "latin", "nordic", "gulf", "baltic", "balkan", "caribbean", "pacific", "world", "western", "regional", "commonwealth"]);
/** Last words of a bloc's name before its leaders (`Gulf Cooperation Council leaders`, `Pacific Islands Forum leaders`). */
export const BLOC_NAME_ENDS: ReadonlySet<string> = new Set(["union", "council", "league", "forum", "community", "organisation", "organization", "alliance", "association", "cooperation"]);
/** Words of a compass or a culture before a continent's adjective that make a region of it (`Latin American leaders`, `Southeast Asian`). */
export const REGION_QUALIFIERS: ReadonlySet<string> = new Set(["latin", "southeast", "south-east", "central", "west", "east", "north", "south", "middle", "northern", "southern", "eastern", "western", "sub-saharan"]);
/** A continent's adjectives, a region's with a qualifier before them (`Central Asian`, `Middle Eastern`). */
export const CONTINENT_ADJECTIVES: ReadonlySet<string> = new Set(["american", "asian", "african", "european", "eastern"]);

/** Nouns for the states a meeting gathers (`leaders from French-speaking countries`, `from across the Western Hemisphere`). */
export const NATIONS_WORDS: ReadonlySet<string> = new Set(["countries", "nations", "states", "members", "economies", "democracies", "hemisphere", "region", "continent", "world"]);

/** Words of a visit still to come after a person's possessive (`Putin's upcoming visit to China`): not at this meeting. */
export const COMING_VISIT_WORDS: ReadonlySet<string> = new Set(["upcoming", "forthcoming", "planned", "proposed", "expected", "scheduled", "anticipated", "prospective", "possible", "future", "next"]);
/** Words before `for` that prepare a visit still to come (`preparations for Putin's visit`, `ahead of` reads the same). */
export const PREPARING_WORDS: ReadonlySet<string> = new Set(["preparations", "preparation", "prepare", "prepares", "preparing", "prepared", "ready", "readying", "groundwork"]);
/** Nouns of a visit, a meeting's or travel's (`Putin's upcoming visit`, `his planned trip to Moscow`). */
export const VISIT_NOUNS: ReadonlySet<string> = new Set([...MEETING_NOUNS, "trip", "tour", "journey", "travel"]);

/** Nouns after a person's possessive that tell they are dead (`Pope Francis' funeral`, `the late king's memorial`). */
export const MOURNING_WORDS: ReadonlySet<string> = new Set(["funeral", "burial", "memorial", "death", "wake", "mourning", "coffin", "grave"]);

/**
 * Nouns of people sent for someone, or who speak for them, whose name before them qualifies them (`Putin, Zelenskiy
 * envoys`, `Trump aide`, `French President Emmanuel Macron's office said`).
 */
export const SENT_FOR_NOUNS: ReadonlySet<string> = new Set([
  "envoy", "envoys", "aide", "aides", "delegation", "delegations", "negotiator", "negotiators", "emissary", "emissaries",
  "office", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
]);

/** Verbs of sending someone (`sent Foreign Minister Pablo Quirno instead`). */
export const SENDING_VERBS: ReadonlySet<string> = new Set(["sent", "sends", "dispatched"]);
/** What a meeting is about, before the place it happens in (`the war in Gaza`, `the situation in Kashmir`): that place is no venue. */
export const TOPIC_NOUNS: ReadonlySet<string> = new Set([
  "war", "conflict", "crisis", "situation", "fighting", "violence", "ceasefire", "truce", "peace", "hostilities", "offensive", "unrest", "bloodshed",
  "developments", "escalation", "tensions", "events",
]);
/** Adverbs that narrow a topic to a place (`regional developments, particularly in Gaza`). */
export const FOCUS_ADVERBS: ReadonlySet<string> = new Set(["particularly", "especially", "notably", "mainly", "chiefly", "primarily", "specifically"]);
/** Verbs of meeting someone (`met Vance`, `Xi hosted`, `received Blinken`). */
export const MEETING_VERBS: ReadonlySet<string> = new Set(["met", "meets", "hosted", "hosts", "received", "receives"]);
/** What one sends to a meeting without coming (`a letter of invitation from Trump`, `a message from Xi`). */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(["letter", "letters", "message", "messages", "invitation", "greetings", "greeting", "note", "gift", "regards", "congratulations"]);
