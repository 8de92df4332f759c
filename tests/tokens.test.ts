import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, inComingClause, tokenize } from "../src/text/tokens.js";
import { foldMarkup } from "../src/stages/normalise/index.js";
import { regularForms } from "../src/lexicon/inflect.js";
import { extractQuotes, parseReport } from "../src/index.js";
import { KNOWN_PEOPLE } from "../src/lexicon/people.js";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "../src/lexicon/first-names.js";
import { CITIES_BY_COUNTRY, COUNTRIES } from "../src/lexicon/places.js";

// The tokenizer is a hand-written scanner for speed. Its definition is this regular expression (a word of
// letters and digits joined across inner apostrophes, hyphens and dots, or any other non-space character),
// with the parser's notion of white space (zero-width and next-line characters count as space), and the
// possessive `'s` split off. The test holds the scanner to the definition on generated text.
const DEFINITION = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\u200b\u0085]/gu;

function byDefinition(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const start = m.index;
    const word = /^[\p{L}\p{N}]/u.test(m[0]);
    const cut = m[0].length - 2;
    if (word && cut > 0 && /^['’][sS]$/u.test(m[0].slice(cut))) {
      out.push([start, start + cut, "word"], [start + cut, start + m[0].length, "word"]);
    } else {
      out.push([start, start + m[0].length, word ? "word" : "punct"]);
    }
  }
  return out;
}

const PIECES = ["a", "Z", "7", "é", "Ω", "𝐀", "😀", "\ud800", "\udc00", "'", "’", "-", ".", "'s", "’S", " ", "\n", "\u200b", "\u00a0", "\u2028", ",", "\""];

/** Text of the tokenizer's hard cases (joiners, possessives, odd spaces, surrogates) and of any code units at all. */
const TEXT = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join("")),
  fc.string({ unit: "binary", maxLength: 120 }),
);

describe("tokenize", () => {
  it("splits text as its definition does, surrogate pairs and lone surrogates included", () => {
    fc.assert(
      fc.property(TEXT, (t) => {
        expect(tokenize(t).map((k) => [k.start, k.end, k.kind])).toEqual(byDefinition(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("counts words as it splits them, without making the tokens", () => {
    fc.assert(
      fc.property(TEXT, (t) => {
        expect(countWords(t)).toBe(tokenize(t).filter((k) => k.kind === "word").length);
      }),
      { numRuns: 2000 },
    );
    expect(countWords("U.S. officials met O’Malley’s team")).toBe(6);
  });

  it("reads words, possessives, line breaks and capitals", () => {
    const tokens = tokenize("U.S. officials met O’Malley’s team\nin the three-day talks 😀");
    expect(tokens.map((t) => t.text)).toEqual(["U.S", ".", "officials", "met", "O’Malley", "’s", "team", "in", "the", "three-day", "talks", "😀"]);
    expect(tokens.filter((t) => t.newLine).map((t) => t.text)).toEqual(["in"]);
    expect(tokens.filter((t) => t.capitalized).map((t) => t.text)).toEqual(["U.S", "O’Malley"]);
    expect(tokens.get(tokens.length - 1)?.kind).toBe("punct");
  });

  it("reads a token by index as an array would, and finds one by offset", () => {
    // The list holds numbers and makes tokens when asked: outside it there is none, as outside an array.
    const tokens = tokenize("Putin met Lukashenko in Sochi.");
    expect([tokens.get(-1), tokens.get(tokens.length), tokens.get(1.5)]).toEqual([undefined, undefined, undefined]);
    expect(tokens.slice(1, 3).map((t) => t.text)).toEqual(["met", "Lukashenko"]);
    // A slice reads its bounds as an array's does.
    const texts = tokens.map((t) => t.text);
    for (const [from, to] of [[-3, -1], [-100, 2], [4, 100], [3, 1]] as const) expect(tokens.slice(from, to).map((t) => t.text)).toEqual(texts.slice(from, to));
    // The first token starting at or after an offset: `Lukashenko` from inside `met`.
    expect(tokens.get(tokens.indexAt(7))?.text).toBe("Lukashenko");
    expect(tokens.indexAt(1000)).toBe(tokens.length);
  });

  it("keeps each token's own facts where tokens share a spelling", () => {
    // Tokens of one word share one spelling object; the line break belongs to the token, not to the word.
    const tokens = tokenize("talks\ntalks talks, TRUMP'S talks\n,");
    expect(tokens.map((t) => [t.text, t.lower, t.start, t.end, t.newLine, t.capitalized, t.kind])).toEqual([
      ["talks", "talks", 0, 5, false, false, "word"],
      ["talks", "talks", 6, 11, true, false, "word"],
      ["talks", "talks", 12, 17, false, false, "word"],
      [",", ",", 17, 18, false, false, "punct"],
      ["TRUMP", "trump", 19, 24, false, true, "word"],
      ["'S", "'s", 24, 26, false, true, "word"],
      ["talks", "talks", 27, 32, false, false, "word"],
      [",", ",", 33, 34, true, false, "punct"],
    ]);
  });
});

describe("clauses of what is still to come", () => {
  // The index of the first token that spells `word`.
  const at = (tokens: ReturnType<typeof tokenize>, word: string): number => tokens.map((t) => t.text).indexOf(word);

  it("reads `before` or `until` with a named subject and its verb in the present, and no noun in the plural", () => {
    const coming = tokenize("their last meeting before President-elect Donald Trump returns to the White House");
    expect([at(coming, "Trump"), at(coming, "White")].map((i) => inComingClause(coming, i))).toEqual([true, true]);
    expect(inComingClause(coming, at(coming, "meeting"))).toBe(false);
    const pronoun = tokenize("talks until he leaves for Brazil");
    expect(inComingClause(pronoun, at(pronoun, "Brazil"))).toBe(true);
    // (`leaders` after a capitalised word is a noun when a determiner opens the phrase: no subject and verb.)
    const noun = tokenize("met on Saturday before the APEC leaders talks in Lima");
    expect(inComingClause(noun, at(noun, "Lima"))).toBe(false);
  });
});

describe("regular verb forms for the cue lexicon", () => {
  it("inflects -y after a consonant, sibilants and a final -e, and leaves out -ing when asked", () => {
    expect(regularForms("reply", true)).toEqual(["reply", "replies", "replied", "replying"]);
    expect(regularForms("stress", true)).toEqual(["stress", "stresses", "stressed", "stressing"]);
    expect(regularForms("note", true)).toEqual(["note", "notes", "noted", "noting"]);
    expect(regularForms("agree", true)).toEqual(["agree", "agrees", "agreed", "agreeing"]);
    expect(regularForms("convey", false)).toEqual(["convey", "conveys", "conveyed"]);
  });

  it("gives the parser the generated forms as cues", () => {
    const text = 'Hannah Schmidt met Olaf Weber. "It is done," she replied. "Enough," stressed Olaf Weber.';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.cue === null ? null : text.slice(q.cue.start, q.cue.end)])).toEqual([
      ["Hannah Schmidt", "replied"],
      ["Olaf Weber", "stressed"],
    ]);
  });
});

describe("gazetteer data", () => {
  it("gives each known person's name and alias to one person only, and every city list a country", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const person of KNOWN_PEOPLE) {
      for (const key of [person.name, ...person.aliases].map((n) => n.toLowerCase())) {
        const owner = owners.get(key);
        if (owner !== undefined && owner !== person.name) clashes.push(`${key}: ${owner} / ${person.name}`);
        owners.set(key, person.name);
      }
    }
    expect(clashes).toEqual([]);
    const countries = new Set(COUNTRIES.map(([name]) => name));
    // The empty key holds regions, which belong to no country.
    expect(Object.keys(CITIES_BY_COUNTRY).filter((c) => c !== "" && !countries.has(c))).toEqual([]);
  });

  it("lists each given name once", () => {
    for (const names of [MALE_FIRST_NAMES, FEMALE_FIRST_NAMES]) expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("reads a place with a lower-case word inside its name (`Dar es Salaam`) and places the meeting there", () => {
    const report = parseReport("Leaders of SADC and the EAC met in Dar es Salaam, Tanzania, on Saturday.", { referenceDate: "2025-02-08" });
    expect(report.summit.location).toBe("Dar es Salaam");
  });
});

describe("hard-wrapped prose", () => {
  const paragraphs = [
    "Trump tells Zelenskyy a deal is closer than ever",
    "WASHINGTON (AP) — President Donald Trump said Monday that he would begin arranging a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy, after hosting the Ukrainian leader and seven European leaders at the White House.",
    "French President Emmanuel Macron, British Prime Minister Keir Starmer, NATO Secretary-General Mark Rutte and European Commission President Ursula von der Leyen also attended.",
  ];
  // Wrapped at 56 columns, as a PDF column or an e-mail breaks its lines: inside names and titles.
  const wrap = (text: string, width: number): string => {
    const lines: string[] = [];
    let line = "";
    for (const word of text.split(" ")) {
      if (line !== "" && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === "" ? word : `${line} ${word}`;
    }
    return [...lines, line].join("\n");
  };
  const flat = paragraphs.join("\n\n");
  const wrapped = paragraphs.map((p) => wrap(p, 56)).join("\n\n");

  it("reads the same people, roles and summit as the unwrapped text, offsets kept", () => {
    expect(wrapped).toContain("Prime Minister\nKeir Starmer");
    const a = parseReport(flat, { referenceDate: "2025-08-18" });
    const b = parseReport(wrapped, { referenceDate: "2025-08-18" });
    expect(b.people.map((p) => [p.name, p.roles])).toEqual(a.people.map((p) => [p.name, p.roles]));
    expect(b.summit).toEqual({ ...a.summit, evidence: b.summit.evidence });
    for (const p of b.people) for (const m of p.mentions) expect(wrapped.slice(m.start, m.end).replace(/\s+/g, " ")).not.toBe("");
  });

  it("keeps the lines of a list, of speakers' turns and of one-line paragraphs apart", () => {
    const turns = "PUTIN: We have had a long and useful conversation about all the matters at hand today.\nXI: We agree with our Russian friends on the main questions that were raised here.";
    expect(parseReport(turns).quotes.map((q) => q.speaker?.name)).toEqual(["Vladimir Putin", "Xi Jinping"]);
    const lines = "The leaders met in Geneva on Monday and talked for more than four hours in all.\nThey agreed to meet again in the spring, officials from both delegations said.";
    expect(parseReport(lines).sentences.length).toBe(2);
  });

  it("ends no sentence at initials joined by stops inside a name after a title, and still at an article after them", () => {
    const name = "Later in the day, Xi met with Nepali Prime Minister K.P. Sharma Oli and Egyptian Prime Minister Mostafa Madbouly.";
    expect(parseReport(name).sentences.length).toBe(1);
    expect(parseReport("The speech was drafted by Minister A.B. The White House said nothing.").sentences.length).toBe(2);
  });

  it("reads a name that opens on an abbreviated given name whole, in one sentence, and still ends one at a surname's stop", () => {
    const text = "Prabowo arrived on Monday night and was welcomed by Foreign Affairs Secretary Ma. Theresa Lazaro. Foreign Adviser Md. Touhid Hossain met him too.";
    const report = parseReport(text, { referenceDate: "2025-08-13" });
    expect(report.sentences.length).toBe(2);
    expect(report.people.map((p) => p.name)).toEqual(["Prabowo Subianto", "Ma. Theresa Lazaro", "Md. Touhid Hossain"]);
    expect(report.timeline[0]?.participants.map((id) => report.people.find((p) => p.id === id)?.name)).toEqual(["Prabowo Subianto", "Ma. Theresa Lazaro"]);
    expect(parseReport("He met Jack Ma. He said it went well.").sentences.length).toBe(2);
  });
});

describe("Markdown markup", () => {
  it("blanks headings, quotation marks at a line's start, paired emphasis and links, one character for one", () => {
    const text = '## G7 wraps up\n**KANANASKIS** — [Donald Trump](https://example.com/trump) left *early*.\n> "We had a productive summit," Carney said.';
    const view = foldMarkup(text);
    expect(view.length).toBe(text.length);
    expect(view.replace(/ +/g, " ")).toBe(' G7 wraps up\n KANANASKIS — Donald Trump left early .\n "We had a productive summit," Carney said.');
  });

  it("leaves marks inside words, lone marks and list bullets as they are", () => {
    const text = "f***ing pam_key MOSCOW (AP)_ The mayor\n* a list item\n#hashtag";
    expect(foldMarkup(text)).toBe(text);
  });

  it("reads a Markdown article as its text: a quotation in a block quote is direct, a byline in emphasis dates no event", () => {
    const text = [
      "# G7 leaders wrap up Kananaskis summit",
      "",
      "*By Staff Reporter* | *June 17, 2025*",
      "",
      "**KANANASKIS, Alberta** — Leaders of the Group of Seven wrapped up their summit on **Tuesday**, after [Donald Trump](https://example.com/trump) left early.",
      "",
      '> "We had a very productive summit," Canadian Prime Minister Mark Carney told reporters.',
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-06-17" });
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["direct", "Mark Carney"]]);
    expect(report.timeline.map((e) => e.description.slice(0, 11))).toEqual(["Leaders of "]);
    expect(report.summit).toMatchObject({ location: "Kananaskis", date: "2025-06-17" });
  });
});
