import { regularForms } from "./inflect.js";

/** Regular reporting verbs matched in all four forms (`stress`, `stresses`, `stressed`, `stressing`). */
const REGULAR_VERBS = (
  "add stress note explain state confirm predict calm describe mention underline underscore insist argue claim " +
  "warn declare announce remark observe assert reply answer respond tweet continue conclude recall acknowledge " +
  "suggest reiterate assure promise comment complain urge joke clarify ask deny indicate point vow pledge " +
  "propose repeat call accuse praise brand hail dismiss encourage threaten express voice convey"
).split(" ");

/** Regular reporting verbs matched without their -ing form (`report`, `reports`, `reported`). */
const REGULAR_VERBS_WITHOUT_ING = (
  "post sigh specify believe report estimate agree hope expect invite shout cry exclaim whisper boast concede " +
  "counter retort elaborate contend maintain allege charge lament caution reveal recount reassure assess " +
  "emphasize testify interject interrupt quote scoff laugh muse email text vent blast mock rail ridicule " +
  "proclaim thunder wonder pronounce advise gush plead demand remember chant affirm reaffirm thank beam grin smile " +
  "chuckle enthuse yell scream mutter murmur grumble fume exhort snipe gloat retaliate"
).split(" ");

/** Irregular forms, doubled consonants and British spellings, as written. */
const OTHER_VERB_FORMS = (
  "say says said saying tell tells told telling emphasizing emphasise emphasises emphasised emphasising write " +
  "writes wrote writing admit admits admitted admitting quip quips quipped think thinks thought summarize " +
  "summarizes summarized summarise summarises summarised characterize characterizes characterized characterise " +
  "characterised speak speaks spoke speaking marvel marvels marveled marvelled snap snaps snapped slam slams " +
  "slammed concur concurs concurred brag brags bragged beg begs begged dub dubs dubbed dubbing label labels " +
  "labeled labelled labeling labelling read reads refer refers referred referring"
).split(" ");

/** Verbs of saying that are adjectives too, after a linking verb (`remained calm`, `was mock`). */
export const ADJECTIVE_CUES: ReadonlySet<string> = new Set(["calm", "mock"]);

/**
 * Reporting verbs: the words that introduce or follow a quotation or reported
 * speech, every form we match. Partial-quote verbs (`called the talks "vital"`)
 * are among them: see PARTIAL_ONLY_VERBS. Phrase cues follow.
 * Data only: extend per call with `options.lexicon.cueVerbs`.
 */
export const REPORTING_VERBS: readonly string[] = [
  ...REGULAR_VERBS.flatMap((v) => regularForms(v, true)),
  ...REGULAR_VERBS_WITHOUT_ING.flatMap((v) => regularForms(v, false)),
  ...OTHER_VERB_FORMS,
];

/** Multi-word cues: a verb plus a particle or object that belongs to it. Longest match wins. */
export const REPORTING_PHRASES: readonly string[] = [
  "told reporters",
  "told journalists",
  "told the media",
  "told the press",
  "summed up",
  "sums up",
  "pointed out",
  "points out",
  "pointing out",
  "went on",
  "goes on",
  "fired back",
  "fires back",
  "shot back",
  "shoots back",
  "cut in",
  "cuts in",
  "chimed in",
  "chimes in",
  "weighed in",
  "weighs in",
  "went on to say",
  "put it",
  "puts it",
  "had this to say",
  "made clear",
  "expressed the opinion",
  "expressed the belief",
  "voiced the opinion",
  "is convinced",
  "was convinced",
  "are convinced",
  "is confident",
  "was confident",
  // `Peskov did not rule out that …`: the translated `не исключил, что`.
  "did not rule out",
  "does not rule out",
  "did not exclude",
  "does not exclude",
  // `"…," the expert is sure`: the translated `уверен эксперт`.
  "is sure",
  "was sure",
  "are sure",
  "expressed confidence",
  "expressed hope",
  "expressed the hope",
  "expressed concern",
  "expressed regret",
  "expressed the view",
  "voiced hope",
  "voiced concern",
  "voiced confidence",
  "in his words",
  "in her words",
  "wrote in a post",
  "noted that",
  // Translated `поделился, что`, `сообщил, что`: only before `that`, since both take plain objects too.
  "shared that",
  "shares that",
  "informed that",
  "informs that",
  // (`Modi conveyed that India stands for peace`: only before `that`, since `convey` takes plain objects too.)
  "conveyed that",
  "conveys that",
  "calmed the media",
  // `Meloni was quoted as saying`: the whole of the cue, not `quoted` alone.
  "quoted as saying",
  "quoted as telling",
  "according to",
  "in the words of",
  "in his opinion",
  "in her opinion",
  "in their opinion",
  "in his view",
  "in her view",
  "in their view",
  "was stated by",
  "were stated by",
  "was announced by",
  "was said by",
  "was reported by",
  "was confirmed by",
];

/**
 * Verbs that give their object a quoted name or verdict (`called Biden's remark "extremely wrong"`): the words are the
 * subject's, whoever said what the object names.
 */
export const VERDICT_VERBS: ReadonlySet<string> = new Set([
  "called", "calls", "calling", "described", "describes", "describing", "dubbed", "dubbing", "labelled", "labeled",
  "labelling", "labeling", "branded", "branding", "termed", "deemed", "characterized", "characterised",
]);

/**
 * `referred to Canada as the "51st state"`: the name is the subject's word. (After a determiner the subject is a term
 * being defined, no speaker: `The Inland Empire refers to those communities`.)
 */
export const REFERRING_VERBS: ReadonlySet<string> = new Set(["refer", "refers", "referred", "referring"]);

/**
 * Verbs that only introduce a partial quote as their object or complement
 * (`invited him to "discuss…"`). They count as cues for partial quotes only.
 */
export const PARTIAL_ONLY_VERBS: ReadonlySet<string> = new Set([
  "invited", "invites", "called", "calls", "described", "describes", "mentioned", "mentions", "promised", "vowed",
  "urged", "proposed", "pledged", "characterized", "characterised", "dubbed", "labelled", "labeled", "branded",
  ...REFERRING_VERBS,
  // `thanked Modi for his attention to "the most acute problem"`.
  "thanked", "thanks",
  // `…, calling it "a historic moment"`: a participle after the main clause.
  "calling", "describing", "dubbing", "labelling", "labeling", "branding",
  // `accused him of "gambling with World War Three"`, `praised Lee as "a great leader"`, `hailed a "new beginning"`,
  // `dismissed the plan as "a gimmick"`, `encouraged "every effort" to free prisoners`, `threatened to make the
  // country "pay twice as much"`.
  ...["accuse", "praise", "hail", "dismiss", "encourage", "threaten"].flatMap((v) => regularForms(v, true)),
  // `expressed "grave concern" over the meeting`, `voiced "deep regret"`: the feeling in the quoted words.
  ...["express", "voice"].flatMap((v) => regularForms(v, true)),
]);

/** Participles that open a frame of the speaking itself (`Speaking to state media, Orbán said:`), not what was said. */
export const SPEAKING_FRAMES: ReadonlySet<string> = new Set(["speaking", "talking", "writing", "addressing", "responding", "replying", "commenting", "testifying", "briefing"]);

/** Forms of `tell`: the words after them name the hearer, never the speaker (`…, told Al Jazeera`). */
export const TELL_VERBS: ReadonlySet<string> = new Set(["told", "tell", "tells", "telling"]);

/** The end of a clause that says why a source is unnamed (`… said on condition of anonymity`), lower case, by word. */
export const ANONYMITY_CLAUSE: readonly string[] = ["on", "condition", "of", "anonymity"];

/** Participles that open a closing clause on why a source is unnamed (`…, asking not to be identified because …`). */
export const ANONYMITY_REQUESTS: ReadonlySet<string> = new Set(["asking", "requesting", "declining", "speaking"]);
/** What such a source asks not to be (`not to be named`, `not to be identified`). */
export const ANONYMITY_WORDS: ReadonlySet<string> = new Set(["named", "identified", "quoted"]);
/** Participles before `anonymity` in a closing clause on why a source is unnamed (`…, granted anonymity to discuss …`). */
export const ANONYMITY_GRANTS: ReadonlySet<string> = new Set(["granted", "given", "promised"]);
/** Participles by which an outlet names its own sources (`according to Axios, citing two officials, …`). */
export const CITING_PARTICIPLES: ReadonlySet<string> = new Set(["citing", "quoting"]);

/** Groups a speaker addresses (`told reporters`, `said at a rally of supporters`). */
export const LISTENER_GROUPS: readonly string[] = [
  "reporters", "journalists", "lawmakers", "parliament", "congress", "senators", "supporters", "viewers", "listeners",
  "delegates", "colleagues", "students",
];

/** Who a cue verb may name as its hearer right after it (`told him`, `told reporters`). */
export const HEARERS: ReadonlySet<string> = new Set(["me", "us", "you", "him", "her", "them", ...LISTENER_GROUPS]);

/** Nouns of outlets, before whose name they may stand (`the state news agency Khovar`). */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set([
  "newspaper", "paper", "magazine", "daily", "broadcaster", "channel", "agency", "outlet", "network", "station", "website", "television", "tv", "radio",
]);

/** Nouns that close an audience phrase (`told a rally`, `told the crowd of supporters`). */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set(["rally", "crowd", "audience", "gathering", "press", "media", ...OUTLET_NOUNS, ...LISTENER_GROUPS]);

/** Nouns that, after a determiner or possessive, open a medium phrase (`in an interview with RT`). */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  "interview", "conversation", "post", "statement", "speech", "address", "article", "op-ed", "briefing", "conference",
  "tweet", "letter", "message", "remarks", "comments", "comment", "broadcast", "programme", "program", "podcast",
  "appearance", "video", "column", "editorial", "talk", "call", "telephone", "phone", "meeting", "session",
  "channel", "account", "page", "blog",
  // Official records of a meeting (`said in a readout that …`, `in a joint communique`, `in a press release`).
  "readout", "communique", "communiqué", "declaration", "release",
]);
/** Media taken with `on` (`on a call with reporters`, `on his podcast`); the rest take `in` (`on a joint statement` is an object). */
export const ON_MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  "call", "telephone", "phone", "podcast", "account", "page", "blog", "channel", "air", "programme", "program", "broadcast",
  "video", "show", "radio", "television", "tv", "website", "site",
]);

/** Social platforms where leaders speak (`wrote on Telegram`, `said on X`), lower case. */
export const SOCIAL_PLATFORMS: ReadonlySet<string> = new Set([
  "telegram", "x", "twitter", "facebook", "instagram", "truth social", "weibo", "wechat", "youtube", "tiktok",
  "linkedin", "threads", "bluesky", "vk", "vkontakte", "whatsapp",
]);

/** Broadcasters where leaders speak on air (`said on Fox News`, `on Rossiya 1`), lower case, up to two words. */
export const BROADCASTERS: ReadonlySet<string> = new Set([
  "fox news", "cnn", "msnbc", "nbc", "cbs", "abc", "bbc", "pbs", "c-span", "sky news", "rt", "rossiya 1", "channel one",
  "al jazeera", "al arabiya", "cctv", "cgtn", "france 24", "euronews", "dw", "nhk", "kbs", "ndtv", "trt", "newsmax",
]);

/** Nouns a verb of saying opens as the first word of a compound (`think tank`): there it is no verb. Lower case. */
export const CUE_COMPOUND_HEADS: Readonly<Record<string, ReadonlySet<string>>> = { think: new Set(["tank", "tanks"]) };

/** Nouns that a cue word used as a noun qualifies (`state visit`, `state media`, `post office`): no cue there. */
export const NOUN_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  "visit", "visits", "media", "television", "tv", "news", "agency", "broadcaster", "dinner", "banquet", "department",
  "secretary", "funeral", "ceremony", "reception", "office", "card", "level", "leaders", "officials", "councillor",
]);

/** Words before `state`/`states` that make it the noun (`member states oppose …`, `swing states`). */
export const STATE_NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  "member", "nuclear", "island", "gulf", "swing", "battleground", "frontline", "sovereign", "coastal", "baltic", "arab",
  "neighbouring", "neighboring", "partner", "founding", "signatory", "observer", "nation", "rogue", "failed", "client",
  // (`contests in Southern states more friendly to Clinton`, `early states`, `these states`.)
  "southern", "northern", "eastern", "western", "central", "midwestern", "border", "home", "blue", "red", "purple",
  "early", "key", "other", "these", "those", "small", "large", "poor", "rich", "smaller", "larger", "poorer", "richer",
  "caucus", "primary",
]);

/** Words before `call`/`calls` that make it the noun (`held a video call`, `a congratulatory call`). */
export const CALL_NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  "video", "phone", "telephone", "conference", "courtesy", "congratulatory", "virtual", "zoom", "roll", "wake-up", "close",
]);

/** Words opening a medium phrase. */
export const MEDIUM_OPENERS: ReadonlySet<string> = new Set(["in", "during", "on", "at", "via", "through"]);

/**
 * Nouns a person's name may qualify, the phrase then naming a body or its people, not the person (`the Trump
 * administration said`, `a Biden campaign official said`, `Modi government sources`).
 */
export const NAME_QUALIFIED_HEADS: ReadonlySet<string> = new Set([
  "administration", "administration's", "campaign", "campaign's", "government", "government's", "cabinet", "camp", "team", "regime",
  "presidency", "foundation", "official", "officials", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
  "allies", "ally", "loyalists", "supporters", "spokesman", "spokeswoman", "spokesperson", "sources",
]);

/**
 * Groups that judge the news rather than tell it (`Analysts say the visit shows …`): who their words name is no one
 * the report places at a meeting.
 */
export const OPINION_SOURCES: ReadonlySet<string> = new Set([
  "experts", "analysts", "observers", "critics", "commentators", "economists", "historians", "specialists", "pundits", "scholars", "researchers", "pollsters",
]);

/** Generic, unnamed sources that are kept as written (`experts say`). */
export const GENERIC_SOURCES: ReadonlySet<string> = new Set([
  "experts", "analysts", "observers", "journalists", "officials", "sources", "diplomats", "critics", "commentators",
  "economists", "politicians", "scientists", "insiders", "witnesses", "residents", "aides",
  "lawmakers", "legislators", "mps", "meps", "senators", "congressmen", "historians", "specialists", "pundits", "observers", "some", "many", "others",
  "democrats", "republicans", "voters", "people", "police", "lawyers", "prosecutors", "investigators", "authorities",
  "protesters", "activists", "supporters", "opponents", "advocates", "researchers", "scholars", "leaders", "ministers",
  "delegates", "negotiators", "members", "residents", "pollsters", "commentators", "reporters", "editors", "americans", "russians", "europeans", "campaigners", "organizers",
  "advisers", "advisors", "strategists", "operatives", "staffers", "allies", "donors", "backers", "insiders", "forecasters",
]);
/** Participles that qualify a group of sources before their preposition (`officials briefed on the talks`, `people involved in`). */
export const SOURCE_PARTICIPLES: ReadonlySet<string> = new Set(["briefed", "involved", "based", "informed", "interviewed", "polled", "surveyed", "questioned", "consulted", "quoted", "cited", "asked", "engaged", "knowledgeable"]);
/** One member of such a group (`An EU official, speaking on condition of anonymity, said …`). */
export const GENERIC_SOURCE_MEMBERS: ReadonlySet<string> = new Set([
  "official", "diplomat", "source", "aide", "adviser", "advisor", "insider", "negotiator", "analyst", "expert", "spokesman",
  "spokeswoman", "spokesperson", "lawmaker", "delegate", "staffer", "strategist",
]);

/**
 * Labels of a credit line at a report's foot (`SOURCE: Al Jazeera and news agencies`), lower case; and of a link to
 * another report (`READ MORE: Zelensky visits Saudi Arabia`, `Also read: Putin says …`), which is no part of this one.
 */
export const CREDIT_LABELS: ReadonlySet<string> = new Set([
  "source", "sources", "credit", "credits", "image", "video", "photos", "editing", "reporting", "additional reporting", "writing", "compiled by",
  "read more", "read also", "also read", "related", "see also", "more", "watch", "listen", "editor's choice", "recommended",
  "trending", "most read", "email", "e-mail", "writer's email",
  // Notes on the report itself: `Editor's note: An earlier version of this story misstated …`, `Correction: …`.
  "editor's note", "editor’s note", "editors' note", "correction", "clarification",
]);

/** Words that close a credit line (`Associated Press writers Josh Boak and Mari Yamaguchi contributed to this report.`), lower case. */
export const CREDIT_ENDINGS: readonly string[] = [
  "contributed to this report", "contributed to this story", "contributed to this article", "contributed reporting",
  // `Material from the Associated Press was used in this report.`
  "was used in this report", "were used in this report",
];

/** Words that open a credit line (`Reporting by Yashinta Difa; Editing by Rahmad Nasution`, `(With inputs from agencies)`), lower case. */
export const CREDIT_OPENERS: readonly string[] = [
  "reporting by", "additional reporting by", "editing by", "writing by", "compiled by", "edited by", "with assistance from", "with inputs from",
  "with input from", "with a report from", "with reports from",
  // VOA's: `Some information for this report came from The Associated Press, Reuters and Agence France-Presse.`
  "some information for this report came from", "information for this report came from", "this report includes information from",
  "this report includes material from",
];

/** Words of a byline that name a desk, not a person (`By Reuters Staff`, `By our Moscow Correspondent`), lower case. */
export const BYLINE_DESKS: ReadonlySet<string> = new Set(["staff", "correspondent", "correspondents", "reporter", "reporters", "desk", "bureau", "agencies", "writer", "writers", "editor", "editors", "team"]);

/** Cue words that are also nouns (`heads of state`, `a point of note`, `the Baltic states`). */
export const NOUN_LIKE_CUES: ReadonlySet<string> = new Set(["state", "states", "post", "posts", "note", "notes", "report", "reports", "point", "points", "comment", "comments", "remark", "remarks", "statement", "text", "texts", "tweet", "tweets", "quote", "quotes", "estimate", "estimates", "call", "calls", "label", "labels", "brand", "brands", "email", "emails", "answer", "answers", "reply", "replies", "claim", "claims", "rail", "rails"]);

/** Pronouns that point back at a quotation just given (`That was the message from X`). */
export const POINTING_BACK: ReadonlySet<string> = new Set(["that", "this", "those", "these", "such"]);
/** Nouns for words someone said, which a sentence after a quotation names the speaker of (`the message from X`, `the words of X`). */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set([
  "message", "words", "word", "warning", "verdict", "view", "assessment", "response", "reaction", "answer", "promise",
  "pledge", "appeal", "plea", "vow", "call", "reply", "retort", "rallying", "assurance", "conclusion", "advice",
]);

/** Documents that speak in a parenthesis (`President Putin, the statement said, appreciated …`). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(["statement", "readout", "communique", "communiqué", "declaration", "release", "report", "transcript", "letter", "document", "memo", "memorandum"]);

/**
 * Heads of a state's body that speaks for it (`South Korea's presidential office said …`, `the foreign ministry said
 * …`): the words it is reported to say, quoted in part, are its own.
 */
export const SPEAKING_BODY_HEADS: ReadonlySet<string> = new Set([
  "office", "ministry", "government", "embassy", "consulate", "presidency", "cabinet", "administration", "mission",
  "directorate", "secretariat", "commission", "agency", "palace", "chancellery",
]);

/** Words that make `media` a kind of outlet that reports (`state media reported`, `local media said`). */
export const MEDIA_KINDS: ReadonlySet<string> = new Set(["state", "local", "official", "state-run", "state-owned", "government", "national"]);
