import { wordTable } from "./word-table.js";

/**
 * Titles and role nouns. A title before a capitalised name marks it as a
 * person (`President Xi`, `political scientist Svetlana Grechulina`); a role
 * noun after a determiner makes a descriptor (`the Belarusian leader`).
 * Each role noun maps to a role class so that `the head of Belarus` and
 * `President of Belarus` meet. Data only.
 */
export const ROLE_CLASSES: Readonly<Record<string, string>> = wordTable({
  president: "leader", leader: "leader", head: "leader", "head of state": "leader", "prime minister": "leader",
  premier: "leader", pm: "leader", chancellor: "leader", "federal chancellor": "leader", king: "leader", queen: "leader",
  emperor: "leader", "crown prince": "leader", monarch: "leader", "supreme leader": "leader", chairman: "leader", strongman: "leader",
  "head of government": "leader", taoiseach: "leader", lyonchhen: "leader", lyonchhoen: "leader", lyonchoen: "leader", lyonpo: "minister", tánaiste: "deputy", tanaiste: "deputy", emir: "leader", amir: "leader", sultan: "leader", "yang di-pertuan agong": "leader", "vice president": "deputy",
  "vice-president": "deputy", "deputy prime minister": "deputy", "vice-premier": "deputy", "vice premier": "deputy",
  "first deputy prime minister": "deputy", deputy: "deputy", spokesman: "spokesperson", spokeswoman: "spokesperson",
  spokesperson: "spokesperson", "press secretary": "spokesperson", "press officer": "spokesperson", "foreign minister": "foreign-minister",
  "secretary of state": "foreign-minister", "foreign secretary": "foreign-minister",
  "minister of foreign affairs": "foreign-minister", "top diplomat": "foreign-minister", "foreign policy chief": "foreign-minister",
  // `the Turkish diplomat` after `Foreign Minister Hakan Fidan`: the country's diplomat the text named.
  diplomat: "foreign-minister", "chief diplomat": "foreign-minister",
  "defence minister": "defence-minister", "defense minister": "defence-minister",
  "defense secretary": "defence-minister", minister: "minister", secretary: "minister", ambassador: "ambassador",
  // (Kenya's ministers by their short title: `Agriculture CS Mutahi Kagwe`.)
  cs: "minister",
  envoy: "ambassador", aide: "aide", adviser: "aide", advisor: "aide", "national security adviser": "aide",
  // Bangladesh's head of its interim government; a chief adviser of no country is an aide (see `roleClassesOf`).
  "chief adviser": "leader",
  "special adviser": "aide", "senior adviser": "aide", "special advisor": "aide", "senior advisor": "aide",
  "national security advisor": "aide", "secretary general": "org-head", "secretary-general": "org-head",
  "director general": "org-head", "director-general": "org-head",
  "political scientist": "expert", analyst: "expert", expert: "expert", professor: "expert", interlocutor: "expert",
  // `The politician admitted …` in translated reports: the leader the text was just about.
  politician: "leader", statesman: "leader", stateswoman: "leader",
  "assistant professor": "expert", "associate professor": "expert", economist: "expert", researcher: "expert",
  historian: "expert", scholar: "expert", director: "official", official: "official", governor: "official",
  mayor: "official", senator: "official", congressman: "official", congresswoman: "official", general: "official",
  commander: "official", photographer: "journalist", correspondent: "journalist", journalist: "journalist",
  reporter: "journalist", editor: "journalist", host: "journalist", "first lady": "spouse", columnist: "journalist",
  commentator: "journalist", writer: "journalist", author: "journalist", blogger: "journalist", anchor: "journalist",
  moderator: "journalist", pundit: "expert", strategist: "aide", pollster: "expert", consultant: "aide",
  lawyer: "official", attorney: "official", "attorney general": "minister", activist: "other",
  // People of business named by their trade (`businessman Gautam Adani`, `tycoon Elon Musk`); not `billionaire`, as
  // often an adjective before another title (`billionaire Dallas Mavericks owner Mark Cuban`).
  businessman: "other", businesswoman: "other", entrepreneur: "other", tycoon: "other", industrialist: "other", magnate: "other",
  candidate: "candidate", nominee: "candidate", chairwoman: "leader", chairperson: "leader", chair: "leader", founder: "official",
  "chief executive": "official", ceo: "official", "chief of staff": "aide", "chief-of-staff": "aide", "campaign manager": "aide",
  // (A body's member as an office: `Minister of State and Cabinet Member Musaed Al-Aiban`, `Politburo member Cai Qi`.)
  member: "official",
  speaker: "official", representative: "official", lawmaker: "official", delegate: "official", mp: "official", mep: "official",
  "political director": "aide", "communications director": "aide", "chief economist": "expert", fellow: "expert",
  "senior fellow": "expert", judge: "official", prosecutor: "official", sheriff: "official",
  "police chief": "official", "state senator": "official", "kremlin chief": "leader",
  // South Asian press abbreviations (`EAM S Jaishankar`).
  eam: "foreign-minister", nsa: "official",
  // Wire copy's contributor lines (`Associated Press writers Lorne Cook in Brussels and …`).
  writers: "journalist", correspondents: "journalist",
  commissioner: "official", "high representative": "foreign-minister", "vice chancellor": "deputy",
  "field marshal": "official", marshal: "official", "senior general": "official", admiral: "official", colonel: "official", brigadier: "official",
  "army chief": "official", "chief of army staff": "official", "chief of the army staff": "official",
  // `the UN chief`, `IAEA chief Rafael Grossi`: the head of a body.
  // `his Chilean counterpart Gabriel Boric`: the same office as the one named beside, in another country.
  counterpart: "counterpart",
  // The Holy See's head of state (`Pope Leo XIV received Zelensky`).
  pope: "leader", pontiff: "leader", "holy father": "leader",
  chief: "org-head", "chief cabinet secretary": "spokesperson", "chief justice": "official", "opposition leader": "official", "party leader": "official",
  "vice-chancellor": "deputy", "president-elect": "leader", "chief minister": "official", "first minister": "leader",
  // The top leader of a party-state (`Party General Secretary To Lam`, `General Secretary Xi Jinping`).
  "general secretary": "leader",
  // Gulf monarchies' offices (`Deputy Ruler of Abu Dhabi`, `Crown Prince of Abu Dhabi`).
  ruler: "leader", "deputy ruler": "deputy",
  // A ministry's officials below its minister (`Undersecretary Claire Castro`).
  undersecretary: "official", "under-secretary": "official",
});

/** Short forms of offices and the titles they stand for (`the PM` is the Prime Minister of Pakistan). */
export const OFFICE_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = wordTable({
  pm: ["prime minister"], premier: ["prime minister"], chair: ["chairman", "chairwoman", "chairperson"],
  pontiff: ["pope"], "holy father": ["pope"], amir: ["emir"],
  // (Bhutan's own words for its prime minister, in its three spellings, and a minister, as Kuensel writes them bare:
  // `Lyonchhen thanked …`, `Lyonchhoen said that …`.)
  lyonchhen: ["prime minister"], lyonchhoen: ["prime minister"], lyonchoen: ["prime minister"], lyonpo: ["minister"],
  // (A member of the House by the common word: `Rep. Anthony Weiner … the former congressman`.)
  congressman: ["representative"], congresswoman: ["representative"],
});

/** Offices of a head of state or government, which no holder of another of them is called (`the prime minister` is no president). */
export const HEAD_OFFICES: ReadonlySet<string> = new Set(["president", "prime minister", "premier", "chancellor", "taoiseach"]);
/** Offices of a head of government, not of state (`the head of the Russian government` is its prime minister), lower case. */
export const GOVERNMENT_HEAD_OFFICES: readonly string[] = [...HEAD_OFFICES].filter((office) => office !== "president");

/** Styles of address after `His` or `Her` (`His Highness`, `Her Majesty`, `His Excellency`): no name, and alone the person first so styled. */
export const STYLES: ReadonlySet<string> = new Set(["highness", "majesty", "excellency", "holiness", "eminence"]);
/** Royal styles that stand before a name after its office (`Energy Minister Prince Abdulaziz`, `Minister of Foreign Affairs Sheikh Abdullah`). */
export const ROYAL_STYLES: ReadonlySet<string> = new Set(["prince", "princess", "sheikh", "sheikha", "shaikh", "shaikha"]);
/** The Gulf agencies' His Excellency, in capitals before a title (`HE the Turkish President`): no pronoun, no office. */
export const EXCELLENCY_ABBREVIATION = "HE";

/** One-word offices that an official readout writes bare to open a sentence (`President thanked PM …`): no surnames. */
export const BARE_OFFICES: ReadonlySet<string> = new Set(["president", "premier", "chancellor", "taoiseach", "lyonchhen", "lyonchhoen", "lyonchoen"]);

/** Plural role nouns that `the two …` or `both …` use for the two leaders of a bilateral report. */
export const LEADER_PLURALS: ReadonlySet<string> = new Set(["leaders", "presidents", "heads", "premiers", "chancellors"]);

/** Nouns for two people that `the …` uses for the two leaders (`The pair met in Queenstown`), not before `of`. */
export const PAIR_NOUNS: ReadonlySet<string> = new Set(["pair", "duo"]);

/** Plural nouns for people that only `the two …` or `both …` makes the two leaders (`the two men`, `both women`). */
export const PAIRED_PEOPLE: ReadonlySet<string> = new Set(["men", "women"]);

/** Role nouns that name no office of their own, only its class (`the head of state`, `the leader`). */
export const GENERIC_ROLE_NOUNS: ReadonlySet<string> = new Set(["leader", "head of state", "head of government", "head", "politician", "strongman"]);

/**
 * Words a reporter uses to characterise a leader rather than say whose (`the libertarian leader`, `the veteran
 * president`): the description points back to the last person named who holds the office.
 */
export const CHARACTER_WORDS: ReadonlySet<string> = new Set([
  "libertarian", "populist", "nationalist", "conservative", "socialist", "leftist", "left-wing", "right-wing", "far-right",
  "far-left", "centrist", "liberal", "communist", "reformist", "hardline", "hard-line", "autocratic", "authoritarian",
  "veteran", "embattled", "beleaguered", "reclusive", "outspoken", "firebrand", "maverick", "combative", "long-serving",
  "longtime", "long-time", "visiting", "ailing", "elderly",
]);

/** Titles of a crown or a see, which a description gives no one who does not wear it (`the King` is no prime minister). */
export const CROWNED_TITLES: ReadonlySet<string> = new Set([
  "king", "queen", "emperor", "empress", "emir", "amir", "sultan", "monarch", "pope", "crown prince", "prince", "princess",
  "grand duke", "shah", "yang di-pertuan agong",
]);

/** Words of party that stand before a name as a title does (`ranking Democrat Elijah Cummings`, `Tory MP …`). */
export const PARTY_WORDS: ReadonlySet<string> = new Set(["democrat", "republican", "democratic", "gop", "tory", "labour"]);

/** Offices only one country has, which name it (`Taoiseach Simon Harris` acts for Ireland). */
export const OFFICE_COUNTRIES: Readonly<Record<string, string>> = wordTable({
  taoiseach: "Ireland", "tánaiste": "Ireland", tanaiste: "Ireland", "bundeskanzler": "Germany", lyonchhen: "Bhutan", lyonchhoen: "Bhutan", lyonchoen: "Bhutan", lyonpo: "Bhutan",
});

/** A party's members named as a group (`Democrats said`, `Virginia Democrats`): never part of a personal name. */
export const PARTY_GROUPS: ReadonlySet<string> = new Set([
  "democrats", "republicans", "tories", "conservatives", "liberals", "socialists", "communists", "greens", "independents",
  "democratic", "republican",
  // (And a party's members of a parliament: `Labour MPs`, `Tory MEPs`.)
  "mps", "meps",
]);

/** A party's adjectives before a group of its members (`Labour MPs`, `Republican senators`), lower case. */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set([
  "labour", "tory", "conservative", "liberal", "democratic", "republican", "gop", "socialist", "green", "snp",
]);

/** Courtesy titles that stand before a name and are left out of the canonical name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "madame", "prof", "gen", "sen", "rep", "gov", "lt", "col",
  "capt", "adm", "sgt", "rev", "hon", "president", "premier", "chancellor", "minister", "secretary", "ambassador",
  "king", "queen", "prince", "princess", "emir", "sheikh", "shaikh", "sheik", "chairman", "governor", "senator", "general", "speaker",
  "mayor", "pope", "judge", "justice", "director", "commissioner", "professor", "spokesman", "spokeswoman",
  // Courtesy titles of South and Southeast Asia and the Gulf (`Shri Narendra Modi`, `Datuk Seri Anwar Ibrahim`,
  // `Dato' Seri Utama`, `Sayyid Fahd bin Mahmoud Al Said`, the Malay royal `Tengku Datuk Seri Zafrul Abdul Aziz`), and
  // Shia clerics' ranks (`Ayatollah Raisi`, `Hojatoleslam Rouhani`).
  "shri", "smt", "shrimati", "datuk", "dato", "datin", "seri", "utama", "tun", "tengku", "tunku", "sheikha", "shaikha", "sayyid", "seyyed", "seyed", "h.e", "ayatollah", "hojatoleslam",
  // (The Gulf press's His Highness and His Royal Highness in capitals: `HH the Amir Sheikh Tamim`, `HRH Prince …`.)
  "hh", "hrh",
  // (One who made the pilgrimage, as the Malay press styles its rulers: `Sultan Haji Hassanal Bolkiah`; and the
  // Taliban's clerics' ranks, `Mawlawi Amir Khan Muttaqi`, `Mullah Mohammad Hassan Akhund`.)
  "haji", "hajah", "hajjah", "mawlawi", "mullah", "maulana", "mufti",
  // (Peers, styled so in the British press: `Baroness Morgan`, `Lord Cameron`.)
  "baroness", "lord",
  // (Cambodia's honorifics, before its prime minister's name: `Samdech Thipadei Hun Manet`, `Samdech Techo Hun Sen`.)
  "samdech", "thipadei", "techo",
]);

/** Offices written as an abbreviation before a name, to the office (`Sen. Lindsey Graham` is a senator). */
export const OFFICE_ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
  sen: "Senator", rep: "Representative", gov: "Governor", amb: "Ambassador",
});

/** Courtesy titles that tell a person's sex (`Mrs. Clinton`, `Mr. Trump`), lower case, without their stop. */
export const COURTESY_GENDERS: Readonly<Record<string, "m" | "f">> = wordTable({ mr: "m", mrs: "f", ms: "f", miss: "f" });

/** Courtesy titles that never end a body's name or an office (`Mr`, `H.E.`, `Shri`), unlike `Justice` or `General`. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "h.e", "shri", "smt", "shrimati", "datuk", "dato", "tun", "sayyid"]);

/** Personal pronouns that can stand for a speaker, with the gender they imply. */
export const SPEAKER_PRONOUNS: Readonly<Record<string, "m" | "f" | "p">> = wordTable({
  he: "m", him: "m", his: "m", she: "f", her: "f", hers: "f", they: "p", them: "p", their: "p",
});

/**
 * Portfolios and ranks written in lower case before an office (`Italy's finance minister`, `Labour's shadow home
 * secretary`): words of the title, where they stand before a role noun or another such word.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  "foreign", "home", "interior", "finance", "defence", "defense", "trade", "economy", "economic", "health", "justice",
  "energy", "education", "agriculture", "environment", "transport", "labour", "labor", "culture", "digital", "treasury",
  "industry", "security", "development", "shadow", "deputy", "junior", "senior", "state", "cabinet", "foreign-affairs",
  "special", "chief", "top", "presidential", "commerce", "business", "investment", "tourism", "housing", "climate",
  "information", "communications", "planning", "mines", "fisheries", "youth", "affairs",
  // (The services a chief heads: `intelligence chief Ibrahim Kalin`, `army chief Asim Munir`.)
  "intelligence", "spy", "army", "military", "police", "navy",
  // (South Africa's foreign ministry: `International Relations and Cooperation Minister Ronald Lamola`.)
  "international", "relations", "cooperation",
  // (The body an officer speaks for: `Chinese foreign ministry spokesperson Wang Wenbin`, `state department spokesman`.)
  "ministry", "department", "embassy", "government", "party",
]);

/** Words before `leader` that make it no state's (`indigenous leader`, `opposition leader`, `local GOP leader`; a
 * `Republican president` is still one). */
export const NON_STATE_LEADERSHIP: ReadonlySet<string> = new Set([
  "indigenous", "opposition", "tribal", "community", "religious", "spiritual", "union", "rebel", "militia", "business",
  "civic", "student", "protest", "church", "faith", "majority", "minority", "local", "gop", "democratic", "republican",
  "separatist", "insurgent", "movement", "group", "party", "conservative", "labour", "labor", "tory", "liberal", "green",
  "socialist", "nationalist", "populist", "far-right", "far-left", "reform",
]);

/**
 * Words of a body of research (`the Center for Central Asian Studies`, `the Carnegie Endowment`): whoever directs or
 * heads one speaks as an expert (`the analyst said`), not as an official.
 */
export const RESEARCH_BODY_WORDS: ReadonlySet<string> = new Set([
  "center", "centre", "institute", "studies", "research", "think-tank", "tank", "endowment", "university", "academy", "school", "college", "laboratory",
]);

/** Participles of taking an office (`was elected chairperson`, `is named envoy`). */
export const APPOINTING_PARTICIPLES: ReadonlySet<string> = new Set(["elected", "re-elected", "named", "appointed", "chosen", "nominated"]);

/** Words of tenure before an office (`outgoing president`, `interim prime minister`, `former prime minister`). */
export const TENURE_WORDS: ReadonlySet<string> = new Set(["outgoing", "incoming", "acting", "interim", "caretaker", "new", "former", "ex", "erstwhile", "onetime", "one-time", "ousted", "deposed"]);
/** Those of them that say the office is held no longer (`ousted prime minister Sheikh Hasina`). */
export const PAST_TENURE_WORDS: ReadonlySet<string> = new Set(["former", "ex", "erstwhile", "onetime", "one-time", "ousted", "deposed"]);
