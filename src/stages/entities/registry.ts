import { PATTERNS } from "../../text/patterns.js";
import { BODIES, BODY_AFFILIATIONS } from "../../lexicon/organizations.js";
import { FORMER_WORDS } from "../../lexicon/meetings.js";
import { FAMILY_NAMES_FIRST, NAME_PARTICLES } from "../../lexicon/first-names.js";
import { NON_STATE_LEADERSHIP, OFFICE_COUNTRIES, RESEARCH_BODY_WORDS, ROLE_CLASSES } from "../../lexicon/roles.js";
import { MAX_COUNTRY_WORDS } from "../../lexicon/places.js";
import type { Lexicon, LexiconPerson } from "../../lexicon/compile.js";
import type { Span } from "../../model/span.js";
import type { Mention, PersonDraft } from "../../pipeline/state.js";
import { givenNameVariant, isVariant } from "./names.js";
import { foldName } from "../../text/fold.js";

/** Longest all-capitals word read as an acronym (`NSA`, `EAM`, `UNGA`), not an office set in capitals (`PRESIDENT`). */
export const MAX_ACRONYM = 5;

/** Builds the people of one report and the mentions that point at them. */
export class PeopleRegistry {
  readonly people: PersonDraft[] = [];
  readonly mentions: Mention[] = [];
  readonly #byKnown = new Map<LexiconPerson, PersonDraft>();
  /** Known people the text has named in full, whose spelling of the name stands (the first one the text gives). */
  readonly #namedByText = new Set<PersonDraft>();
  /** One-word name forms (folded, and their stems) to the people they name. */
  readonly #surnames = new Map<string, PersonDraft[]>();
  /** Names and aliases, lower case, to the first person that bears them: a look-up, not a scan of everyone. */
  readonly #byName = new Map<string, PersonDraft>();
  /** Creation order, so that a look-up through the indexes answers as a scan in order would. */
  readonly #order = new Map<PersonDraft, number>();

  constructor(private readonly lexicon: Lexicon) {}

  /**
   * The person of `name`, created when new. `inFull`: the text names them in full here (not by a surname or a title
   * and surname alone), so the first such spelling stands as their name.
   */
  personForName(name: string, known: LexiconPerson | undefined, inFull = true): PersonDraft {
    // (A Russian patronymic or a middle name is no part of the name the report is known by: `Vladimir Vladimirovich
    // Putin` is Vladimir Putin, `William Samoei Ruto` William Ruto, the full form an alias.)
    if (known !== undefined && name !== known.name && withoutMiddleName(name) === known.name) {
      const person = this.personForName(known.name, known, inFull);
      this.addAlias(person, name);
      return person;
    }
    if (known !== undefined) {
      const existing = this.#byKnown.get(known);
      if (existing !== undefined) {
        // (A full name longer than the one met first, or the text's own spelling of a name first met by its surname
        // alone: `Lavrov and Rubio hold talks` over `Russian Foreign Minister Sergei Lavrov`.)
        const longer = wordCount(name) > wordCount(existing.name);
        const ownSpelling = inFull && !this.#namedByText.has(existing) && wordCount(name) === wordCount(existing.name) && wordCount(name) >= 2 && name !== name.toUpperCase() && name !== existing.name;
        if ((longer || ownSpelling) && !known.fromCaller && sameSurname(name, existing.name)) {
          this.addAlias(existing, existing.name);
          existing.name = name;
          this.#indexName(existing, name);
        }
        if (inFull && wordCount(name) >= 2 && sameSurname(name, existing.name)) this.#namedByText.add(existing);
        return existing;
      }
      // A known alias that opens with a title (`King Charles`) names the person by the gazetteer's name (`Charles III`).
      const titled = this.lexicon.roleWords.has(name.split(" ")[0]?.toLowerCase() ?? "") && known.aliases.some((a) => a.toLowerCase() === name.toLowerCase());
      // The text's own spelling of the name (`Aleksandr Lukashenko`, `Viktor Orbán`, `Ferdinand Romualdez Marcos Jr.`),
      // not an alias without the surname (`Vladimir Vladimirovich` is Vladimir Putin) nor a name in capitals.
      const ownSpelling = wordCount(name) >= 2 && sameSurname(name, known.name) && name !== name.toUpperCase();
      const person = this.#create(known.fromCaller || titled || !ownSpelling ? known.name : name, known);
      this.#byKnown.set(known, person);
      if (ownSpelling && inFull) this.#namedByText.add(person);
      // (A full name in another transliteration, `Emomali Rakhmon` for `Emomali Rahmon`, stays an alias, so that its
      // surname alone names the person later.)
      if (inFull && wordCount(name) >= 2 && !sameSurname(name, known.name) && name !== name.toUpperCase() && !titled) this.addAlias(person, name);
      return person;
    }
    const found = this.findByName(name);
    if (found !== undefined) return found;
    return this.#create(name, undefined);
  }

  /** True when the gazetteer's person has been met in the text. */
  hasKnown(known: LexiconPerson): boolean {
    return this.#byKnown.has(known);
  }

  /** A person already in the registry whose name, alias or surname matches. */
  findByName(name: string): PersonDraft | undefined {
    const lower = name.toLowerCase();
    const exact = this.#byName.get(lower);
    if (exact !== undefined) return exact;
    // (An initial glued to the surname by its stop, as Mongolian and Kazakh agencies write it: `U.Khurelsukh` after
    // `Ukhnaagiin Khurelsukh`.)
    const glued = gluedInitial(name);
    const words = glued ? [name.slice(0, 1), name.slice(2)] : name.split(" ");
    if (words.length < 2) return undefined;
    // (A headline's `President Khurelsukh` before the lead's `U.Khurelsukh`: the surname alone met first.)
    if (glued) {
      const alone = this.#byName.get((words[1] ?? "").toLowerCase());
      if (alone !== undefined && !alone.name.includes(" ")) return alone;
    }
    // (`John Lee Ka-chiu` after `John Lee`: a Cantonese given name after the English one and the surname, and the
    // other way round.)
    if (words.length >= 3 && PATTERNS.hyphenedGivenName.test(words.at(-1) ?? "")) {
      const short = this.#byName.get(words.slice(0, -1).join(" ").toLowerCase());
      if (short !== undefined) return short;
    }
    // Only people whose surname could be a variant of this one's are compared: those the surname index holds under
    // its folded form or stem (as `findBySurname` looks them up), the first created winning.
    const candidates = this.#surnameCandidates(words.at(-1) ?? "");
    const extended = this.#first(candidates.filter((p) => p.name.toLowerCase().startsWith(`${lower} `) && wordCount(p.name) === words.length + 1 && PATTERNS.hyphenedGivenName.test(p.name.slice(p.name.lastIndexOf(" ") + 1))));
    if (extended !== undefined) return extended;
    // `De Wever` after `Bart De Wever`, `Suu Kyi` after `Aung San Suu Kyi`: a family name with its particle, or the
    // last words of a longer full name met before.
    if (NAME_PARTICLES.has(words[0]?.toLowerCase() ?? "") || candidates.some((p) => wordCount(p.name) > words.length)) {
      const tail = ` ${lower}`;
      const full = this.#first(candidates.filter((p) => p.name.toLowerCase().endsWith(tail)));
      if (full !== undefined) return full;
    }
    const given = words[0] ?? "";
    const run = givenRun(words);
    return this.#first(
      candidates.filter((p) => {
        const pw = p.name.split(" ");
        const sameGiven = pw[0]?.toLowerCase() === given.toLowerCase() || givenNameVariant(pw[0] ?? "", given) || (given.length === 1 && pw[0]?.startsWith(given) === true) || (run !== "" && givenRun(pw) === run);
        return pw.length >= 2 && sameGiven && isVariant(pw.at(-1) ?? "", words.at(-1) ?? "");
      }),
    );
  }

  /** People indexed under the folded form of `word` or its stem: every one whose surname may be its variant. */
  #surnameCandidates(word: string): PersonDraft[] {
    const out: PersonDraft[] = [];
    for (const key of surnameKeys(word)) for (const p of this.#surnames.get(key) ?? []) if (!out.includes(p)) out.push(p);
    return out;
  }

  /** The earliest created of `people`. */
  #first(people: readonly PersonDraft[]): PersonDraft | undefined {
    let best: PersonDraft | undefined;
    for (const p of people) if (best === undefined || (this.#order.get(p) ?? 0) < (this.#order.get(best) ?? 0)) best = p;
    return best;
  }

  #indexName(person: PersonDraft, name: string): void {
    const key = name.toLowerCase();
    const holder = this.#byName.get(key);
    if (holder === undefined || (this.#order.get(person) ?? 0) < (this.#order.get(holder) ?? 0)) this.#byName.set(key, person);
  }

  /**
   * `Abiy` for `Abiy Ahmed` (as Ethiopian usage names him): each folded given name to the one full name it begins,
   * or null when it begins several.
   */
  givenNames(): Map<string, PersonDraft | null> {
    const candidates = new Map<string, PersonDraft[]>();
    for (const p of this.people) {
      // Written variants count too: `Mohamed` begins `Mohamed bin Zayed` as well as `Mohamed El-Shenawy`.
      for (const name of [p.name, ...p.aliases]) {
        // (Not a given name and patronymic, which points to the full name that begins as it does.)
        if (!name.includes(" ") || PATTERNS.patronymic.test(name)) continue;
        const given = foldName(name.split(" ")[0] ?? "");
        const list = candidates.get(given) ?? [];
        if (!list.includes(p)) list.push(p);
        candidates.set(given, list);
      }
    }
    // (Of several, the one leader the gazetteer knows: `Sheikh Mohamed's third visit` is Mohamed bin Zayed's, not his
    // host's spokesman Mohamed El-Shenawy's.)
    const known = new Set(this.#byKnown.values());
    const byGivenName = new Map<string, PersonDraft | null>();
    for (const [given, list] of candidates) {
      const gazetteer = list.filter((p) => known.has(p));
      byGivenName.set(given, list.length === 1 ? (list[0] ?? null) : gazetteer.length === 1 ? (gazetteer[0] ?? null) : null);
    }
    return byGivenName;
  }

  /**
   * A one-word person met before the full name it belongs to (`Putin, Kim pledge …` in a headline, then
   * `Kim Jong Un`) joins that person: its mentions, aliases and roles move over, and ids are renumbered.
   */
  mergeLoneSurnames(): void {
    const into = new Map<string, PersonDraft>();
    const byGivenName = this.givenNames();
    // Read at the first name in capitals that may be initials: most texts have none.
    let byInitials: Map<string, PersonDraft | null> | undefined;
    for (const lone of this.people) {
      // (So does a given name and patronymic, as a Russian speaker addresses a guest: `dear Ilham Heydarovich`.)
      const words = lone.name.split(" ");
      if (words.length === 2 && PATTERNS.patronymic.test(words[1] ?? "")) {
        const addressed = byGivenName.get(foldName(words[0] ?? ""));
        if (addressed != null && addressed !== lone) this.#mergeInto(into, lone, addressed);
        continue;
      }
      if (lone.name.includes(" ")) continue;
      // (Or the initials of one, as the press writes a leader's: `President AKD` for Anura Kumara Dissanayake, `AMLO`.)
      const full = this.findBySurname(lone.name, (p) => p !== lone && p.name.includes(" ")) ?? byGivenName.get(foldName(lone.name)) ?? (spellsInitials(lone.name) ? (byInitials ??= this.#initials()).get(lone.name) : undefined) ?? undefined;
      if (full !== undefined) this.#mergeInto(into, lone, full);
    }
    if (into.size === 0) return;
    const kept = this.people.filter((p) => !into.has(p.id));
    const renamed = new Map<string, string>();
    for (const [k, p] of kept.entries()) renamed.set(p.id, `p${String(k + 1)}`);
    for (const m of this.mentions) {
      if (m.personId === null) continue;
      const target = into.get(m.personId);
      if (target !== undefined) {
        m.personId = target.id;
        m.name = target.name;
      }
      m.personId = renamed.get(m.personId) ?? m.personId;
    }
    for (const p of kept) p.id = renamed.get(p.id) ?? p.id;
    this.people.splice(0, this.people.length, ...kept);
    // The merged lone names are gone: index the people that remain afresh.
    this.#byName.clear();
    this.#order.clear();
    for (const [k, p] of kept.entries()) this.#order.set(p, k);
    for (const p of kept) for (const n of [p.name, ...p.aliases]) this.#indexName(p, n);
  }

  /** Moves a person's mentions, name and roles over to `full`, recording the move in `into`. */
  #mergeInto(into: Map<string, PersonDraft>, lone: PersonDraft, full: PersonDraft): void {
    into.set(lone.id, full);
    full.mentions.push(...lone.mentions);
    full.mentions.sort((a, b) => a.start - b.start);
    this.addAlias(full, lone.name);
    for (const role of lone.roles) this.addRole(full, role);
  }

  /** Each person of several words by their initials in capitals (`AKD`, `MBS`), or null when several share them. */
  #initials(): Map<string, PersonDraft | null> {
    const byInitials = new Map<string, PersonDraft | null>();
    for (const p of this.people) {
      if (!p.name.includes(" ")) continue;
      const initials = p.name.split(" ").map((w) => w[0] ?? "").join("").toUpperCase();
      byInitials.set(initials, byInitials.has(initials) ? null : p);
    }
    return byInitials;
  }

  /**
   * The person a single surname-like word refers to, if any. When two share the surname, the one named more often
   * wins (`timesNamed`: by default every mention so far), then the one named first.
   */
  findBySurname(word: string, accept: (p: PersonDraft) => boolean = () => true, timesNamed: (p: PersonDraft) => number = (p) => p.mentions.length): PersonDraft | undefined {
    let best: PersonDraft | undefined;
    for (const p of this.#surnameCandidates(word)) {
      if (!accept(p)) continue;
      const candidates = [...surnameForms(p.name), ...p.aliases.flatMap(aliasSurnames)];
      if (!candidates.some((c) => !c.includes(" ") && isVariant(c, word))) continue;
      if (best === undefined || timesNamed(p) > timesNamed(best) || (timesNamed(p) === timesNamed(best) && firstMention(p) < firstMention(best))) best = p;
    }
    return best;
  }

  /** Files a one-word name form under its folded form and its stem, so that variants meet in one look-up. */
  #indexSurname(person: PersonDraft, form: string): void {
    if (form.includes(" ")) return;
    for (const key of surnameKeys(form)) {
      const list = this.#surnames.get(key) ?? [];
      if (!list.includes(person)) list.push(person);
      this.#surnames.set(key, list);
    }
  }

  addMention(person: PersonDraft, span: Span, via: Mention["via"]): void {
    // One object serves both lists: a person's mentions read only its offsets, which never change.
    const mention: Mention = { start: span.start, end: span.end, personId: person.id, name: person.name, via };
    person.mentions.push(mention);
    this.mentions.push(mention);
  }

  addAlias(person: PersonDraft, alias: string): void {
    if (alias !== person.name && !person.aliases.includes(alias)) person.aliases.push(alias);
    this.#indexName(person, alias);
    // (A full name in the text's own transliteration, `Kassym-Zhomart Tokaev`, lends its surname: `Tokaev said`.)
    for (const form of aliasSurnames(alias)) this.#indexSurname(person, form);
  }

  addRole(person: PersonDraft, role: string): void {
    const clean = this.#undropped(role.trim());
    if (clean.length === 0 || person.roles.some((r) => r.toLowerCase() === clean.toLowerCase())) return;
    person.roles.push(clean);
    // (An office once held makes no leader or minister of its holder now: `former Bahamian prime minister`, `Kenya's
    // former prime minister`.)
    const former = clean.split(/* words */ " ").some((w) => FORMER_WORDS.has(w.toLowerCase()));
    if (!former) for (const cls of roleClassesOf(clean, this.lexicon)) person.roleClasses.add(cls);
    // (A country the text gives beats a body the gazetteer gives: `Dutch Prime Minister Mark Rutte` in a report from
    // before he led NATO; not an office once held, `former Dutch prime minister`.)
    if (person.country === null || (BODIES.has(person.country) && !former)) {
      const stated = countryOf(clean, this.lexicon);
      if (person.country === null || (stated !== null && !BODIES.has(stated))) person.country = stated;
    }
  }

  /**
   * A name or office whose first word a paper sets in capitals to open its story (`JOHN Swinney has urged …`, `PRIME
   * Minister James Marape`), as the words are: `John Swinney`, `Prime Minister`. Only a given name or an office's word:
   * an acronym stays (`UAE President`, `NSA`).
   */
  #undropped(text: string): string {
    const space = text.indexOf(" ");
    // (A word of office alone too, longer than an acronym: `PRESIDENT Hakainde Hichilema`'s `PRESIDENT`.)
    const first = space < 0 ? (text.length > MAX_ACRONYM ? text : "") : text.slice(0, space);
    const rest = space < 0 ? "" : text.slice(space);
    const lower = first.toLowerCase();
    if (first.length < 2 || first !== first.toUpperCase() || (space >= 0 && rest === rest.toUpperCase()) || !(this.lexicon.roleWords.has(lower) || this.lexicon.firstNames.has(lower))) return text;
    return `${first[0] ?? ""}${lower.slice(1)}${rest}`;
  }

  #create(written: string, known: LexiconPerson | undefined): PersonDraft {
    const name = this.#undropped(written);
    const first = name.split(" ")[0]?.toLowerCase() ?? "";
    const person: PersonDraft = {
      id: `p${String(this.people.length + 1)}`,
      name,
      aliases: [],
      descriptors: [...(known?.descriptors ?? [])],
      roles: [],
      country: known?.country ?? null,
      // `António`, `Zoë`: the given-names lexicon is written without accents.
      gender: known?.gender ?? this.lexicon.firstNames.get(first) ?? this.lexicon.firstNames.get(foldName(first)) ?? null,
      mentions: [],
      roleClasses: new Set(),
      age: null,
    };
    this.#order.set(person, this.people.length);
    this.people.push(person);
    this.#indexName(person, name);
    for (const form of surnameForms(name)) this.#indexSurname(person, form);
    if (known !== undefined) {
      for (const role of known.roles) this.addRole(person, role);
      if (known.name !== name) this.addAlias(person, known.name);
      // `Xi` for Xi Jinping: a known one-word alias finds the person when it stands alone later.
      for (const alias of known.aliases) this.#indexSurname(person, alias);
    }
    return person;
  }
}

function wordCount(s: string): number {
  return s.split(" ").length;
}

function sameSurname(a: string, b: string): boolean {
  return isVariant(surnameOf(a), surnameOf(b));
}

/**
 * The one-word forms that name a person alone, the likeliest first: a family name written first (`Li` of
 * `Li Qiang`, `Yoon` of `Yoon Suk Yeol`), then the last word (`Kishida`; `Anderson` of `Lee Anderson`).
 */
export function surnameForms(name: string): string[] {
  // (`U.Khurelsukh`: the surname after an initial glued on by its stop, for a later `President Khurelsukh`.)
  if (gluedInitial(name)) return [name.slice(2)];
  const words = name.split(" ");
  // `Mohammed bin Salman`: the last word after `bin` is the father's name, and `Salman` alone is King Salman.
  // (So does `bin Salman`, an alias of his.)
  if (words.length >= 2 && PATRONYMIC_PARTICLES.has(words.at(-2)?.toLowerCase() ?? "")) return [];
  const first = words[0] ?? "";
  const familyFirst = words.length >= 2 && words.length <= 3 && FAMILY_NAMES_FIRST.has(first.toLowerCase());
  const forms = familyFirst ? [first, surnameOf(name)] : [surnameOf(name)];
  // `Petro` of `Gustavo Petro Urrego`, `Faki` of `Moussa Faki Mahamat`: the middle of three words names the person
  // alone in Spanish and Sahelian usage; not an initial (`George W. Bush`) nor a particle (`Mohamed Ould Ghazouani`).
  const middle = words[1] ?? "";
  if (words.length === 3 && !familyFirst && middle.length > 2 && !middle.endsWith(".") && !NAME_PARTICLES.has(middle.toLowerCase()) && middle !== forms[0]) forms.push(middle);
  return forms;
}

/** The surnames an alias lends its person: a full name's (`Kassym-Zhomart Tokaev`: `Tokaev`), or the one word itself. */
function aliasSurnames(alias: string): string[] {
  return alias.includes(" ") ? surnameForms(alias) : [alias];
}

/**
 * The given names before the family name, run together without particles, hyphens or accents: the same for a
 * transliteration that writes them as one word (`Abdelfattah El Burhan`, `Abdel Fattah al-Burhan`).
 */
function givenRun(words: readonly string[]): string {
  return foldName(words.slice(0, -1).filter((w) => !NAME_PARTICLES.has(w.toLowerCase())).join("")).replaceAll("-", "");
}

/** Most letters of a leader's initials standing for the name (`AMLO`). */
const MAX_INITIALS = 5;

/** True for a name in capitals short enough to be a leader's initials (`AKD`, `MBS`, `AMLO`). */
function spellsInitials(name: string): boolean {
  return name.length >= 2 && name.length <= MAX_INITIALS && name === name.toUpperCase() && PATTERNS.upper.test(name);
}

/** Particles of Arabic names that make the word after them a father's name (`bin`, `ibn`, `bint`). */
const PATRONYMIC_PARTICLES = new Set(["bin", "ibn", "bint"]);

/** The keys a one-word name is filed and looked up under: its folded form, and its stem when long enough to vary. */
function surnameKeys(word: string): string[] {
  const folded = foldName(word);
  return folded.length >= 5 ? [folded, folded.slice(0, -1)] : [folded];
}

/** The last word of a name, suffixes such as `Jr.` aside. */
export function surnameOf(name: string): string {
  const words = name.replace(/* suffix */ ", Jr.", "").split(" ");
  // `Surangel Whipps Jr`, `John G. Roberts Jr.`: the surname is before a generational suffix.
  while (words.length > 2 && NAME_SUFFIXES.has((words.at(-1) ?? "").toLowerCase())) words.pop();
  // `Pope Leo XIV`, `King Charles III`: a regnal number is no surname; the name is.
  if (words.length === 2 && PATTERNS.regnalNumber.test(words[1] ?? "")) words.pop();
  return words.at(-1) ?? name;
}

/** Generational suffixes after a surname. */
const NAME_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** Where a person is first named: mentions are added in reading order within each pass, and sorted between passes. */
function firstMention(p: PersonDraft): number {
  return p.mentions[0]?.start ?? Infinity;
}

/** Role classes named in a role phrase (`spokesman for the Russian president` gives `spokesperson`). */
export function roleClassesOf(role: string, lexicon: Lexicon): string[] {
  // The head of a role phrase is the first role noun; a longer noun at the same place wins (`prime minister` over `minister`).
  const words = role.toLowerCase().split(" ");
  // The search stops at the first noun it knows, so the last one looked up is the head.
  let head = "";
  const cls = firstLongestPhrase(words, MAX_ROLE_WORDS, (gram) => {
    head = gram;
    return lexicon.roleClasses.get(gram);
  });
  // `the head of Belarus` leads a country; `head of the Climate Observatory` only a body; `Chief Adviser of Bangladesh`
  // a government, `chief adviser to the minister` no one.
  if (cls === "leader" && (head === "head" || head === "chief adviser") && countryOf(role, lexicon) === null) return [head === "head" ? "official" : "aide"];
  // `indigenous leader Raoni Metuktire`, `opposition leader Peter Dutton`: a leader of people, no state's; nor is the
  // leader of a body named in capitals that is no country (`Sinn Féin leader Mary Lou McDonald`, `Hamas leader`).
  if (cls === "leader" && head === "leader" && (words.some((w) => NON_STATE_LEADERSHIP.has(w)) || namedBodyLeader(role, lexicon))) return ["official"];
  // `director of the Center for Central Asian Studies`: the head of a body of research is an expert, whatever the
  // title (`president of the Phnom Penh-based Future Forum think tank`).
  if ((cls === "official" || cls === "leader") && words.some((w) => RESEARCH_BODY_WORDS.has(w))) return ["expert"];
  return cls === undefined ? [] : [cls];
}

/** True for `<Name> leader` whose capitalised name is no country's nor a body's of one (`Sinn Féin leader`). */
function namedBodyLeader(role: string, lexicon: Lexicon): boolean {
  const words = role.split(" ");
  const k = words.findIndex((w) => w.toLowerCase() === "leader");
  const before = words[k - 1] ?? "";
  return k > 0 && before !== before.toLowerCase() && countryOf(role, lexicon) === null;
}

/**
 * The value of the first phrase of `words` that `lookup` knows, the longest
 * at each position (`north korean` before `korean`). Look-ups by word
 * n-grams, so the cost does not grow with the lexicon.
 */
function firstLongestPhrase<T>(words: readonly string[], maxWords: number, lookup: (phrase: string) => T | undefined): T | undefined {
  for (let k = 0; k < words.length; k++) {
    for (let n = Math.min(maxWords, words.length - k); n >= 1; n--) {
      const found = lookup(words.slice(k, k + n).join(" "));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Most words in a role noun of the lexicon (`deputy prime minister`). */
const MAX_ROLE_WORDS = Math.max(...Object.keys(ROLE_CLASSES).map((noun) => noun.split(" ").length));

/** The country a role phrase names (`President of Belarus`, `Belarussian political scientist`, `the North Korean leader`). */
export function countryOf(phrase: string, lexicon: Lexicon): string | null {
  const words = phrase.toLowerCase().split(" ").map((w) => (w.endsWith(",") ? w.slice(0, -1) : w));
  const lookup = (gram: string): string | undefined => lexicon.countryByName.get(gram) ?? lexicon.countryByDemonym.get(gram);
  // `a China analyst`, `a Korea expert`: a country named before an expert's noun is the subject, not the allegiance.
  if (words.some((w, k) => lexicon.countryByName.has(w) && lexicon.roleClasses.get(words[k + 1] ?? "") === "expert")) return null;
  // A country as possessor (`Kenya's President`), once names that hold a possessive (`People's Republic`) are tried;
  // first of all when it opens the phrase (`Israel's top official for Lebanon affairs`).
  const possessor = words[0]?.endsWith("'s") || words[0]?.endsWith("’s") ? lookup(withoutPossessive(words[0])) : undefined;
  if (possessor !== undefined) return possessor;
  const named = firstLongestPhrase(words, MAX_COUNTRY_WORDS, lookup) ?? firstLongestPhrase(words.map(withoutPossessive), MAX_COUNTRY_WORDS, lookup);
  if (named !== undefined) return named;
  if (words.includes("kremlin")) return "Russia";
  for (const w of words) {
    const body = BODY_AFFILIATIONS[withoutPossessive(w)] ?? OFFICE_COUNTRIES[w];
    if (body !== undefined) return body;
  }
  if (phrase.toLowerCase().includes("white house")) return "United States";
  return null;
}

function withoutPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word;
}

/** True for a name of one word made of an initial, its stop and a surname (`U.Khurelsukh`, `K.Tokayev`). */
export function gluedInitial(name: string): boolean {
  return name.length > 3 && name[1] === "." && !name.includes(" ") && PATTERNS.upper.test(name[0] ?? "") && PATTERNS.upper.test(name[2] ?? "");
}

/** A name of three words without its middle one (`Vladimir Vladimirovich Putin` → `Vladimir Putin`), else the name. */
function withoutMiddleName(name: string): string {
  const words = name.split(" ");
  return words.length === 3 ? `${words[0] ?? ""} ${words[2] ?? ""}` : name;
}
