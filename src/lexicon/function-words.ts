/**
 * Closed-class English words that tell the subject of a clause from the
 * names around it. Data only.
 */
import { WEEKDAY_NAMES } from "./time-words.js";
import { regularForms } from "./inflect.js";

/** Prepositions: a name right after one is its object, not a speaker (`In an interview with Sean Hannity, Trump said`). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "about", "above", "against", "alongside", "among", "at", "before", "behind", "beside", "between", "by", "during",
  "for", "from", "in", "including", "into", "like", "of", "on", "over", "than", "to", "toward", "towards", "under",
  "unlike", "upon", "versus", "with", "without",
]);

/**
 * Words opening a subordinate clause at the head of a sentence. The subject of
 * the main clause comes after the clause's comma (`After Brown criticized him, Clinton shot back, "…"`).
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "after", "although", "as", "because", "before", "if", "once", "since", "though", "unless", "until", "when",
  "whenever", "whereas", "while",
]);

/** Adverbs that lead an opening phrase or clause (`Soon after the talks,`, `Even before he arrived,`, `Hours after …`). */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set([
  "soon", "shortly", "just", "even", "long", "right", "only", "immediately", "moments", "hours", "days", "weeks", "months", "years",
]);

/** Connectives that open a sentence set off by a comma (`However,`, `Moreover,`; `But,` as some outlets write it). */
export const CONNECTIVES: ReadonlySet<string> = new Set(["however", "moreover", "furthermore", "additionally", "nevertheless", "nonetheless", "indeed", "thus", "therefore", "but", "yet"]);

/** True for a word that may open a sentence set off by its comma before the subject: a connective or an adverb of time (`However,`, `Meanwhile,`). */
export function opensConnective(w: string): boolean {
  return CONNECTIVES.has(w) || CLAUSE_OPENING_ADVERBS.has(w);
}

/** Adverbs of time or discourse that may open a sentence before its subject with no comma (`Later the president told …`). */
export const CLAUSE_OPENING_ADVERBS: ReadonlySet<string> = new Set([
  "later", "earlier", "meanwhile", "today", "yesterday", "tonight", "separately", "then", "afterwards", "afterward",
  "now", "also", "instead", "finally", "previously", "recently", "still", "again", "similarly", "likewise",
  "subsequently", "thereafter", "overnight",
]);

/** Lower-case words that join the capitalised words of an office's object (`Trade and Industry`, `of the Treasury`). */
export const OFFICE_OBJECT_JOINS: ReadonlySet<string> = new Set(["and", "the", "&"]);

/** Pronouns that open a relative clause (`Putin, who met Xi, said`): what such a clause says is aside from the main one. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "whom", "whose", "which"]);

/** Auxiliaries of the passive voice: `was asked by host Bill Maher` names the asker after `by`. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "been", "being", "be", "get", "got"]);

/** Determiners and quantifiers: capitalised only because they open a sentence (`One California delegate`, `His counterpart`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "one", "two",
  "three", "four", "five", "some", "many", "most", "other", "another", "several", "few", "both", "all", "each", "every",
  "no", "any", "such", "even", "only",
]);

/** Adverbs that may stand between a speaker and the verb (`Mao Ning later called it …`). */
export const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set([
  "later", "also", "then", "again", "earlier", "recently", "previously", "once", "repeatedly", "publicly", "privately",
]);

/** Auxiliaries of the perfect between a subject and its verb (`Putin has said`, `Baku has demanded`). */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had"]);

/** Words that may stand between a name and its verb (`Priebus later Thursday told`, `Trump has said`). */
export const BETWEEN_NAME_AND_VERB: ReadonlySet<string> = new Set([
  ...ADVERBS_BEFORE_VERB,
  ...WEEKDAY_NAMES, "today", "yesterday", ...PERFECT_AUXILIARIES,
]);

/** Possessive determiners (`his guest`, `Our foreign policy adviser`): they open a noun phrase, never a name or a title. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["my", "your", "his", "her", "its", "our", "their"]);

/** Words whose `'s` is `is` or `has`, no possessive (`What's more`, `it's`). */
export const CONTRACTION_HOSTS: ReadonlySet<string> = new Set(["it", "what", "that", "there", "here", "who", "he", "she", "where", "how", "let", "when", "why"]);

/** Words after a name's `'s` that make it `is` or `has`, no possessive (`Christie's been making the case`). */
export const AFTER_CONTRACTED_S: ReadonlySet<string> = new Set(["been", "not", "got", "gotten", "going", "gone", "done", "never", "always", "already", "still", "just", "also"]);

/** Auxiliaries and modals that open a main clause's predicate after a relative aside (`Ishiba, who …, is expected`). */
export const MAIN_CLAUSE_VERBS: ReadonlySet<string> = new Set(["is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does"]);

/** Prepositions that join an office to whom it serves (`press secretary of the Russian President`, `aide to the premier`). */
export const OFFICE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "for", "to"]);

/** The articles, not the relative `that` a determiner may also be (`a visit that runs until Saturday`). */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** Articles that open an appositive about what is named before it (`, a claim Trump rejected,`, `, an ally of Trump,`). */
export const APPOSITIVE_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/** Determiners of an apposition before a rank (`the first such gathering`, `his latest trip`). */
export const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(["the", "its", "his", "her", "their"]);

/** Words of rank other than ordinals (`the latest sign`, `the only summit`). */
export const RANK_WORDS: ReadonlySet<string> = new Set(["latest", "only", "next", "biggest", "largest", "highest", "most", "clearest", "strongest"]);

/**
 * Verbs of the news in the third person present, which a title-case headline capitalises after its subject (`Zelensky
 * Meets Nordic-Baltic Leaders in Vilnius, Secures Air Defense Pledges`): never part of a name. (Verbs of saying are
 * the reporting cues'.)
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  "meets", "hosts", "holds", "visits", "welcomes", "receives", "secures", "signs", "backs", "eyes", "faces", "wins",
  "opens", "ends", "leaves", "launches", "unveils", "seeks", "arrives", "attends", "discusses", "offers", "rejects",
  "joins", "presses", "pushes", "woos", "snubs", "skips", "lands", "travels", "departs", "begins", "strengthens",
  "boosts", "deepens", "expands", "inks", "seals", "clinches", "forges", "renews", "resumes", "postpones", "cancels",
  "delays", "tries", "gets", "makes", "takes", "gives", "puts", "agrees", "pledges", "vows", "hails", "urges", "warns", "calls",
  "praises", "slams", "mulls", "weighs", "plans", "fails", "clashes", "spars", "reaches", "reaffirms", "inaugurates", "chairs", "tours",
  "announces",
]);

/** Verbs whose `for` after the object gives the reason (`thanked the Chinese leader for China's support`), not the object's office. */
export const REASON_FOR_VERBS: ReadonlySet<string> = new Set(["thank", "praise", "commend", "credit", "blame", "fault", "applaud", "congratulate", "criticize", "criticise"].flatMap((v) => regularForms(v, false)));

/** Words that open a spoken answer before the one it turns to (`Well, Jim, the president said …`, `Thanks, Kevin.`). */
export const INTERJECTIONS: ReadonlySet<string> = new Set(["well", "yes", "yeah", "no", "thanks", "oh", "look", "listen", "okay", "ok", "sure", "hey", "hi", "hello"]);
