import { describe, expect, it } from "vitest";
import { extractAttributions, extractQuotes, parseReport } from "../src/index.js";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "../src/lexicon/first-names.js";
import { expectConsistent, sliceOf } from "./helpers.js";

// One small invented sentence per pattern; none is copied from the corpus.
describe("quote detection", () => {
  it("finds a straight-quoted sentence and leaves the marks out of the span", () => {
    const text = '"We will build the bridge," said Maria Lopez.';
    const [q] = extractQuotes(text);
    expect(q?.text).toBe("We will build the bridge,");
    expect(q?.kind).toBe("direct");
    expect(sliceOf(text, q?.openMark ?? null)).toBe('"');
  });

  it("reads a plural's possessive inside single quotes as an apostrophe when a mark closes the quotation further on", () => {
    const text = "'It's the Ukrainians' land,' he added. He called them 'terrorists' in a speech and 'bandits' on Tuesday.";
    expect(extractQuotes(text).map((q) => q.text)).toEqual(["It's the Ukrainians' land,", "terrorists", "bandits"]);
  });

  it("reads curly quotes, guillemets and low-high German quotes", () => {
    const texts = ["“Trade is up,” said Anna Berg.", "«Trade is up», said Anna Berg.", "„Trade is up“, said Anna Berg."];
    for (const text of texts) expect(extractQuotes(text)[0]?.text).toMatch(/^Trade is up,?$/);
  });

  it("closes a German `„` with a straight mark where a closing mark would stand (`„We are looking for ways\", Merz said`)", () => {
    const text = 'Merz met Trump on Thursday. „We are looking for ways to end this war", Merz said. Trump added: „That\'s a positive thing."';
    expect(extractQuotes(text).map((q) => [q.text, q.speaker?.name])).toEqual([
      ["We are looking for ways to end this war", "Friedrich Merz"],
      ["That's a positive thing.", "Donald Trump"],
    ]);
  });

  it("reads a short paragraph that ends on a German closing mark as running text, not a heading", () => {
    const text = "Scholz met Tusk in Berlin on Monday.\n\n„We are neighbours and friends,“ Scholz said after the meeting. „Our cooperation has never been closer.“";
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
      ["direct", "Olaf Scholz"],
      ["direct", "Olaf Scholz"],
    ]);
  });

  it("reads no quotation between straight marks glued to letters on both outer sides (inch marks, markup debris)", () => {
    expect(extractQuotes('The 5"x7" print and a"b"c were sold. He called it "a bargain" later.').map((q) => q.text)).toEqual(["a bargain"]);
  });

  it("tells apostrophes from single quotes", () => {
    const text = "It's the '90s again and rock 'n' roll is Moscow's music, he said.";
    expect(extractQuotes(text)).toEqual([]);
  });

  it("keeps a quote nested in another and links it to its parent", () => {
    const text = "\"He told me 'never again' and left,\" said Paul Weber.";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(["He told me 'never again' and left,", "never again"]);
    expect(quotes[1]?.nestedIn).toBe(quotes[0]?.id);
  });

  it("joins a quote interrupted by its attribution into one group with one speaker", () => {
    const text = '"The talks went well," said Olga Petrova. "We agreed on gas prices."';
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.groupId).not.toBeNull();
    expect(quotes[1]?.groupId).toBe(quotes[0]?.groupId);
    expect(quotes[1]?.speaker?.name).toBe("Olga Petrova");
  });

  it("reads the translated-Russian dash continuation", () => {
    const text = '"The first part is here, "Ivan Sokolov told reporters. - And the second part follows. "';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(["The first part is here,", "And the second part follows."]);
    expect(quotes[1]?.openMark).toBeNull();
    expect(quotes[1]?.groupId).toBe(quotes[0]?.groupId);
    expect(quotes.every((q) => q.speaker?.name === "Ivan Sokolov")).toBe(true);
    expect(sliceOf(text, quotes[1]?.cue ?? null)).toBe("told reporters");
    // A name inside the continuation is quoted: `According to him` after it is still the speaker.
    const after = '"The teams will start at once," Ushakov said. - The ministers, Sergey Lavrov and Marco Rubio, will talk soon. "\n\nAccording to him, the call lasted two hours.';
    expect(extractAttributions(after).map((a) => a.source.name)).toEqual(["Yuri Ushakov"]);
  });

  it("gives a partial quote after `, calling it` to the subject of the main clause", () => {
    const text = 'Nato Secretary General Mark Rutte opened the summit in The Hague, calling it "a historic moment for the alliance".';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "Mark Rutte"]]);
  });

  it("takes a photo credit in parentheses for a credit whose name no pronoun stands for", () => {
    const text = "Spanish Prime Minister Pedro Sanchez defended his country's position on the target at the summit.\n\n(AP Photo/Geert Vanden Wijngaert)\n\n\"Spain will meet its commitments,\" he said.";
    const report = parseReport(text);
    expect(report.blocks.map((b) => b.kind)).toEqual(["paragraph", "credit", "paragraph"]);
    expect(report.quotes[0]?.speaker?.name).toBe("Pedro Sanchez");
  });

  it("takes a list item that only names an agency for a credit (`• RIA News` over `• © Alexey Nikolsky`)", () => {
    const text = "Putin and Erdogan agreed to meet again.\n\n  • RIA News\n  • © Vladimir Smirnov\n\n• Trade grew by 55% this year";
    expect(parseReport(text).blocks.map((b) => b.kind)).toEqual(["paragraph", "credit", "credit", "paragraph"]);
  });

  it("gives a headline quote after a name and a colon to that person, and reads no reported speech from it", () => {
    const report = parseReport("Starmer: 'We will stand with Ukraine for as long as it takes'\n\nKeir Starmer met Volodymyr Zelenskyy on Saturday.");
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["heading", "Keir Starmer"]]);
    expect(report.attributions).toEqual([]);
    // `Lukashenko on talks with Putin: "…"`: the person who opens the headline speaks on the topic after `on`.
    const topic = parseReport('Lukashenko on talks with Putin: "We agreed on everything"\n\nAlexander Lukashenko met Vladimir Putin in Minsk on Monday.');
    expect(topic.quotes.map((q) => q.speaker?.name)).toEqual(["Alexander Lukashenko"]);
  });

  it("gives a partial quote after `accused … of` to the accuser", () => {
    const text = 'Vance had earlier accused the Ukrainian leader of being "disrespectful and ungrateful".';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "JD Vance"]]);
  });

  it("gives a partial quote after `threatened to` to the one who threatened, through a relative clause too", () => {
    const text = 'Spain was singled out by Trump, who threatened to make the country "pay twice as much" in trade talks.';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, sliceOf(text, q.cue)])).toEqual([["Donald Trump", "threatened"]]);
  });

  it("splits a quote that holds its attribution between dashes, as translated Russian writes it", () => {
    const text = "«We agreed to meet in the near future, - said the Belarusian president Alexander Lukashenko. - There are many issues on the agenda.» He went on - and on.";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(["We agreed to meet in the near future,", "There are many issues on the agenda."]);
    expect(quotes.map((q) => [q.openMark !== null, q.closeMark !== null])).toEqual([[true, false], [false, true]]);
    expect(quotes[1]?.groupId).toBe(quotes[0]?.groupId);
    expect(quotes.every((q) => q.speaker?.name === "Alexander Lukashenko")).toBe(true);
    // A dash continuation after the closing mark goes on from the second part.
    const three = extractQuotes('"We agreed to meet, - said Alexander Lukashenko. - There are many issues, "he added. - And we will solve them. "');
    expect(three.map((q) => q.groupId)).toEqual(["g1", "g1", "g1"]);
    // Dashes without a reporting verb between them are the speaker's own.
    expect(extractQuotes('"It is a deal, - and a good one. - We will sign it."').map((q) => q.text)).toEqual(["It is a deal, - and a good one. - We will sign it."]);
    // An attribution that closes the quote inside its marks (`"…, - concluded the interlocutor of RT."`).
    const closing = extractQuotes('Political scientist Ivan Petrov spoke to RT. "The summit was a success, - concluded the interlocutor of RT."');
    expect(closing.map((q) => [q.text, q.speaker?.name])).toEqual([["The summit was a success,", "Ivan Petrov"]]);
    expect(extractQuotes('He said: "It is a yes - or no."').map((q) => q.text)).toEqual(["It is a yes - or no."]);
    // (TASS sets the attribution off by a comma only, a stop and a dash closing it.)
    const tass = extractQuotes('"We discussed the situation in Syria in detail, Lavrov told reporters after the meeting. - Both Russia and Turkey are interested in the territorial integrity of that country."');
    expect(tass.map((q) => [q.text, q.speaker?.name, q.groupId])).toEqual([
      ["We discussed the situation in Syria in detail,", "Sergey Lavrov", "g1"],
      ["Both Russia and Turkey are interested in the territorial integrity of that country.", "Sergey Lavrov", "g1"],
    ]);
    // (Not a clause of the speaker's own, without a capital or a reporting verb: `…, and a good one. - We …`.)
    expect(extractQuotes('"It is a deal, and a good one. - We will sign it."').map((q) => q.text)).toEqual(["It is a deal, and a good one. - We will sign it."]);
  });

  it("runs a quote over paragraphs when each paragraph opens again and only the last closes", () => {
    const text = '"The first paragraph of the speech.\n\n"The second paragraph ends it," said Laura Kim.';
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.closeMark).toBeNull();
    expect(quotes[0]?.groupId).toBe(quotes[1]?.groupId);
    expect(quotes[0]?.speaker?.name).toBe("Laura Kim");
  });

  it("ends a running quote at its line when the next line opens a quote of its own", () => {
    const text = "“We will win,” said Maria Costa. “And we will not stop.\n“It was a long night,” added Paul Weber, her deputy.";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.nestedIn, q.speaker?.name])).toEqual([
      ["We will win,", null, "Maria Costa"],
      ["And we will not stop.", null, "Maria Costa"],
      ["It was a long night,", null, "Paul Weber"],
    ]);
    expect(quotes[1]?.closeMark).toBeNull();
  });

  it("reads a quote after a title that ends its sentence as a whole sentence", () => {
    const text = "Paul Weber spoke on the show “Morning Talk.” “There is a lot of frustration in the ranks.”";
    expect(extractQuotes(text).map((q) => q.kind)).toEqual(["title", "direct"]);
  });

  it("recovers an unclosed quote at the end of its paragraph without swallowing the next", () => {
    const report = parseReport('She said "this never closes.\n\nThe next paragraph is plain.');
    expect(report.quotes).toHaveLength(1);
    expect(report.quotes[0]?.text).toBe("this never closes.");
    expect(report.messages.some((m) => m.ruleId === "quotes/unclosed-mark")).toBe(true);
  });

  it("reports stray marks one by one up to twenty, then the rest in one message", () => {
    const few = parseReport("Prices rose ” and fell ”.").messages.filter((m) => m.ruleId === "quotes/orphan-mark");
    expect(few.map((m) => m.span?.start)).toEqual([12, 23]);
    const many = parseReport("‘ ".repeat(500)).messages.filter((m) => m.ruleId === "quotes/orphan-mark");
    expect(many).toHaveLength(21);
    expect(many.at(-1)?.reason).toMatch(/^480 more quotation marks/);
  });
});

describe("quote kinds", () => {
  it("reads quoted words between a determiner and the scheme they name as a name (a one-in-one-out pilot scheme)", () => {
    const text = 'Starmer and Macron agreed a "one in, one out" pilot scheme and a \'one for one\' migrant returns deal. Critics called it a "gimmick" of the season.';
    expect(extractQuotes(text).map((q) => [q.text, q.kind])).toEqual([
      ["one in, one out", "title"],
      ["one for one", "title"],
      ["gimmick", "scare"],
    ]);
    // (Not a noun past a preposition: `its "unconditional support" during the operation`.)
    const support = 'Aliyev met Erdogan. Aliyev thanked Turkey for its "unconditional support" during the operation in Karabakh.';
    expect(extractQuotes(support).map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([["unconditional support", "partial", "Ilham Aliyev"]]);
  });
  it("reads a quoted name before exercises, an operation or a format as a title, but words a speaker coins before a policy as theirs", () => {
    const text =
      'Putin met Tokayev days after the "Zapad-2025" exercises ended, and talks in the "Normandy" format stalled. ' +
      'Tokayev, who has championed what he calls a "multi-vector" foreign policy, told reporters that Kazakhstan values its ties with Russia.';
    expect(extractQuotes(text).map((q) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([
      ["Zapad-2025", "title", null],
      ["Normandy", "title", null],
      ["multi-vector", "partial", "Kassym-Jomart Tokayev"],
    ]);
  });
  it("reads a whole sentence after `saying` as direct speech, even in capitals", () => {
    const text = 'U.S. President Donald Trump welcomed the summit on Twitter, saying "KOREAN WAR TO END!"\n\nLavrov rejected the plan, adding "We will not pay."';
    expect(extractQuotes(text).map((q) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([
      ["KOREAN WAR TO END!", "direct", "Donald Trump"],
      ["We will not pay.", "direct", "Sergey Lavrov"],
    ]);
  });

  it("reads quoted words of more than one word between a possessor and the noun they name as a name (`Xi's \"community with a shared future\" slogan`), not one word (`Trump's \"isolationist\" foreign policy`)", () => {
    const kinds = (text: string): string[] => extractQuotes(text).map((q) => `${q.text}:${q.kind}`);
    expect(kinds('Xi met Trong. Some experts believe Hanoi will resist joining Xi\'s "community with a shared future" slogan.')).toEqual(["community with a shared future:title"]);
    expect(kinds('Across Asia, policymakers have been startled by Trump\'s "isolationist" foreign policy pronouncements.')).toEqual(["isolationist:scare"]);
  });
  it("reads quoted words after `known as`, `titled`, `code-named` as a name, and after `so-called` as a scare quote", () => {
    const text = "During her morning press conference, known as 'la mañanera', she explained it. The operation, code-named \"Midnight Hammer\", began. It was the so-called \"reset\" of ties.";
    expect(extractQuotes(text).map((q) => [q.text, q.kind])).toEqual([["la mañanera", "title"], ["Midnight Hammer", "title"], ["reset", "scare"]]);
    // … even where a named speaker and a verb stand around it.
    expect(extractQuotes('Putin recalled the so-called "Minsk agreements".').map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([["scare", null]]);
    // (A nickname inside a name is a name too, nobody's words, whatever verb follows: `Ferdinand "Bongbong" Marcos Jr.`.)
    const nickname = 'President Ferdinand "Bongbong" Marcos Jr. and Prime Minister Anwar Ibrahim agreed on Monday to expand cooperation. Joaquín "El Chapo" Guzmán was sentenced. Anwar said "nothing".';
    expect(extractQuotes(nickname).map((q) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([["Bongbong", "title", null], ["El Chapo", "title", null], ["nothing", "partial", "Anwar Ibrahim"]]);
  });
  it("reads a quote after a title noun as the noun's predicate when it starts in lower case (`the group \"must not …\"`)", () => {
    const text = 'Macron told Le Monde in an interview that the group "must not become a club of the powerless." He spoke on the channel "Morning News".';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([
      ["must not become a club of the powerless.", "partial", "Emmanuel Macron"],
      ["Morning News", "title", null],
    ]);
    expect(sliceOf(text, quotes[0]?.medium ?? null)).toBe("in an interview");
  });
  it("classifies partial, scare, title and heading quotes", () => {
    const text = 'Budget talks\n\nThe "thaw" was visible. The minister promised to "cut red tape across the board" soon. He spoke on the channel "Morning News".\n\nA "new" dawn';
    const kinds = extractQuotes(text).map((q) => [q.text, q.kind]);
    expect(kinds).toEqual([
      ["thaw", "scare"],
      ["cut red tape across the board", "partial"],
      ["Morning News", "title"],
      ["new", "heading"],
    ]);
  });

  it("makes a short quote partial when a named person is said to have said it", () => {
    const [q] = extractQuotes('Carlos Mendes warned that the deal could "collapse" soon.');
    expect(q?.kind).toBe("partial");
    expect(q?.speaker?.name).toBe("Carlos Mendes");
  });

  it("makes a one-word quote after a copula or `as` partial for an unnamed source too, and leaves a term a scare quote", () => {
    const text = 'One EU diplomat said the mood in the room was "grim". Officials described the talks as "productive". Experts say the "reset" failed.';
    expect(extractQuotes(text).map((q) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([
      ["grim", "partial", "one EU diplomat"],
      ["productive", "partial", "officials"],
      ["reset", "scare", null],
    ]);
  });
});

describe("attribution of quotes", () => {
  it("gives a quotation to the person a sentence after it names (`That was the message from X`), not to a pronoun", () => {
    const text = '"The relationship is important to both countries."\n\nThat was the message from Prime Minister Anthony Albanese as he arrived in Beijing.';
    const [q] = extractQuotes(text);
    expect([q?.speaker?.name, q ? sliceOf(text, q.cue) : null]).toEqual(["Anthony Albanese", "message"]);
    expect(extractQuotes('"We will not give in." Those were the words of a defiant Zelensky.')[0]?.speaker?.name).toBe("Volodymyr Zelensky");
    expect(extractQuotes('"We will not give in." That was the view of his own party.')[0]?.speaker).toBeNull();
    // (The quotation itself the subject, and a body before the person's title: `"No," was the curt reply from Kremlin spokesman …`.)
    expect(extractQuotes('"No," was the curt reply from Kremlin spokesman Dmitry Peskov.')[0]?.speaker?.name).toBe("Dmitry Peskov");
  });

  it("takes no speaker from inside the clause a cue reports (`added that the prime minister had discussed \"…\"`)", () => {
    const text = 'Keir Starmer met Volodymyr Zelenskyy in Kyiv. A spokesperson added that the prime minister had discussed "the coming weeks" with Zelenskyy.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["a spokesperson"]);
    const ad = 'The ad, titled "Unifier?", concludes that Trump is too "dangerous and reckless" to be president.';
    expect(extractQuotes(ad).find((q) => q.text.startsWith("dangerous"))?.speaker?.name).toBe("the ad");
    // (After the cue, not after `that`, the speaker still stands: `"Enough," said Hannah Schmidt`.)
    expect(extractQuotes('"Enough," said Hannah Schmidt, adding that "the talks are over."')[0]?.speaker?.name).toBe("Hannah Schmidt");
  });

  it("resolves a pronoun after one that opens its sentence to that subject, not to one named between (`He … with Li Qiang, where he expressed`)", () => {
    const text = 'Ishiba told ASEAN leaders that Japan would work with the bloc. He also held talks with Chinese Premier Li Qiang on the sidelines, where he expressed "serious concern" over military activities.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Shigeru Ishiba"]);
    // (A sentence that opens with a name keeps the pronoun with that subject as before.)
    const named = 'Ishiba met ASEAN leaders. Li Qiang held talks with Ishiba on the sidelines, where he expressed "serious concern".';
    expect(extractQuotes(named).map((q) => q.speaker?.name)).toEqual(["Li Qiang"]);
  });

  it("resolves a pronoun to the subject a possessor qualifies (`Putin's adviser Yuri Ushakov`), not to the possessor", () => {
    const text = 'Xi met Putin. Putin\'s foreign policy adviser Yuri Ushakov told reporters the two leaders spoke about Ukraine. He said Xi supported "all efforts conducive to peace."';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Yuri Ushakov"]);
    // (A name's contracted `is` or `has` is no possessive: `Christie's been making the case …`.)
    const contracted = 'Chris Christie spoke in Iowa. Christie\'s been making the case for weeks that Marco Rubio isn\'t ready. "You just simply haven\'t," he said.';
    expect(extractQuotes(contracted).map((q) => q.speaker?.name)).toEqual(["Chris Christie"]);
  });

  it("gives a quote to the spokesperson or aide who serves the person named (`a spokesperson for Keir Starmer said`)", () => {
    const before = 'A spokesperson for Keir Starmer said: "The talks were useful."';
    const after = '"We will not give in," an aide to Zelensky said.';
    expect([...extractQuotes(before), ...extractQuotes(after)].map((q) => q.speaker?.name)).toEqual(["a spokesperson for Keir Starmer", "an aide to Zelensky"]);
    // (The object of `with` or `of` before a participle is its subject: `with Gorka noting the absurdity of "…"`.)
    // (So does the office a person owns: `The Prime Minister's Office said … the "day after" in Gaza`; not a possessive
    // before a noun that is the cue, `Trump's call for a "deportation force"`.)
    const office = 'Benjamin Netanyahu met Trump. The Prime Minister\'s Office said in a statement that the two leaders had discussed the "day after" in Gaza.';
    expect(extractQuotes(office).map((q) => q.speaker?.name)).toEqual(["the Prime Minister's Office"]);
    const absolute = 'Both men saw a sign of disarray, with Sebastian Gorka noting the absurdity of positioning "a couple of hundred SF guys here".';
    expect(extractQuotes(absolute).map((q) => q.speaker?.name)).toEqual(["Sebastian Gorka"]);
  });

  it("takes no speaker from a clause of time after a quote (`\"…,\" when Clinton blasted him`), but reads one after its comma", () => {
    const when = 'The ad ends with footage of Donald Trump saying during the debate, "That makes me smart," when Hillary Clinton blasted him for not paying taxes.';
    expect(extractQuotes(when).map((q) => q.speaker?.name)).toEqual(["Donald Trump"]);
    const before = '"People were celebrating" before the incident, Maryam Violet said.';
    expect(extractQuotes(before).map((q) => q.speaker?.name)).toEqual(["Maryam Violet"]);
  });

  it("gives a quote a `Quote:` label opens to the one the last `Source:` label names (Ukrainska Pravda's house style)", () => {
    const text =
      "Ukraine's Foreign Minister Andrii Sybiha has held a meeting with Hakan Fidan in Ankara. Source: Sybiha on X\n\n" +
      'Quote: "We discussed the next steps towards a just peace. Türkiye plays an important role here."\n\n' +
      "Details: Sybiha thanked Fidan for his support.";
    expect(extractQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual(["Andrii Sybiha"]);
    // (With no `Source:` label before it, the label names no one.)
    expect(extractQuotes(text.replace("Source: Sybiha on X", "He posted on X.")).map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it("reads quote–name–verb, quote–verb–name and name–verb–colon orders", () => {
    expect(extractQuotes('"Enough," Hannah Schmidt said.')[0]?.speaker?.name).toBe("Hannah Schmidt");
    expect(extractQuotes('"Enough," said Hannah Schmidt.')[0]?.speaker?.name).toBe("Hannah Schmidt");
    expect(extractQuotes('Hannah Schmidt said: "Enough is enough."')[0]?.speaker?.name).toBe("Hannah Schmidt");
  });

  it("finds the speaker before an adverb and the cue (`Mao Ning later called`), not the subject of the sentence", () => {
    const text = 'Joe Biden said he still considered Xi "a dictator", a remark that foreign ministry spokeswoman Mao Ning later called "extremely wrong and irresponsible".';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Joe Biden", "Mao Ning"]);
  });

  it("gives a partial quote the verb that reports it, not a verb of what is reported standing nearer", () => {
    const text = 'Erdogan said Turkey would continue to support "a just and lasting peace" in the region. Pashinyan said the text had been agreed and that Baku was making "new demands".';
    const cues = extractQuotes(text).map((q) => [q.speaker?.name, sliceOf(text, q.cue)]);
    expect(cues).toEqual([
      ["Recep Tayyip Erdogan", "said"],
      ["Nikol Pashinyan", "said"],
    ]);
    // The speaker's own verb in the progressive stays the cue.
    const insisting = 'Donald Trump is insisting that he has "expanded the Republican party."';
    expect(sliceOf(insisting, extractQuotes(insisting)[0]?.cue ?? null)).toBe("insisting");
    // A verb in the past perfect inside the report is what is reported; the speaker's own `has said` is not.
    const perfect = 'Trump said he had called off the summit because it did not "feel right". Trump, who has said he wants to be a "neutral" broker, left.';
    expect(extractQuotes(perfect).map((q) => sliceOf(perfect, q.cue))).toEqual(["said", "said"]);
  });

  it("skips an apposition between the name and the cue and records the medium", () => {
    const text = '"Prices will fall," Peter Novak, an economist at the Central Bank, said in an interview with Reuters.';
    const [q] = extractQuotes(text);
    expect(q?.speaker?.name).toBe("Peter Novak");
    expect(sliceOf(text, q?.cue ?? null)).toBe("said");
    expect(sliceOf(text, q?.medium ?? null)).toBe("in an interview with Reuters");
    const person = parseReport(text).people.find((p) => p.name === "Peter Novak");
    expect(person?.roles).toContain("economist at the Central Bank");
  });

  it("gives a quotation to a capital that is the agent of a verb of saying (`described by Beijing as \"candid\"`), not to a gerund's object", () => {
    expect(extractQuotes('The talks, described by Beijing as "candid and in-depth", lasted two hours.').map((q) => q.speaker?.name ?? null)).toEqual(["Beijing"]);
    const gerund = 'Jeb Bush, however, interjected by hitting Donald Trump for trying to seize a house to "turn into limousine parking".';
    expect(extractQuotes(gerund).map((q) => q.speaker?.name ?? null)).toEqual(["Jeb Bush"]);
  });

  it("gives a quotation to the one a possessive owns after the verb (`said the Russian president's spokesman`)", () => {
    const text = 'Putin met Xi on Monday. Dmitry Peskov is the Kremlin spokesman. "We are ready," said the Russian president\'s spokesman.';
    expect(extractQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual(["Dmitry Peskov"]);
    const unnamed = 'Putin met Xi on Monday. "We are ready," said the Russian president\'s spokesman.';
    expect(extractQuotes(unnamed).map((q) => q.speaker?.name ?? null)).toEqual(["the Russian president's spokesman"]);
  });

  it("quotes a live page's label over one quotation, and reads the paragraph under it as the reporter's", () => {
    const text = 'Starmer and Trump at Chequers\n\n16:30 BST\nStarmer: "The special relationship is stronger than ever"\n\nAt the press conference, Keir Starmer said the deal would create jobs. "This is a generational step change in our relationship," he told reporters.';
    const report = parseReport(text, { referenceDate: "2025-09-18" });
    expect(report.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.resolvedVia])).toEqual([
      ["The special relationship is stronger than ever", "Keir Starmer", "label"],
      ["This is a generational step change in our relationship,", "Keir Starmer", "pronoun"],
    ]);
    expect(report.attributions.map((a) => a.text)).toEqual(["the deal would create jobs"]);
  });

  it("reads a live page's label over one quotation in single marks as the label over a double one", () => {
    // (British pages head an entry in single marks; the paragraph under it is the reporter's, not the label's turn.)
    const text = "G7 summit: live\n\nPosted at 13:40 BST\n\nBiden: 'America is back at the table'\n\nUS President Joe Biden says the summit was \"an extraordinarily productive meeting\".\n\n\"It's been great,\" he told reporters.";
    const report = parseReport(text, { referenceDate: "2021-06-13" });
    expect(report.quotes.map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([
      ["America is back at the table", "direct", "Joe Biden"],
      ["an extraordinarily productive meeting", "partial", "Joe Biden"],
      ["It's been great,", "direct", "Joe Biden"],
    ]);
    // (A time stamp under the label's line is no part of the quotation: one quote, not two over each other.)
    const stamped = "G20 summit: live updates\n\nMacron: 'G20 may be coming to the end of a cycle'\n11:15 SAST\n\nFrench President Emmanuel Macron told reporters that the G20 \"may be coming to the end of a cycle\".";
    expect(parseReport(stamped, { referenceDate: "2025-11-22" }).quotes.map((q) => [q.text, q.kind])).toEqual([
      ["G20 may be coming to the end of a cycle", "direct"],
      ["may be coming to the end of a cycle", "partial"],
    ]);
  });

  it("gives an interview's `A:` turns to the one interviewed, and leaves `Q:` turns unnamed", () => {
    const text = "Lavrov interview\n\nSergei Lavrov gave an interview to RT on Friday.\n\nQ: What do you expect from the summit?\n\nA: We expect the summit to be useful.";
    expect(extractQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual([null, "Sergei Lavrov"]);
    // (A headline that names them by office, and a lead in which they spoke to the outlet.)
    const byOffice = "An interview with Finland's president\n\nFinnish President Alexander Stubb spoke to our correspondent in Helsinki on Monday.\n\nQ: Did he agree?\n\nA: He listened, and we now understand each other better.";
    expect(extractQuotes(byOffice).map((q) => q.speaker?.name ?? null)).toEqual([null, "Alexander Stubb"]);
    const spokeTo = "Stubb on Trump\n\nFinnish President Alexander Stubb spoke to our correspondent in Helsinki on Monday.\n\nQ: Did he agree?\n\nA: He listened, and we now understand each other better.";
    expect(extractQuotes(spokeTo).map((q) => q.speaker?.name ?? null)).toEqual([null, "Alexander Stubb"]);
  });

  it("gives a quotation that opens a sentence the voice of the reported speech just before it in its paragraph", () => {
    const text = 'Putin met Xi in Moscow on Tuesday. Putin said the talks were useful. "We agreed on many things. We will meet again."';
    expect(extractQuotes(text).map((q) => [q.speaker?.name ?? null, q.speaker?.resolvedVia ?? null])).toEqual([["Vladimir Putin", "context"]]);
  });

  it("reads a party before an office as a characterisation (`The Republican president`), the person named last who holds it", () => {
    const text =
      'Zelenskyy met Trump at the White House. "You\'re gambling with the lives of millions of people," Trump said. ' +
      'The Republican president later wrote on social media that Zelenskyy "can come back when he is ready for Peace".';
    expect(extractQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual(["Donald Trump", "Donald Trump"]);
  });

  it("gives a cue inside a clause opened by `, as` or `, while` that clause's subject, not the main clause's", () => {
    const text =
      "Donald J. Trump won the New York primary, while Hillary Clinton dealt a severe blow to Bernie Sanders with a win that led her to declare that the nomination was \"in sight.\"";
    expect(extractQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual(["Hillary Clinton"]);
    const asIf = 'Benjamin Brafman, my lawyer, could not have been more delighted, his eyes gleaming, as if to say, "Did you see me pull that off?"';
    expect(extractQuotes(asIf).map((q) => q.speaker?.name ?? null)).toEqual(["Benjamin Brafman"]);
  });

  it("resolves `the Turkish diplomat` to the country's foreign minister, and `the diplomat` after `a … diplomat` to no one named, as the text introduced them", () => {
    const text =
      'Foreign Minister Hakan Fidan urged both sides to agree. "The world is watching," the Turkish diplomat said. ' +
      'A European diplomat, speaking on condition of anonymity, told AFP that talks ran late. "It was very, very hard," the diplomat said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual(["Hakan Fidan", "a European diplomat"]);
  });

  it("reads a medium's object past an abbreviation's period and a hyphen inside a word (`the U.S.-Africa Leaders Summit`)", () => {
    const text = '"When Africa succeeds, the United States succeeds," Biden said in his address to the U.S.-Africa Leaders Summit, the first since 2014.';
    expect(extractQuotes(text).map((q) => sliceOf(text, q.medium))).toEqual(["in his address to the U.S.-Africa Leaders Summit"]);
    // (A full stop glued to a word ends it: `in a post on X. French President …`.)
    const post = '"He has to be back," Karoline Leavitt said in a post on X. French President Emmanuel Macron disagreed.';
    expect(extractQuotes(post).map((q) => sliceOf(post, q.medium))).toEqual(["in a post on X"]);
  });

  it("takes a compound medium whole, and `on` only before media spoken on (a call, a podcast), not an object", () => {
    const text = 'Trump said on a conference call with reporters that it was "a great deal." Costa said the sides agreed on a joint statement, which he described as "a clear signal" ahead of the conference.';
    expect(extractQuotes(text).map((q) => sliceOf(text, q.medium))).toEqual(["on a conference call with reporters", null]);
  });

  it("records a social platform as the medium, named with its capital", () => {
    const text = '"We will win," Trump wrote on Truth Social. "Fine," Lavrov said on his Telegram channel. "Yes," Putin said on x.';
    expect(extractQuotes(text).map((q) => sliceOf(text, q.medium))).toEqual(["on Truth Social", "on his Telegram channel", null]);
  });

  it("takes a quoted name that the attribution leads into for a title, not the quote resumed (`said on CBS's \"60 Minutes\"`)", () => {
    const text = `"This is abuse," Gonzalez said on CBS's "60 Minutes" on Sunday. "Part one," Putin said, "part two."`;
    expect(extractQuotes(text).map((q) => [q.kind, q.groupId !== null])).toEqual([["direct", false], ["title", false], ["direct", true], ["direct", true]]);
  });

  it("records a broadcaster as the medium, with its programme after a possessive", () => {
    const text = `Speaking on Fox News after the summit, Trump said it was up to Kyiv to "get it done." Sanders said on ABC's This Week that the plan was "clearly lacking." Khan said on NBC's "Meet the Press" that he was "hurt."`;
    const quotes = extractQuotes(text).filter((q) => q.kind !== "title");
    expect(quotes.map((q) => sliceOf(text, q.medium))).toEqual(["on Fox News", "on ABC's This Week", 'on NBC\'s "Meet the Press"']);
  });

  it("takes no one named inside an opening participle clause for the pronoun after it (`Asked whether he considered Xi a dictator, he replied`)", () => {
    const text = '"Planet Earth is big enough," Xi told Biden. Biden said afterwards that he and Xi had agreed on fentanyl. Asked whether he still considered Xi a dictator, he replied: "Well, look, he is."';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Xi Jinping", "Joe Biden"]);
    // Nor inside an opening prepositional phrase (`Soon after the murder of Father Jacques Hamel, Trump asserted …`).
    const hamel = "Soon after the gruesome murder of Father Jacques Hamel in Normandy, Trump asserted that France had lost its identity: “France is no longer France,” he claimed.";
    expect(extractQuotes(hamel).map((q) => q.speaker?.name)).toEqual(["Donald Trump"]);
  });

  it("gives a quote inside `According to X, …` to X, unless a person speaks it in the sentence", () => {
    const text = 'According to a readout from the White House, the two leaders agreed to launch a "strategic stability dialogue." According to GMA News, Joey Salceda said the remarks showed "ugliness of utterances."';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["a readout from the White House", "Joey Salceda"]);
  });

  it("resolves `his Russian counterpart` to the holder in Russia of the possessor's office", () => {
    const text = 'Erdogan met Putin in Sochi. "We are ready," his Russian counterpart said. Sergey Lavrov met Turkish Foreign Minister Hakan Fidan and President Recep Tayyip Erdogan. "We agree," his Turkish counterpart said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Vladimir Putin", "Hakan Fidan"]);
  });

  it("reads `the Turkish strongman` as the Turkish leader", () => {
    const text = 'Erdogan met Putin in Sochi. "We agreed on Idlib," the Turkish strongman said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Recep Tayyip Erdogan"]);
  });

  it("reads an office placed within a country (`the Arizona senator`) as the one whose office names the place, else the subject before", () => {
    const text = 'Senator John McCain, a Republican critic of the president, called it a disgrace. The Arizona senator said Trump had "abased himself".';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["John McCain"]);
    const governors = 'Ohio Governor John Kasich met Texas Governor Greg Abbott on Monday. Reporters waited outside. "We agreed," the Ohio governor said.';
    expect(extractQuotes(governors).map((q) => q.speaker?.name)).toEqual(["John Kasich"]);
    // (A subject of another office is no one's guess: `the president` stays unnamed after a senator.)
    expect(extractQuotes('Trump spoke first. "We disagree," the Vermont senator said.').map((q) => q.speaker?.name ?? null)).toEqual(["the Vermont senator"]);
  });

  it("reads a leader characterised, not placed (`the libertarian leader`), as the leader named last before, and no one else", () => {
    const text =
      'Brazil\'s Luiz Inácio Lula da Silva handed over the presidency of Mercosur on Thursday. President Javier Milei took it, telling his counterparts the bloc must change. Speaking at the Palacio San Martín, the libertarian leader called the bloc "a shield that protects the privileged".';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Javier Milei"]);
    // The person named last is no leader: the description stays as written.
    const other = 'President Javier Milei met Foreign Minister Gerardo Werthein. The veteran leader called it "a good day".';
    expect(extractQuotes(other).map((q) => q.speaker?.name)).toEqual(["the veteran leader"]);
  });

  it("knows the Nordic leaders outside the EU, in the text's spelling or without its letters", () => {
    const text = 'Norway\'s Jonas Gahr Støre and Iceland\'s Kristrún Frostadóttir attended. "We stand together," Frostadottir said.';
    expect(parseReport(text).people.map((p) => [p.name, p.country])).toEqual([["Jonas Gahr Støre", "Norway"], ["Kristrún Frostadóttir", "Iceland"]]);
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Kristrún Frostadóttir"]);
  });

  it("gives a fragment to the subject after opening phrases and a title (`Earlier, addressing the council, PM Sharif condemned …`)", () => {
    const text = 'Prime Minister Shehbaz Sharif met Xi. Earlier, addressing the SCO Council of Heads of State, PM Shehbaz condemned terrorism "in all its forms and manifestations".';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Shehbaz Sharif"]);
    // (A name after an article modifies a noun: `The Sanders campaign projects that "…"` names no speaker.)
    expect(extractQuotes('Bernie Sanders spoke. The Sanders campaign projects that "imposing a tax of a fraction of a percent" would raise billions.').map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it("reads the Pope by his other names (`the Holy Father`, `the pontiff`) and his fragments after `encouraged`", () => {
    const text = 'Pope Leo XIV received Zelensky at Castel Gandolfo. The Holy Father renewed his "willingness to welcome representatives of Russia and Ukraine." The Pope also encouraged "every effort" to free prisoners.';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "Leo XIV"], ["partial", "Leo XIV"]]);
  });

  it("gives a fragment of several words with no verb of saying to the person who opens its sentence, and no fewer words", () => {
    const text = 'During the meeting, Jeb Bush introduced his brother as "my big little brother, the president." Trump visited the "new" plant.';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name ?? null, q.speaker?.resolvedVia ?? null])).toEqual([["partial", "Jeb Bush", "context"], ["scare", null, null]]);
  });

  it("reads no name in a pronoun with its verb contracted onto it (`We’re encouraged`)", () => {
    const text = '"We came in with zero expectations. We’re encouraged by the results," said Brian Jack.';
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Brian Jack"]);
    // The narrator with a contracted verb is the narrator, as `I` alone is.
    expect(extractAttributions("As I've suggested, he will benefit from the deal.").map((a) => a.source.name)).toEqual(["I"]);
  });

  it("reads the names a byline shouts as names, and a wire's contributors each with where they wrote from", () => {
    const text = "Trump hosts Zelenskyy\n\nBy ZEKE MILLER, AAMER MADHANI and ILLIA NOVIKOV\n\nWASHINGTON (AP) — President Donald Trump met Zelenskyy.\n\nAssociated Press writers Lorne Cook in Brussels and Geir Moulson in Berlin contributed to this report.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Donald Trump", "Volodymyr Zelensky", "Zeke Miller", "Aamer Madhani", "Illia Novikov", "Lorne Cook", "Geir Moulson"]);
  });

  it("leaves a royal style between an office and a name out of the office (`Energy Minister Prince Abdulaziz`), not `Crown Prince`", () => {
    const text = "Saudi Energy Minister Prince Abdulaziz bin Salman attended. Saudi Crown Prince Mohammed bin Salman spoke.";
    expect(parseReport(text).people.map((p) => p.roles.at(-1))).toEqual(["Saudi Energy Minister", "Saudi Crown Prince"]);
  });

  it("reads a US lawmaker's party and state after the name (`McConnell, R-Ky., said`) and a description with a glued mark (`9/11 widow`)", () => {
    const text = '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday. “They are 100 percent wrong,” said 9/11 widow Terry Strada.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Mitch McConnell", "Terry Strada"]);
  });

  it("reads a verb of saying that opens its sentence before the speaker (`Said Dorothy Poynter, …, “…”`), and verbs of feeling as cues", () => {
    const text = "The home was renovated. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”";
    expect(extractQuotes(text).map((q) => [q.speaker?.name, sliceOf(text, q.cue)])).toEqual([["Dorothy Poynter", "Said"]]);
    const beamed = "“This is fantastic!” beamed Donald Hartley of Madison, Alabama. “Out!” the crowd yelled.";
    expect(extractQuotes(beamed).map((q) => [q.speaker?.name, sliceOf(beamed, q.cue)])).toEqual([["Donald Hartley", "beamed"], ["the crowd", "yelled"]]);
    // A participle that opens the sentence is no inverted verb.
    const asked = "Asked whether she would run, Jane Smith said no. “We will see,” she added.";
    expect(extractQuotes(asked).map((q) => sliceOf(asked, q.cue))).toEqual(["added"]);
  });

  it("reads no name after a title that ends a sentence (`as Chinese leader. Analysts say`), but after an abbreviated one (`Gen. Asim Munir`)", () => {
    const report = parseReport("It is Xi's fourth visit to Vietnam as Chinese leader. Analysts say the trip aims to shore up ties.");
    expect([report.people.map((p) => p.name), report.attributions.map((a) => a.source.name)]).toEqual([["Xi Jinping"], ["analysts"]]);
    expect(parseReport("Army Chief Gen. Asim Munir met Amb. Nikki Haley.").people.map((p) => p.name)).toEqual(["Asim Munir", "Nikki Haley"]);
  });

  it("reads a Shia cleric's rank and a Seyyed as courtesy titles (`Ayatollah Raisi` is Seyyed Ebrahim Raisi)", () => {
    const text =
      "Iranian President Seyyed Ebrahim Raisi and Vladimir Putin held talks in Moscow. In the meeting, Ayatollah Raisi said that the relations were strategic. " +
      "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei had earlier received Putin in Tehran.";
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.roles.at(-1)])).toEqual([
      ["Ebrahim Raisi", "Iranian President"],
      ["Vladimir Putin", "President of Russia"],
      ["Ali Khamenei", "Leader of the Islamic Revolution"],
    ]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Ebrahim Raisi"]);
  });

  it("reads a function word capitalised after a given name, closing it, as its family name (`Political scientist Kerim Has, in a conversation with RT, noted`)", () => {
    const text =
      'Political scientist Kerim Has, in a conversation with RT, noted that Ankara is interested in the role of a mediator. "Turkey wants to remain the main channel," the expert explained. ' +
      "Has the deal been signed? An official said it had not.";
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.mentions.length])).toEqual([["Kerim Has", 2]]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Kerim Has"]);
  });

  it("reads a country's or a city's name after a given name, closing it, as its family name (`Reporting by Steve Holland`)", () => {
    const text = 'Trump spoke to Putin on Wednesday. "It was a great call," said Steve Israel, a Democrat from New York.\n\n(Reporting by Steve Holland; Editing by Howard Goller)';
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Donald Trump", "Vladimir Putin", "Steve Israel", "Steve Holland", "Howard Goller"]);
    // (Not at a sentence's opening, where a question's auxiliary stands: `Will Washington respond?`.)
    expect(parseReport("Will Washington respond? Officials in Paris said no.").people).toEqual([]);
  });

  it("reads a greeting after a verb of saying as no name (`just to shake his hand and say Hello`)", () => {
    const text = 'Trump invited Kim Jong Un in a tweet, writing: "I would meet him at the Border just to shake his hand and say Hello!" Sorry Sarah, we said Goodbye.';
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Donald Trump", "Kim Jong Un"]);
  });

  it("reads an office's holders in the plural as no name (`the Special Representatives, National Security Adviser Ajit Doval and …`)", () => {
    const text = "According to Mr. Misri, the Special Representatives, National Security Adviser Ajit Doval and Chinese Foreign Minister Wang Yi, will meet soon.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Misri", "Ajit Doval", "Wang Yi"]);
    // (Nor as part of one: `Senators Mitch McConnell and …`.)
    expect(parseReport('"We will act," Senators Mitch McConnell and John Cornyn said.').people.map((p) => p.name)).toEqual(["Mitch McConnell", "John Cornyn"]);
  });

  it("reads a name that modifies a noun (`The Clinton approach is …`) as no subject for a later pronoun", () => {
    const text = 'Hillary Clinton spent big. The Clinton approach is made possible by its resources, said Katie Harbath, a director. "We are having to be leaner," she said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Katie Harbath"]);
    // (So for `a Trump adviser`: the pronoun goes on with the sentence's subject.)
    expect(extractQuotes('A Trump adviser met Boris Johnson on Monday. "We talked," Johnson said. "It went well," he added.').map((q) => q.speaker?.name)).toEqual(["Boris Johnson", "Boris Johnson"]);
  });

  it("starts a name at its given name after an unknown title, when a reporting verb closes it (`Maricopa County Recorder Helen Purcell said`)", () => {
    const text = '"We made some horrendous mistakes," Maricopa County Recorder Helen Purcell said. “If they were serious, they would have gone further,” Toomey fumed.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Helen Purcell", "Toomey"]);
    // Words of a title-case headline before a name do not make it start there.
    expect(parseReport("Cruz Campaign Wins Endorsement From Lindsey Graham Today\n\nSenator Lindsey Graham said he backs Cruz.").people.map((p) => p.name)).toEqual(["Lindsey Graham"]);
  });

  it("reads the writers a line under the headline names, each with where they wrote from, and no title-case headline", () => {
    const text = "Xi and Trump meet in Busan\n\nDemetri Sevastopulo in Busan and Joe Leahy in Beijing\n\nUS President Donald Trump and Chinese President Xi Jinping met on Thursday.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Xi Jinping", "Donald Trump", "Demetri Sevastopulo", "Joe Leahy"]);
    expect(parseReport("Trade Talks And Tariffs Dominate Summit In Beijing\n\nLeaders met on Monday.").people).toEqual([]);
  });

  it("reads the photographer a picture's credit names, not the agency (`Photograph: Evan Vucci/AP`, `Image: Getty Images / Chip Somodevilla`)", () => {
    const text = "Putin met Xi in Moscow on Monday.\n\nPhotograph: Evan Vucci/AP\n\nImage: Getty Images / Chip Somodevilla\n\n(AP Photo/Susan Walsh)";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Vladimir Putin", "Xi Jinping", "Evan Vucci", "Chip Somodevilla", "Susan Walsh"]);
  });

  it("reads the name set off after a possessive pronoun's office as the speaker (`His foreign minister, Yván Gil, called …`)", () => {
    const text = 'Maduro was not invited. His foreign minister, Yván Gil, called the meeting "irrelevant." Clinton spoke. Her campaign manager, Robby Mook, suggested it "may have been a violation of the law."';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Yván Gil", "Robby Mook"]);
    // Elsewhere the pronoun's person stays the subject: `calm his supporters, …, saying`.
    const object = 'Marco Rubio spoke. The senator sought to calm his supporters, saying the heckler would "not get beat up" at his rally.';
    expect(extractQuotes(object).map((q) => q.speaker?.name)).toEqual(["Marco Rubio"]);
  });

  it("reads a party's members as no person (`Democrats said`, `Virginia Democrats`)", () => {
    const text = "Democrats said the bill would fail. Virginia Democrats argued it was unfair. Republicans disagreed, said Jane Smith.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Jane Smith"]);
  });

  it("reads a quoted title on a line of its own between paragraphs as a heading, not speech (`'All Bets Are Off.'`)", () => {
    const text = "Mr. Obama said the trend was dangerous.\n\n'All Bets Are Off.'\n\nEight years ago, Mr. Obama ran for president.\n\n\"We will not stop,\" Mr. Obama said.\n\n'Coal Isn't the Villain.'\n\nIt was raining.";
    expect(extractQuotes(text).map((q) => q.kind)).toEqual(["heading", "direct", "heading"]);
  });

  it("gives the country an office names to its holder (`Taoiseach Simon Harris` acts for Ireland)", () => {
    const text = "Taoiseach Simon Harris met British prime minister Keir Starmer in Dublin.";
    expect(parseReport(text).people.map((p) => [p.name, p.country])).toEqual([["Simon Harris", "Ireland"], ["Keir Starmer", "United Kingdom"]]);
    // (Bhutan's own word for its prime minister, bare as Kuensel writes it, points back to him as `the Prime Minister` would.)
    const kuensel = parseReport('Prime Minister Tshering Tobgay called on Prime Minister Narendra Modi in New Delhi. Lyonchhen said the city "will benefit the region".');
    expect(kuensel.quotes.map((q) => q.speaker?.name)).toEqual(["Tshering Tobgay"]);
    // (And in its other spelling, no person of its own: `Lyonchhoen said that Bhutan valued its …`.)
    const spelt = parseReport('Prime Minister Tshering Tobgay met Professor Muhammad Yunus in Dhaka. Lyonchhoen said that Bhutan valued its "warm and time-tested friendship" with Bangladesh.');
    expect([spelt.people.map((p) => p.name), spelt.quotes.map((q) => q.speaker?.name)]).toEqual([["Tshering Tobgay", "Muhammad Yunus"], ["Tshering Tobgay"]]);
  });

  it("reads no person in a ship's name after its noun or its navy's prefix (`the aircraft carrier George Washington`, `USS Gerald R. Ford`)", () => {
    const text = "Takaichi and Trump later boarded the U.S. aircraft carrier George Washington at Yokosuka. They toured the USS Gerald R. Ford, and the carrier John F. Kennedy sailed.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Sanae Takaichi", "Donald Trump"]);
  });

  it("reads a full name of unknown words before the body it belongs to and a reporting verb (`Tran Van Minh of the International Crisis Group said`)", () => {
    const text = "Tran Van Minh of the International Crisis Group said the visit was more about symbolism than substance.";
    expect(parseReport(text).attributions.map((a) => a.source.name)).toEqual(["Tran Van Minh"]);
    // (Not an office's words before another name: `Supervisor of Elections Susan Bucher said`.)
    const office = parseReport("Palm Beach County Supervisor of Elections Susan Bucher said that independent voters can't vote in the primary.");
    expect(office.people.map((p) => p.name)).not.toContain("Palm Beach County Supervisor");
  });

  it("reads no person in a name that ends in a digit (`Speaking to Kurdistan24`), nor in a platform's (`Facebook page`)", () => {
    const text = "Speaking to Kurdistan24, KRG spokesperson Peshawa Hawramani said the Region had fulfilled its obligations.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Peshawa Hawramani"]);
    const post = parseReport('In a post on his official Facebook page, President John Mahama said: "Ghana is ready."');
    expect(post.people.map((p) => p.name)).toEqual(["John Dramani Mahama"]);
  });

  it("reads no person in the name of a building (`Palacio San Martín`, `Trump Plaza`, `Caesars Palace`)", () => {
    const text = "Leaders met at the Palacio San Martín. Trump Plaza closed last year, and the Caesars Palace reported losses, said Mark Gillespie.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Mark Gillespie"]);
  });

  it("resolves an age with a party (`the 72-year-old Republican`) to the subject of the sentence before, not the last named", () => {
    const text = 'U.S. President Donald Trump and Russian President Vladimir Putin met in Helsinki on Monday. "Getting along with Russia is a good thing," the 72-year-old Republican told reporters.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Donald Trump"]);
  });

  it("resolves an age with a creed to the subject of the nearest sentence before that names anyone (`The chancellor, …` over `\"…,\" said a senior French official` over `The 69-year-old conservative said …`)", () => {
    const text =
      "Friedrich Merz met Emmanuel Macron on Wednesday. The chancellor, who was sworn in on Tuesday, will travel to Warsaw to meet Polish Prime Minister Donald Tusk. " +
      '"We have lost too much time," said a senior French official. The 69-year-old conservative said he would also visit Kyiv.';
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Friedrich Merz"]);
  });

  it("gives a partial quotation in what a possessed office said to its holder, not to the possessor (`Mr Starmer's spokesman said the Prime Minister had \"warmly welcomed\" …`)", () => {
    const speakers = (text: string): (string | undefined)[] => extractQuotes(text).map((q) => q.speaker?.name);
    expect(speakers('Keir Starmer met Micheál Martin. Mr Starmer\'s spokesman said the Prime Minister had "warmly welcomed" the Taoiseach.')).toEqual(["Mr Starmer's spokesman"]);
    expect(speakers('Don McKinnon spoke. McKinnon\'s spokeswoman said he had "very good intelligence".')).toEqual(["McKinnon's spokeswoman"]);
    // (Not a possessed thing that is no speaker: `Scott's family has called for …`.)
    expect(speakers('Keith Scott died. Scott\'s family has called for the release "as a matter of the greater good".')).not.toContain("Scott's family has");
  });

  it("resolves a bare age (`the 63-year-old said`) to the person named last before the quotation, not one named inside it", () => {
    const text = 'Mexican President Claudia Sheinbaum spoke with Trump on Monday. "We had a good conversation," the Mexican leader wrote on X. "Tariffs will be paused," the 63-year-old said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Claudia Sheinbaum", "Claudia Sheinbaum"]);
    const inside = 'The actor Peter Serafinowicz posted the clip on Thursday. "What if Donald Trump had elocution lessons?" the 43-year-old asked.';
    expect(extractQuotes(inside).map((q) => q.speaker?.name)).toEqual(["Peter Serafinowicz"]);
  });

  it("reads a quote opening a list item after its bullet as a whole sentence", () => {
    const text = 'WHAT THEY SAID\n\n* "We are ready," Putin said.\n\n• "We support peace," Xi said.';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([["direct", "Vladimir Putin"], ["direct", "Xi Jinping"]]);
  });

  it("reads quotations written with doubled marks (TimeBank's ``…'', the NYT archive's ''…''), not a lone doubled apostrophe", () => {
    const text = "``I want a referendum,'' Howard said. ''This isn't tax reform,'' said Douglas Holtz-Eakin. He measured 5'' of rain.";
    expect(extractQuotes(text).map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["I want a referendum,", "Howard"],
      ["This isn't tax reform,", "Douglas Holtz-Eakin"],
    ]);
  });

  it("takes a family name's particles into the mention (`\"…,\" von der Leyen said`, `Le Pen said`)", () => {
    const text = 'Ursula von der Leyen met Xi. "We cannot accept this imbalance," von der Leyen said. Marine Le Pen attacked. Le Pen said it was bad.';
    const report = parseReport(text);
    expect(report.quotes.map((q) => [q.speaker?.name, sliceOf(text, q.speaker?.mention ?? null)])).toEqual([["Ursula von der Leyen", "von der Leyen"]]);
    expect(report.attributions.map((a) => [a.source.name, sliceOf(text, a.source.mention)])).toEqual([["Marine Le Pen", "Le Pen"]]);
  });

  it("takes a country or its capital right before the verb for the government speaking (`Beijing said`), and nowhere else", () => {
    const text = '"We will retaliate," Beijing said. South Korea accused Pyongyang of "fanatic recklessness." Putin said Moscow would act. A source in Moscow said the deal was close.';
    expect(extractQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual(["Beijing", "South Korea"]);
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Vladimir Putin", "a source in Moscow"]);
  });

  it("gives a partial quote inside what a named person reports to that person, not to a group of the reported words", () => {
    const text = 'Netanyahu, for his part, said that the two leaders agreed that "Iran will not have nuclear weapons." Trump met Netanyahu.';
    expect(extractQuotes(text).map((q) => [q.speaker?.name ?? null, sliceOf(text, q.cue)])).toEqual([["Benjamin Netanyahu", "said"]]);
  });

  it("resolves `the premier` to a prime minister, the premier's own office first, and to the one named before it", () => {
    const text = "Benjamin Netanyahu met Donald Trump on Monday. The premier said he had discussed tariffs. Netanyahu then flew to Budapest to see Hungarian Prime Minister Viktor Orban.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Benjamin Netanyahu"]);
    const premier = "Chinese Premier Li Qiang met Indian Prime Minister Narendra Modi. The premier said trade grew fast.";
    expect(extractAttributions(premier).map((a) => a.source.name)).toEqual(["Li Qiang"]);
  });

  it("resolves `the Russian minister` and `the head of the Russian diplomacy` to Russia's foreign minister", () => {
    const text = 'Sergei Lavrov and Chinese Foreign Minister Wang Yi held talks in Beijing. "We noted the coincidence of our approaches," the Russian minister said. According to the head of the Russian diplomacy, Moscow appreciates Beijing\'s position.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Sergei Lavrov"]);
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Sergei Lavrov"]);
  });

  it("resolves `the head of the Russian government` to Russia's head of government, not its president", () => {
    const text =
      'Russian Prime Minister Mikhail Mishustin met Chinese Premier Li Qiang in Beijing, a week after President Vladimir Putin spoke to Xi Jinping. "This is a good result, but we can do more," the head of the Russian government said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Mikhail Mishustin"]);
    expect(extractQuotes('Chancellor Olaf Scholz hosted President Emmanuel Macron. "We agree," the head of the German government said.').map((q) => q.speaker?.name)).toEqual(["Olaf Scholz"]);
  });

  it("reads the head of a body of research as an expert (`the analyst said` after `the director of the Center for Central Asian Studies`)", () => {
    const text =
      'Political scientist Andrei Kazantsev believes that the main topic was the corridor. "Ashgabat needs ports," the expert explained to Izvestia. ' +
      'As the director of the Center for Central Asian Studies Stanislav Pritchin noted, Turkmenistan remains closed. "It is very difficult to predict the decisions of Ashgabat," the analyst said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Andrei Kazantsev", "Stanislav Pritchin"]);
    // (Whatever the title, and a think tank is no verb of thinking: the analyst takes no part in the meeting.)
    const tank =
      "Hun Manet meets Xi in Beijing\n\nCambodian Prime Minister Hun Manet met with Chinese President Xi Jinping in Beijing on Sept. 12.\n\n" +
      'Ou Virak, president of the Phnom Penh-based Future Forum think tank, told RFA that Cambodia was becoming "more and more dependent" on Beijing.';
    const report = parseReport(tank, { referenceDate: "2024-09-12" });
    expect(report.attributions.map((a) => [a.source.name, tank.slice(a.cue.start, a.cue.end), a.text])).toEqual([["Ou Virak", "told", 'Cambodia was becoming "more and more dependent" on Beijing']]);
    expect(report.summit.participants.map((id) => report.people.find((p) => p.id === id)?.name)).toEqual(["Hun Manet", "Xi Jinping"]);
  });

  it("gives a fragment after `thanked X for …` to the one who thanks, and takes no one-word object of such a verb for a person", () => {
    const text = 'President Putin thanked PM Modi for his attention to "the most acute problem". Rubio thanked Miami and said it was great to be home.';
    const report = parseReport(text);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Vladimir Putin"]);
    expect(report.people.map((p) => p.name)).toEqual(["Vladimir Putin", "Narendra Modi", "Marco Rubio"]);
  });

  it("takes `the prime minister` for the sitting one, not one the text calls a former holder (`ousted prime minister Sheikh Hasina`)", () => {
    const text =
      "Chief Adviser Muhammad Yunus and Indian Prime Minister Narendra Modi today held their first bilateral meeting in Bangkok. Yunus raised the extradition of ousted prime minister Sheikh Hasina. " +
      'Misri told a press briefing that the prime minister also urged that "rhetoric that vitiates the environment is best avoided."';
    const report = parseReport(text, { referenceDate: "2025-04-04" });
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Narendra Modi"]);
    expect(report.people.find((p) => p.name === "Sheikh Hasina")?.roles).toContain("ousted prime minister");
    // (And `the former prime minister` is the former one.)
    const former = text.replace("the prime minister also urged", "the former prime minister also urged");
    expect(parseReport(former, { referenceDate: "2025-04-04" }).quotes.map((q) => q.speaker?.name)).toEqual(["Sheikh Hasina"]);
  });

  it("knows Somalia's president by the short name the region's press gives him (`President Hassan Sheikh`)", () => {
    const text =
      "Prime Minister Abiy Ahmed and Somalia's President Hassan Sheikh Mohamud on Wednesday agreed to restore full diplomatic ties. " +
      'President Hassan Sheikh, for his part, told reporters the Ankara Declaration had "opened a new chapter". "Nothing has been said about sea access," said Abdi Hassan, a researcher.';
    expect(parseReport(text, { referenceDate: "2025-01-16" }).quotes.map((q) => q.speaker?.name)).toEqual(["Hassan Sheikh Mohamud", "Abdi Hassan"]);
  });

  it("takes a name before a lower-case noun of a place for the place's, no one there (`dined at the Naguib Mahfouz restaurant`)", () => {
    const text = "Sisi received Macron in Cairo on Monday. On Sunday evening, the two presidents walked through the Khan el-Khalili bazaar and dined at the Naguib Mahfouz restaurant.";
    const report = parseReport(text, { referenceDate: "2025-04-07" });
    expect(report.people.map((p) => p.name)).toEqual(["Abdel Fattah al-Sisi", "Emmanuel Macron"]);
  });

  it("takes no one-word object of a bare verb of saying for a person (`He did not mention Volhynia.`)", () => {
    const text = 'Nawrocki met Zelensky in New York. Zelensky wrote on X that the two leaders had discussed "air defence." He did not mention Volhynia.';
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Karol Nawrocki", "Volodymyr Zelensky"]);
    // (Nor after `to`, before a preposition; but a clause's subject is one, `to argue Elian may suffer`.)
    expect(parseReport("Putin met Xi. It is not enough to mention Kowalczyk in public.").people.map((p) => p.name)).toEqual(["Vladimir Putin", "Xi Jinping"]);
    expect(parseReport("Putin met Xi. It is not enough to argue Elian may suffer.").people.map((p) => p.name)).toContain("Elian");
  });

  it("gives a quote to the possessor's aide or office before the verb (`\"…,\" Putin's spokesman said`)", () => {
    const text = '"We are ready," Putin\'s spokesman said. "We agree," Putin said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Putin's spokesman", "Vladimir Putin"]);
    // … who is the one person of the possessor's country the report names with that office.
    const named = 'Kremlin spokesman Dmitry Peskov spoke on Monday. Putin met Xi. "We are ready," Putin\'s spokesman said.';
    expect(extractQuotes(named).map((q) => q.speaker?.name)).toEqual(["Dmitry Peskov"]);
  });

  it("takes the person a description after the cue ends on, past the body inside it", () => {
    const text = '"The summit was a success," says the leading researcher of the Institute of World Economy Ivan Petrov. "We are ready," said the Kremlin. "I want answers," said a prominent Republican National Committee member who supports Trump.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Ivan Petrov", "Kremlin", "Republican National Committee"]);
  });

  it("resolves `the expert` with no one called one to the person named last who holds no office of state", () => {
    const text = 'Sergei Lavrov met Wang Yi in Beijing. The deputy director of the Institute of CIS Countries Vladimir Zharikhin spoke to RT about the visit. "Beijing and Moscow are showing the West that they are not isolated," the expert believes.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Vladimir Zharikhin"]);
  });

  it("resolves `the interlocutor of RT` to the expert who spoke to RT", () => {
    const text = 'Vladimir Putin met Xi Jinping. Political scientist Ivan Petrov spoke to RT. "The summit was a success," the interlocutor of RT noted.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Ivan Petrov"]);
  });

  it("resolves `the head of state` to the previous sentence's leader", () => {
    const text = "Xi Jinping and Narendra Modi came to Kazan. The President of Russia Vladimir Putin opened the plenary session. «The process of forming a multipolar world is irreversible», the head of state stressed.";
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Vladimir Putin"]);
    // … even when another leader spoke last.
    const azertac = "President Vladimir Putin noted that trade had grown. President Ilham Aliyev thanked Vladimir Putin for the invitation. The head of state noted that relations are developing successfully.";
    expect(extractAttributions(azertac).map((a) => a.source.name)).toEqual(["Vladimir Putin", "Ilham Aliyev"]);
  });

  it("names `the official` as the text introduced them without a name (`An Elysee official, who asked not to be named, told AFP`)", () => {
    const text = 'An Elysee official, who asked not to be named, told AFP that the presidents would discuss the trade deal. "We want a deal, but not this deal," the official said.';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.speaker?.personId, sliceOf(text, q.speaker?.mention ?? null)])).toEqual([["an Elysee official", null, "the official"]]);
  });

  it("resolves `the minister` to the previous sentence's subject whose office has the word, of two ministers", () => {
    const text = 'Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi met. "We agree," Lavrov was quoted by TASS as saying. The minister added that Moscow valued Beijing\'s "balanced position".';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Sergey Lavrov", "Sergey Lavrov"]);
    // (Without the agency, the cue is the whole of `quoted as saying`.)
    const bare = '"Our relationship has never been stronger," Meloni was quoted as saying.';
    expect(extractQuotes(bare).map((q) => [q.speaker?.name, q.cue === null ? null : bare.slice(q.cue.start, q.cue.end)])).toEqual([["Giorgia Meloni", "quoted as saying"]]);
  });

  it("resolves `the head of the Turkish state` to the Turkish leader, and reads `state` there as no cue", () => {
    const text = 'Vladimir Putin received Recep Tayyip Erdogan in Sochi. "We have taken very important steps," the head of the Turkish state stressed. The Saudis state in the memo: "We fight terror."';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.cue === null ? null : text.slice(q.cue.start, q.cue.end)])).toEqual([
      ["Recep Tayyip Erdogan", "stressed"],
      ["Saudis", "state"],
    ]);
    // (Nor after a capitalised word a determiner opens, a region's or a state's: `the Sahel states`, `a Washington state
    // delegate`.)
    const sahel = "ECOWAS leaders on Sunday gave the three military-led Sahel states a six-month transition period. Bill Bruch, a Washington state delegate, said he called Haugland.";
    expect(extractAttributions(sahel).map((a) => [a.source.name, sahel.slice(a.cue.start, a.cue.end)])).toEqual([["Bill Bruch", "said"]]);
    // (An abbreviation with its stop is such a word too: `three U.S. states`.)
    const surcharge = "Premier Doug Ford met Howard Lutnick on Thursday, a week after Ford slapped a surcharge on electricity exports to three U.S. states.";
    expect(extractAttributions(surcharge)).toEqual([]);
  });

  it("gives a quote whose cue two people joined by `and` stand right before to both, as reported speech does", () => {
    const text = 'Ishiba and Xi meet in Lima\n\nPrime Minister Shigeru Ishiba and Chinese President Xi Jinping agreed to promote a "mutually beneficial relationship" in their first meeting. Putin and Erdogan called the talks "productive".';
    const report = parseReport(text, { referenceDate: "2024-11-16" });
    expect(report.quotes.map((q) => [q.speaker?.name, q.speaker?.personId])).toEqual([
      ["Shigeru Ishiba and Xi Jinping", null],
      ["Vladimir Putin and Recep Tayyip Erdogan", null],
    ]);
    // (And after the quote, two subjects before the cue: `"…," Ishiba and Xi said`.)
    const after = 'Ishiba and Xi meet in Lima\n\n"We agree on the need for dialogue," Ishiba and Xi said.';
    expect(parseReport(after, { referenceDate: "2024-11-16" }).quotes.map((q) => q.speaker?.name)).toEqual(["Shigeru Ishiba and Xi Jinping"]);
  });

  it("reads a verb of saying that is an adjective after a linking verb as no cue (`remained calm and told Trump`)", () => {
    const text = 'Ramaphosa met Trump at the White House. Ramaphosa, who had travelled to Washington to "reset" relations, remained calm and told Trump that he did not know where the video was filmed.';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.cue === null ? null : text.slice(q.cue.start, q.cue.end)])).toEqual([["Cyril Ramaphosa", "told"]]);
    // (The verb still reads after its subject: `Officials calm the markets`, said as `he calmed reporters: "…"`.)
    const verb = 'Ramaphosa met Trump. The president calmed the room: "We will talk."';
    expect(extractQuotes(verb).map((q) => q.cue === null ? null : verb.slice(q.cue.start, q.cue.end))).toEqual(["calmed"]);
  });

  it("resolves surnames, transliteration variants and descriptors to the full name", () => {
    const text = [
      "Alexander Lukashenko met Vladimir Putin.",
      '"We are allies," Lukashenka said.',
      '"We are friends," the Belarusian leader added.',
      '"We are neighbours," Putin said.',
    ].join("\n\n");
    const speakers = extractQuotes(text).map((q) => [q.speaker?.name, q.speaker?.resolvedVia]);
    expect(speakers).toEqual([
      ["Alexander Lukashenko", "alias"],
      ["Alexander Lukashenko", "descriptor"],
      ["Vladimir Putin", "alias"],
    ]);
  });

  it("takes the speaker next to the verb, not the hearer after `told` or the sentence's first name", () => {
    expect(extractQuotes('Paul Weber later told Radio Free Europe: "We are done."')[0]?.speaker?.name).toBe("Paul Weber");
    expect(extractQuotes('Ortmann later Thursday told the BBC: "We are done."')[0]?.speaker?.name).toBe("Ortmann");
    const text = 'Maria Costa and Paul Weber will meet next week, Laura Kim said, adding, "They need to talk."';
    expect(extractQuotes(text)[0]?.speaker?.name).toBe("Laura Kim");
  });

  it("takes the speaker right before the verb next to the quote, not an earlier clause's", () => {
    const text = 'After Paul Weber said the plan was unfair, Maria Costa said: "I do not like it."';
    expect(extractQuotes(text)[0]?.speaker?.name).toBe("Maria Costa");
  });

  it("does not take a new sentence after a quote for its attribution", () => {
    const text = 'Peter Novak spoke first. "It is a sad day." Laura Kim said she would call for a vote.';
    expect(extractQuotes(text)[0]?.speaker?.name).not.toBe("Laura Kim");
  });

  it("reads a columnist's name after the role and an age apposition", () => {
    expect(extractQuotes('"Ideas matter," columnist Ai Jun wrote.')[0]?.speaker?.name).toBe("Ai Jun");
    expect(extractQuotes('Before cheering supporters, Ana Suarez, 70, said, "We have won."')[0]?.speaker?.name).toBe("Ana Suarez");
  });

  it("reads initials, titles after the cue, unnamed sources and dash signatures", () => {
    expect(extractQuotes('"We will vote," Senate leader Harry M. Reid (D-Nev.) said.')[0]?.speaker?.name).toBe("Harry M. Reid");
    expect(extractQuotes('"We will vote," said former secretary of state Anna Berg, who spoke first.')[0]?.speaker?.name).toBe("Anna Berg");
    expect(extractQuotes('"It was a mistake," tweeted a German user from Hanover.')[0]?.speaker?.name).toBe("a German user");
    expect(extractQuotes('"Taxes will fall."\n\n- Maria Costa.\n\nThe claim is false.')[0]?.speaker?.name).toBe("Maria Costa");
  });

  it("reads `on Air Force One` as no medium, a name that opens with `Air`", () => {
    const text = 'Trump, speaking to reporters on Air Force One on Sunday, said he was "optimistic" about the meeting. Lukashenko said on air that he was "satisfied".';
    expect(extractQuotes(text).map((q) => q.medium === null ? null : sliceOf(text, q.medium))).toEqual([null, "on air"]);
  });

  it("keeps an unnamed source's postmodifier after the cue (`said a Gulf official briefed on the discussions`)", () => {
    const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker?.name);
    expect(speakers('"He sees himself as a peacemaker," said a Gulf official briefed on the discussions, who spoke on condition of anonymity.')).toEqual(["a Gulf official briefed on the discussions"]);
    expect(speakers('"It will not be easy," said one Democrat familiar with the discussion.')).toEqual(["one Democrat familiar with the discussion"]);
    expect(speakers('"We expect a deal," said a strategist for one of the candidates.')).toEqual(["a strategist for one of the candidates"]);
  });

  it("gives a paragraph-opening quote the voice of the person reported just before", () => {
    const text = '"We are ready," said Maria Costa.\n\nLater, Paul Weber said that the numbers were wrong.\n\n"That adds up to a deficit."';
    expect(extractQuotes(text)[1]?.speaker?.name).toBe("Paul Weber");
  });

  it("reads a resumed quote after its attribution as one utterance", () => {
    const quotes = extractQuotes('"Everything you said," the judge exclaimed, "has totally overlapped."');
    expect(quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["direct", "the judge"], ["direct", "the judge"]]);
    expect(quotes[1]?.groupId).toBe(quotes[0]?.groupId);
  });

  it("passes over possessives, prepositional objects and a leading subordinate clause for the subject", () => {
    expect(extractQuotes('In reply to Paul Weber’s plan, Maria Costa wrote to voters, saying: "We must wait."')[0]?.speaker?.name).toBe("Maria Costa");
    expect(extractQuotes('In an interview with Paul Weber, Maria Costa was blunt and argued, "It will fail."')[0]?.speaker?.name).toBe("Maria Costa");
    expect(extractQuotes('After Paul Weber criticized the deal, Maria Costa shot back, "I negotiated it."')[0]?.speaker?.name).toBe("Maria Costa");
    // With nobody else in the clause, the possessor speaks: `Weber’s office said`.
    expect(extractQuotes('Paul Weber’s office said: "No comment."')[0]?.speaker?.name).toBe("Paul Weber");
  });

  it("reads the asker of a passive question, a party tag and a coordinated verb", () => {
    expect(extractQuotes('Maria Costa was asked by host Paul Weber, "Will you run again?"')[0]?.speaker?.name).toBe("Paul Weber");
    expect(extractQuotes('Anna Berg met the press, and Rep. Paul Weber (R-Ohio) said "the bill is dead."')[0]?.speaker?.name).toBe("Paul Weber");
    expect(extractQuotes('Maria Costa met Paul Weber. Asked about it, she laughed and said, "We will see."')[0]?.speaker?.name).toBe("Maria Costa");
  });

  it("signs each quote of a list with the name on its dash line, known to the registry or not", () => {
    const text = "“The debate was a disgrace.” ― Jacklyn Ortiz\n“He never answered a question.”― Brenda Q. Tamayo \n“We will vote.” ― Sam Oduya.";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
      ["direct", "Jacklyn Ortiz"],
      ["direct", "Brenda Q. Tamayo"],
      ["direct", "Sam Oduya"],
    ]);
    expect(quotes.every((q) => q.groupId === null)).toBe(true);
  });

  it("reads `X quoted Y as saying` as Y's words, after the quotation or before it", () => {
    expect(extractQuotes('"We are partners," foreign secretary Vikram Misri quoted the two leaders as agreeing.').map((q) => q.speaker?.name)).toEqual(["the two leaders"]);
    expect(extractQuotes('Narendra Modi met Xi. Misri quoted Modi as saying: "We are partners."').map((q) => q.speaker?.name)).toEqual(["Narendra Modi"]);
    // (In the passive the subject is quoted, the agent reports: `Lavrov was quoted by TASS as saying`.)
    expect(extractQuotes('"We have a common understanding," Lavrov was quoted by TASS as saying after the talks.').map((q) => q.speaker?.name)).toEqual(["Sergey Lavrov"]);
    expect(extractQuotes('Xi was quoted by Xinhua as saying: "We agree."').map((q) => q.speaker?.name)).toEqual(["Xi Jinping"]);
  });

  it("reads `X was quoted as saying by Y` as X's words, a known leader's one-word alias, and an organisation's partial quote", () => {
    const quotes = extractQuotes('"The planet is big enough for both of us," Xi was quoted as saying by Xinhua. The White House called the talks "vital".');
    expect(quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ["direct", "Xi Jinping"],
      ["partial", "White House"],
    ]);
  });

  it("gives a partial quote to an unnamed subject with an apposition, and keeps scare quotes of unnamed sources' terms", () => {
    const [a] = extractQuotes('A senior official, who spoke on condition of anonymity, said the talks "went better than anyone had expected."');
    expect([a?.kind, a?.speaker?.name]).toEqual(["partial", "a senior official"]);
    // (A word said of something after a copula is the source's own: `the talks were "calm"`; a term stays a scare quote.)
    expect(extractQuotes('The minister said the talks were "calm" and long.').map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "the minister"]]);
    expect(extractQuotes('The minister said the "thaw" was long.')[0]?.kind).toBe("scare");
    // Two or three words are a fragment of the source's words; an unresolved pronoun is no source.
    const [frank] = extractQuotes('A government source said the talks had been "constructive and frank".');
    expect([frank?.kind, frank?.speaker?.name]).toEqual(["partial", "a government source"]);
    expect(extractQuotes('They said it was "an old trick".')[0]?.kind).toBe("scare");
    expect(extractQuotes('"No deal today," a source close to the talks told RIA Novosti.')[0]?.speaker?.name).toBe("a source close to the talks");
  });

  it("treats a lone `Name: …` headline as a heading, not a transcript", () => {
    const quotes = extractQuotes("Sanders: Brexit message could help Trump.\n\nThe senator wrote an opinion piece.");
    expect(quotes).toEqual([]);
  });

  it("resolves a pronoun to the last speaker of the right gender", () => {
    const text = '"We will see," said Maria Costa.\n\n"It is early," she added.';
    const quotes = extractQuotes(text);
    expect(quotes[1]?.speaker?.name).toBe("Maria Costa");
    expect(quotes[1]?.speaker?.resolvedVia).toBe("pronoun");
  });

  it("passes over a person named in a relative clause when resolving a pronoun", () => {
    const text = 'Paul Weber, who represented President Peter Novak, told reporters the summit had gone well. "We prevented a split," he said.';
    expect(extractQuotes(text)[0]?.speaker?.name).toBe("Paul Weber");
  });

  it("leaves a quote with no speaker in the text unattributed", () => {
    const [q] = extractQuotes('The agenda included "a broad range of economic and security questions."');
    expect(q?.kind).toBe("partial");
    expect(q?.speaker).toBeNull();
  });

  it("uses a user lexicon: a known person and an extra cue verb", () => {
    const text = '"Not today," harrumphed the envoy Tom Reyes.';
    expect(extractQuotes(text)[0]?.speaker).toBeNull();
    const withLexicon = extractQuotes(text, { lexicon: { cueVerbs: ["harrumphed"], people: [{ name: "Thomas Reyes", aliases: ["Tom Reyes"] }] } });
    expect(withLexicon[0]?.speaker?.name).toBe("Thomas Reyes");
  });
});

describe("transcripts", () => {
  it("takes no one a speaker turns to after an interjection for a person (`Well, Jim, the president said …`)", () => {
    const text =
      "CNN NEWSROOM\n\nJIM SCIUTTO, CNN ANCHOR: President Trump has left the G7 summit in Canada a day early.\n\n" +
      "KEVIN LIPTAK, CNN CORRESPONDENT: Well, Jim, the president said he had to get back to Washington. He met with the Canadian prime minister, Mark Carney, on Monday morning.";
    const report = parseReport(text, { referenceDate: "2025-06-17" });
    expect(report.people.map((p) => p.name)).toEqual(["Donald Trump", "Mark Carney"]);
    expect(report.timeline.find((e) => e.value === "2025-06-16TMO")?.participants.map((id) => report.people.find((p) => p.id === id)?.name)).toEqual(["Mark Carney", "Donald Trump"]);
  });

  it("names a turn by its label's full name, not a one-word name inside it (`JIM SCIUTTO, CNN ANCHOR:` is no `Jim` named elsewhere)", () => {
    const text =
      "CNN NEWSROOM\n\nJIM SCIUTTO, CNN ANCHOR: President Trump has left the G7 summit in Canada a day early.\n\n" +
      "KEVIN LIPTAK, CNN CORRESPONDENT: Jim, the president said he had to get back to Washington.";
    expect(parseReport(text, { referenceDate: "2025-06-17" }).quotes.map((q) => q.speaker?.name)).toEqual(["Jim Sciutto", "Kevin Liptak"]);
  });

  it("reads a first line of a label and a quotation as the headline above an interview's turns, not a turn running on", () => {
    const text = [
      'Lukashenko: "We will meet Putin in Minsk next month"',
      "",
      "Belarusian President Alexander Lukashenko gave an interview to the Belarus 1 TV channel on Sunday.",
      "",
      "Question: Mr President, when will you next meet President Putin?",
      "",
      "Alexander Lukashenko: We agreed to meet in Minsk in December.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-11-16" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "turn", "turn"]);
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
      ["heading", "Alexander Lukashenko"],
      ["direct", null],
      ["direct", "Alexander Lukashenko"],
    ]);
  });

  it("attributes a quotation inside a turn as a report's, by pronoun too (`KHALID: … He said, quote, \"…\"`)", () => {
    const text = [
      "INSKEEP: What happened in the meeting?",
      "",
      'KHALID: Biden told Xi that the two countries had shown they can manage their differences. He said, quote, "we haven\'t always agreed, but our conversations have always been candid." I think that was the headline.',
    ].join("\n");
    const quotes = parseReport(text, { referenceDate: "2024-11-17" }).quotes;
    expect(quotes.map((q) => [q.kind, q.speaker?.resolvedVia ?? null])).toEqual([
      ["direct", "label"],
      ["direct", "label"],
      ["partial", "pronoun"],
    ]);
    expect(quotes[2]?.speaker?.name).toBe("Joe Biden");
    // (Its cue is the verb, not the spoken quotation mark.)
    expect(sliceOf(text, quotes[2]?.cue ?? null)).toBe("said");
  });

  it("reads a transcript label whose name holds a particle (`Abdel Fattah el-Sisi:`, `Luiz Inácio Lula da Silva:`)", () => {
    const text = [
      "Vladimir Putin met with Abdel Fattah el-Sisi and Lula in Kazan.",
      "",
      "Vladimir Putin: I am delighted to welcome you to Kazan.",
      "",
      "President of Egypt Abdel Fattah el-Sisi (retranslated): Thank you, Mr President.",
      "",
      "Luiz Inácio Lula da Silva: We are grateful for your support.",
    ].join("\n");
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Vladimir Putin", "Abdel Fattah al-Sisi", "Luiz Inácio Lula da Silva"]);
  });

  it("reads a label of a full office and a name past ten words (`General Secretary of … To Lam (retranslated):`), not a headline before its author", () => {
    const text = [
      "President of Russia Vladimir Putin: Mr General Secretary, friends, I am very happy to be in Hanoi again.",
      "",
      "General Secretary of the Communist Party of Vietnam Central Committee To Lam (retranslated): Mr President, we are delighted to welcome you.",
    ].join("\n");
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Vladimir Putin", "To Lam"]);
    const headline = "RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: Gallup analysis shows a shift.";
    expect(parseReport(headline).blocks.map((b) => b.kind)).not.toContain("turn");
  });

  it("carries a speech on over its paragraphs without a pronoun, up to its last spoken one and a line with a room note", () => {
    const text = [
      "Vladimir Putin took part in a meeting of BRICS leaders.",
      "",
      "President of Russia Vladimir Putin: President Bolsonaro, Prime Minister Modi, President Xi Jinping,",
      "",
      "Colleagues, ladies and gentlemen,",
      "",
      "The BRICS member states consistently deepen mutually beneficial economic ties.",
      "",
      "I would like to thank Brazil for its work this year.",
      "",
      "Slava BRICS. (Applause.)",
      "",
      "The Brasilia Declaration was adopted following the summit.",
    ].join("\n");
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text.slice(0, 20))).toEqual(["President Bolsonaro,", "Colleagues, ladies a", "The BRICS member sta", "I would like to than", "Slava BRICS. (Applau"]);
    expect(new Set(quotes.map((q) => q.speaker?.name))).toEqual(new Set(["Vladimir Putin"]));
  });

  it("leaves a transcript's closing narrative to the reporter, but carries a turn on over a paragraph that speaks", () => {
    const text = [
      "Vladimir Putin: Mr President, friends, we are glad to welcome you.",
      "",
      "We have agreed to expand trade.",
      "",
      "Prabowo Subianto: Thank you, Mr President.",
      "",
      "Following the talks, the leaders signed a Declaration on Strategic Partnership.",
    ].join("\n");
    const quotes = extractQuotes(text).map((q) => [q.text.slice(0, 20), q.speaker?.name]);
    expect(quotes).toEqual([
      ["Mr President, friend", "Vladimir Putin"],
      ["We have agreed to ex", "Vladimir Putin"],
      ["Thank you, Mr Presid", "Prabowo Subianto"],
    ]);
  });

  it("names a broadcast transcript's speakers by their labels' names, without the role after a comma, and a surname label by the full name", () => {
    const text = "STEVE INSKEEP, HOST:\n\nBiden and Xi met yesterday. Good morning, Asma.\n\nASMA KHALID, BYLINE: Good morning, Steve.\n\nINSKEEP: What came out of the meeting?\n\nKHALID: Well, the two leaders agreed to talk again.";
    expect(parseReport(text).quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ["Steve Inskeep", "Biden and Xi met yesterday. Good morning, Asma."],
      ["Asma Khalid", "Good morning, Steve."],
      ["Steve Inskeep", "What came out of the meeting?"],
      ["Asma Khalid", "Well, the two leaders agreed to talk again."],
    ]);
  });

  it("reads a Q&A transcript whose speakers are known only by their recurring labels, and not form fields", () => {
    const text = [
      "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 21, 2024",
      "",
      "AFP: Chinese President Xi Jinping will meet U.S. President Joe Biden at the APEC summit. Can you confirm?",
      "",
      "Mao Ning: I have no information to release at the moment.",
      "",
      "Bloomberg: A follow-up question. Will the two leaders discuss Taiwan?",
      "",
      "Mao Ning: China's position on the Taiwan question is consistent and clear.",
    ].join("\n");
    expect(parseReport(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(["AFP", "Mao Ning", "Bloomberg", "Mao Ning"]);
    const form = "Name: Gabrielle Hatcher\nAge: 27\n\nName: Sam Lee\nAge: 31\n\nBoth said they would vote.";
    expect(parseReport(form).quotes).toEqual([]);
  });

  it("reads a White House transcript: a venue line, `Q` questions without a colon, an address by office", () => {
    const text = [
      "Remarks by President Biden and Prime Minister Albanese of Australia Before Bilateral Meeting",
      "",
      "Oval Office",
      "",
      "10:42 A.M. EDT",
      "",
      "PRESIDENT BIDEN: Well, Mr. Prime Minister, welcome back. It's great to have you here.",
      "",
      "PRIME MINISTER ALBANESE: Thank you very much, Mr. President. It's an honor to be back.",
      "",
      "Q Mr. President, are you confident the submarine deal will survive?",
      "",
      "PRESIDENT BIDEN: I am. Next question.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2023-10-25" });
    expect(report.quotes.map((q) => q.speaker?.name ?? null)).toEqual(["Joe Biden", "Anthony Albanese", null, "Joe Biden"]);
    expect(report.people.map((p) => p.name)).toEqual(["Joe Biden", "Anthony Albanese"]);
    expect(report.summit).toMatchObject({ location: "Washington", date: "2023-10-25", countries: ["United States", "Australia"] });
  });

  it("makes each labelled turn a direct quote of its speaker, skipping stage notes", () => {
    const text = "PRESIDENT BIDEN: Thank you all for coming.\n\nPRESIDENT XI: (As interpreted.) It is good to see you.\n\nWe have much to discuss.\n\nQuestion: Will you meet again?";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["Thank you all for coming.", "Joe Biden"],
      ["It is good to see you.", "Xi Jinping"],
      ["We have much to discuss.", "Xi Jinping"],
      ["Will you meet again?", null],
    ]);
    expect(quotes[1]?.groupId).toBe(quotes[2]?.groupId);
    expect(quotes[1]?.speaker?.resolvedVia).toBe("label");
  });

  it("reads `Q.` with its period as a question's label, spoken by no one named", () => {
    const text = "President Macron: Thank you, Chancellor.\n\nQ. Mr President, will you send troops?\n\nPresident Macron: Nothing should be ruled out.";
    expect(extractQuotes(text).map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["Thank you, Chancellor.", "Emmanuel Macron"],
      ["Mr President, will you send troops?", null],
      ["Nothing should be ruled out.", "Emmanuel Macron"],
    ]);
  });

  it("reads a labelled line that is one quotation as that quote, once, spoken by the label", () => {
    const quotes = extractQuotes('Talks in Minsk\n\nLukashenko: "We will not give up our sovereignty."\n\nPutin: "Nobody asks you to."');
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.resolvedVia])).toEqual([
      ["We will not give up our sovereignty.", "Alexander Lukashenko", "label"],
      ["Nobody asks you to.", "Vladimir Putin", "label"],
    ]);
  });

  it("reads a newsletter's kicker in capitals as no speaker, but capitals that recur or answer each other as speakers", () => {
    const newsletter = [
      "SUMMIT SPILLOVER: EU leaders pulled off a late-night deal on Thursday.",
      "",
      '"This is a completely senseless decision," Orbán said in a video.',
      "",
      "BUDGET BATTLE: Finance ministers are expected to return to the topic in January, one EU official said.",
    ].join("\n");
    const report = parseReport(newsletter, { referenceDate: "2023-12-15" });
    expect(report.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([["This is a completely senseless decision,", "Viktor Orban"]]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["one EU official"]);
    // An interview: `TAPPER:` asks twice; `FALLIN:` answers; each is a speaker.
    const interview = "TAPPER: Governor, are you ready to serve?\n\nFALLIN: I think I would be ready.\n\nTAPPER: Thank you, Governor.";
    expect(extractQuotes(interview).map((q) => q.speaker?.name ?? null)).toEqual(["TAPPER", "FALLIN", "TAPPER"]);
  });

  it("takes an unnamed speaker over the organisation that qualifies it, and reads `as X put it`", () => {
    expect(extractQuotes('"It was useful," the Kremlin spokesman said.')[0]?.speaker?.name).toBe("the Kremlin spokesman");
    expect(extractQuotes('"It went well," the Kremlin said.')[0]?.speaker?.name).toBe("Kremlin");
    expect(extractQuotes('As the Belarusian leader put it, "we are one people".')[0]?.speaker?.name).toBe("the Belarusian leader");
  });

  it("reads a long label with a possessive and a note before its colon", () => {
    const text = "President of Russia Vladimir Putin: Welcome to Moscow.\n\nPresident of the People’s Republic of China Xi Jinping (retranslated): Thank you, dear friend.";
    expect(extractQuotes(text).map((q) => [q.text, q.speaker?.name])).toEqual([
      ["Welcome to Moscow.", "Vladimir Putin"],
      ["Thank you, dear friend.", "Xi Jinping"],
    ]);
  });

  it("reads a transcript quoted paragraph by paragraph, each opening with its label", () => {
    const text = 'Partial transcript as follows:\n\n"HOST: Will you attend the debate tomorrow?\n\n"MORALES: I will be there, and I will win it."';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.kind, q.speaker?.name ?? null, q.speaker?.resolvedVia])).toEqual([
      ["direct", "HOST", "label"],
      ["direct", "MORALES", "label"],
    ]);
  });
  it("resolves a descriptor with a two-word demonym to its country's leader, not the one-word demonym's", () => {
    const report = parseReport('Kim Jong Un thanked Putin. "It went well," the North Korean leader said. According to the North Korean leader, Pyongyang "will always be with Russia."');
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name, q.speaker?.resolvedVia])).toEqual([
      ["direct", "Kim Jong Un", "descriptor"],
      ["partial", "Kim Jong Un", "descriptor"],
    ]);
  });
  it("reads a community's two-word demonym as its island's, not its first word's country (`Turkish Cypriot leader`)", () => {
    const report = parseReport("President Nikos Christodoulides and Turkish Cypriot leader Tufan Erhurman met in Nicosia.");
    expect(report.people.map((p) => [p.name, p.country])).toEqual([["Nikos Christodoulides", "Cyprus"], ["Tufan Erhurman", "Cyprus"]]);
  });
  it("takes the speaker and cue of `X said: '… .'` when another sentence follows the quote", () => {
    const text = "Rishi Sunak said: 'The UK is proud to stand with Ukraine.' The British prime minister added that Britain would train pilots.";
    const [q] = extractQuotes(text);
    expect([q?.speaker?.name, sliceOf(text, q?.cue ?? null)]).toEqual(["Rishi Sunak", "said"]);
  });
  it("reads a known name with particles after a title and an organisation (`European Commission President Ursula von der Leyen`)", () => {
    const report = parseReport('European Commission President Ursula von der Leyen met Saudi Crown Prince Mohammed bin Salman. "We discussed energy," von der Leyen told reporters.');
    expect(report.people.map((p) => p.name)).toEqual(["Ursula von der Leyen", "Mohammed bin Salman"]);
    expect(report.quotes[0]?.speaker?.name).toBe("Ursula von der Leyen");
  });
  it("tells `the 80-year-old president` from a president the text says is 70", () => {
    const text = 'Joe Biden met Xi Jinping. Xi, 70, invited him to China. "Well, look, he is," the 80-year-old president said.';
    expect(extractQuotes(text)[0]?.speaker?.name).toBe("Joe Biden");
    // Without the age, two presidents fit and neither is taken.
    expect(extractQuotes('Joe Biden met Xi Jinping. "Well, look, he is," the 80-year-old president said.')[0]?.speaker?.personId).toBeNull();
  });
  it("leaves a title-case headline's words out of the title before a name", () => {
    const report = parseReport("Readout of President Joe Biden's Call with President Xi Jinping\n\nPresident Biden spoke today with President Xi Jinping. The Minister of Economy of Belarus Dmitry Krutoy was not there.");
    expect(report.people.find((p) => p.name === "Joe Biden")?.roles).not.toContain("Readout of President");
    expect(report.people.find((p) => p.name === "Dmitry Krutoy")?.roles).toEqual(["Minister of Economy of Belarus"]);
  });
  it("keeps a family name's particles, capitalised or not, and finds the person again by them", () => {
    const report = parseReport('Belgian Prime Minister Alexander De Croo met Austrian President Alexander Van der Bellen. "If you want to go ahead, you will have to share the risks," De Croo told reporters. "We agree," said Van der Bellen.');
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([
      ["Alexander De Croo", ["Belgian Prime Minister"]],
      ["Alexander Van der Bellen", ["President of Austria", "Austrian President"]],
    ]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Alexander De Croo", "Alexander Van der Bellen"]);
  });
  it("reads a name opening a paragraph under a title-case heading as its own, not a run with the heading's last word", () => {
    const text =
      "Trump to Meet Modi at White House\n\nWhat People Are Saying\n\n" +
      'Michael Kugelman, director of the South Asia Institute at the Wilson Center, told Newsweek: "Modi wants to get ahead of the tariffs. He will come with offers."';
    const report = parseReport(text, { referenceDate: "2025-02-11" });
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Michael Kugelman"]);
    expect(report.people.find((p) => p.name === "Michael Kugelman")?.roles).toEqual(["director of the South Asia Institute at the Wilson Center"]);
  });
  it("reads an undersecretary's title before a name as an office, not a given name", () => {
    const text = "Presidential Communications Office (PCO) Undersecretary Claire Castro said the two leaders also witnessed the exchange of agreements.";
    const report = parseReport(text);
    expect(report.people.map((p) => p.name)).toEqual(["Claire Castro"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Claire Castro"]);
  });
  it("takes no venue's last word, after the style its name opens on, for a family name met alone", () => {
    const text = "Anwar met General Secretary To Lam at Seri Perdana here on Thursday. Earlier, To Lam was accorded an official welcoming ceremony at Dataran Perdana.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Anwar Ibrahim", "To Lam"]);
  });
  it("leaves a Malay royal style before other styles out of the name and the office", () => {
    const text = "Also present was Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([["Zafrul Abdul Aziz", ["Trade and Industry Minister"]]]);
  });
  it("joins an office before a title only where it ends on an office, not on a word of a longer one (`Party`)", () => {
    const lao = parseReport("To Lam held talks with General Secretary of the Lao People's Revolutionary Party and President of Laos Thongloun Sisoulith in Hanoi.");
    expect(lao.people.find((p) => p.name === "Thongloun Sisoulith")?.roles).toEqual(["President of Laos"]);
    const saudi = parseReport("Crown Prince and Prime Minister Mohammed bin Salman received Erdogan.");
    expect(saudi.people.find((p) => p.name === "Mohammed bin Salman")?.roles).toContain("Crown Prince");
  });
  it("reads a portfolio of international relations joined by `and` into the office before a name", () => {
    // (A name the gazetteer does not know, so that the rule is what reads the office.)
    const report = parseReport("International Relations and Cooperation Minister Thandi Mokoena said xenophobic attacks had been discussed.");
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Thandi Mokoena", ["International Relations and Cooperation Minister"]]]);
  });
  it("knows the foreign ministers in office since 2024 by their surnames", () => {
    const report = parseReport("The two men were joined by their foreign ministers, Jean-Noël Barrot and Johann Wadephul. Barrot said the talks were useful. Tajani and Sikorski agreed.");
    expect(report.people.map((p) => [p.name, p.country])).toEqual([
      ["Jean-Noël Barrot", "France"],
      ["Johann Wadephul", "Germany"],
      ["Antonio Tajani", "Italy"],
      ["Radosław Sikorski", "Poland"],
    ]);
  });
  it("knows heads of state named by a bare `President` at home (Zardari, Khurelsukh in Mongolian order, Radev, Tasoulas, Murmu), and Albania's prime minister", () => {
    const text = "President Asif Ali Zardari received President Khurelsukh Ukhnaa. Radev met Tasoulas in Athens. President Droupadi Murmu received Putin. Meloni met Edi Rama.";
    expect(parseReport(text).people.map((p) => [p.name, p.country, p.roles[0]])).toEqual([
      ["Asif Ali Zardari", "Pakistan", "President of Pakistan"],
      ["Ukhnaagiin Khurelsukh", "Mongolia", "President of Mongolia"],
      ["Rumen Radev", "Bulgaria", "President of Bulgaria"],
      ["Konstantinos Tasoulas", "Greece", "President of Greece"],
      ["Droupadi Murmu", "India", "President of India"],
      ["Vladimir Putin", "Russia", "President of Russia"],
      ["Giorgia Meloni", "Italy", "Prime Minister of Italy"],
      ["Edi Rama", "Albania", "Prime Minister of Albania"],
    ]);
  });
  it("splits a post in lower case from a rank or an office in capitals after it (`army chief Field Marshal Asim Munir`), not a deputy's office", () => {
    const report = parseReport("Pakistan's army chief Field Marshal Asim Munir met Trump. Iraq's deputy Prime Minister Fuad Hussein met Lavrov.");
    expect(report.people.filter((p) => p.name === "Asim Munir" || p.name === "Fuad Hussein").map((p) => [p.name, p.roles])).toEqual([
      ["Asim Munir", ["Pakistan's army chief", "Field Marshal"]],
      ["Fuad Hussein", ["Iraq's deputy Prime Minister"]],
    ]);
    // (The rank then names the person: `The Senior General is also due to meet …`.)
    const junta = parseReport("Myanmar junta leader Senior General Min Aung Hlaing met Modi on Sunday. The Senior General is also due to meet Xi Jinping on Saturday.", { referenceDate: "2025-09-01" });
    expect(junta.timeline.at(-1)?.participants.map((id) => junta.people.find((p) => p.id === id)?.name)).toEqual(["Min Aung Hlaing", "Xi Jinping"]);
  });
  it("splits a military rank from an office of several words before it (`Chief of Army Staff Field Marshal Syed Asim Munir`), not from an office of its own (`Attorney General`)", () => {
    const report = parseReport("Sharif was accompanied by Foreign Minister Ishaq Dar and Chief of Army Staff Field Marshal Syed Asim Munir. Attorney General Janet Reno spoke.");
    expect(report.people.filter((p) => p.name !== "Shehbaz Sharif" && p.name !== "Ishaq Dar").map((p) => [p.name, p.roles])).toEqual([
      ["Syed Asim Munir", ["Chief of Army Staff", "Field Marshal"]],
      ["Janet Reno", ["Attorney General"]],
    ]);
  });
  it("reads `the general` before a noun as an adjective (`the general election`), before a verb as the officer", () => {
    const text = "General Wesley Clark met Sanders. Both spoke of the general election and the general public. The general stumped for Clinton in Iowa. The general said he was happy.";
    const clark = parseReport(text).people.find((p) => p.name === "Wesley Clark");
    expect(clark?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Wesley Clark", "The general", "The general"]);
  });
  it("reads `NZ` as New Zealand's short name (`The NZ leader departs today`)", () => {
    const report = parseReport("Luxon met Napat in Port Vila on Monday. The NZ leader departs for Tonga today.", { referenceDate: "2025-08-26" });
    expect(report.people.find((p) => p.name === "Christopher Luxon")?.descriptors).toEqual(["the NZ leader"]);
  });
  it("takes a name with a Cantonese given name after the English one and the surname for the same person as without it (`John Lee Ka-chiu`, `John Lee`)", () => {
    const headline = parseReport("John Lee meets Li Qiang in Beijing\n\nChief Executive John Lee Ka-chiu met Premier Li Qiang in Beijing on Tuesday. Lee said he was encouraged.");
    expect(headline.people.map((p) => p.name)).toEqual(["John Lee", "Li Qiang"]);
    const lead = parseReport("Chief Executive John Lee Ka-chiu met Premier Li Qiang on Tuesday. Later, John Lee said he was encouraged.");
    expect(lead.people.map((p) => p.name)).toEqual(["John Lee Ka-chiu", "Li Qiang"]);
  });
  it("takes a lone given name that begins several full names for the one leader the gazetteer knows (`Sheikh Mohamed's third visit`)", () => {
    const text = "Sisi received UAE President Sheikh Mohamed bin Zayed Al Nahyan on Sunday, spokesman Mohamed El-Shenawy said. Analysts said the visit, Sheikh Mohamed's third this year, was a sign of coordination.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Abdel Fattah al-Sisi", "Mohamed bin Zayed", "Mohamed El-Shenawy"]);
  });
  it("resolves `the` and capitals that are word for word one person's office to that person, though no place in them is known (`the Kurdistan Region President`)", () => {
    const text = 'Kurdistan Region President Nechirvan Barzani met Erdogan in Ankara on Saturday. "We agree on the pipeline," the Kurdistan Region President said.';
    const report = parseReport(text);
    expect(report.quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedVia])).toEqual([["Nechirvan Barzani", "descriptor"]]);
    expect(report.people.find((p) => p.name === "Nechirvan Barzani")?.descriptors).toEqual(["the Kurdistan Region President"]);
    // (Not capitals that only end in an office: `the Kurdistan Region Vice President` is someone else.)
    const other = 'Kurdistan Region President Nechirvan Barzani met Erdogan. "We agree," the Kurdistan Region Vice President said.';
    expect(parseReport(other).quotes[0]?.speaker?.name).not.toBe("Nechirvan Barzani");
  });
  it("makes no person of a place's name before a comma and a clause a relative adverb opens (`at the Great Hall, where President Xi received him`)", () => {
    const text = "Dissanayake was accorded a ceremonial welcome at the Great Hall, where President Xi received him. The chants were strong in front of the Stonewall Inn, which President Obama declared a monument.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Anura Kumara Dissanayake", "Xi Jinping", "Barack Obama"]);
  });
  it("keeps the service a chief heads, and `affairs` of a portfolio, in an office written before the name (`intelligence chief Ibrahim Kalin`)", () => {
    const text = "Erdogan met Sharaa. Turkish intelligence chief Ibrahim Kalin and spy chief Hakan Yilmaz attended. Foreign Affairs and International Cooperation Minister Mulambo Haimbe spoke.";
    expect(parseReport(text).people.slice(2).map((p) => [p.name, p.roles])).toEqual([
      ["Ibrahim Kalin", ["Turkish intelligence chief"]],
      ["Hakan Yilmaz", ["spy chief"]],
      ["Mulambo Haimbe", ["Foreign Affairs and International Cooperation Minister"]],
    ]);
  });
  it("reads an office before a courtesy title and its stop as the name's (`Cabinet Spokesman Dr. Nalinda Jayatissa`)", () => {
    const text = "Dissanayake met Xi. Cabinet Spokesman Dr. Nalinda Jayatissa and Health Minister Dr. Ramesh Pathirana were present.";
    expect(parseReport(text).people.slice(2).map((p) => [p.name, p.roles])).toEqual([
      ["Nalinda Jayatissa", ["Cabinet Spokesman"]],
      ["Ramesh Pathirana", ["Health Minister"]],
    ]);
  });
  it("keeps an office's `to` and a description with its article in the office before a name (`Secretary to the President Nandika Sanath Kumanayake`)", () => {
    const text = "Dissanayake met Xi. Secretary to the President Nandika Sanath Kumanayake and Special Adviser to the Prime Minister Ali Perera were present.";
    expect(parseReport(text).people.slice(2).map((p) => [p.name, p.roles[0]])).toEqual([
      ["Nandika Sanath Kumanayake", "Secretary to the President"],
      ["Ali Perera", "Special Adviser to the Prime Minister"],
    ]);
  });
  it("reads past `But,` set off by its comma to the speaker of a quotation in the sentence (`But, a senior Kurdish official told MEE, the deadline \"is unlikely to be met\"`)", () => {
    const text = 'Erdogan met Sharaa. But, a senior Kurdish official told MEE, the deadline "is unlikely to be met".';
    expect(parseReport(text).quotes.map((q) => [q.speaker?.name, q.cue === null ? null : text.slice(q.cue.start, q.cue.end)])).toEqual([["a senior Kurdish official", "told"]]);
  });
  it("resolves an official's office only to one who holds that office, not to another official (`the judge` is no prosecutor), a member of the House by `the congressman`", () => {
    const court = 'Prosecutor Carrie Cohen asked for prison. "Everything you have said has overlapped," the judge said.';
    expect(parseReport(court).quotes.map((q) => q.speaker?.name)).not.toContain("Carrie Cohen");
    const house = 'Rep. Alan Grayson spoke on Monday. "I will not resign," the congressman said.';
    expect(parseReport(house).quotes.map((q) => q.speaker?.name)).toEqual(["Alan Grayson"]);
  });
  it("reads a given name and a surname set off by commas after an office, or closing the sentence, as a person whatever follows (`received by Nigeria's Vice-President, Kashim Shettima, and …`)", () => {
    const text = "Mahama was received at the airport by Nigeria's Vice-President, Kashim Shettima, and Ghana's High Commissioner to Nigeria, Baba Jamal.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["John Dramani Mahama", "Kashim Shettima", "Baba Jamal"]);
  });
  it("keeps a pilgrim's style after `bin` in a Malay name, and reads `Utama` of `Dato' Seri Utama` as a courtesy title (`Dato' Seri Utama Haji Mohamad bin Haji Hasan`)", () => {
    expect(parseReport("Also present was Malaysian Minister of Foreign Affairs Dato Seri Mohamad bin Haji Hasan.").people.map((p) => [p.name, p.roles])).toEqual([["Mohamad bin Haji Hasan", ["Malaysian Minister of Foreign Affairs"]]]);
    expect(parseReport("Also present was Dato' Seri Utama Haji Mohamad bin Haji Hasan.").people.map((p) => p.name)).toEqual(["Mohamad bin Haji Hasan"]);
  });
  it("reads an agency named by the word for agency in its own language as a body, no person (`Agenzia Nova`)", () => {
    const report = parseReport("Meloni receives Mitsotakis\n\nAgenzia Nova\n\nItalian Prime Minister Giorgia Meloni received Kyriakos Mitsotakis this morning.");
    expect(report.people.map((p) => p.name)).toEqual(["Giorgia Meloni", "Kyriakos Mitsotakis"]);
    expect(report.organizations.map((o) => o.name)).toContain("Agenzia Nova");
  });
  it("splits a military rank from an office that names its country before a name (`President of the Republic of Lebanon General Joseph Aoun`)", () => {
    const person = parseReport("The Emir held talks with HE President of the Republic of Lebanon General Joseph Aoun.").people.find((p) => p.name === "Joseph Aoun");
    expect(person?.roles).toContain("General");
    expect(person?.roles).toContain("President of the Republic of Lebanon");
  });
  it("keeps an office and a country after its `of` together before a rank, not another's office (`President of Lebanon General Joseph Aoun`)", () => {
    const person = parseReport("The Emir held talks with President of Lebanon General Joseph Aoun.").people.find((p) => p.name === "Joseph Aoun");
    expect(person?.roles).toEqual(["President of Lebanon", "General"]);
  });
  it("reads `the Amir` as a crowned title no other leader wears (`The Amir held talks with … President … Joseph Aoun`)", () => {
    const person = parseReport("The Amir held talks with President Joseph Aoun of Lebanon.").people.find((p) => p.name === "Joseph Aoun");
    expect(person?.descriptors).toEqual([]);
  });
  it("reads Kenya's short title for a minister before a name (`Agriculture CS Mutahi Kagwe`)", () => {
    const report = parseReport("Ruto was accompanied by Trade Cabinet Secretary Lee Kinyanjui and Agriculture CS Mutahi Kagwe.");
    expect(report.people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["William Ruto", "President of Kenya"],
      ["Lee Kinyanjui", "Trade Cabinet Secretary"],
      ["Mutahi Kagwe", "Agriculture CS"],
    ]);
  });
  it("reads a body's member as an office before a name (`Cabinet Member Musaed Al-Aiban`, `Band member Flea`), not after a count that makes it a body's size", () => {
    const report = parseReport("The meeting was attended by Cabinet Member Musaed Al-Aiban. Band member Flea shared the news.");
    expect(report.people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["Musaed Al-Aiban", "Cabinet Member"],
      ["Flea", undefined],
    ]);
    expect(parseReport("In 2004, Blocher was elected to the seven member Federal Council. The 1.6 million member AFT voted.").people).toEqual([]);
  });
  it("reads a body in capitals before an office in lower case as the one person whose role holds both (`The Commission president flew to Scotland`), opening a sentence or not", () => {
    const report = parseReport("Donald Trump and Ursula von der Leyen sealed a deal on Sunday. The Commission president flew to Scotland on Saturday.", { referenceDate: "2025-07-27" });
    expect(report.people.find((p) => p.name === "Ursula von der Leyen")?.descriptors).toEqual(["the Commission president"]);
    expect(report.timeline.find((e) => e.value === "2025-07-26")?.participants.map((id) => report.people.find((p) => p.id === id)?.name)).toEqual(["Ursula von der Leyen"]);
    const fbi = parseReport("James Comey, the FBI Director, spoke on Monday. Trump attacked the FBI director on Tuesday.", { referenceDate: "2016-07-06" });
    expect(fbi.people.find((p) => p.name === "James Comey")?.descriptors).toContain("the FBI director");
  });
  it("leaves Cambodia's honorifics out of a name and makes no person of them (`Samdech Thipadei Hun Manet`)", () => {
    const report = parseReport("Samdech Thipadei Hun Manet held talks with Datuk Seri Anwar Ibrahim. Samdech Thipadei thanked Anwar for his efforts.");
    expect(report.people.map((p) => p.name)).toEqual(["Hun Manet", "Anwar Ibrahim"]);
  });
  it("writes a known holder's office with the article a country's name takes in prose", () => {
    const report = parseReport("Czech President Petr Pavel met Solomon Islands Prime Minister Jeremiah Manele and Colombian President Gustavo Petro.");
    expect(report.people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["Petr Pavel", "President of the Czech Republic"],
      ["Jeremiah Manele", "Prime Minister of the Solomon Islands"],
      ["Gustavo Petro", "President of Colombia"],
    ]);
  });
  it("reads the title before an unknown full name as a role, and a deputy's office as its own", () => {
    const report = parseReport("Foreign Secretary Vikram Misri spoke. Deputy Attorney General Sally Yates was there. The attorney general did not come.");
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([
      ["Vikram Misri", ["Foreign Secretary"]],
      ["Sally Yates", ["Deputy Attorney General"]],
    ]);
    // `the attorney general` is not the deputy.
    expect(report.people[1]?.descriptors).toEqual([]);
  });
  it("reads a country as possessor of a title, and a three-word name after a title when its surname recurs", () => {
    const report = parseReport("Kenya's President William Ruto met GCC Secretary-General Jasem Mohamed Albudaiwi. The talks were useful, Albudaiwi added.");
    expect(report.people.map((p) => [p.name, p.country, p.mentions.length])).toEqual([
      ["William Ruto", "Kenya", 1],
      ["Jasem Mohamed Albudaiwi", null, 2],
    ]);
  });
  it("reads a three-word name after a title where running text goes on, but not into a title-case headline", () => {
    // (Names the gazetteer does not know, so that the rule is what reads them.)
    const report = parseReport("ECOWAS leaders met in Abuja.\n\nSierra Leone's President Julius Kamara Bangura attended, and President Mamadou Diallo Sow, who mediates, spoke.");
    expect(report.people.map((p) => [p.name, p.country])).toEqual([["Julius Kamara Bangura", "Sierra Leone"], ["Mamadou Diallo Sow", null]]);
    expect(parseReport("President Faye Visits Paris\n\nHe came.").people.map((p) => p.name)).not.toContain("Bassirou Diomaye Faye");
  });
  it("gives an office of a body, set off before a name, to that name, not to a president named earlier", () => {
    const text = 'President Bola Tinubu opened the summit. The President of the ECOWAS Commission, Omar Touray, said the exit of Mali had cost the region "enormous goodwill." According to him, the commission has begun talks.';
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Bola Tinubu", ["President of Nigeria", "President"]], ["Omar Touray", ["President of the ECOWAS Commission"]]]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Omar Touray"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Omar Touray", "Omar Touray"]);
  });
  it("takes no word inside an earlier quotation for a later quote's cue (`he had been \"reassured\" … but that \"we are not there yet\"`)", () => {
    const text = 'De Wever told reporters he had been "reassured" by the discussion but that "we are not there yet."';
    expect(extractQuotes(text).map((q) => [q.text, q.speaker?.name, q.cue === null ? null : text.slice(q.cue.start, q.cue.end)])).toEqual([
      ["reassured", "De Wever", "told reporters"],
      ["we are not there yet.", "De Wever", "told reporters"],
    ]);
  });
  it("names one set off after the office they hold in a body, its acronym in brackets (`The secretary general of … (OIF), Louise Mushikiwabo, said`)", () => {
    // (A given name the lexicon lacks, so that the office is what makes the name.)
    const text = 'The secretary general of the International Organisation of La Francophonie (OIF), Louise Mushikiwabo, said the organisation had to "prove its usefulness" to the young.';
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Louise Mushikiwabo", ["secretary general of the International Organisation of La Francophonie"]]]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Louise Mushikiwabo"]);
    // (Not a thing the office serves, which the name after it may stand for.)
    const paper = "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was political.";
    expect(parseReport(paper).people.map((p) => p.name)).toEqual(["Giovanni Maria Vian"]);
  });
  it("tells two people of one family name written first apart (`Kang Yu-jung`, `Kang Hoon-sik`)", () => {
    const text = "Presidential spokesperson Kang Yu-jung said the talks went well. Lee's chief of staff, Kang Hoon-sik, told reporters that the visit would help.";
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Kang Yu-jung", ["Presidential spokesperson"]], ["Kang Hoon-sik", ["Lee's chief of staff"]]]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Kang Yu-jung", "Kang Hoon-sik"]);
  });

  it("names a spokesman set off by commas before an adverb and the verb (`, Steffen Hebestreit, later said`)", () => {
    const text = 'German Chancellor Olaf Scholz spoke. The chancellor\'s spokesman, Steffen Hebestreit, later said Berlin remained open to "all options within the treaties."';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Steffen Hebestreit"]);
  });
  it("gives each name of a list its country's share of a plural office (`his Iranian and Turkish counterparts, A and B,`)", () => {
    const text = "Putin held talks with his Iranian and Turkish counterparts, Ebrahim Raisi and Recep Tayyip Erdogan, in Tehran on Tuesday.";
    const report = parseReport(text, { referenceDate: "2022-07-20" });
    const raisi = report.people.find((p) => p.name === "Ebrahim Raisi");
    expect([raisi?.roles, raisi?.country]).toEqual([["Iranian counterpart"], "Iran"]);
    expect(report.summit.participants.map((id) => report.people.find((p) => p.id === id)?.name)).toContain("Ebrahim Raisi");
  });

  it("keeps `former` in an office before a name, so that a description of the office now is not the former holder's", () => {
    const text = "Albanese met Trump. The prime minister had waited since January. Asked about the former prime minister Kevin Rudd, Trump said: \"I don't like him.\" But former secretary of state Hillary Clinton disagreed.";
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.roles, p.descriptors])).toEqual([
      ["Anthony Albanese", ["Prime Minister of Australia"], ["the prime minister"]],
      ["Donald Trump", ["President of the United States"], []],
      ["Kevin Rudd", ["former prime minister"], []],
      ["Hillary Clinton", ["Secretary of State", "former secretary of state"], []],
    ]);
  });
  it("reads a word of office after given names as the family name (`Charlie King`, `Billie Jean King`), and no company as a person", () => {
    const text = '"It matters," said Charlie King, a New York Democrat. Billie Jean King remembered the fight. Crazy Eddie Inc said sales fell. "It is all about enthusiasm," Mr. King added.';
    const report = parseReport(text);
    expect(report.people.map((p) => p.name)).toEqual(["Charlie King", "Billie Jean King"]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Charlie King", "Charlie King"]);
  });
  it("knows Arabic given names before a family name with its particle (`Adel al-Jubeir`, `Sami al-Hamad`)", () => {
    const text = "Adel al-Jubeir later disputed the account. Sami al-Hamad said the talks had gone well.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Adel al-Jubeir", "Sami al-Hamad"]);
  });
  it("takes `his host`, `his guest` and a bare `his counterpart` for the other of the report's two leaders", () => {
    const text = 'Xi Jinping arrived in Moscow on Monday and met Vladimir Putin. His host said Russia was studying the plan "with respect". Putin spoke first. His guest said China was ready.';
    const report = parseReport(text, { referenceDate: "2023-03-20" });
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Vladimir Putin", "Xi Jinping"]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Vladimir Putin"]);
  });
  it("takes `she` for a woman whose given name the lexicon knows (`Ursula`, `Carly`, `Mette`), not a man named after her", () => {
    for (const name of ["Ursula von der Leyen", "Carly Fiorina", "Mette Frederiksen", "Annalena Baerbock"]) {
      const report = parseReport(`${name} met Xi Jinping in Beijing. "We have reached an inflection point," she said.`);
      expect(report.quotes.map((q) => q.speaker?.name)).toEqual([name]);
    }
  });
  it("leaves a style of address out of a title, reads a Gulf ruler's office as a role, and `affirmed` as a cue", () => {
    const report = parseReport(
      'President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Narendra Modi. Sheikh Tahnoun, Deputy Ruler of Abu Dhabi, attended. Modi affirmed that India considers the UAE "a trusted partner".',
    );
    // (The text's spelling of the given name: `Mohamed`, not the gazetteer's `Mohammed`.)
    expect(report.people.find((p) => p.name === "Mohamed bin Zayed")?.roles).not.toContain("President His Highness");
    expect(report.people.map((p) => p.name)).not.toContain("Ruler");
    expect(report.quotes[0]?.speaker?.name).toBe("Narendra Modi");
  });

  it("knows a reigning monarch named by title and given name (`King Charles`) by the gazetteer's name", () => {
    const text = 'King Charles opened a summit of Commonwealth leaders in Samoa, telling them that "none of us can change the past."';
    const report = parseReport(text, { referenceDate: "2024-10-25" });
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Charles III", ["King of the United Kingdom"]]]);
    expect(report.quotes[0]?.speaker?.name).toBe("Charles III");
  });

  it("resolves `the president`, with two presidents in the report, to the latest president who spoke", () => {
    const text =
      'Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk. "We are allies," the Belarusian president said. "Our union is strong," the president added.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Alexander Lukashenko", "Alexander Lukashenko"]);
    // A president named inside the quotation is no speaker: it is the one who spoke before.
    const call = 'Claudia Sheinbaum said her call with Donald Trump had been "very good". "We had a very good call with President Trump," the president wrote.';
    expect(extractQuotes(call).map((q) => q.speaker?.name)).toEqual(["Claudia Sheinbaum", "Claudia Sheinbaum"]);
  });

  it("names a speaker met first by a shorter name by the person's full name (`Von der Leyen: '…'` over the article)", () => {
    const report = parseReport("Von der Leyen: 'Europe must rearm'\n\nUrsula von der Leyen told reporters that Europe must rearm.");
    expect(report.quotes[0]?.speaker?.name).toBe("Ursula von der Leyen");
    expect(report.quotes[0]?.speaker?.personId).toBe(report.people[0]?.id);
  });

  it("gives a headline quote the speaker after it (`'We will not be lectured', Starmer tells Trump`)", () => {
    const text = "'We will not be lectured', Starmer tells Trump at Chequers\n\nSir Keir Starmer has told Donald Trump that Britain will not be lectured. Downing Street later said the two men had agreed a deal.";
    const report = parseReport(text);
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["heading", "Keir Starmer"]]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Keir Starmer", "Downing Street"]);
    // `'…': Putin after meeting Xi`: the person right after the colon; not one of two (`"…": Putin and Kim signed …`).
    const colon = parseReport("'We are ready for talks': Putin after meeting Xi\n\nPutin met Xi in Beijing on Thursday.");
    expect(colon.quotes.map((q) => q.speaker?.name ?? null)).toEqual(["Vladimir Putin"]);
    const pair = parseReport('"A new level of relations": Putin and Kim Jong-un signed a treaty\n\nPutin and Kim Jong-un met in Pyongyang.');
    expect(pair.quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it("reads no person in a headline written in capitals, but keeps a transcript label in capitals", () => {
    const headline = parseReport("PUTIN, XI HOLD TALKS IN BEIJING\n\nRussian President Vladimir Putin and Chinese President Xi Jinping held talks.");
    expect(headline.people.map((p) => p.name)).toEqual(["Vladimir Putin", "Xi Jinping"]);
    const label = parseReport("KATE BOLDUAN: You guys, back in January, said you would debate.\n\nROBBY MOOK: We will.");
    expect(label.people.map((p) => p.name)).toContain("Kate Bolduan");
  });

  it("reads a hyphened pair of bodies or peoples (`EU-Mercosur`, `African-Americans`) beside a verb as no person", () => {
    const text = "Berlin and Paris remain at odds over a proposed EU-Mercosur trade agreement. Many African-Americans said they backed her.";
    expect(parseReport(text).people).toEqual([]);
  });

  it("keeps an unresolved `she` as the speaker rather than giving the words to a man named before", () => {
    const text = 'White House Press Secretary Josh Earnest said the bill was dangerous. "For us, all we are asking for is an opportunity," she said.';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.speaker?.personId ?? null, q.speaker?.resolvedVia])).toEqual([["she", null, "pronoun"]]);
  });

  it("reads `Fiona Hill, a former White House adviser on Russia,` as a person, and `Simon Wiesenthal Center` as none", () => {
    const text = 'Fiona Hill, a former White House adviser on Russia, said the summit had handed Putin "a propaganda victory." Rabbi Marvin Hier of the Simon Wiesenthal Center agreed.';
    expect(extractQuotes(text)[0]?.speaker?.name).toBe("Fiona Hill");
    expect(parseReport(text).people.map((p) => p.name)).not.toContain("Simon Wiesenthal Center");
  });

  it("reads the office a person takes after `as` as a role, without the `as`", () => {
    // (A name the gazetteer does not know, so that the apposition is what gives the office.)
    const report = parseReport("The summit opened with the election of Peter Mwangi Otieno, as chairperson of the African Union Commission.");
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Peter Mwangi Otieno", ["chairperson of the African Union Commission"]]]);
  });

  it("knows the middle of three words as the name said alone, and a country after `of` as no person", () => {
    const text =
      'Mahmoud Ali Youssouf succeeds Moussa Faki Mahamat of Chad, who served two terms. Faki, in his farewell speech, warned that the continent faced "multiple and complex crises."';
    const report = parseReport(text);
    expect(report.people.map((p) => p.name)).toEqual(["Mahmoud Ali Youssouf", "Moussa Faki Mahamat"]);
    expect(report.quotes[0]?.speaker).toMatchObject({ name: "Moussa Faki Mahamat", resolvedVia: "alias" });
  });

  it("gives no given name both genders but those that are (Andrea, Jean, Alexis, Li)", () => {
    const male = new Set(MALE_FIRST_NAMES);
    expect(FEMALE_FIRST_NAMES.filter((n) => male.has(n))).toEqual(["Andrea", "Jean", "Alexis", "Li"]);
  });
  it("resolves `the UN chief` to the head of that body, and keeps a byline's `By` and a generational suffix out", () => {
    const text = 'By Pacific affairs reporter Lice Movono\n\nUN Secretary-General António Guterres urged leaders to choose peace. "We are in an age of disruption," the UN chief told the hall. Palau\'s President Surangel Whipps Jr told reporters it was "a mistake." Whipps left.';
    const report = parseReport(text);
    expect(report.quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedVia])).toEqual([["Antonio Guterres", "descriptor"], ["Surangel Whipps Jr", "name"]]);
    expect(report.people.map((p) => [p.name, p.roles, p.aliases])).toEqual([
      ["Lice Movono", ["Pacific affairs reporter"], ["Movono"]],
      ["Antonio Guterres", ["UN Secretary-General"], ["António Guterres", "Guterres"]],
      ["Surangel Whipps Jr", ["President of Palau", "Palau's President"], ["Whipps"]],
    ]);
  });
  it("resolves `the U.S. president`, the abbreviation's period and all, when two presidents meet", () => {
    const report = parseReport('Zelensky met Trump at the White House. "We need them too," the U.S. president said.');
    expect(report.quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedVia])).toEqual([["Donald Trump", "descriptor"]]);
  });
  it("takes no title from the next item of a list of titled leaders, and no person from a war's name", () => {
    const text = "Among the attendees were Turkish President Recep Tayyip Erdogan, Qatari Emir Sheikh Tamim bin Hamad Al Thani, French President Emmanuel Macron and others. They marked the end of the Second World War, alongside Chinese President Xi Jinping.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Recep Tayyip Erdogan", ["President of Turkey", "Turkish President"]],
      ["Tamim bin Hamad Al-Thani", ["Emir of Qatar", "Qatari Emir"]],
      ["Emmanuel Macron", ["President of France", "French President"]],
      ["Xi Jinping", ["President of China", "Chinese President"]],
    ]);
  });
  it("knows a Ukrainian or Russian given name in its `-ii` and `-iy` spellings (`Valerii Zaluzhnyi`, `Andrii Yermak`)", () => {
    const report = parseReport("The envoy was greeted by Ukraine's ambassador to the UK, Valerii Zaluzhnyi, and by Andrii Yermak.");
    expect(report.people.map((p) => p.name)).toEqual(["Valerii Zaluzhnyi", "Andrii Yermak"]);
  });

  it("knows Vice Premier He Lifeng, and takes no pronoun `He` for his family name", () => {
    const text = 'Chinese Vice Premier He Lifeng led Beijing\'s delegation. He said the sides had agreed to "keep pushing" for a deal.';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.speaker?.resolvedVia])).toEqual([["He Lifeng", "pronoun"]]);
    // (Nor in a report that names China but not him: `He said …` after a quotation's closing mark is a pronoun.)
    const other = 'Trump spoke about China.\n\n"It is ridiculous."\n\nHe said that Clinton had no experience.';
    expect(parseReport(other).people.map((p) => p.name)).toEqual(["Donald Trump"]);
  });
  it("takes no garden for a person (`a Rose Garden news conference`, `Madison Square Garden`)", () => {
    const report = parseReport('"This is the most significant upgrade," Joe Biden said at a Rose Garden news conference. Fans gathered at Madison Square Garden.');
    expect(report.people.map((p) => p.name)).toEqual(["Joe Biden"]);
  });
  it("reads a newspaper named after its city as a body (`the Miami Herald`, `the Chicago Tribune`), and knows São Paulo and Calgary", () => {
    const report = parseReport('"No comment," the Miami Herald reported. The Chicago Tribune said Lula would travel to São Paulo, and Carney to Calgary.');
    expect(report.organizations.map((o) => o.name)).toEqual(["Miami Herald", "Chicago Tribune"]);
    expect(report.people.map((p) => p.name)).toEqual(["Luiz Inacio Lula da Silva", "Mark Carney"]);
    expect(report.places.map((p) => p.name)).toEqual(["São Paulo", "Calgary"]);
  });
  it("reads a country's name as the family name of a person the text names in full (`Montenegro said`), not after `in`", () => {
    const text = 'Prime Minister Luís Montenegro met Pedro Sánchez. "We agree," Montenegro said. Sánchez will visit Portugal; he has not been to Montenegro.';
    const report = parseReport(text);
    expect(report.quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedVia])).toEqual([["Luís Montenegro", "alias"]]);
    expect(report.places.map((p) => [p.id, p.name, p.mentions.length])).toEqual([["l1", "Portugal", 1], ["l2", "Montenegro", 1]]);
  });
  it("reads a state or a capital that is also a given name, alone beside a verb, as the place (`Jordan said`, `expected Sofia to adopt the euro`), and still as the family name of one named in full", () => {
    const text = "Radev met Mitsotakis in Athens. Mitsotakis said that Athens supported the bid and expected Sofia to adopt the euro. Jordan said it would send aid.";
    const report = parseReport(text, { referenceDate: "2025-05-14" });
    expect(report.people.map((p) => p.name).filter((n) => n === "Sofia" || n === "Jordan")).toEqual([]);
    expect(report.places.map((p) => p.name)).toEqual(["Athens", "Sofia", "Jordan"]);
    const named = parseReport("Michael Jordan attended. Jordan said it went well.");
    expect(named.attributions.map((a) => a.source.name)).toEqual(["Michael Jordan"]);
  });
  it("resolves a description whose country has several words, before a modifier of one (`the New Zealand prime minister`, `the Trinidad and Tobago prime minister`)", () => {
    const text = 'Anthony Albanese met Christopher Luxon and Kamla Persad-Bissessar. "It was good," the New Zealand prime minister said. "We must lead," the Trinidad and Tobago prime minister said.';
    expect(parseReport(text).quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedVia])).toEqual([
      ["Christopher Luxon", "descriptor"],
      ["Kamla Persad-Bissessar", "descriptor"],
    ]);
  });
  it("reads a counterpart of a country of several words, in apposition and as a speaker (`his Trinidad and Tobago counterpart`)", () => {
    const report = parseReport('Prime Minister Andrew Holness on Tuesday hosted his Trinidad and Tobago counterpart, Kamla Persad-Bissessar, at Jamaica House.');
    expect(report.people.map((p) => p.roles)).toEqual([["Prime Minister of Jamaica", "Prime Minister"], ["Prime Minister of Trinidad and Tobago", "Trinidad and Tobago counterpart"]]);
    const spoken = parseReport('Andrew Holness met Kamla Persad-Bissessar. "It was good," his Trinidad and Tobago counterpart said.');
    expect(spoken.quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedVia])).toEqual([["Kamla Persad-Bissessar", "descriptor"]]);
  });
  it("reads Myanmar's rank `Senior General` as a title before a name, no person called Senior", () => {
    const report = parseReport("Myanmar junta chief Senior General Min Aung Hlaing held talks with Vladimir Putin. Senior General Than Shwe met Jiang Zemin in 2003.");
    expect(report.people.map((p) => p.name)).toEqual(["Min Aung Hlaing", "Vladimir Putin", "Than Shwe", "Jiang Zemin"]);
  });
  it("takes no country after a role for a person (`host Solomon Islands`), but a name that goes on past one (`Secretary Chad Wolf`)", () => {
    const report = parseReport("Leaders met in Honiara today, after host Solomon Islands barred all partners. Acting Secretary Chad Wolf said no.");
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Chad Wolf", ["Acting Secretary"]]]);
  });
  it("reads no lone word before an office that titles a name of its own as a surname (`Minister of Foreign Affairs, Ambassador Yusuf Tuggar,`)", () => {
    const report = parseReport("The Minister of Foreign Affairs, Ambassador Yusuf Tuggar, and his South African counterpart, Ronald Lamola, signed four memoranda.");
    expect(report.people.map((p) => p.name)).toEqual(["Yusuf Tuggar", "Ronald Lamola"]);
    // (An office with a possessive after its name still sets off the word before it: `Heidi, Senator Ted Cruz's wife`.)
    const wife = parseReport("Trump began attacking Heidi, Senator Ted Cruz's wife.");
    expect(wife.people.map((p) => p.name)).toEqual(["Donald Trump", "Heidi", "Ted Cruz"]);
    // (After an opening phrase's comma, the office is the name's when a reporting verb follows it.)
    const briefing = parseReport("Briefing State House correspondents after the meeting, the Minister of Foreign Affairs, Ambassador Yusuf Tuggar, said the talks went well.");
    expect(briefing.people.map((p) => [p.name, p.roles])).toEqual([["Yusuf Tuggar", ["Ambassador", "Minister of Foreign Affairs"]]]);
  });
  it("reads an office set off before a name after a country of several words and a word of tenure (`The Islamic Emirate's acting Foreign Minister, …,`)", () => {
    const report = parseReport("The Islamic Emirate's acting Foreign Minister, Amir Khan Muttaqi, met Iran's Foreign Minister, Abbas Araghchi, in Tehran.");
    expect(report.people.map((p) => [p.name, p.roles.at(-1), p.country])).toEqual([["Amir Khan Muttaqi", "Islamic Emirate's acting Foreign Minister", "Afghanistan"], ["Abbas Araghchi", "Iran's Foreign Minister", "Iran"]]);
  });
  it("reads no body's name after a rank's word as a name (`head of the General Intelligence Service`), nor a city after `in` as part of a title", () => {
    const body = parseReport("The talks were attended by head of the General Services Administration Denise Turner Roth.");
    expect(body.people.map((p) => [p.name, p.roles])).toEqual([["Denise Turner Roth", ["head of the General Services Administration"]]]);
    const city = parseReport("President Abbas received today at the presidential headquarters in Ramallah Egyptian Foreign Minister Omar Haddad.");
    expect(city.people.find((p) => p.name === "Omar Haddad")?.roles).toEqual(["Egyptian Foreign Minister"]);
  });
  it("takes the cue before an infinitive for a partial quote's, not the infinitive (`agreed Thursday to continue \"shuttle diplomacy\"`)", () => {
    const text = 'Sanae Takaichi and Lee Jae Myung agreed Thursday to continue "shuttle diplomacy" and to work closely on North Korea.';
    const [q] = parseReport(text).quotes;
    expect([q?.speaker?.name, sliceOf(text, q?.cue ?? null)]).toEqual(["Sanae Takaichi and Lee Jae-myung", "agreed"]);
  });
  it("takes no single letter beside a verb or a title for a person (`In a post on X, PM Abiy said`, `AT and T also announced`)", () => {
    const report = parseReport('In a post on X, PM Abiy said: "We share a common destiny." Earlier AT and T also announced a drop in profits.');
    expect(report.people.map((p) => p.name)).toEqual(["Abiy Ahmed"]);
  });
  it("tells Costa Rica's San José from California's San Jose, a spelling as written before one folded to it, and takes neither for a person", () => {
    const report = parseReport("Rodrigo Chaves returned to San José on Tuesday. Donald Trump held a rally in San Jose on Thursday.");
    expect(report.people.map((p) => p.name)).toEqual(["Rodrigo Chaves", "Donald Trump"]);
    expect(report.places.map((p) => p.name)).toEqual(["San José", "San Jose"]);
  });
  it("takes no currency named by its country for a place (`US$ 11 billion`)", () => {
    const report = parseReport("Trade between Brazil and Chile reached US$ 11 billion last year, and the fund holds HK$5 billion in Hong Kong.");
    expect(report.places.map((p) => p.name)).toEqual(["Brazil", "Chile", "Hong Kong"]);
  });
  it("takes regional blocs for organisations (`Mercosur`, `East African Community`), not people", () => {
    const report = parseReport("Milei handed the presidency of Mercosur to Lula. Mercosur is not a problem, Lula said. Leaders of the East African Community (EAC) met.");
    expect(report.people.map((p) => p.name)).toEqual(["Javier Milei", "Luiz Inacio Lula da Silva"]);
    expect(report.organizations.map((o) => o.name)).toEqual(["Mercosur", "East African Community", "EAC"]);
  });
  it("gives a person named only by title and surname the title, when it is an office of state (`President Reagan`)", () => {
    const text = "REYKJAVIK, Iceland, Oct. 12 — President Reagan and Mikhail S. Gorbachev, the Soviet leader, ended two days of talks here tonight, after the Soviet side insisted on limits to the President's program. Shares of General Electric rose.";
    const report = parseReport(text, { referenceDate: "1986-10-13" });
    const roles = Object.fromEntries(report.people.map((p) => [p.name, p.roles]));
    expect(roles.Reagan).toEqual(["President"]);
    expect(roles.Electric ?? []).toEqual([]);
    const reagan = report.people.find((p) => p.name === "Reagan");
    expect(report.summit.participants).toContain(reagan?.id);
    // `the President` is Reagan, not the other leader.
    expect(reagan?.descriptors).toContain("the President");
    // (Past a courtesy title between the office and the name, which makes the one so named a side of the talks:
    // `Prime Minister Sheikh Hasina`.)
    const dhaka = parseReport("Prime Minister Sheikh Hasina and her Indian counterpart Narendra Modi yesterday agreed to expand cooperation as they held a bilateral meeting in New Delhi.", { referenceDate: "2024-06-23" });
    const hasina = dhaka.people.find((p) => p.name === "Sheikh Hasina");
    expect([hasina?.roles, dhaka.summit.participants.includes(hasina?.id ?? "")]).toEqual([["Prime Minister of Bangladesh", "Prime Minister"], true]);
  });
  it("reads two offices joined by `and` as one role, and no role that runs into a verb of saying", () => {
    const text = "Sheikh Tahnoun bin Zayed, Deputy Ruler of Abu Dhabi and National Security Advisor, met Modi. Anthony Anton, president and CEO of the Restaurant Association stated the rules were fine.";
    const roles = Object.fromEntries(parseReport(text).people.map((p) => [p.name, p.roles]));
    expect(roles["Tahnoun bin Zayed"]).toEqual(["Deputy Ruler of Abu Dhabi and National Security Advisor"]);
    expect(roles["Anthony Anton"]).toEqual([]);
  });
  it("reads no role in a predicate after a name (`Alexander Stubb, will host a gathering`)", () => {
    const report = parseReport("Finland's president, Alexander Stubb, will host a commemorative gathering in Helsinki on Thursday.");
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Alexander Stubb", ["President of Finland", "Finland's president"]]]);
  });
  it("ties an office to a person who holds it word for word (`the King` is not the Prime Minister of the United Kingdom)", () => {
    const text = "Keir Starmer and Emmanuel Macron agreed a deal on Thursday. On Wednesday evening Macron attended a state banquet hosted by the King. The PM said the deal was a breakthrough.";
    const descriptors = Object.fromEntries(parseReport(text).people.map((p) => [p.name, p.descriptors]));
    expect(descriptors).toEqual({ "Keir Starmer": ["the PM"], "Emmanuel Macron": [] });
    // (Also when the only leader named holds another office: `The King opened the summit` after Keir Starmer.)
    const alone = "Sir Keir Starmer spoke to reporters.\n\nThe King opened the summit on Friday.";
    expect(parseReport(alone).people.map((p) => [p.name, p.mentions.length])).toEqual([["Keir Starmer", 1]]);
    // (Nor is a head of government's office the president's, the only leader a No 10 readout names.)
    const readout = "The Prime Minister welcomed President Zelenskyy of Ukraine to Downing Street today.\n\nThe Prime Minister reiterated his unwavering support for Ukraine.";
    const report = parseReport(readout, { referenceDate: "2025-03-01" });
    expect(report.people.map((p) => [p.name, p.descriptors])).toEqual([["Volodymyr Zelensky", []]]);
    expect(report.attributions.map((a) => a.source.personId)).toEqual([null]);
    // (Nor by its short form: `PM call with President Zelenskyy` heads a gov.uk readout.)
    const call = parseReport("PM call with President Zelenskyy: 3 March 2025\n\nThe PM spoke to President Zelenskyy this evening.", { referenceDate: "2025-03-03" });
    expect(call.people.map((p) => [p.name, p.descriptors])).toEqual([["Volodymyr Zelensky", []]]);
  });
  it("gives a surname two people share to the one named more so far, and the end of a long name to its bearer", () => {
    const text = "Kim Jong Un met Donald Trump in Hanoi. Kim offered to close Yongbyon, Trump said. Hillary Clinton spoke in Ohio. Her husband, Bill Clinton, joined her. Clinton said she would win. Kim Tong-hyung in Seoul contributed to this report. Aung San Suu Kyi met Obama. Suu Kyi said the talks went well.";
    const report = parseReport(text, { referenceDate: "2019-02-28" });
    const nameAt = (word: string, from = 0): string | undefined => {
      const start = text.indexOf(word, from);
      return report.people.find((p) => p.mentions.some((m) => m.start === start))?.name;
    };
    expect(nameAt("Kim offered")).toBe("Kim Jong Un");
    expect(nameAt("Clinton said")).toBe("Hillary Clinton");
    expect(nameAt("Suu Kyi said")).toBe("Aung San Suu Kyi");
    expect(report.people.map((p) => p.name)).not.toContain("Suu Kyi");
  });
  it("reads `PM` after a clock time as the meridiem, not as the office before a name (`11:02 PM GMT`)", () => {
    const report = parseReport("By Jennifer Jacobs\nNovember 15, 2023 at 11:02 PM GMT\n\nPakistan's PM Shehbaz Sharif met Xi Jinping.");
    expect(report.people.map((p) => p.name)).toEqual(["Jennifer Jacobs", "Shehbaz Sharif", "Xi Jinping"]);
  });
  it("reads `Tánaiste` as the Irish deputy prime minister's title, not part of a name", () => {
    const report = parseReport("Tánaiste Simon Harris, who attended the summit, later told The Irish Times that the atmosphere had been warm.");
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Simon Harris", ["Tánaiste"]]]);
  });
  it("finds a known person whose name opens with a particle after a title (`President von der Leyen said:`)", () => {
    const quotes = extractQuotes('President Xi and I had a frank exchange. President von der Leyen said: "Europe wants a relationship with China that is stable."');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(["Ursula von der Leyen"]);
  });
  it("gives a description in apposition after a name to that person (`Mr. Coats, the director of national intelligence,`)", () => {
    const text = "Senator John McCain called it a disgrace. Dan Coats met him later. Mr. Coats, the director of national intelligence, issued a statement. At a press conference in Washington, the senator spoke again.";
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.descriptors])).toEqual([["John McCain", ["the senator"]], ["Dan Coats", ["the director"]]]);
  });
  it("ends a description before the `for` of a verb of thanks (`thanked the Chinese leader for China's support`)", () => {
    const text = "Chinese President Xi Jinping met Nepali Prime Minister KP Sharma Oli. Oli thanked the Chinese leader for China's support. Don Ytterberg, the GOP chairman for Colorado's Jefferson County, spoke too.";
    const report = parseReport(text);
    const descriptors = Object.fromEntries(report.people.map((p) => [p.name, p.descriptors]));
    expect(descriptors["Xi Jinping"]).toEqual(["the Chinese leader"]);
    // (Without such a verb the `for` opens the office's object.)
    expect(descriptors["Don Ytterberg"]?.[0]).toMatch(/^the GOP chairman for Colorado/);
  });
  it("reads a country's body only where it acts, not where it modifies a noun (`Russia's special military operation`)", () => {
    const report = parseReport("Kim said Pyongyang supports Russia's special military operation. China's foreign ministry said it opposed the move. Japanese government officials declined to comment.");
    expect(report.organizations.map((o) => o.name)).toEqual(["China's foreign ministry"]);
    // (Nor where `of` makes an office of it: `the first Italian head of government to visit Mexico`.)
    expect(parseReport("Meloni, the first Italian head of government to visit Mexico in a decade, praised Sheinbaum.").organizations).toEqual([]);
  });
  it("reads a country's body after a people's adjective or a country's name of several words (`the South Korean government`)", () => {
    const report = parseReport('The South Korean government expressed "grave concern" over the meeting. South Africa\'s foreign ministry said the talks had been useful.');
    expect(report.organizations.map((o) => o.name)).toEqual(["South Korean government", "South Africa's foreign ministry"]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["South Korean government"]);
  });
  it("gives a fragment the speaker who closes its sentence (`…, Xi said`) unless a person named before it spoke it", () => {
    const text = 'The two sides agreed to build a "community with a shared future for mankind", Xi said. Putin called the talks "useful", Peskov said.';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([
      ["partial", "Xi Jinping"],
      ["partial", "Vladimir Putin"],
    ]);
  });
  it("reads a capitalised run that ends on a document's head as no person (`Leaders' Summit Declaration`, `Affordable Care Act`)", () => {
    const text = "Leaders adopted the New Delhi Leaders' Declaration on Saturday. \"A consensus has been reached on the New Delhi G20 Leaders' Summit Declaration,\" Modi announced. Obama defended the Affordable Care Act.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Narendra Modi", "Barack Obama"]);
  });
  it("reads `dismissed the plan as 'a gimmick'` as a partial quote of the one who dismissed it", () => {
    const quotes = extractQuotes("Tory leader Kemi Badenoch dismissed the plan as 'a gimmick'.");
    expect(quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "Kemi Badenoch"]]);
  });
  it("gives whole sentences after `called the decision` to the caller, and never to the one called or dismissed", () => {
    const called = extractQuotes('Ukrainian President Volodymyr Zelenskyy called the decision "a victory for Ukraine. A victory for all of Europe."');
    expect(called.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([["direct", "Volodymyr Zelensky", "a victory for Ukraine. A victory for all of Europe."]]);
    // The one who accuses is the source, the one accused is not; an unknown subject leaves the fragment unattributed.
    expect(extractQuotes('The petition accuses the Trump campaign of "attempting to bully him."')[0]?.speaker?.name).toBe("the petition");
    expect(extractQuotes('In July, Gingrich cynically dismissed NATO member Estonia as being in the "suburbs of the city".')[0]?.speaker).toBeNull();
  });
  it("reads no title-case headline's little words into a body's name (`As The Washington Post reported`)", () => {
    const report = parseReport("Lukashenka, Putin Hold Talks In Minsk As Union State Meets\n\nAs The Washington Post reported, the two leaders met in Minsk.");
    const names = report.organizations.map((o) => o.name);
    expect(names).toContain("Washington Post");
    expect(names.filter((n) => /^(?:As|In|To) /.test(n))).toEqual([]);
  });
  it("reads a US state as a place, not a person beside a cue (`Texas Sen. Ted Cruz said`, `in Wisconsin`)", () => {
    const report = parseReport("Trump on Tuesday dismissed Wisconsin Gov. Scott Walker. Texas Sen. Ted Cruz said he would not back Trump.");
    expect(report.people.map((p) => p.name)).toEqual(["Donald Trump", "Scott Walker", "Ted Cruz"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Ted Cruz"]);
  });
  it("reads a portfolio in lower case as part of the office (`Italy's finance minister`, `shadow home secretary`), no possessive determiner", () => {
    const report = parseReport("Italy's finance minister Giancarlo Giorgetti met Labour's shadow home secretary Yvette Cooper.");
    expect(report.people.map((p) => [p.name, p.roles.at(-1), p.country])).toEqual([
      ["Giancarlo Giorgetti", "Italy's finance minister", "Italy"],
      ["Yvette Cooper", "shadow home secretary", "United Kingdom"],
    ]);
    expect(parseReport("Our foreign policy adviser James Cleverly said so.").people[0]?.roles).toEqual(["foreign policy adviser"]);
    // (Ranks too: `special envoy Steve Witkoff`.)
    expect(parseReport("The special envoy Steve Witkoff also took part.").people[0]?.roles).toEqual(["special envoy"]);
  });

  it("reads the body an officer speaks for in the office (`Chinese foreign ministry spokesperson`), and an office whose object is another's title as that other's", () => {
    expect(parseReport("Chinese foreign ministry spokesperson Wang Wenbin said so.").people.map((p) => [p.roles, p.country])).toEqual([[["Chinese foreign ministry spokesperson"], "China"]]);
    const report = parseReport("Brian Fallon, a spokesman for Democratic presidential candidate Hillary Clinton, said so. A spokesman for House Speaker Paul Ryan declined to comment.");
    expect(report.people.map((p) => [p.name, p.roles.at(-1) ?? null])).toEqual([
      ["Brian Fallon", null],
      ["Hillary Clinton", "Democratic presidential candidate"],
      ["Paul Ryan", "House Speaker"],
    ]);
    // (An office whose name runs on past `of` stays whole.)
    expect(parseReport("Secretary of State John Kerry said so.").people[0]?.roles).toEqual(["Secretary of State"]);
  });

  it("reads a word of tenure before a possessed office (`Uruguay's outgoing president Luis Lacalle Pou`)", () => {
    const report = parseReport("Uruguay's outgoing president Luis Lacalle Pou, who hosted the meeting, said the agreement was historic.");
    expect(report.people.map((p) => [p.name, p.roles, p.country])).toEqual([["Luis Lacalle Pou", ["Uruguay's outgoing president"], "Uruguay"]]);
  });
  it("reads a hyphened pair of known people as no person (`Zelensky slams Modi-Putin hug`)", () => {
    const report = parseReport('Modi met Putin in Moscow. Also Read: Zelensky slams Modi-Putin hug as "devastating blow"');
    expect(report.people.map((p) => p.name)).toEqual(["Narendra Modi", "Vladimir Putin", "Volodymyr Zelensky"]);
  });
  it("keeps a title inside a name with the name (`Hassan Sheikh Mohamud`), not a known surname it starts with", () => {
    const text = "Somali President Hassan Sheikh Mohamud thanked the leaders. Former President Sharif Sheikh Ahmed said the vote was flawed.";
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.country])).toEqual([
      ["Hassan Sheikh Mohamud", "Somalia"],
      ["Sharif Sheikh Ahmed", null],
    ]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Sharif Sheikh Ahmed"]);
  });
  it("reads a country of several words before a possessive, and Gulf names with their honorifics and particles", () => {
    const report = parseReport("Sierra Leone's Julius Kamara and Kuwait's Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah attended. Oman's deputy prime minister Sayyid Fahd bin Mahmoud Al Said attended too.");
    expect(report.people.map((p) => [p.name, p.country])).toEqual([
      ["Julius Kamara", "Sierra Leone"],
      ["Sabah Khaled Al-Hamad Al-Sabah", "Kuwait"],
      ["Fahd bin Mahmoud Al Said", "Oman"],
    ]);
  });
  it("reads no person in a word an inverted verb sets before a noun, and a person after a description or a party", () => {
    expect(parseReport("Erdoğan urges Turkic unity at summit\n\nErdogan spoke on Friday.").people.map((p) => p.name)).toEqual(["Recep Tayyip Erdogan"]);
    const quotes = extractQuotes('"It is bad," said Oversight ranking Democrat Elijah Cummings. "Imagine that," mused Blaze co-host Stu Burguiere.');
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(["Elijah Cummings", "Stu Burguiere"]);
  });
  it("gives no surname to a name that ends on a father's name (`Mohammed bin Salman` is not `Salman`)", () => {
    const report = parseReport("Crown Prince Mohammed bin Salman met the envoys. Salman said it was good.");
    expect(report.people.map((p) => p.name)).toEqual(["Mohammed bin Salman", "Salman"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Salman"]);
  });
  it("keeps the text's spelling of a known name, but not an alias without the surname nor a name in capitals", () => {
    const names = (text: string): string[] => parseReport(text).people.map((p) => p.name);
    expect(names("Kim Jong Un held talks with Vladimir Vladimirovich on June 19.")).toEqual(["Kim Jong Un", "Vladimir Putin"]);
    // (Nor a patronymic: one name for one person across reports.)
    expect(names("Kim Jong Un held talks with Vladimir Vladimirovich Putin on June 19.")).toEqual(["Kim Jong Un", "Vladimir Putin"]);
    expect(names("Hungary's Viktor Orbán left the room. HILLARY CLINTON said so.")).toEqual(["Viktor Orbán", "Hillary Clinton"]);
  });
  it("knows a known person by a hyphened given name after a title (`President Abdel-Fattah El-Sisi`)", () => {
    const report = parseReport("President Abdel-Fattah El-Sisi received King Abdullah II on Sunday. El-Sisi affirmed Egypt's position.");
    expect(report.people.map((p) => p.name)).toEqual(["Abdel Fattah al-Sisi", "Abdullah II"]);
  });
  it("reads a capitalised run that ends on a meeting as no person (`ASEAN Summits and Related Summits`)", () => {
    const text = 'Anwar Ibrahim met leaders at the 44th and 45th ASEAN Summits and Related Summits. "We cannot wait," he said.';
    const report = parseReport(text);
    expect(report.people.map((p) => p.name)).toEqual(["Anwar Ibrahim"]);
    expect(report.quotes[0]?.speaker?.name).toBe("Anwar Ibrahim");
  });
  it("reads no surname in a word a determiner sets before a noun that is also a verb (`the Baltic states`)", () => {
    const report = parseReport("Since then, Poland and the Baltic states have pushed for a clearer commitment, Scholz said.");
    expect(report.people.map((p) => p.name)).toEqual(["Olaf Scholz"]);
    // Nor before a colon: `Key points:` heads a list.
    expect(parseReport("Key points:\n• Leaders cut short their talks\n\nTrump said the talks ended.").people.map((p) => p.name)).toEqual(["Donald Trump"]);
    // (`rail`: `the Tren Maya rail project`.)
    expect(parseReport("The two presidents discussed the Tren Maya rail project, which Sheinbaum wants to extend.").people.map((p) => p.name)).toEqual(["Claudia Sheinbaum"]);
    // (Nor before a plural's bare apostrophe: `Turkic states' leaders`.)
    expect(parseReport("Turkic states' leaders gather in Bishkek\n\nErdogan called for the swift completion of the Middle Corridor.").people.map((p) => p.name)).toEqual(["Recep Tayyip Erdogan"]);
    // (A word or two of description may stand between: `the long-stalled Sabah claim`.)
    expect(parseReport("Marcos and Anwar also discussed the long-stalled Sabah claim, officials said.").people.map((p) => p.name)).toEqual(["Ferdinand Marcos Jr.", "Anwar Ibrahim"]);
  });
  it("reads no name after a title in a vote's or a seat of government's name (`the General Election`, `at Seri Perdana`)", () => {
    const report = parseReport("It was Lawrence Wong's first trip since the General Election on May 3. The talks were held at Seri Perdana here today, Anwar said.", { referenceDate: "2025-06-06" });
    expect(report.people.map((p) => p.name)).toEqual(["Lawrence Wong", "Anwar Ibrahim"]);
  });
  it("takes a country that possesses a name for the person's, and no country from the subject of an expert", () => {
    const text = "Angola's President Joao Lourenco took over from Mauritania's Mohamed Ould Ghazouani. Noah Barkin, a China analyst at the Rhodium Group, said relations had soured.";
    const countries = Object.fromEntries(parseReport(text).people.map((p) => [p.name, p.country]));
    expect(countries).toEqual({ "João Lourenço": "Angola", "Mohamed Ould Ghazouani": "Mauritania", "Noah Barkin": null });
  });
  it("gives a fragment quoted in a `that` clause after a quote its voice, not a place in it", () => {
    const text = '"We are looking forward to working with you," Merz said, adding that Germany was "on the side of Ukraine" and was seeking ways to pressure Russia.';
    expect(extractQuotes(text).map((q) => [q.text, q.kind, q.speaker?.name, q.groupId])).toEqual([
      ["We are looking forward to working with you,", "direct", "Friedrich Merz", null],
      ["on the side of Ukraine", "partial", "Friedrich Merz", null],
    ]);
  });
  it("gives a document the partial quote it urges or calls for (`The final communique urged states to \"…\"`), and what it reports", () => {
    const text = 'The final communique urged states to "review diplomatic and economic relations" with Israel. The communique called on states to "review relations" with Israel. The joint statement said the leaders "reaffirmed their commitment" to peace.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["the final communique", "the communique", "the joint statement"]);
    // (Also when the document is the group's: `The leaders' final communique said the alliance would "…"`.)
    const owned = 'The leaders\' final communique said the alliance would "be in a position to extend an invitation to Ukraine."';
    expect(extractQuotes(owned).map((q) => q.speaker?.name)).toEqual(["the leaders' final communique"]);
  });
  it("gives the body a pronoun owns the words it reports (`Her office said … \"adequate guarantees\"`), as reported speech does", () => {
    const text = 'Giorgia Meloni has not said how she will vote. Her office said on Friday that Rome wanted "adequate guarantees" for its farmers.';
    const report = parseReport(text, { referenceDate: "2024-12-20" });
    expect([report.quotes[0]?.speaker?.name, report.attributions[0]?.source.name]).toEqual(["her office", "her office"]);
  });

  it("reads past a translation set off after the quoted words to the attribution (`„Wir sind uns einig“ – we agree – Mr Scholz told`)", () => {
    const text = '„Wir sind uns einig“ – we agree – Mr Scholz told reporters in Berlin. "Nous sommes d’accord" (we agree), Macron replied.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Olaf Scholz", "Emmanuel Macron"]);
    // (A name between dashes is the attribution itself.)
    const split = '"We will win," – Zelensky said – "and we will rebuild."';
    expect(extractQuotes(split).map((q) => q.speaker?.name)).toEqual(["Volodymyr Zelensky", "Volodymyr Zelensky"]);
  });

  it("takes no cue from a participle's aside closed before the quotation (`the deal, concluded by von der Leyen in Montevideo, was \"…\"`)", () => {
    const text = 'French President Emmanuel Macron told his fellow leaders the deal, concluded by Commission President Ursula von der Leyen in Montevideo earlier this month, was "unacceptable in its current form."';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, sliceOf(text, q.cue)])).toEqual([["Emmanuel Macron", "told"]]);
    // (An aside still open at the quotation is its agent's: `The talks, described by Beijing as "candid", …`.)
    expect(extractQuotes('The talks, described by Beijing as "candid", lasted two hours.')[0]?.speaker?.name).toBe("Beijing");
  });

  it("gives the document a `, which` clause hangs on what it states, never the clause before (`adopted the Kazan Declaration, which states`)", () => {
    const text = 'The summit adopted the Kazan Declaration, which states that the BRICS countries are "united in their commitment to a more just world order."';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Kazan Declaration"]);
    // (A body the document's name holds speaks for it; a thing that is no document names no one.)
    const report = 'Pence linked to the Associated Press report, which notes, "More than half the people who met with Clinton gave money."';
    expect(extractQuotes(report).map((q) => q.speaker?.name)).toEqual(["Associated Press"]);
    const sign = 'Drivers were surprised to see a road sign at an exit in Corona, which read, "Inland Empire welcomes you."';
    expect(extractQuotes(sign).map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
  it("gives a state body the words it is reported to say, a word said of something among them (`said it was \"regrettable\"`)", () => {
    const text = 'South Korea\'s presidential office said it was "regrettable" that the summit did not produce a deal, but added that the two leaders had made "more meaningful progress than ever".';
    expect(extractQuotes(text).map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([
      ["regrettable", "partial", "South Korea's presidential office"],
      ["more meaningful progress than ever", "partial", "South Korea's presidential office"],
    ]);
    // (Also over the leaders its closing words report: `Lee and Ishiba agreed to … in a "future-oriented" manner, Lee's
    // office said`; a source cited before is no such body, `According to GMA News, Salceda said the "…"`.)
    const closing = 'President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed Saturday to further develop bilateral ties in a "future-oriented" manner, Lee\'s office said.';
    expect(extractQuotes(closing).map((q) => q.speaker?.name)).toEqual(["Lee's office"]);
  });
  it("takes the verb that gives a verdict as the cue, not another's words it names (`called Biden's remark \"extremely wrong\"`)", () => {
    const text = 'Chinese Foreign Ministry spokeswoman Mao Ning on Thursday called Biden\'s remark about Xi "extremely wrong". Party Chairman Reince Priebus called Hillary Clinton\'s remarks on 9/11 a "new low".';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.cue === null ? null : text.slice(q.cue.start, q.cue.end)])).toEqual([
      ["Mao Ning", "called"],
      ["Reince Priebus", "called"],
    ]);
  });
  it("gives a quotation inside another the person named saying it there, not the one who quotes it", () => {
    const text = 'Kathy Novak, reporting from Hanoi, said the mood had been upbeat. "Kim Jong Un, when asked by a reporter whether he was ready to denuclearise, said, \'If I\'m not willing to do that, I won\'t be here right now,\'" she said.';
    expect(extractQuotes(text).map((q) => [q.text.slice(0, 12), q.speaker?.name])).toEqual([
      ["Kim Jong Un,", "Kathy Novak"],
      ["If I'm not w", "Kim Jong Un"],
    ]);
    // (By surname too, a leader the report named before.)
    const surname = 'Donald Trump called Vladimir Putin on Monday. Putin told reporters: "Trump said to me, \'We will end this war,\' and I believe him."';
    expect(extractQuotes(surname).map((q) => q.speaker?.name)).toEqual(["Vladimir Putin", "Donald Trump"]);
  });
  it("gives a pronoun the office holder named by title alone who spoke in its paragraph, not a person named a paragraph up", () => {
    const text =
      'Sir Keir Starmer told reporters the summit had not discussed money. "This is not about money," the Prime Minister said.\n\n' +
      'The King, who opened the summit on Friday, urged the member nations to find "the right language" to understand the past. "None of us can change the past," he said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Keir Starmer", "the King", "the King"]);
  });
  it("names an office no one named holds as written, with its article, in capitals or not (`the Prime Minister`, `the president`)", () => {
    const text = "The Prime Minister said the UK would stand with Ukraine. The president said the US would too. The Saudi Press Agency said the talks were useful.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["the Prime Minister", "the president", "Saudi Press Agency"]);
  });
  it("gives a fragment the whole source its reported speech read, not a body named inside it (`NATO leaders said Tuesday that …`)", () => {
    const text = 'NATO leaders said Tuesday that Ukraine can join the alliance "when allies agree and conditions are met," offering no timeline.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["NATO leaders"]);
  });
  it("gives one who serves an office holder that office's service, not the office (`the press secretary of the Russian President Dmitry Peskov`)", () => {
    const text =
      'Lukashenko and Vladimir Putin met in St. Petersburg. According to the press secretary of the Russian President Dmitry Peskov, the conversation lasted two hours.\n\n' +
      'Putin, in turn, thanked his colleague. "The Union State is developing steadily," the Russian President said.';
    const report = parseReport(text, { referenceDate: "2024-01-30" });
    expect(report.people.find((p) => p.name === "Dmitry Peskov")?.roles).toContain("press secretary of the Russian President");
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Vladimir Putin"]);
  });
  it("gives a fragment after `, who said` the one `who` stands for, not the sentence's subject", () => {
    const text = 'Before the summit, Vladimir Putin held talks with Iran\'s Supreme Leader Ayatollah Ali Khamenei, who said the West opposed a "strong, independent Russia".';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Ali Khamenei"]);
  });
  it("takes no name before a finite verb after the cue for its speaker: it opens the reported clause (`said Biden had raised …`)", () => {
    const text = 'Biden hosted the Quad leaders in Wilmington on Saturday. A senior administration official, speaking on condition of anonymity, said Biden had raised concerns about "aggressive and coercive" Chinese behaviour.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["a senior administration official"]);
    const poll = 'However, 63 percent said Clinton was "justified" in using the server.';
    expect(extractQuotes(poll).map((q) => q.speaker?.name ?? null)).toEqual([null]);
    // (A pronoun there is mostly the speaker again, its antecedent the subject: `Butterfield … said he was "…"`.)
    const pronoun = 'CBC Chairman G.K. Butterfield of North Carolina said he was "deeply outraged" by the vote.';
    expect(extractQuotes(pronoun).map((q) => q.speaker?.name)).toEqual(["G.K. Butterfield"]);
  });
  it("gives a fragment in a clause joined on by `and that` to the verb that reports both clauses, not to a verb of the first", () => {
    const text = 'The official Korean Central News Agency reported Thursday that Kim Jong-un had invited Putin to visit Pyongyang "at a convenient time" and that Putin had "readily accepted" the invitation.';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, sliceOf(text, q.cue)])).toEqual([
      ["Kim Jong Un", "invited"],
      ["Korean Central News Agency", "reported"],
    ]);
    // (A first clause without its `that` is the same verb's: `Sanders said he's heading … and that he has an "…"`.)
    const elided = 'Bernie Sanders said he is heading now to South Carolina and that he has an "excellent chance" there.';
    expect(extractQuotes(elided).map((q) => q.speaker?.name)).toEqual(["Bernie Sanders"]);
  });
  it("reads the subject after an opening phrase for a fragment's speaker, and no speaker past the sentence's end", () => {
    const text =
      'In a joint statement, the two sides said the agreement marked "the start of a renewed strategic partnership". Ursula von der Leyen, the European Commission president, said:\n\n"This is a historic moment."';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, sliceOf(text, q.cue), sliceOf(text, q.medium)])).toEqual([
      ["the two sides", "said", "In a joint statement"],
      ["Ursula von der Leyen", "said", null],
    ]);
    const past = 'The summit opened what many call "a new chapter". Ursula von der Leyen, the European Commission president, said: "This is a historic moment."';
    expect(extractQuotes(past).map((q) => q.speaker?.name ?? null)).toEqual([null, "Ursula von der Leyen"]);
    // (After a quote, a phrase of its own goes on to a speaker, `of the proposals, Mr. Holtz-Eakin said`, not to a
    // clause, `to New Yorkers …, then calling Yahoo News`.)
    const after = "Douglas Holtz-Eakin spoke. ''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. Cruz took a day, delivering an \"apology\" to New Yorkers for their officials, then calling Yahoo News to ask readers to watch.";
    expect(extractQuotes(after).map((q) => q.speaker?.name ?? null)).toEqual(["Douglas Holtz-Eakin", null]);
  });
  it("reads `retaliated` as a verb of saying after a quote (`\"France will always be France,\" an angry Hollande retaliated`)", () => {
    const text = 'Trump asserted that France had lost its identity: "France is no longer France," he claimed.\n"France will always be France," an angry Francois Hollande retaliated.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Donald Trump", "Francois Hollande"]);
  });
  it("takes no speaker after a preposition that follows the cue (`The New York businessman says of Clinton, \"…\"`)", () => {
    const text = 'Hillary Clinton now says she opposes the deal.\n\nThe New York businessman says of Clinton, "If she gets the chance, she will put the Oval Office up for sale."';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["the New York businessman"]);
  });
  it("ends an attribution at a comma before another subject's clause (`, while Biden said the deal sent \"…\"`)", () => {
    const text = '"It is a historic step," Macron told reporters, while Biden said the deal sent "a reminder to Putin: we are not backing down."';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name, q.groupId])).toEqual([
      ["direct", "Emmanuel Macron", null],
      ["partial", "Joe Biden", null],
    ]);
  });
  it("reads an office a body's or a country's word qualifies, set off before a name (`The Ibero-American secretary general, Andrés Allamand,`)", () => {
    const text = "The Ibero-American secretary general, Andrés Allamand, said attendance was low. Its president, Christine Lagarde, agreed. Prime Minister Sanae Takaichi met her Australian counterpart, Anthony Albanese, on Friday.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Andrés Allamand", ["Ibero-American secretary general"]],
      ["Christine Lagarde", []],
      ["Sanae Takaichi", ["Prime Minister of Japan", "Prime Minister"]],
      // (Not the sentence from its start: `Prime Minister Sanae Takaichi met her Australian counterpart`.)
      ["Anthony Albanese", ["Prime Minister of Australia", "Australian counterpart"]],
    ]);
    // (Or an article after a verb, the office the verb's object: `met the Russian foreign minister, Sergey Lavrov,`.)
    const object = parseReport("Blinken met the Russian foreign minister, Sergey Lavrov, in Geneva. Biden praised the first lady, Jill Biden, on Monday.");
    expect(object.people.map((p) => [p.name, p.roles.at(-1)])).toEqual([
      ["Antony Blinken", "Secretary of State"],
      ["Sergey Lavrov", "Russian foreign minister"],
      ["Joe Biden", "President of the United States"],
      ["Jill Biden", "first lady"],
    ]);
    // (A party's leader leads no state: no participant of a summit.)
    const summit = "Keir Starmer and Emmanuel Macron met at Northwood on Thursday. The Conservative leader, Kemi Badenoch, said the deal was weak.";
    const report = parseReport(summit, { referenceDate: "2025-07-10" });
    expect(report.people.find((p) => p.name === "Kemi Badenoch")?.roles).toEqual(["Conservative leader"]);
    expect(report.summit.participants.map((id) => report.people.find((p) => p.id === id)?.name)).toEqual(["Keir Starmer", "Emmanuel Macron"]);
  });

  it("takes a source named by the given name of one person met before (`According to Mohamad`)", () => {
    const text = "Foreign Minister Mohamad Hasan told reporters that the declaration would be adopted. According to Mohamad, it sets out a long-term vision.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Mohamad Hasan", "Mohamad Hasan"]);
  });
  it("makes no name of a headline question's auxiliary (`Fact check: Did Trump say …`), but keeps `Will` as a given name", () => {
    const text = "Fact check: Did Trump say NATO allies 'owe' the US money?\n\nU.S. President Donald Trump said allies owe money. Will Dunham said so.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Donald Trump", "Will Dunham"]);
  });
  it("takes no common thing's letters beside a verb for a body or a person (`told state TV`)", () => {
    const report = parseReport("Araqchi told state TV that the talks would go on.");
    expect([report.organizations, report.people.map((p) => p.name)]).toEqual([[], ["Abbas Araghchi"]]);
  });
  it("makes no person of a word a demonym qualifies (`The Spanish Executive reported`, `The American Legion has asked`)", () => {
    const text = 'The Spanish Executive reported that the leaders met. The American Legion has asked the campaign to "cease and desist" from using its emblem.';
    const report = parseReport(text);
    expect(report.people).toEqual([]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["American Legion"]);
  });
  it("ends no body's name across `and` after a person named before its head (`Zelenskyy and European Commission President …`)", () => {
    const text = "Meloni was joined by Ukrainian President Volodymyr Zelenskyy and European Commission President Ursula von der Leyen.";
    expect(parseReport(text).organizations.map((o) => o.name)).toEqual(["European Commission"]);
  });
  it("takes an unknown acronym beside a verb for a body whose mention is a bare span (`…, SPA said`)", () => {
    const report = parseReport("The two leaders discussed trade, SPA said.");
    expect(report.organizations.map((o) => [o.name, o.mentions])).toEqual([["SPA", [{ start: 33, end: 36 }]]]);
    expectConsistent(report);
  });
  it("makes no person of a name ending on an initial that a body's name goes on from (`the Walter E. Washington Convention Center`)", () => {
    const text = "Stoltenberg told a press conference at the Walter E. Washington Convention Center that Ukraine's future is in NATO. John F. Smith said so.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Jens Stoltenberg", "John F. Smith"]);
  });
  it("reads `will press` before a title as a verb, and no person in a name that opens with a place (`told Middle East Eye`)", () => {
    const text = "Saudi Crown Prince Mohammed bin Salman will press US President Donald Trump on Gaza, two Saudi sources told Middle East Eye.";
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([
      ["Mohammed bin Salman", ["Crown Prince of Saudi Arabia", "Saudi Crown Prince"]],
      ["Donald Trump", ["President of the United States", "US President"]],
    ]);
  });
  it("gives a fragment inside what its speaker reports the reporting verb for its cue, not a verb of what is reported (`invite`, `complains`)", () => {
    const text = 'Trump told reporters he would "absolutely" invite Kim to the White House and that the process would begin "very quickly". Clinton mocked the complaint, saying anybody who complains about a microphone "is not having a good night."';
    expect(extractQuotes(text).map((q) => text.slice(q.cue?.start ?? 0, q.cue?.end ?? 0))).toEqual(["told reporters", "told reporters", "saying"]);
  });
  it("gives a fragment inside what a document is cited for to the document (`… \"at an early date,\" according to a joint readout`)", () => {
    const text = 'Both countries agreed to restore high commissioners "at an early date," according to a joint readout.';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "a joint readout"]]);
  });
  it("ends a body's name before `and` and another country's office (`the Communist Party of China and Chinese President Xi Jinping`)", () => {
    const text = "To Lam held talks with General Secretary of the Communist Party of China and Chinese President Xi Jinping in Hanoi.";
    expect(parseReport(text).organizations.map((o) => o.name)).toEqual(["Communist Party of China"]);
  });
  it("knows the African Union Commission's chairperson and Bangladesh's chief adviser", () => {
    const text = "Mahmoud Ali Youssouf said the summit was a success. Muhammad Yunus met him in Addis Ababa.";
    expect(parseReport(text).people.map((p) => [p.name, p.country])).toEqual([["Mahmoud Ali Youssouf", "African Union"], ["Muhammad Yunus", "Bangladesh"]]);
  });
  it("finds a known leader written with the accents of the language (`Tô Lâm`, `Lương Cường`), and a name's initial in a dateline's lead", () => {
    const text = "HÀ NỘI — Party General Secretary Tô Lâm held talks with Xi Jinping on April 14. Xi also met President Lương Cường.";
    expect(parseReport(text).people.map((p) => [p.name, p.country])).toEqual([["To Lam", "Vietnam"], ["Xi Jinping", "China"], ["Luong Cuong", "Vietnam"]]);
    const manila = "MANILA, Philippines — President Ferdinand R. Marcos Jr. and Shigeru Ishiba on Tuesday agreed to deepen defense cooperation. Palace Press Officer Claire Castro said so.";
    const report = parseReport(manila, { referenceDate: "2025-04-29" });
    expect(report.timeline[0]?.description.startsWith("President Ferdinand R. Marcos Jr.")).toBe(true);
    expect(report.people.find((p) => p.name === "Claire Castro")?.roles).toEqual(["Palace Press Officer"]);
  });
  it("reads the British spelling of short bodies' acronyms (`Nato allies`, `Apec`), not any short capitalised word", () => {
    const text = "Nato allies met in The Hague. Apec leaders will meet in Busan. Fox said it.";
    expect(parseReport(text).organizations.map((o) => o.name)).toEqual(["Nato", "Apec"]);
    // (A body whose name opens with a region's: `Asia-Pacific Economic Cooperation`, no place `Asia-Pacific`.)
    const long = parseReport("They met at the Asia-Pacific Economic Cooperation summit in Lima.");
    expect([long.organizations.map((o) => o.name), long.places.map((p) => p.name)]).toEqual([["Asia-Pacific Economic Cooperation"], ["Lima"]]);
  });
  it("reads an acronym that is a word too as the word in a line of capitals (`WHO ELSE IS GOING?`), as the body elsewhere", () => {
    const text = "WHO ELSE IS GOING?\n\nRubio will go. WHO chief Tedros Adhanom Ghebreyesus said it.";
    expect(parseReport(text).organizations.map((o) => [o.name, o.mentions])).toEqual([["WHO", [{ start: 35, end: 38 }]]]);
  });
  it("reads a name after `President of <country>` (`President of Vietnam Luong Cuong`), not a body after it", () => {
    const text = "Xi Jinping held talks with President of Vietnam Luong Cuong in Hanoi. Putin met President of the Republic of Indonesia Prabowo Subianto. Javier Palomarez, president of the United States Hispanic Chamber of Commerce, spoke.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["Xi Jinping", "President of China"],
      ["Luong Cuong", "President of Vietnam"],
      ["Vladimir Putin", "President of Russia"],
      ["Prabowo Subianto", "President of Indonesia"],
      ["Javier Palomarez", "president of the United States Hispanic Chamber of Commerce"],
    ]);
  });
  it("gives a quote before `and said` to the sentence's subject, not to what follows the verb", () => {
    const text = 'Aliyev, for his part, thanked Türkiye for its "unwavering support" and said the Zangezur corridor would open soon.';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "Ilham Aliyev"]]);
  });
  it("finds a known leader written with a middle initial and a suffix (`Ferdinand R. Marcos Jr.`)", () => {
    const report = parseReport("Ishiba held a summit meeting with H.E. Mr. Ferdinand R. Marcos Jr., President of the Republic of the Philippines. President Marcos expressed his gratitude.");
    expect(report.people.map((p) => [p.name, p.country])).toEqual([["Shigeru Ishiba", "Japan"], ["Ferdinand R. Marcos Jr", "Philippines"]]);
  });
  it("starts no name inside a title (`Chief of Staff John Kelly said`)", () => {
    expect(parseReport("White House Chief of Staff John Kelly said it was over.").people.map((p) => [p.name, p.roles])).toEqual([["John Kelly", ["White House Chief of Staff"]]]);
  });
  it("takes a pronoun for the subject of the sentence before, not a person it names as object", () => {
    const text = 'Giorgia Meloni met Claudia Sheinbaum. Sheinbaum, who took office in October, said she had invited Meloni to visit Mexico City. "We want more investment," she said.';
    expect(extractQuotes(text)[0]?.speaker?.name).toBe("Claudia Sheinbaum");
  });
  it("resolves `the prime minister` to the leader whose office it names when two leaders meet", () => {
    const text = "Sir Keir Starmer and Emmanuel Macron agreed a deal on Thursday. Speaking at a joint press conference, the prime minister said: 'This is a groundbreaking step.'";
    const [q] = extractQuotes(text);
    expect([q?.speaker?.name, q?.speaker?.resolvedVia, sliceOf(text, q?.cue ?? null)]).toEqual(["Keir Starmer", "descriptor", "said"]);
  });
  it("resolves `the Kremlin chief` and takes `told his guest at …` for no reported speech", () => {
    const text = 'Xi Jinping welcomed Vladimir Putin. "China is willing to work with Russia," the Chinese leader told his guest at the Great Hall of the People. The Kremlin chief, 71, responded that relations between the two countries were "at their highest level in history."';
    const report = parseReport(text);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Xi Jinping", "Vladimir Putin"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Vladimir Putin"]);
  });
  it("keeps a hyphenated particle with its family name, and reads an agency dateline with a dash", () => {
    const text = 'Saudi crown prince meets Syrian president\n\nRiyadh, May 14 (SPA) -- Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa on Wednesday.\n\nAl-Sharaa thanked the Crown Prince. "Saudi Arabia has always stood with Syria," he said.';
    const report = parseReport(text, { referenceDate: "2025-05-14" });
    expect(report.people.map((p) => [p.name, p.country])).toEqual([["Mohammed bin Salman", "Saudi Arabia"], ["Ahmed al-Sharaa", "Syria"]]);
    expect(report.quotes[0]?.speaker?.name).toBe("Ahmed al-Sharaa");
    expect(report.timeline[0]?.description.startsWith("Crown Prince")).toBe(true);
  });
  it("reads a title after its noun only, and gives a partial quote inside `In X's words, …` to X", () => {
    const text = 'Putin met Pezeshkian. Araghchi argued that the treaty would "open a new chapter" for both. He spoke on Fox News Channel\'s "Hannity" later. In Putin\'s words, the treaty is "a truly breakthrough document" for both nations.';
    const report = parseReport(text);
    expect(report.quotes.map((q) => [q.text, q.kind])).toEqual([
      ["open a new chapter", "partial"],
      ["Hannity", "title"],
      ["a truly breakthrough document", "partial"],
    ]);
    expect(report.quotes[2]?.speaker?.name).toBe("Vladimir Putin");
  });
  it("takes no speaker from people inside a prepositional phrase of the subject", () => {
    const text = 'Zelenskyy met Erdogan. The Kremlin\'s readout of an earlier call between Putin and Erdogan said the two leaders discussed "the Ukrainian settlement."';
    expect(extractQuotes(text)[0]?.speaker?.name).toBe("Kremlin");
  });
  it("gives a quote after `X replied,` its own sentence to X, not to a cue in the next sentence", () => {
    const text = 'Later, asked whether he still considered Xi a dictator, Biden replied, "Well, look, he is." The White House did not immediately comment further.';
    expect(extractQuotes(text).map((q) => [q.speaker?.name, sliceOf(text, q.cue)])).toEqual([["Joe Biden", "replied"]]);
    const two = 'On ABC Tuesday, Trump said, "I never said I was going to pay for fees." Asked about violence, Trump replied, "Well, maybe so."';
    expect(extractQuotes(two).map((q) => [sliceOf(two, q.cue), q.groupId])).toEqual([["said", null], ["replied", null]]);
    // (The second part of a quote a parenthesis splits still resumes it.)
    const split = 'Fiorina spoke. "What kept me going during that time," she said, "is the fact that I knew these people were capable." Fiorina was fired in 2005.';
    const parts = extractQuotes(split);
    expect(parts.map((q) => q.groupId !== null && q.groupId === parts[0]?.groupId)).toEqual([true, true]);
  });

  it("keeps initials joined by stops with the name they open (`G.K. Butterfield`, `Prime Minister K.P. Sharma Oli`), not a place's abbreviation", () => {
    const text = 'CBC Chairman G.K. Butterfield of North Carolina criticised the plan. "This is a disgusting day," Butterfield said.';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["G.K. Butterfield"]);
    const titled = parseReport("Nepal's Prime Minister K.P. Sharma Oli met Narendra Modi in New Delhi on Monday. Oli said the talks were useful.", { referenceDate: "2024-06-10" });
    expect(titled.people.map((p) => [p.name, p.mentions.length])).toEqual([["K.P. Sharma Oli", 2], ["Narendra Modi", 1]]);
    const place = parseReport("The talks were held at Mr. Trump's golf club at Bedminster, N.J. Roger Ailes also met with Mr. Trump.", { referenceDate: "2016-08-18" });
    expect(place.people.map((p) => p.name)).toEqual(["Donald Trump", "Roger Ailes"]);
  });

  it("takes a full name set off by a kind of people or an age for a person (`Dean Johnson, a 55-year-old salesman from Sumter, …, says`)", () => {
    const text = 'Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will "leave here with momentum."';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Dean Johnson"]);
    const resident = 'Monique Dalle, a resident of Nairobi, said: "We have waited for this summit for years."';
    expect(extractQuotes(resident).map((q) => q.speaker?.name)).toEqual(["Monique Dalle"]);
    // (Not a body the kind only qualifies: `America Rising PAC, an outside Republican group, …`.)
    const body = parseReport("America Rising PAC, an outside Republican group, is blasting out missives about Clinton.", { referenceDate: "2016-01-10" });
    expect(body.people.map((p) => p.name)).not.toContain("Rising PAC");
  });

  it("reads `expressed` and `voiced` before a quoted feeling as the cue of a fragment (`expressed \"grave concern\"`)", () => {
    const text = 'Japanese Prime Minister Fumio Kishida expressed "grave concern" over the launch. Mr. Obama voiced a deep regret for "my inability to reduce the polarization" in Washington.';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name, sliceOf(text, q.cue)])).toEqual([
      ["partial", "Fumio Kishida", "expressed"],
      ["partial", "Barack Obama", "voiced"],
    ]);
    // (A phrase that opens with the verb still reports a clause: `expressed concern that …`.)
    const clause = parseReport("Ohio Governor John Kasich expressed concern that the billionaire businessman was encouraging violence.", { referenceDate: "2016-03-15" });
    expect(clause.attributions.map((a) => [a.source.name, a.text])).toEqual([["John Kasich", "the billionaire businessman was encouraging violence"]]);
  });

  it("reads a style alone (`His Highness said`) as the person the text first styled so, and no style as a name", () => {
    const text =
      "ABU DHABI, 15th May, 2025 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, today received Donald J. Trump, President of the United States, at Qasr Al Watan.\n\n" +
      'His Highness the UAE President affirmed that the relationship is built on decades of cooperation. "The UAE looks forward to working with the United States," His Highness said.';
    const report = parseReport(text, { referenceDate: "2025-05-16" });
    expect(report.people.map((p) => p.name)).not.toContain("Highness");
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Mohamed bin Zayed"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Mohamed bin Zayed"]);
  });

  it("gives a surname after `Mrs.` or `Mr.` to the one of that sex who bears it, not to the one named more often", () => {
    const text = 'Bill Clinton campaigned in Iowa. Bill Clinton spoke in Ohio. Hillary Clinton spoke later. "We will win," Mrs. Clinton said. "So will I," Mr. Clinton said.';
    expect(extractQuotes(text, { referenceDate: "2016-01-10" }).map((q) => q.speaker?.name)).toEqual(["Hillary Clinton", "Bill Clinton"]);
  });

  it("reads `PM` as a title and keeps an initial with its surname after a title", () => {
    const report = parseReport('PM Modi said India was ready to help. External Affairs Minister S. Jaishankar told reporters that the talks were productive. "This is a new chapter," said Mr. Jaishankar.');
    expect(report.people.map((p) => p.name)).toEqual(["Narendra Modi", "S. Jaishankar"]);
    expect(report.quotes[0]?.speaker?.name).toBe("S. Jaishankar");
  });

  it("gives a participle after an appositive with its own clause that clause's subject (`a claim Trump rejected …, writing`)", () => {
    const text = 'French President Emmanuel Macron had said Monday that the departure was meant to pursue a ceasefire, a claim Trump rejected on social media, writing that Macron "always gets it wrong."';
    expect(extractQuotes(text, { referenceDate: "2025-06-17" }).map((q) => q.speaker?.name)).toEqual(["Donald Trump"]);
  });

  it("reads the White House's printed spacing: `THE PRESIDENT:` as a descriptor kept in capitals, `Q` followed by two spaces", () => {
    const text = "Remarks by President Biden and Prime Minister Albanese Before Bilateral Meeting\n\nOval Office\n\nTHE PRESIDENT:  Well, Mr. Prime Minister, welcome back.  It's good to have you here.\n\nPRIME MINISTER ALBANESE:  Thank you very much, Mr. President.\n\nQ  Mr. President, will you travel to the Pacific Islands Forum?\n\nTHE PRESIDENT:  I'm going to try.";
    const report = parseReport(text, { referenceDate: "2023-10-25" });
    expect(report.quotes.map((q) => q.speaker?.name ?? null)).toEqual(["Joe Biden", "Anthony Albanese", null, "Joe Biden"]);
    expect(report.people[0]?.descriptors).toEqual(["THE PRESIDENT"]);
  });

  it("gives a participle after a clause joined by `and` that clause's subject, not the first clause's nor two joined subjects'", () => {
    const text = 'The two leaders traded compliments - Trump called Modi a "great friend" and Modi praised Trump\'s slogan, saying India too would become "MIGA".';
    expect(extractQuotes(text, { referenceDate: "2025-02-14" }).map((q) => q.speaker?.name)).toEqual(["Donald Trump", "Narendra Modi"]);
    const joined = 'Russian President Boris Yeltsin and Ukrainian President Leonid Kuchma met in Moscow on Friday. In their joint statement issued after the talks, Yeltsin and Kuchma called for the fastest possible ratification of the treaty, saying it would create a "strong legal foundation" for bilateral ties.';
    expect(extractQuotes(joined, { referenceDate: "1998-02-27" }).map((q) => q.speaker?.name)).toEqual(["Boris Yeltsin"]);
  });

  it("reads a cue's form after `in` as a noun, not the verb (`said in remarks carried by Xinhua that …`)", () => {
    const text = 'Mr. Xi said in remarks carried by Xinhua that the two sides had reached "a basic consensus" on trade.';
    const [quote] = extractQuotes(text, { referenceDate: "2025-10-30" });
    expect([quote?.speaker?.name, quote ? sliceOf(text, quote.cue) : null]).toEqual(["Xi Jinping", "said"]);
  });
  it("gives a role label the holder an earlier label of that role named in brackets (`HOST:` after `HOST (Maria Lindqvist):`)", () => {
    const text = "Transcript\n\nHOST (Maria Lindqvist): Welcome back to the show. With me is Pavel Ostrov, a senior fellow.\n\nPAVEL OSTROV: Thanks, Maria. Good to be here.\n\nHOST: So, Pavel, three hours of talks and no deal. What did Putin get out of this?";
    const report = parseReport(text, { referenceDate: "2025-08-20" });
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Maria Lindqvist", "Pavel Ostrov", "Maria Lindqvist"]);
    expect(new Set(report.quotes.filter((q) => q.speaker?.name === "Maria Lindqvist").map((q) => q.speaker?.personId)).size).toBe(1);
  });
  it("resolves a pronoun inside a transcript's turn to one the turn's words name, not to the turn's speaker (`PAVEL OSTROV: Trump got a meeting. He said afterwards: \"…\"`)", () => {
    const text = 'HOST: What did Trump get?\n\nPAVEL OSTROV: Trump got a meeting. He said afterwards: "There is no deal until there is a deal." I think he believed it.\n\nHOST: Thank you, Pavel, for joining us today.';
    const report = parseReport(text, { referenceDate: "2025-08-20" });
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["HOST", "Pavel Ostrov", "Donald Trump", "HOST"]);
  });
  it("gives a partial quote a group says of itself to the group (`the sides said they had agreed to \"continue …\"`)", () => {
    const text = 'Aliyev, Pashinian meet in Abu Dhabi\n\nIn a joint statement issued after the meeting, the sides said they had agreed to "continue bilateral negotiations on confidence-building measures".';
    expect(parseReport(text).quotes.map((q) => [q.kind, q.speaker?.name, q.speaker?.resolvedVia])).toEqual([["partial", "the sides", "context"]]);
    // (With the verb of saying as the quote's cue too: `the two governments said they would "pool resources …"`.)
    const declared = 'Macron and Scholz meet in Hamburg\n\nIn a joint declaration, the two governments said they would "pool resources for defence innovation" and present a plan "by the end of the year".';
    expect(parseReport(declared).quotes.map((q) => q.speaker?.name)).toEqual(["the two governments", "the two governments"]);
  });
  it("gives a quote to the person an office's words after a body lead to, after its cue (`\"…,\" said Kremlin spokesman Dmitry Peskov`)", () => {
    const text = 'Putin meets Tokayev\n\n"The talks were constructive," said Kremlin spokesman Dmitry Peskov. "We want peace," said a Republican National Committee member who supports the deal.';
    expect(parseReport(text).quotes.map((q) => q.speaker?.name)).toEqual(["Dmitry Peskov", "Republican National Committee"]);
  });
  it("reads a fragment in what a participle of saying goes on with after a quote as a partial quote (`\"…,\" Mr Trump said, describing Mr Albanese as \"a great ally\"`)", () => {
    const text = 'Albanese and Trump sign minerals deal\n\n"It\'s been a great meeting," Mr Trump said, describing Mr Albanese as "a great ally".';
    expect(parseReport(text).quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["direct", "Donald Trump"], ["partial", "Donald Trump"]]);
  });
  it("reads a fragment in a relative clause of saying about the speaker after a quote as partial (`said Sánchez, who described the agreement as \"historic\"`)", () => {
    const text = 'Sánchez and Lula sign strategic alliance\n\nThe Spanish Prime Minister, Pedro Sánchez, and Lula signed a strategic alliance on Tuesday. "Spain will be Brazil\'s best ally in Europe," said Sánchez, who described the agreement as "historic".';
    expect(parseReport(text).quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["direct", "Pedro Sánchez"], ["partial", "Pedro Sánchez"]]);
  });
  it("reads a post a name qualifies as a medium, not the verb (`said in a Facebook post that the meeting was \"warm and fruitful\"`)", () => {
    const text = "Hun Manet meets Xi in Beijing\n\nHun Manet, 46, said in a Facebook post that the meeting was \"warm and fruitful.\" The Kremlin said in a Telegram statement that talks were \"useful.\"";
    const report = parseReport(text, { referenceDate: "2023-09-15" });
    expect(report.quotes.map((q) => [q.speaker?.name, sliceOf(text, q.cue), sliceOf(text, q.medium)])).toEqual([
      ["Hun Manet", "said", "in a Facebook post"],
      ["Kremlin", "said", "in a Telegram statement"],
    ]);
  });
  it("reads `convey` as a verb of saying (`Ishiba conveyed Japan's \"serious concerns\"`, `Simonyan conveyed to Ms. Martin that her statement was \"not in line …\"`)", () => {
    const text = "Ishiba, Xi hold first talks\n\nMeeting on the sidelines of the APEC forum, Ishiba conveyed Japan's \"serious concerns\" over China's military activity, according to a Japanese government official. The editor in chief, Margarita Simonyan, conveyed to Ms. Martin that her statement was \"not in line with our editorial policy.\"";
    const report = parseReport(text, { referenceDate: "2024-11-15" });
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name, sliceOf(text, q.cue)])).toEqual([
      ["partial", "Shigeru Ishiba", "conveyed"],
      ["partial", "Margarita Simonyan", "conveyed"],
    ]);
  });
  it("gives a fragment inside what an unnamed officer reports to the officer, not to the body that qualifies them (`A Downing Street spokesman said the two leaders had agreed to meet again 'early next year'`)", () => {
    const text = "Starmer and Macron hail 'new chapter'\n\nSir Keir Starmer and Emmanuel Macron hailed a new chapter yesterday. A Downing Street spokesman said the two leaders had agreed to meet again 'early next year'.";
    expect(parseReport(text, { referenceDate: "2025-07-11" }).quotes.filter((q) => q.kind === "partial").map((q) => [q.text, q.speaker?.name])).toEqual([["early next year", "a Downing Street spokesman"]]);
  });
  it("gives a quote after `according to` in mid-sentence its source, not the clause's subject before (`…, and the mood, according to two diplomats who were in the room, was \"tense but civil.\"`)", () => {
    const text = "Dinner in Brussels\n\nEuropean Council President António Costa hosted EU leaders for a working dinner in Brussels last night, and the mood, according to two diplomats who were in the room, was \"tense but civil.\"";
    expect(parseReport(text, { referenceDate: "2025-03-21" }).quotes.map((q) => [q.text, q.speaker?.name, q.cue === null ? null : text.slice(q.cue.start, q.cue.end)])).toEqual([["tense but civil.", "two diplomats", "according to"]]);
  });
  it("gives a quote to the person whose body stands after `of` before the cue (`Elly Schlein of the centre-left Democratic Party (PD) said …`)", () => {
    const text = "Meloni meets Trump\n\nOpposition leader Elly Schlein of the centre-left Democratic Party (PD) said Meloni had gone to Washington \"as a vassal, not an ally\".";
    expect(parseReport(text, { referenceDate: "2025-04-18" }).quotes.map((q) => [q.text, q.speaker?.name])).toEqual([["as a vassal, not an ally", "Elly Schlein"]]);
  });
  it("gives a label alone on its line the paragraph under it, a blank line between, as NPR prints its transcripts (`STEVE INSKEEP, HOST:`)", () => {
    const text =
      "South Korea's president meets Trump as tariff talks drag on\n\n" +
      "STEVE INSKEEP, HOST:\n\n" +
      "South Korean President Lee Jae-myung met President Trump at the White House yesterday. Good morning, Anthony.\n\n" +
      "ANTHONY KUHN, BYLINE: Good morning, Steve.\n\n" +
      "INSKEEP: What came out of the meeting?";
    const report = parseReport(text, { referenceDate: "2025-08-26" });
    expect(report.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ["South Korean President Lee Jae-myung met President Trump at the White House yesterday. Good morning, Anthony.", "Steve Inskeep"],
      ["Good morning, Steve.", "Anthony Kuhn"],
      ["What came out of the meeting?", "Steve Inskeep"],
    ]);
    expect(report.timeline.map((e) => e.description.slice(0, 12))).toEqual(["South Korean"]);
  });
  it("places a meeting told of at a seat of government the lexicon knows in its city, though a transcript's turn tells it (`met President Trump at the White House`)", () => {
    const text = "South Korea's president meets Trump as tariff talks drag on\n\nSTEVE INSKEEP, HOST:\n\nSouth Korean President Lee Jae-myung met President Trump at the White House yesterday. Good morning, Anthony.\n\nANTHONY KUHN, BYLINE: Good morning, Steve.";
    expect(parseReport(text, { referenceDate: "2025-08-26" }).summit.location).toBe("Washington");
  });
  it("reads a quote after a participle's aside closed by a comma as the rest of what was said (`Tester said, pointing to the 1 percent excuse, \"you give …\"`)", () => {
    const text = "Wells Fargo chief grilled\n\n“Every time you say that,” Tester said, pointing to the 1 percent excuse, “you give ammunition to the people who want to break up the big banks.”";
    const quotes = parseReport(text, { referenceDate: "2016-09-20" }).quotes;
    expect(quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["direct", "Tester"], ["direct", "Tester"]]);
    expect(quotes[1]?.groupId).toBe(quotes[0]?.groupId);
  });
  it("gives a name quoted after `referred to` to the one who referred (`Trump repeatedly referred to the \"51st state\"`), and makes no speaker of a term defined by `refers to`", () => {
    const text =
      "Carney and Trump meet at White House\n\n" +
      "Between the lines: Carney's team wanted to avoid a repeat of last month's call, in which Trump repeatedly referred to the \"51st state,\" according to two people familiar with the matter.\n\n" +
      "Trump has often referred to the prime minister as \"governor.\"\n\n" +
      "The Inland Empire refers to those communities east of Los Angeles.";
    const report = parseReport(text, { referenceDate: "2025-05-06" });
    expect(report.quotes.map((q) => [q.kind, q.text, q.speaker?.name, sliceOf(text, q.cue)])).toEqual([
      ["partial", "51st state,", "Donald Trump", "referred"],
      ["partial", "governor.", "Donald Trump", "referred"],
    ]);
    expect(report.people.map((p) => p.name)).not.toContain("Inland Empire");
  });
  it("finds the subject of a verb of saying after a participle's clause that opens the sentence (`Asked to comment on Castro's announcement, a Justice Department spokesman said:`)", () => {
    const text = "Castro offers to let Elian's father travel\n\nAsked to comment on Castro's announcement, a Justice Department spokesman said:\n\n\"Certainly it changes things. How it changes things is a little hard to say at this point.\"\n\nBoreing said the members will still meet, but said, \"It's time we change how we do it.\"";
    expect(parseReport(text, { referenceDate: "2000-03-29" }).quotes.map((q) => q.speaker?.name)).toEqual(["a Justice Department spokesman", "Boreing"]);
  });
  it("reads an office's abbreviation before a name as the office (`Sen. Lindsey Graham (R-S.C.)`, `Gov. Mike Pence`), and a description of it as that person (`the senator`)", () => {
    const text = "Senators press Zelensky on war aims\n\n\"He made a very compelling case,\" Sen. Lindsey Graham (R-S.C.) told reporters after the meeting. Indiana Gov. Mike Pence agreed.\n\n\"The time for talking is over,\" the senator said.";
    const report = parseReport(text, { referenceDate: "2025-09-18" });
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([["Volodymyr Zelensky", ["President of Ukraine"]], ["Lindsey Graham", ["Senator"]], ["Mike Pence", ["Governor"]]]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Lindsey Graham", "Lindsey Graham"]);
  });
  it("reads the page's labels in capitals above a report as no speakers' turns (`PUBLISHED : 14 Nov 2025 at 18:42`, `WRITER: …`)", () => {
    const text =
      "Anutin, Hun Manet agree to reopen border checkpoints\n\nPUBLISHED : 14 Nov 2025 at 18:42\nNEWSPAPER SECTION: News\nWRITER: Wassayos Ngamkham\n\n" +
      "Prime Minister Anutin Charnvirakul and his Cambodian counterpart Hun Manet on Friday agreed to reopen border checkpoints.";
    const report = parseReport(text, { referenceDate: "2025-11-14" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "heading", "credit", "paragraph"]);
    expect(report.quotes).toEqual([]);
  });
  it("makes no speaker of a group that owns what follows it (`the People's Daily newspaper calls it \"the pearl\"`)", () => {
    const text = "China's new Silk Road\n\nThis is reputed to have been a 7th-century stop for Silk Road merchants. Today, the People's Daily newspaper calls it \"the pearl\" on the Silk Road Economic Belt.";
    expect(parseReport(text, { referenceDate: "2015-12-28" }).quotes.map((q) => q.speaker?.name)).toEqual(["the People's Daily newspaper"]);
  });
  it("reads a party's name with a possessive in the office after a name as its role (`Sirikanya Tansakun, a People's Party MP, said …`)", () => {
    const text = "Anutin meets Hun Manet\n\nCritics in Bangkok were less upbeat. Sirikanya Tansakun, a People's Party MP, said the government had \"given away too much for too little\".";
    const report = parseReport(text, { referenceDate: "2025-11-14" });
    expect(report.people.map((p) => [p.name, p.roles])).toContainEqual(["Sirikanya Tansakun", ["People's Party MP"]]);
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "Sirikanya Tansakun"]]);
  });
  it("gives a partial quote inside what a source the text does not know as a person reports to that source (`Rangsiman Rome, a People's Party MP, said …`)", () => {
    const text = "Anutin meets Hun Manet\n\nCritics in Bangkok were less upbeat. Rangsiman Rome, a People's Party MP, said the government had \"given away too much for too little\" and urged Mr Anutin to brief parliament.";
    const report = parseReport(text, { referenceDate: "2025-11-14" });
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Rangsiman Rome"]);
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name, sliceOf(text, q.cue)])).toEqual([["partial", "Rangsiman Rome", "said"]]);
  });
  it("gives a quote a `Quote:` label opens to the one a `Source:` line of its own names above it", () => {
    const text =
      "Zelensky and Stubb discuss air defence\n\nOlha Hlushchenko — Tuesday, 21 October 2025, 17:48\n\n" +
      "President of Ukraine Volodymyr Zelensky met Finnish President Alexander Stubb in Kyiv on Tuesday.\n\nSource: Zelensky on Telegram\n\n" +
      "Quote: \"We talked about the situation on the front line. Finland is one of our most reliable partners.\"";
    expect(parseReport(text, { referenceDate: "2025-10-21" }).quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["direct", "Volodymyr Zelensky"]]);
  });
  it("knows Taiwan's president by the English name the Taipei press gives him (`President William Lai (賴清德)`)", () => {
    const text = "Lai, Paraguayan president sign accords\n\nPresident William Lai (賴清德) and visiting Paraguayan President Santiago Pena yesterday signed two agreements.\n\nLai thanked Pena for Paraguay's \"steadfast support\" over the past 68 years.";
    const report = parseReport(text, { referenceDate: "2025-05-07" });
    expect(report.people.map((p) => [p.name, p.country])).toEqual([["Lai Ching-te", "Taiwan"], ["Santiago Peña", "Paraguay"]]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Lai Ching-te"]);
  });
  it("reads no person in a title-case headline's verb and its object (`Hochul Meets Martin, Announces New Trade Partnership`, `Hochul and Martin Announce …`)", () => {
    const lead = "\n\nGovernor Kathy Hochul today met with Taoiseach Micheál Martin of Ireland at the State Capitol in Albany.";
    const names = (headline: string): string[] => parseReport(headline + lead, { referenceDate: "2025-06-04" }).people.map((p) => p.name).sort();
    expect(names("Governor Hochul Meets Irish Taoiseach Micheál Martin, Announces New Trade Partnership")).toEqual(["Kathy Hochul", "Micheál Martin"]);
    expect(names("Hochul and Martin Announce New Trade Partnership")).toEqual(["Kathy Hochul", "Micheál Martin"]);
  });
  it("reads a given name before a verb in its plain form that a title-case headline goes on after as no full name (`Hillary Asking Moderator To Fact Check Trump`)", () => {
    const text = "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump 'Reeks of Fear.'\n\nHillary Clinton's campaign has asked NBC's Lester Holt to fact-check Donald Trump during the debate.";
    expect(parseReport(text, { referenceDate: "2016-09-26" }).people.map((p) => p.name)).not.toContain("Hillary Asking");
  });
  it("ends a title before a name at a title-case headline's verb or little word (`King Mohammed VI Receives Spanish PM Pedro Sanchez`)", () => {
    const roles = (text: string, name: string): readonly string[] => parseReport(text, { referenceDate: "2025-12-04" }).people.find((p) => p.name === name)?.roles ?? [];
    expect(roles("King Mohammed VI Receives Spanish PM Pedro Sanchez in Rabat\n\nKing Mohammed VI received on Wednesday at the Royal Palace in Rabat Spanish Prime Minister Pedro Sanchez.", "Pedro Sanchez")).toEqual(["Prime Minister of Spain", "Spanish PM", "Spanish Prime Minister"]);
    expect(roles("Trump Meets With Expert On Secretary of State Hillary Clinton\n\nDonald Trump met an expert on Hillary Clinton on Monday.", "Hillary Clinton")).toEqual(["Secretary of State"]);
  });
  it("reads an unknown full name set off as one of a group of people as a person (`Nika Gvaramia, one of the leaders of the Coalition for Change, wrote …`)", () => {
    const text = "PM Kobakhidze Meets Orbán in Budapest\n\nGeorgia's opposition parties criticized the visit. Nika Gvaramia, one of the leaders of the Coalition for Change, wrote on Facebook that Kobakhidze \"went to beg Orbán for protection.\"";
    const report = parseReport(text, { referenceDate: "2025-03-12" });
    expect(report.people.map((p) => p.name)).toContain("Nika Gvaramia");
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "Nika Gvaramia"]]);
  });
  it("finds an unnamed speaker past a long relative clause of anonymity closed right before the verb (`The official, who requested anonymity because …, said`)", () => {
    const text =
      "Sisi, Erdogan discuss Gaza truce\n\nEgyptian President Abdel Fattah al-Sisi met Recep Tayyip Erdogan in Ankara on Wednesday.\n\n" +
      "A Turkish official familiar with the preparations told Al-Monitor that Ankara and Cairo had also discussed Libya. The official, who requested anonymity because they were not authorized to speak to the media, said \"there is still a long way to go\" on Libya.";
    expect(parseReport(text, { referenceDate: "2025-09-04" }).quotes.map((q) => [q.text, q.speaker?.name])).toEqual([["there is still a long way to go", "a Turkish official"]]);
  });
  it("reads no office in a credit's labelled list after a name (`EN - author: Cristina Zamfir, editor online: Ada Stefan`)", () => {
    const text = "President Nicusor Dan meets Emmanuel Macron\n\nPresident Nicusor Dan was received on Thursday at the Elysee Palace by his French counterpart, Emmanuel Macron. AGERPRES (RO - author: Andreea Marinescu, editor: Mariana Ionescu; EN - author: Cristina Zamfir, editor online: Ada Stefan)";
    const people = parseReport(text, { referenceDate: "2025-06-26" }).people;
    expect(people.find((p) => p.name === "Cristina Zamfir")?.roles).toEqual([]);
  });
  it("reads Bahrain's spelling `Shaikh` as the courtesy title `Sheikh` is read (`HH Shaikh Nasser bin Hamad Al Khalifa`)", () => {
    const text = "HM the King meets British Prime Minister\n\nLondon, Oct. 14 (BNA): His Majesty King Hamad bin Isa Al Khalifa met today with Prime Minister Sir Keir Starmer at 10 Downing Street in London.\n\nThe meeting was attended by HH Shaikh Nasser bin Hamad Al Khalifa and several senior officials.";
    expect(parseReport(text, { referenceDate: "2025-10-14" }).people.map((p) => p.name)).toContain("Nasser bin Hamad Al Khalifa");
  });
  it("reads a first line whose label joins two names as the headline, not a turn (`Luxon and Albanese: What they said …`)", () => {
    const text =
      "Luxon and Albanese: What they said after the Queenstown talks\n\nPrime Ministers Christopher Luxon and Anthony Albanese held their annual leaders' meeting in Queenstown on Saturday.\n\n" +
      "Luxon: \"We are each other's only formal ally.\"\n\nAlbanese: \"Australia and New Zealand are family.\"";
    const report = parseReport(text, { referenceDate: "2025-08-02" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "turn", "turn"]);
    expect(report.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([["We are each other's only formal ally.", "Christopher Luxon"], ["Australia and New Zealand are family.", "Anthony Albanese"]]);
  });
  it("gives words `Another` speaks at a sentence's head to the group the sentence before names (`… one of the diplomats said. Another described the talks as \"…\"`)", () => {
    const text = "Costa's first EU-China summit ends without a joint statement\n\nThe meeting was \"frank but difficult,\" one of the diplomats said. Another described the talks on trade as \"a dialogue of the deaf.\"";
    expect(parseReport(text, { referenceDate: "2025-07-25" }).quotes.map((q) => q.speaker?.name ?? null)).toEqual(["one of the diplomats", "diplomats"]);
  });
  it("gives a headline's quote after a verb of saying whose subject the headline leaves out to the one who opens it (`Jaishankar meets Wang Yi; says ties must be 'stable, cooperative'`)", () => {
    const speaker = (headline: string, lead: string, ref: string): string | null => parseReport(`${headline}\n\n${lead}`, { referenceDate: ref }).quotes.find((q) => q.kind === "heading")?.speaker?.name ?? null;
    expect(speaker("Jaishankar meets Wang Yi; says ties must be 'stable, cooperative'", "External Affairs Minister S. Jaishankar held talks with Chinese Foreign Minister Wang Yi in New Delhi on Monday.", "2025-08-19")).toBe("S. Jaishankar");
    expect(speaker("Albanese meets Xi in Beijing, hails 'stabilised' relationship", "Prime Minister Anthony Albanese met Chinese President Xi Jinping in Beijing on Tuesday.", "2025-07-15")).toBe("Anthony Albanese");
  });
});
