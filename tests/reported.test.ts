import { describe, expect, it } from "vitest";
import { extractAttributions, extractQuotes, parseReport } from "../src/index.js";
import { participantNames, peopleNames, sliceOf } from "./helpers.js";

describe("reported speech without quotation marks", () => {
  it("keeps a people's adjective in capitals where it opens an unnamed source (`Iranian state media said`)", () => {
    expect(extractAttributions("Iranian state media said the three presidents agreed to continue their cooperation.").map((a) => a.source.name)).toEqual(["Iranian state media"]);
  });

  it("takes a source that ends with an abbreviation's stop (`The U.N. said`, `Upjohn Co. said`)", () => {
    const sources = (text: string): string[] => extractAttributions(text).map((a) => `${a.source.name}: ${a.text}`);
    expect(sources("The U.N. said it would send observers to the border.")).toEqual(["U.N.: it would send observers to the border"]);
    expect(sources("Upjohn Co. said it will offer an early retirement package.")).toEqual(["Upjohn Co.: it will offer an early retirement package"]);
  });

  it("reads the clause after an occasion of speaking (`said at a signing ceremony that …`), not a `that` a quotation opens", () => {
    const sources = (text: string): string[] => extractAttributions(text).map((a) => `${a.source.name}: ${a.text}`);
    expect(sources("Hillary Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.")).toEqual(["Hillary Clinton: it means Trump never paid"]);
    expect(sources("Erdogan said at a signing ceremony that the deal would double trade.")).toEqual(["Recep Tayyip Erdogan: the deal would double trade"]);
    expect(sources('The ad shows Trump saying during the debate last week, "That makes me smart," as Clinton looked on.')).toEqual([]);
  });

  it("reads a state news agency as a body, its full name and all (`state news agency Wam reported`, `KUNA News Agency`)", () => {
    const text = "The leaders discussed Gaza, state news agency Wam reported. The talks were useful, the KUNA News Agency said.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.source.personId])).toEqual([["Wam", null], ["KUNA News Agency", null]]);
    expect(parseReport(text).people).toEqual([]);
    const committee = "The Senate Committee on Homeland Security said the review would take months.";
    expect(parseReport(committee).organizations.map((o) => o.name)).toEqual(["Senate Committee on Homeland Security"]);
  });

  it("reports nothing from a cue inside a quotation, and never runs past its closing mark (`\"As I told Putin, …,\" Erdogan said`)", () => {
    const text = "\"As I told President Putin, 'the war has no winner, and a just peace will have no loser,'\" Erdogan said at a news conference. Zelensky said the talks were useful.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Volodymyr Zelensky", "the talks were useful"]]);
  });

  it("gives what a participle after a comma reports to the subject of the clause before it, not the whole clause", () => {
    const text = "Moscow pulled out of the deal in July, complaining that its own food exports faced obstacles. The minister left the meeting early, saying that he had a flight.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Moscow", "its own food exports faced obstacles"],
      ["the minister", "he had a flight"],
    ]);
  });

  it("keeps a subject with a participle after its comma in what a closing source reports (`The summit, held in …, was cut …, diplomats said`)", () => {
    const text = "The summit, held in the Dutch city for the first time, was cut to a single working session, diplomats said.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["The summit, held in the Dutch city for the first time, was cut to a single working session"]);
    // (An opening adverbial is still left out: `The next day, …`.)
    expect(extractAttributions("The next day, officials said the talks failed.").map((a) => a.text)).toEqual(["the talks failed"]);
  });

  it("keeps a group's qualifier that opens a paragraph (`Canadian officials had said …`)", () => {
    const text = "Carney met Trump on Tuesday.\n\nCanadian officials had said ahead of the meeting that they did not expect a breakthrough.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Canadian officials"]);
  });

  it("names a group with its postmodifier up to the verb (`People familiar with the talks said`), as a closing source has it", () => {
    const text = "People familiar with the talks said the two leaders had also discussed trade. Officials close to the Kremlin's negotiators said the deal was near.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["people familiar with the talks", "officials close to the Kremlin's negotiators"]);
    // (Not a postmodifier that no verb follows: `People close to him left.`)
    expect(extractAttributions("Officials said people close to the talks left early on Friday.").map((a) => a.source.name)).toEqual(["officials"]);
  });

  it("reads a clause after `, though` with its own subject, a country there speaking for its government", () => {
    const text = "NATO leaders agreed to raise spending to 5%, bowing to pressure from U.S. President Donald Trump, though Spain said it would not meet the goal.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Spain", "it would not meet the goal"]]);
    const split = "Lynch said government work erases some barriers, though she noted clients are beginning to demand diverse teams.";
    expect(extractAttributions(split).map((a) => a.text)).toEqual(["government work erases some barriers", "clients are beginning to demand diverse teams"]);
  });

  it("reads a group's plural possessive (`The allies' final communique said`) as the possessor of the source, not the source", () => {
    const text = "The allies' final communique, a five-paragraph text, said Russia posed a long-term threat to security.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["the allies' final communique"]);
    // (A closing single quote after a plural stays a quote's end: `called the talks 'good for farmers', analysts said`.)
    expect(extractAttributions("He called the talks 'good for farmers' and left, analysts said.").map((a) => a.source.name)).toEqual(["analysts"]);
  });

  it("takes the subject of a subordinate clause inside the sentence as the source (`… after Nabisco announced that …`)", () => {
    const text = "Donald Trump attacked the company last year after Nabisco announced that it was laying off 600 bakery workers in Chicago.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Nabisco", "it was laying off 600 bakery workers in Chicago"]]);
  });

  it("reads an outlet's capitalised medium word as its name's (`told Fox News Radio on Thursday`), no content", () => {
    expect(extractAttributions('"There is a chance," Trump told Fox News Radio on Thursday.')).toEqual([]);
    expect(extractAttributions("Trump told Fox News Radio on Thursday that the meeting would go well.").map((a) => a.text)).toEqual(["the meeting would go well"]);
  });

  it("reads a document in a parenthesis as the source (`President Putin, the statement said, appreciated …`), not the subject", () => {
    const text = "President Putin, the statement said, appreciated Pakistan's role in the SCO. The talks, a joint statement said, were constructive.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["the statement", "a joint statement"]);
  });

  it("reads a clause after `that` that a quotation goes on with its verb (`assured that the relationship \"has never been so good\"`)", () => {
    const text = 'Sánchez stated that Spain and Brazil share values, while Lula assured that the relationship "has never been so good".';
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["Spain and Brazil share values", 'the relationship "has never been so good"']);
    // (Not a determiner's `that` before a quoted name: `recalled that "Minsk" meeting`.)
    expect(extractAttributions('He recalled that "Minsk" meeting.')).toEqual([]);
  });

  it("reads a short clause without `that` whose auxiliary hands its verb to a quotation (`said Mexico would \"defend its interests with dignity\"`)", () => {
    const text = 'Asked about U.S. tariffs, Sheinbaum said Mexico would "defend its interests with dignity". Cruz said Iowa will "decide this race".';
    expect(extractAttributions(text).map((a) => a.text)).toEqual(['Mexico would "defend its interests with dignity"', 'Iowa will "decide this race"']);
    // (Two words before a quoted noun phrase are no clause: `called the plan "a gimmick"`.)
    expect(extractAttributions('Farage called the plan "a gimmick".')).toEqual([]);
  });

  it("reads a source at the end with an occasion after its audience or medium (`Macron told a news conference after the meeting`)", () => {
    const text = "Twenty-six countries have committed to deploy troops to Ukraine once a ceasefire is reached, Macron told a news conference after the meeting.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Emmanuel Macron", "Twenty-six countries have committed to deploy troops to Ukraine once a ceasefire is reached"]]);
  });

  it("ends what was told before the outlet's full name (`told Breitbart News he'd …`)", () => {
    const text = "Pate told Breitbart News he'd support Clinton in a general election.";
    expect(extractAttributions(text).map((a) => sliceOf(text, a.content))).toEqual(["he'd support Clinton in a general election"]);
  });

  it("gives what a relative clause reports to the subject after its pronoun (`a move that analysts said …`), not to a person named before", () => {
    const text = "Trump arrived in Riyadh, a move that analysts said underlined the importance of ties.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["analysts", "underlined the importance of ties"]]);
    expect(extractAttributions("It also mentions policies she supported that Trump argues allowed the group's reach to spread.").map((a) => a.source.name)).toEqual(["Donald Trump"]);
  });

  it("reads a noun that is also a verb of saying as the subject before its verb (`New York state is`, `a fourth state will`)", () => {
    const text = "She is frustrated that New York state is shortchanging funds. Most states have passed the deadline.";
    expect(extractAttributions(text)).toEqual([]);
    // (And after a word of region or kind: `contests in Southern states more friendly to Clinton`, `his home state`.)
    const regions = "Sanders aimed to win before contests in Southern states more friendly to Clinton. Rubio looks to the contest in his home state because he leads there. He has won smaller caucus states, Sanders has won only two.";
    expect(extractAttributions(regions)).toEqual([]);
  });

  it("reads no reported speech in where words were told (`told reporters aboard Air Force One on his way back`)", () => {
    expect(extractAttributions('"It was an amazing meeting," Trump told reporters aboard Air Force One on his way back to Washington.')).toEqual([]);
  });

  it("reads an official record of a meeting as the medium before `that` (`said in a readout that …`, `in a joint communique`)", () => {
    const text = "The White House said in a readout that Biden raised human rights. The leaders said in a joint communique that they would meet again.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["White House", "Biden raised human rights"],
      ["leaders", "they would meet again"],
    ]);
  });

  it("reads the person named between commas after a role and the body it serves (`The spokesperson for the Chinese foreign ministry, Mao Ning, told`)", () => {
    const text = "The spokesperson for the Chinese foreign ministry, Mao Ning, told a regular briefing that Beijing welcomed the summit.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Mao Ning"]);
  });

  it("takes no preposition, adverb or participle that opens a sentence for a source, but keeps a share of those asked", () => {
    const text = "After a long debate, the measure passed, lawmakers said. Initially, regulators did not consider him a realistic option, state records show. About 4 in 10 say they want change.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["lawmakers", "about 4 in 10"]);
  });

  it("reads a document that speaks (`the Tianjin Declaration said`) as the source, not a person", () => {
    const text = "The SCO's next summit will be held in Kyrgyzstan in 2026, the Tianjin Declaration said.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.source.personId])).toEqual([["Tianjin Declaration", null]]);
    expect(parseReport(text).people).toEqual([]);
  });

  it("ends a closing `according to` source before its relative clause, and reads a courtesy title after a closing verb (`said Mr Wong`)", () => {
    const according = "The meeting lasted nearly two hours, according to a senior Biden administration official who briefed reporters afterward on condition of anonymity.";
    expect(extractAttributions(according).map((a) => [a.source.name, a.text])).toEqual([["a senior Biden administration official", "The meeting lasted nearly two hours"]]);
    const text = "Lawrence Wong met Anwar Ibrahim. The zone is expected to create 20,000 skilled jobs, said Mr Wong at a joint press conference.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Lawrence Wong", "The zone is expected to create 20,000 skilled jobs"]]);
  });

  it("reads `according to X, …`", () => {
    const text = "According to analysts, the new pipeline will open in spring.";
    const [a] = extractAttributions(text);
    expect(a?.text).toBe("the new pipeline will open in spring");
    expect(a?.source.name).toBe("analysts");
    expect(sliceOf(text, a?.cue ?? null)).toBe("According to");
  });

  it("reads `X said that …` with an adverb between subject and verb", () => {
    const text = "Maria Costa firmly stated that the border would stay open for trade.";
    const [a] = extractAttributions(text);
    expect(a?.source.name).toBe("Maria Costa");
    expect(a?.text).toBe("the border would stay open for trade");
  });

  it("leaves a day between a source and its verb out of the source (`The ministry on Friday said`), not a participle's (`a poll released Friday`)", () => {
    const text = "The Presidential Office on Friday said it had been in close contact. The ministry yesterday said it was ready. A poll released Friday said most voters agreed.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Presidential Office", "the ministry", "a poll released Friday"]);
  });

  it("reads a source before an auxiliary (`The ministry has said`) and after a time's comma (`Last month, the ministry announced`)", () => {
    const text = "The ministry has said it could seek major changes. Last month, the agency announced it had reached its goal.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["the ministry", "it could seek major changes"],
      ["the agency", "it had reached its goal"],
    ]);
  });

  it("reads no speech in a deed claimed (`claimed responsibility`) nor in things added (`, adding Greece and Turkey in 1952`)", () => {
    const text = "No one claimed responsibility for the attacks. The alliance expanded three times, adding Greece and Turkey in 1952 and Spain in 1982. Putin said the talks went well, adding the sides would meet again.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["the talks went well, adding the sides would meet again"]);
  });

  it("reads a name that qualifies a body or its people as no speaker (`the Biden administration said`, `Trump campaign spokesman Jason Miller said`)", () => {
    const text = "The Biden administration said it would respond. Trump campaign spokesman Jason Miller said the policy covers everyone. A Trump administration official said talks were over.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["the Biden administration", "Jason Miller", "a Trump administration official"]);
    // (A group's name keeps the person's name that qualifies it: `Trump administration officials`, `Clinton allies`.)
    const groups = extractAttributions("Trump administration officials said talks were over. Hillary Clinton spoke; Clinton allies said she would win.");
    expect(groups.map((a) => a.source.name)).toEqual(["Trump administration officials", "Clinton allies"]);
    // (A document the name's body owns speaks the words it quotes: its head is the noun before the preposition.)
    const doc = parseReport('A document on the Trump campaign\'s website states that a marriage must be "recognized under state law" to count.');
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(["a document on the Trump campaign's website"]);
  });

  it("reads what a person reports inside what a closing source reports (`Xi said A, Xinhua reported`)", () => {
    const text = "Xi, for his part, said the challenges facing Europe did not come from China, state news agency Xinhua reported.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Xinhua", "Xi, for his part, said the challenges facing Europe did not come from China"],
      ["Xi Jinping", "the challenges facing Europe did not come from China"],
    ]);
  });

  it("keeps a list of names after a subject's comma in what was said (`Leaders of China, Kazakhstan and Uzbekistan signed …`), not an opening phrase", () => {
    const text = "Leaders of China, Kazakhstan and Uzbekistan signed a treaty, officials said. In Moscow, Putin and Xi signed a deal, officials said.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["Leaders of China, Kazakhstan and Uzbekistan signed a treaty", "Putin and Xi signed a deal"]);
  });

  it("reads `X said …` without `that`", () => {
    const [a] = extractAttributions("Peter Novak said the sanctions had hurt both sides.");
    expect(a?.text).toBe("the sanctions had hurt both sides");
  });

  it("reads unnamed sources written as noun phrases, before or after the content", () => {
    const byTail = extractAttributions("The ferry line will close in the winter, port officials said.");
    expect(byTail.map((a) => [a.source.name, a.text])).toEqual([["port officials", "The ferry line will close in the winter"]]);
    const bySubject = extractAttributions("A U.N. official familiar with the talks said that the ceasefire would hold.");
    expect(bySubject.map((a) => [a.source.name, a.text])).toEqual([["a U.N. official familiar with the talks", "the ceasefire would hold"]]);
    const byAccording = extractAttributions("The bridge would cost $2 billion, according to the draft budget the ministry released.");
    expect(byAccording[0]?.source.name).toBe("the draft budget the ministry released");
  });

  it("reads `said it …` as a clause, and `they said` with the group unnamed", () => {
    const [a] = extractAttributions("The ministry said it had closed three border crossings.");
    expect(a?.text).toBe("it had closed three border crossings");
    const [b] = extractAttributions("They said the vote would be delayed until spring.");
    expect([b?.source.name, b?.source.resolvedVia, b?.source.personId]).toEqual(["they", "pronoun", null]);
    // (`it` with only a phrase of time or place after it is the object: nothing is reported.)
    const objects = ["The Office of the President confirmed it only on Saturday evening.", "Facebook reported it to the F.B.I. on Thursday.", "He said it over and over."];
    expect(objects.flatMap((text) => extractAttributions(text))).toEqual([]);
    // (An infinitive after it still reports what is expected: `expect it to raise rates`.)
    expect(extractAttributions("Officials expect it to raise rates next year.").map((x) => x.text)).toEqual(["it to raise rates next year"]);
  });

  it("reads reports of finding before `that`, and a source after a leading adverbial", () => {
    const [a] = extractAttributions("A new survey of farmers found that most of them expect lower harvests.");
    expect([a?.source.name, a?.text]).toEqual(["a new survey of farmers", "most of them expect lower harvests"]);
    const [b] = extractAttributions("Again, those surveyed said the economy was their main worry.");
    expect(b?.source.name).toBe("those surveyed");
    expect(extractAttributions("The rescuers found the boat near the shore.")).toEqual([]);
  });

  it("names a person introduced with an age or a relative clause, and keeps an unresolvable `she` as written", () => {
    const [a] = extractAttributions("Jolene Marsh, 58, of Tulsa, says her biggest worry is the price of fuel.");
    expect([a?.source.name, a?.source.personId !== null]).toEqual(["Jolene Marsh", true]);
    const [b] = extractAttributions("She said her brother had voted for the first time.");
    expect([b?.source.name, b?.source.personId]).toEqual(["she", null]);
  });

  it("splits `X said that A and stressed that B` into two statements, and joins two speakers of one", () => {
    const split = extractAttributions("Maria Costa said that the border would stay open and stressed that trade must grow.");
    expect(split.map((a) => [a.source.name, a.text])).toEqual([
      ["Maria Costa", "the border would stay open"],
      ["Maria Costa", "trade must grow"],
    ]);
    const [joint] = extractAttributions("Maria Costa and Paul Weber reiterated that the treaty remains in force.");
    expect([joint?.source.name, joint?.source.personId]).toEqual(["Maria Costa and Paul Weber", null]);
  });

  it("takes the person, not the organisation before the title, as the source", () => {
    const [a] = extractAttributions("Foreign Ministry spokeswoman Mao Ning said on Thursday that the meeting had been useful.");
    expect([a?.source.name, a?.text]).toEqual(["Mao Ning", "the meeting had been useful"]);
  });

  it("reads `expressed confidence that …` and `In his words, …`, with a known leader named by surname alone", () => {
    const found = extractAttributions("Erdogan, for his part, expressed confidence that a deal would be found. In his words, the date is not set.");
    expect(found.map((a) => [a.source.name, a.text])).toEqual([
      ["Recep Tayyip Erdogan", "a deal would be found"],
      ["Recep Tayyip Erdogan", "the date is not set"],
    ]);
  });

  it("reads British single quotes as quotes, not as reported speech, and plural subjects with base verbs", () => {
    const text = "'Europe must defend itself,' Mr Macron told a news conference. 'We cannot wait.'\n\nCritics, however, argue the plans lack detail.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["critics", "the plans lack detail"]]);
  });

  it("names a person by a family name written first, and reads `said after the talks that …` and a quote-closing comma before `according to`", () => {
    const report = parseReport('Chinese Premier Li Qiang urged them to oppose "bloc confrontation," according to Xinhua. Li said after the talks that China was ready to resume trade talks.');
    expect(report.people.map((p) => [p.name, p.aliases])).toEqual([["Li Qiang", ["Li"]]]);
    expect(report.attributions.map((a) => [a.source.name, a.text])).toEqual([
      ["Xinhua", 'Chinese Premier Li Qiang urged them to oppose "bloc confrontation'],
      ["Li Qiang", "China was ready to resume trade talks"],
    ]);
  });

  it("takes an envoy's posting into the title before the name (`Russia's ambassador to the US Anatoly Antonov`), not another's office", () => {
    const report = parseReport("Russia's ambassador to the US Anatoly Antonov said the talks were useful. John Podesta, chief of staff to President Bill Clinton, disagreed.");
    expect(report.people.filter((p) => p.name !== "John Podesta").map((p) => [p.name, p.roles])).toEqual([
      ["Anatoly Antonov", ["Russia's ambassador to the US"]],
      ["Bill Clinton", ["President"]],
    ]);
  });

  it("keeps the text's own spelling of a known leader's full name after a title (`Belarusian President Aleksandr Lukashenko`)", () => {
    const report = parseReport("Belarusian President Aleksandr Lukashenko met President Putin in Minsk. Lukashenko said the talks went well.");
    expect(report.people.map((p) => p.name)).toEqual(["Aleksandr Lukashenko", "Vladimir Putin"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Aleksandr Lukashenko"]);
  });

  it("reads `the group`, `the bloc` as the body that opens the sentence before (`Hamas also welcomed … The group said`)", () => {
    const text = "Hamas also welcomed the outcome of the summit. The group said in a statement that it supported a committee of technocrats. The European Union backed the plan. The top 1 percent would see a tax cut, the bloc said.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Hamas", "European Union"]);
    // (Not a body named elsewhere in it: `the crowd, which rallied at Temple University … "…," the group shouted`.)
    const crowd = 'The crowd rallied at Temple University before a march. The group said the march would go on.';
    expect(extractAttributions(crowd).map((a) => a.source.name)).toEqual(["the group"]);
  });

  it("takes no title across a line's end (`Zelensky arrives at the White House` above `Ukrainian President Volodymyr Zelensky …`)", () => {
    const text = "Zelensky arrives at the White House\nUkrainian President Volodymyr Zelensky has arrived, greeted by US President Donald Trump.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Volodymyr Zelensky", ["President of Ukraine", "Ukrainian President"]],
      ["Donald Trump", ["President of the United States", "US President"]],
    ]);
  });

  it("keeps a country's abbreviation with its stops in the title before a name (`U.S. Defense Secretary Pete Hegseth`)", () => {
    const report = parseReport("The call came hours after U.S. Defense Secretary Pete Hegseth told allies in Brussels it was over. U.K. Foreign Secretary David Lammy agreed.");
    expect(report.people.map((p) => [p.name, p.roles.at(-1), p.country])).toEqual([
      ["Pete Hegseth", "U.S. Defense Secretary", "United States"],
      ["David Lammy", "U.K. Foreign Secretary", "United Kingdom"],
    ]);
  });

  it("reads a Japanese leader's name family name first after a title (`Prime Minister Ishiba Shigeru`)", () => {
    const report = parseReport("Japanese Prime Minister Ishiba Shigeru met Chinese President Xi Jinping in Lima on Friday. Ishiba said the talks were candid.");
    expect(report.people.map((p) => [p.name, p.roles.includes("Japanese Prime Minister")])).toEqual([["Shigeru Ishiba", true], ["Xi Jinping", false]]);
    // (And without a title: `Takaichi Sanae, who succeeded Ishiba, …` is Sanae Takaichi.)
    const untitled = parseReport("Lee Jae-myung met Ishiba in Tokyo. Takaichi Sanae, who succeeded Ishiba, will visit Seoul next year.");
    expect(untitled.people.map((p) => p.name)).toContain("Sanae Takaichi");
  });

  it("reads an office after `, was elected` or `, is` without the verb that gives it", () => {
    const report = parseReport("Djibouti's foreign minister, Mahmoud Ali Youssouf, was elected chairperson of the AU Commission. Jane Doe, is the head of the agency.");
    expect(report.people.map((p) => [p.name, p.roles.at(-1)])).toEqual([
      ["Mahmoud Ali Youssouf", "chairperson of the AU Commission"],
      ["Jane Doe", "head of the agency"],
    ]);
  });

  it("reads no person in a ceremony's capitalised part (`as the Chief Guest at the Republic Day celebrations`)", () => {
    const report = parseReport("Prime Minister Narendra Modi congratulated President Prabowo Subianto on his visit as the Chief Guest at the Republic Day celebrations.");
    expect(report.people.map((p) => p.name)).toEqual(["Narendra Modi", "Prabowo Subianto"]);
  });

  it("reads the Treasury and the Home Office as bodies that speak, no people", () => {
    const text = "The Treasury announced new sanctions on Rosneft the same day. The Home Office said it would respond.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.source.personId])).toEqual([["Treasury", null], ["Home Office", null]]);
    expect(parseReport(text).people).toEqual([]);
  });

  it("reads `state` after a possessive as the noun, no cue (`The Head of our state cordially welcomed the guest`)", () => {
    const text = "The Head of our state cordially welcomed the distinguished guest. Ms. Martinez, at home in her state, passed on a chance to back Mr. Trump.";
    expect(extractAttributions(text)).toEqual([]);
  });

  it("reads the family names of China's foreign ministry spokespeople first (`Mao Ning`, `Hua Chunying`, `Geng Shuang`)", () => {
    const report = parseReport("Spokeswoman Mao Ning said the remark was wrong. Spokeswoman Hua Chunying and spokesman Geng Shuang agreed. Mao added that talks would go on.");
    expect(report.people.map((p) => [p.name, p.aliases])).toEqual([["Mao Ning", ["Mao"]], ["Hua Chunying", ["Hua"]], ["Geng Shuang", ["Geng"]]]);
    expect(report.attributions.at(-1)?.source.name).toBe("Mao Ning");
  });

  it("keeps a family name written first with the person the text named by it, not the gazetteer's bearer", () => {
    const report = parseReport("Cheong Wa Dae spokesman Yoon Young-chan said the leaders held a talk. Yoon added that the two Koreas agreed to meet again.");
    expect(report.people.map((p) => p.name)).toEqual(["Yoon Young-chan"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Yoon Young-chan", "Yoon Young-chan"]);
    // Once the president is named, `Yoon` is his.
    const both = parseReport("President Yoon Suk Yeol met Kishida. Spokesman Kim Eun-hye said it went well. Yoon said it was good.");
    expect(both.attributions.map((a) => a.source.name)).toEqual(["Kim Eun-hye", "Yoon Suk Yeol"]);
  });

  it("knows leaders whose given names are rare, with lower-case particles inside their names", () => {
    const report = parseReport("Abdel Fattah al-Sisi, Sadyr Japarov and Masoud Pezeshkian attended the dinner with Ursula von der Leyen.");
    expect(report.people.map((p) => p.name)).toEqual(["Abdel Fattah al-Sisi", "Sadyr Japarov", "Masoud Pezeshkian", "Ursula von der Leyen"]);
    // A known family name with its particle in lower case stands for its person alone, even mid-sentence.
    const text = 'Syrian President Bashar al-Assad returned to the bloc. "I hope that it marks a new phase," al-Assad told the gathering.';
    expect(parseReport(text).quotes.map((q) => q.speaker?.name)).toEqual(["Bashar al-Assad"]);
  });

  it("reads unnamed sources with a postmodifier and a subject before an aside", () => {
    expect(extractAttributions("An official familiar with the matter said the deal was off.")[0]?.source.name).toBe("an official familiar with the matter");
    expect(extractAttributions("The Belarusian leader, in turn, noted that relations are good.").map((a) => [a.source.name, a.text])).toEqual([["the Belarusian leader", "relations are good"]]);
  });

  it("reads a closing attribution over a scare quote and a noun that is also a cue (`but such claims are groundless, X said`)", () => {
    const text = 'Some outlets have hyped the "expansion" in the region, but such claims are groundless, Zhang Hong, a research fellow, said.';
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Zhang Hong", 'Some outlets have hyped the "expansion" in the region, but such claims are groundless']]);
  });

  it("ends what was said before a predicate of the speaker's own that says nothing (`but declined to give details`)", () => {
    const text = "Peskov said the talks would continue but declined to give details. Lavrov said the sides would meet again, but did not elaborate. He said the two leaders met and agreed to extend the deal.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["the talks would continue", "the sides would meet again", "the two leaders met and agreed to extend the deal"]);
  });

  it("reads past a hearer's place to the clause (`told reporters on his return to Yerevan that …`), and a capital with an auxiliary", () => {
    const text = "Pashinyan told reporters on his return to Yerevan that the meeting had been useful. Baku has demanded that Armenia change its constitution.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Nikol Pashinyan", "the meeting had been useful"],
      ["Baku", "Armenia change its constitution"],
    ]);
  });

  it("reads past a hearer with a courtesy title to the clause (`told Mr. Putin that …`)", () => {
    const found = extractAttributions("Mr. Modi told Mr. Putin that war cannot solve problems.");
    expect(found.map((a) => [a.source.name, a.text])).toEqual([["Narendra Modi", "war cannot solve problems"]]);
  });

  it("reads a clause of two words after `that`, but not `that` as a determiner", () => {
    const found = extractAttributions("Modi acknowledged that differences remained. Lavrov denied that ugly rumour.");
    expect(found.map((a) => [a.source.name, a.text])).toEqual([["Narendra Modi", "differences remained"]]);
  });

  it("reads translated-Russian reporting phrases", () => {
    const found = extractAttributions(
      "Alexander Lukashenko expressed the opinion that the union is strong. Vladimir Putin is convinced that the sanctions will fail. The head of state also noted that trade is growing.",
    );
    expect(found.map((a) => [a.source.name, a.text])).toEqual([
      ["Alexander Lukashenko", "the union is strong"],
      ["Vladimir Putin", "the sanctions will fail"],
      ["Vladimir Putin", "trade is growing"],
    ]);
    // `The politician admitted …`: the leader the previous sentence was about.
    const politician = extractAttributions("Lukashenko thanked Putin for the welcome. The politician admitted that not all issues had been resolved.");
    expect(politician.map((a) => a.source.name)).toEqual(["Alexander Lukashenko"]);
    // `did not rule out that …`, the translated `не исключил, что`; not before a plain object.
    const ruled = extractAttributions("Peskov did not exclude that the talks would continue. Putin does not rule out a new meeting.");
    expect(ruled.map((a) => [a.source.name, a.text])).toEqual([["Dmitry Peskov", "the talks would continue"]]);
    // `shared that …` (`поделился, что`): the cue stops before `that`; `shared his views` reports nothing.
    const sharedText = "Lukashenko shared that he had spoken with Putin by phone. Lukashenko shared his views on trade.";
    const shared = extractAttributions(sharedText);
    const cueOf = (a: { cue: { start: number; end: number } }) => sharedText.slice(a.cue.start, a.cue.end);
    expect(shared.map((a) => [a.source.name, cueOf(a), a.text])).toEqual([["Alexander Lukashenko", "shared", "he had spoken with Putin by phone"]]);
    // `is sure` reports as `is convinced` does, and names an unknown surname beside it.
    const sure = extractAttributions("Petrov is sure that the summit was a success.");
    expect(sure.map((a) => [a.source.name, a.text])).toEqual([["Petrov", "the summit was a success"]]);
    const quote = 'Political scientist Ivan Petrov spoke to RT. "The summit was a success," the expert is sure.';
    expect(extractQuotes(quote).map((q) => q.speaker?.name)).toEqual(["Ivan Petrov"]);
  });

  it("starts a known name inside a capitalised run, and keeps a source in capitals as written", () => {
    const report = parseReport("Rival Barack Obama said the plan was bad. DOCTORS SAY he is fit.");
    expect(report.people.map((p) => p.name)).toEqual(["Barack Obama"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Barack Obama", "DOCTORS"]);
  });

  it("takes no adverb before `speaking` for a person", () => {
    const report = parseReport("Frankly speaking, we rarely talk about oil. Generally speaking, the talks went well.");
    expect(report.people).toEqual([]);
  });

  it("takes neither a byline's outlet nor a foreign-language institute for a person", () => {
    const report = parseReport("By Jane Smith, BBC News, Paris\n\nFrench President Emmanuel Macron spoke. 'Fine,' said Pierre Dubois, an analyst at the Institut Montaigne think tank.");
    expect(report.people.map((p) => p.name)).toEqual(["Jane Smith", "Emmanuel Macron", "Pierre Dubois"]);
    expect(report.organizations.map((o) => o.name)).toContain("Institut Montaigne");
  });

  it("takes the names a byline or a credit lists for people, given names unknown or not; not a desk, nor a body after `compiled by`", () => {
    const text = "By Trevor Hunnicutt and Kaitlan Collins\n\nBiden hosted the Quad, according to polls compiled by Real Clear Politics.\n\n(Reporting by Hyonhee Shin; Editing by Lincoln Feast)\n\nBy Reuters Staff";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Trevor Hunnicutt", "Kaitlan Collins", "Joe Biden", "Hyonhee Shin", "Lincoln Feast"]);
    // (A name's particle in the byline before another: `By Carien du Plessis and Anait Miridzhanian`.)
    expect(parseReport("By Carien du Plessis and Anait Miridzhanian\n\nThe BRICS group agreed to expand.").people.map((p) => p.name)).toEqual(["Carien du Plessis", "Anait Miridzhanian"]);
  });

  it("reads a titled or qualified source ending the sentence, with its hearer or day after the verb", () => {
    const [a] = extractAttributions("The talks lasted five hours, Kremlin spokesman Dmitry Peskov told journalists.");
    expect([a?.source.name, a?.text]).toEqual(["Dmitry Peskov", "The talks lasted five hours"]);
    const [b] = extractAttributions("The leader accepted an invitation to visit, the Korean Central News Agency (KCNA) said on Thursday.");
    expect(b?.source.name).toBe("Korean Central News Agency");
  });

  it("takes `state` after `of` for a noun, not a reporting verb", () => {
    expect(extractAttributions("After the talks, the two heads of state witnessed the signing of 15 documents.")).toEqual([]);
  });

  it("takes a participle after the medium for part of the medium, not for what was said", () => {
    expect(extractAttributions('"We will not back down," Zelenskyy told CNN in an interview aired on Sunday.')).toEqual([]);
    // (An irregular participle too: `at a joint press conference held after the talks`.)
    expect(extractAttributions('"I hope the momentum will continue," Yoon said at a joint press conference held after the talks in Seoul.')).toEqual([]);
  });

  it("reads a source after the cue followed by an apposition", () => {
    const [a] = extractAttributions("The road has been closed for a week, said Maria Costa, the town's mayor.");
    expect([a?.source.name, a?.text]).toEqual(["Maria Costa", "The road has been closed for a week"]);
  });

  it("takes a country's ministry or embassy for a named source, and keeps a closing quotation mark in the content", () => {
    const report = parseReport("China's foreign ministry said the talks were 'candid and in-depth'. The Russian embassy said the visit was \"useful\".");
    expect(report.attributions.map((a) => [a.source.name, a.text])).toEqual([
      ["China's foreign ministry", "the talks were 'candid and in-depth'"],
      ["Russian embassy", 'the visit was "useful"'],
    ]);
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ["partial", "China's foreign ministry"],
      ["partial", "Russian embassy"],
    ]);
  });

  it("leaves a wire dateline out of the content and keeps a possessor's capital in an unnamed source", () => {
    const text = "Border talks\n\nJOHANNESBURG, Aug 24 (Reuters) - The two leaders agreed on Thursday to ease tensions, India's foreign secretary said.";
    const [a] = extractAttributions(text);
    expect(a?.text).toBe("The two leaders agreed on Thursday to ease tensions");
    expect(a?.source.name).toBe("India's foreign secretary");
    // Kazinform's `ASTANA. KAZINFORM –`, whose full stop ends a sentence inside the dateline.
    const kazinform = "ASTANA. KAZINFORM – Kassym-Jomart Tokayev held talks with Xi Jinping in the Akorda, Kazinform correspondent reports.";
    expect(extractAttributions(kazinform).map((x) => x.text)).toEqual(["Kassym-Jomart Tokayev held talks with Xi Jinping in the Akorda"]);
    // ANI's `Kyiv [Ukraine], August 23 (ANI):`, the country in square brackets and a colon after the agency.
    const ani = "Kyiv [Ukraine], August 23 (ANI): Prime Minister Narendra Modi held talks with Ukrainian President Volodymyr Zelenskyy in Kyiv on Friday, officials said.";
    expect(extractAttributions(ani, { referenceDate: "2024-08-24" }).map((x) => x.text)).toEqual(["Prime Minister Narendra Modi held talks with Ukrainian President Volodymyr Zelenskyy in Kyiv on Friday"]);
    expect(parseReport(ani, { referenceDate: "2024-08-24" }).timeline.map((e) => e.description.slice(0, 24))).toEqual(["Prime Minister Narendra "]);
    // dpa's `Berlin (dpa) -`, its name in lower case.
    const dpa = "Berlin (dpa) - German Chancellor Olaf Scholz and Turkish President Recep Tayyip Erdogan disagreed over Gaza on Friday, officials said.";
    expect(extractAttributions(dpa, { referenceDate: "2024-06-15" }).map((x) => x.text)).toEqual(["German Chancellor Olaf Scholz and Turkish President Recep Tayyip Erdogan disagreed over Gaza on Friday"]);
    // Interfax's `MOSCOW. Sept 3 (Interfax) -`, a date after the stop.
    const interfax = "MOSCOW. Sept 3 (Interfax) - Russian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh held talks in Ulaanbaatar on Tuesday, the Kremlin said.";
    expect(extractAttributions(interfax, { referenceDate: "2024-09-06" }).map((x) => x.text)).toEqual(["Russian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh held talks in Ulaanbaatar on Tuesday"]);
  });

  it("reads no reported speech in when a quotation was written (`\"…,\" she wrote on X shortly after arriving`)", () => {
    expect(extractAttributions('"Ukraine is Europe," Ursula von der Leyen wrote on X shortly after arriving in Kyiv.')).toEqual([]);
  });

  it("leaves a closing `, granted anonymity to …` out, and reads no reported speech in it after a quotation", () => {
    const text = 'The talks failed, one EU diplomat said, granted anonymity to discuss the private talks. "He is not coming," another diplomat said, granted anonymity.';
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["one EU diplomat", "The talks failed"]]);
  });

  it("leaves `on condition of anonymity` out, keeps a subject with its age in the content, and takes an AP dateline for no content", () => {
    const text = "Border talks\n\nWOODSIDE, California (AP) — The leaders agreed to resume talks, a senior official told reporters on condition of anonymity. Xi, 70, invited Biden to visit China, the White House said.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["a senior official", "The leaders agreed to resume talks"],
      ["White House", "Xi, 70, invited Biden to visit China"],
    ]);
  });

  it("reads outlets that report (`…, Chinese state media reported`), keeping a capital written inside the sentence", () => {
    expect(extractAttributions("Putin and Kim held talks on Wednesday, the Kremlin press service reported. Ties serve both peoples, Chinese state media reported.").map((a) => [a.source.name, a.text])).toEqual([
      ["the Kremlin press service", "Putin and Kim held talks on Wednesday"],
      ["Chinese state media", "Ties serve both peoples"],
    ]);
    // (Also after an article that opens a paragraph: `The Conservatives dismissed the plan as "a gimmick"`.)
    const text = 'Macron spoke of a "shared responsibility".\n\nThe Conservatives dismissed the plan as "a gimmick".';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["Emmanuel Macron", "Conservatives"]);
  });

  it("splits `X noted that A, stressing that B`, and takes the name, not a possessive before it, as the subject", () => {
    const text = "Xi held talks with Lula. Xi noted that both are major developing countries, stressing that the two sides should talk more. For his part, Lula said that Brazil values its ties with China.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Xi Jinping", "both are major developing countries"],
      ["Xi Jinping", "the two sides should talk more"],
      ["Luiz Inacio Lula da Silva", "Brazil values its ties with China"],
    ]);
  });

  it("ends the content before a participle clause after `, X said,`", () => {
    expect(extractAttributions("China is willing to work with Brazil, Xi said, calling for joint efforts.").map((a) => a.text)).toEqual(["China is willing to work with Brazil"]);
  });

  it("joins a lone given name to the one person whose full name it begins (`Abiy` for `Abiy Ahmed`)", () => {
    const report = parseReport("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi. Abiy said the two countries would build a road.");
    expect(report.people.map((p) => p.name)).toEqual(["William Ruto", "Abiy Ahmed"]);
    expect(report.attributions[0]?.source.name).toBe("Abiy Ahmed");
  });

  it("takes no reported speech from `…, Kim said: \"…\"`, and reads bulleted key points as text", () => {
    const text = "Key points:\n• The summit is due to end on Thursday afternoon\n\nAsked by a reporter whether he was confident, Kim said: \"It's too early to say.\"";
    const report = parseReport(text, { referenceDate: "2019-02-27" });
    expect(report.attributions).toEqual([]);
    expect(report.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(report.timexes.map((t) => t.value)).toEqual(["2019-02-28TAF"]);
  });

  it("reads `told the newspaper \"Kommersant\" that …` and `said, however, that …`", () => {
    expect(extractAttributions('Putin told the newspaper "Kommersant" that the sanctions had failed. He said, however, that talks would go on.').map((a) => [a.source.name, a.text])).toEqual([
      ["Vladimir Putin", "the sanctions had failed"],
      ["Vladimir Putin", "talks would go on"],
    ]);
  });

  it("names `the two leaders` by the report's two leaders, and leaves `leaders` alone as written", () => {
    const text = "Modi and Biden met in Washington. The two leaders said in a joint statement that they would deepen defence ties. Leaders said the talks were useful.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Narendra Modi and Joe Biden", "leaders"]);
  });

  it("knows outlets (`Al Jazeera's Rob McBride`) and still reads a name that begins like one (`Al Gore`)", () => {
    const text = "Al Jazeera's Rob McBride, reporting from Bali, said the mood was tense. Later, Al Gore said the party had changed.";
    const report = parseReport(text);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Rob McBride", "Al Gore"]);
    expect(report.organizations.map((o) => o.name)).toContain("Al Jazeera");
  });

  it("reads `told a press conference` as the hearer, whole", () => {
    expect(extractAttributions("Kishida told a press conference on Saturday that the talks went well.").map((a) => [a.source.name, a.text])).toEqual([
      ["Fumio Kishida", "the talks went well"],
    ]);
  });

  it("takes `according to` after a quote's attribution for no reported speech", () => {
    expect(extractAttributions('"It is not an option," Xi said, according to a readout from the foreign ministry.')).toEqual([]);
  });

  it("reads `as X noted, …`", () => {
    const [a] = extractAttributions("As Peter Novak noted, the currency had lost a third of its value.");
    expect(a?.source.name).toBe("Peter Novak");
    expect(a?.text).toBe("the currency had lost a third of its value");
  });

  it("reads `…, experts say` and leaves a leading adverbial out", () => {
    const [a] = extractAttributions("In the long run, the alliance will need new members, experts say.");
    expect(a?.source.name).toBe("experts");
    expect(a?.text).toBe("the alliance will need new members");
  });

  it("reads `in his opinion, …` through the pronoun", () => {
    const [, a] = extractAttributions("Peter Novak said the talks had failed.\n\nIn his opinion, both sides wanted a delay in the vote.");
    expect(a?.source.name).toBe("Peter Novak");
    expect(a?.source.resolvedVia).toBe("pronoun");
    expect(a?.text).toBe("both sides wanted a delay in the vote");
  });

  it("takes `Putin's spokesman` for the Kremlin spokesman the report names", () => {
    const text = "Kremlin spokesman Dmitry Peskov spoke on Monday. Putin met Xi. Putin's spokesman said the talks were useful.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Dmitry Peskov", "the talks were useful"]]);
    expect(extractAttributions("Putin's spokesman said the talks were useful.").map((a) => a.source.name)).toEqual(["Putin's spokesman"]);
  });

  it("takes `a source in the Kremlin` whole for the source, and starts the content after an aside's comma", () => {
    const text = "A source in the Kremlin said that the talks went well. A source close to the Kremlin told RT that a deal was near. Those close to him say that, in addition to Scott, he would consider Beyer.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["a source in the Kremlin", "the talks went well"],
      ["a source close to the Kremlin", "a deal was near"],
      ["those close to him", "in addition to Scott, he would consider Beyer"],
    ]);
    // `As X told RT, …` with an unnamed source; `As the day went on, …` reports nothing.
    const as = "As a source familiar with the situation told RT, the talks went well. As the day went on, Trump offered a defence of Lewandowski.";
    expect(extractAttributions(as).map((a) => [a.source.name, a.text])).toEqual([["a source familiar with the situation", "the talks went well"]]);
  });

  it("reads translated frames: `In the opinion of X,`, `As stated in X,`, `It is noted in X that`", () => {
    const text = [
      "Political scientist Vladimir Avatkov spoke to RT. In the opinion of the political scientist, the meeting was a success.",
      "As stated in the Kremlin press release, the talks lasted three hours.",
      "It is noted in the joint statement that the sides will expand trade.",
      "The leaders will meet in December. This was announced by Kremlin spokesman Dmitry Peskov.",
    ].join("\n\n");
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Vladimir Avatkov", "the meeting was a success"],
      ["the Kremlin press release", "the talks lasted three hours"],
      ["the joint statement", "the sides will expand trade"],
      ["Dmitry Peskov", "The leaders will meet in December"],
    ]);
    // The agent after a medium (`As noted in a conversation with RT by …`).
    const agent = "As noted in a conversation with RT by the deputy director of the Institute of CIS Countries Vladimir Zharikhin, the visit confirms the special nature of relations.";
    expect(extractAttributions(agent).map((a) => [a.source.name, a.text])).toEqual([["Vladimir Zharikhin", "the visit confirms the special nature of relations"]]);
  });

  it("reads `This was stated by X` with the previous sentence as content", () => {
    const text = "The two countries will share the cost of the new bridge. This was stated by Finance Minister Laura Kim.";
    const [a] = extractAttributions(text);
    expect(a?.source.name).toBe("Laura Kim");
    expect(a?.text).toBe("The two countries will share the cost of the new bridge");
  });

  it("reads `This was reported by the President's Office` as the office's, not its holder's", () => {
    const text = "President Volodymyr Zelensky met Prime Minister Donald Tusk in Warsaw. This was reported by the President's Office.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.source.personId, a.text])).toEqual([
      ["the President's Office", null, "President Volodymyr Zelensky met Prime Minister Donald Tusk in Warsaw"],
    ]);
  });

  it("reads a source and its verb before a phrase of circumstance (`…, the Prime Minister's Office said, in their third meeting …`)", () => {
    const text = "Prime Minister Benjamin Netanyahu met with US President Donald Trump at the White House on Monday evening, the Prime Minister's Office said, in their third meeting since Trump returned to office in January.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["the Prime Minister's Office", "Prime Minister Benjamin Netanyahu met with US President Donald Trump at the White House on Monday evening"],
    ]);
    // (Not before `but` and a clause of its own: `…, the executives acknowledged, but they said they consider …`.)
    const but = "The semiconductor business continues to lose money, the executives acknowledged, but they said they consider the technology vital to national defense.";
    expect(extractAttributions(but).map((a) => a.source.name)).toEqual(["they"]);
  });

  it("does not report speech that is only a quotation's attribution", () => {
    expect(extractAttributions('"We will win," said Maria Costa.')).toEqual([]);
  });

  it("leaves sentences without a source alone", () => {
    expect(extractAttributions("The river rose by two metres after the storm.")).toEqual([]);
  });

  it("keeps an unnamed noun-phrase source as written", () => {
    const [a] = extractAttributions("According to a recent poll of Ohio voters, the senator leads by four points.");
    expect(a?.source).toMatchObject({ personId: null, name: "a recent poll of Ohio voters" });
    expect(a?.text).toBe("the senator leads by four points");
  });

  it("skips time adverbials between the verb and `that`", () => {
    const [a] = extractAttributions("Maria Costa said on Friday during a news conference that the vote would be delayed.");
    expect(a?.source.name).toBe("Maria Costa");
    expect(a?.text).toBe("the vote would be delayed");
    // A time of day after `shortly after` is an adverbial too, not what was said.
    expect(extractAttributions('"We delivered," she told reporters shortly after 3am.')).toEqual([]);
    expect(extractAttributions("She said shortly after 3pm the talks had ended.").map((x) => x.text)).toEqual(["the talks had ended"]);
  });

  it("reads a parenthetical `, he says,` inside the clause", () => {
    const [, a] = extractAttributions("Peter Novak said the talks had failed.\n\nThis campaign, he says, is different from the last one.");
    expect(a?.source.name).toBe("Peter Novak");
    expect(a?.text).toBe("This campaign, he says, is different from the last one");
  });

  it("reads a headline that gives a named source's statement after a colon", () => {
    const text = "Vladimir Putin: Russia will answer any new sanctions\n\nThe Kremlin leader spoke in Moscow on Friday.";
    const [a] = extractAttributions(text);
    expect(a?.source.name).toBe("Vladimir Putin");
    expect(a?.text).toBe("Russia will answer any new sanctions");
    expect(sliceOf(text, a?.cue ?? null)).toBe(":");
    // A topic may stand between the person and the colon.
    const topic = "Lukashenko on Putin talks: Minsk and Moscow agreed on gas prices\n\nAlexander Lukashenko met Vladimir Putin in Minsk on Monday.";
    expect(extractAttributions(topic).map((x) => [x.source.name, x.text])).toEqual([["Alexander Lukashenko", "Minsk and Moscow agreed on gas prices"]]);
  });
  it("reads a headline after a topic's label as having its own speaker, not the label (`G7: Meloni hails …`)", () => {
    const text = "G7: Meloni hails 'concrete results' as summit closes\n\nPremier Giorgia Meloni on Saturday hailed the results of the summit she hosted.";
    expect(extractAttributions(text).filter((a) => a.source.name === "G7")).toEqual([]);
    // A person's label keeps the words after it, whoever they name: `Bill Clinton: Hillary thinks …`.
    const person = "Bill Clinton: Hillary thinks feds require too many tests at school\n\nThe former president spoke in Ohio on Monday.";
    expect(extractAttributions(person).map((a) => a.source.name)).toEqual(["Bill Clinton"]);
  });
  it("reads a source at the end of the sentence with where it spoke after the verb", () => {
    const text = "The next edition of the summit will be held in Russia next year, Foreign Secretary Vikram Misri said at a briefing. Oil prices will rise sharply this winter, the minister said in an interview with RT.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Vikram Misri", "The next edition of the summit will be held in Russia next year"],
      ["the minister", "Oil prices will rise sharply this winter"],
    ]);
  });
  it("reads past where the words were said to `that`, and takes no cue from a noun (`state visit`)", () => {
    const text = "Kenya's President William Ruto told AFP on the sidelines of the summit that East African nations were ready to host peace talks. Xi Jinping arrived for a three-day state visit to Moscow.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["William Ruto", "East African nations were ready to host peace talks"],
    ]);
  });
  it("finds the subject after an opening clause, and the content past a hearer named with a number", () => {
    const text = "Asked whether the row was resolved, a German official said only that talks would continue. Speaking to reporters after the lunch, the chancellor said the talks went well. The French leader later told France 2 television that the two countries were close. Later, the F.B.I. director, James B. Comey, said on Tuesday that his investigators had no evidence.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["a German official", "talks would continue"],
      ["the chancellor", "the talks went well"],
      ["the French leader", "the two countries were close"],
      ["James B. Comey", "his investigators had no evidence"],
    ]);
    // The verb in the opening clause keeps its subject there.
    const comey = "When the F.B.I. director, James B. Comey, said on Tuesday that his investigators had no evidence, critics were relieved.";
    expect(extractAttributions(comey)[0]?.source.name).toBe("James B. Comey");
    // An adverb may lead the opening phrase, whose people are no subject.
    const soon = "Soon after his talks with President Emmanuel Macron in Paris, Trump asserted that the alliance was strong.";
    expect(extractAttributions(soon).map((a) => a.source.name)).toEqual(["Donald Trump"]);
  });
  it("takes a possessor's office, not the possessor, as the source", () => {
    const text = "Giorgia Meloni met Claudia Sheinbaum. Meloni's office said in a statement that the leaders also discussed migration.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.source.personId, a.text])).toEqual([["Meloni's office", null, "the leaders also discussed migration"]]);
  });
  it("skips a time after the verb, and only a time (`agree on a common plan` reports nothing)", () => {
    const text = "The minister said on Friday the talks went well. Gustavo Petro urged Amazon nations on Tuesday to agree on a common plan to stop deforestation.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["the minister", "the talks went well"]]);
  });
  it("reads `The President` of a readout as the principal named first", () => {
    const text = "President Joseph R. Biden, Jr. met today with President Luiz Inácio Lula da Silva of Brazil at the White House. The President underscored the strength of the relationship between the two democracies.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.cue.start, a.cue.end)])).toEqual([["Joe Biden", "underscored"]]);
  });
  it("reads a source closing the sentence with a short hearer after `told`", () => {
    const text = "The leaders will meet again at the G20 summit in Brazil next month, a German government spokesperson told dpa.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["a German government spokesperson", "The leaders will meet again at the G20 summit in Brazil next month"]]);
  });
  it("makes no reported speech of a quote that has its own speaker and verb, whoever relays it", () => {
    const text = 'Putin arrived. "Russia does not rule out military-technical cooperation with the DPRK," Putin told reporters, according to Russian state media.';
    expect(extractAttributions(text)).toEqual([]);
  });
  it("gives `adding that …` after a quote's attribution its own cue", () => {
    const text = '"This project is moving forward," Putin said, adding that technical work would be completed by the end of the year.';
    const [a] = extractAttributions(text);
    expect([a?.source.name, a === undefined ? null : text.slice(a.cue.start, a.cue.end), a?.text]).toEqual(["Vladimir Putin", "adding", "technical work would be completed by the end of the year"]);
  });
  it("takes a titled person ending `according to …`, and a possessor's office closing the sentence", () => {
    const text = "Lee Jae-myung met Sanae Takaichi. The two leaders discussed North Korea's nuclear program, according to presidential spokesperson Kang Yu-jung. The leaders agreed to develop ties in a future-oriented manner, Lee's office said.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.source.personId === null])).toEqual([
      ["Kang Yu-jung", false],
      ["Lee's office", true],
    ]);
  });
  it("takes no source from an `according to` that closes its sentence", () => {
    // Found by the property test: the source range was empty and its span ran backwards.
    expect(extractAttributions("3\u2028y 3,according to\u2028\u2014")).toEqual([]);
  });

  it("takes a body named by an organisation head, or a seat of government, for no person", () => {
    const report = parseReport("Türkiye's Communications Directorate said the leaders had met. The Élysée said in a statement that Ukraine was discussed.");
    expect(report.people).toEqual([]);
    expect(report.attributions.map((a) => [a.source.name, a.source.personId])).toEqual([
      ["Communications Directorate", null],
      ["Élysée", null],
    ]);
    expect(report.organizations.map((o) => o.name)).toContain("Élysée");
    // (However its accents are written: `the Elysée said`.)
    expect(parseReport("The two presidents agreed to relaunch relations, the Elysée said.").people).toEqual([]);
  });

  it("takes a company named by its trade for no person (`Nippon Steel`, `General Electric`)", () => {
    const report = parseReport("Trump added that Nippon Steel would not be allowed to buy a majority stake. General Electric said it would invest $1 billion.");
    expect(report.people.map((p) => p.name)).toEqual(["Donald Trump"]);
    expect(report.attributions.map((a) => [a.source.name, a.source.personId])).toEqual([
      ["Donald Trump", report.people[0]?.id],
      ["General Electric", null],
    ]);
  });

  it("knows the seats of other governments that speak for them (`Malacañang said`, `Matignon`, `Palazzo Chigi`)", () => {
    const report = parseReport("Marcos and Trump agreed to expand military cooperation, Malacañang said. Palazzo Chigi said Meloni would attend.");
    expect(report.attributions.map((a) => [a.source.name, a.source.personId])).toEqual([
      ["Malacañang", null],
      ["Palazzo Chigi", null],
    ]);
    expect(report.people.map((p) => p.name)).toEqual(["Ferdinand Marcos Jr.", "Donald Trump", "Giorgia Meloni"]);
  });

  it("takes a participle after `, X added,` for how it was said, and a reporting one for what", () => {
    const text = "'We cannot look away,' the French president added, referring to the war. Putin said, smiling, that the talks went well. Lavrov said, adding that more was needed.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["the talks went well", "more was needed"]);
    // (A participle of five letters too: `using Netanyahu's nickname` is how he said it.)
    const short = '"I want to wait until I meet with Bibi," Trump said, using Netanyahu\'s nickname. "It\'s huge," he said, doing his best impression.';
    expect(extractAttributions(short)).toEqual([]);
    // (So is a passive one with its agent: `quoted by the STA` tells who passed the words on; a `that` after it still reports.)
    const passed = '"The minority is a bridge," Golob said, quoted by the STA. Stocker said, cited by the APA, that the checks would stay.';
    expect(extractAttributions(passed).map((a) => a.text)).toEqual(["the checks would stay"]);
  });

  it("reads a given name that is also a city as the start of a name, and the city alone as a place", () => {
    const report = parseReport("Santiago Peña said the bloc would grow. The leaders met in Santiago on Monday.");
    expect(report.people.map((p) => p.name)).toEqual(["Santiago Peña"]);
    expect(report.places.map((p) => p.name)).toEqual(["Santiago"]);
    const milan = parseReport("Aleksandar Vucic met Milan Nedic in Milan.");
    expect([milan.people.map((p) => p.name), milan.places.map((p) => p.name)]).toEqual([["Aleksandar Vucic", "Milan Nedic"], ["Milan"]]);
  });

  it("reads a source in the middle before `, asking not to be identified`, keeping a subject's relative clause in the content", () => {
    const text = "European leaders, who were not invited, are due to speak with Trump on Monday, a European official said, asking not to be identified.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["a European official", "European leaders, who were not invited, are due to speak with Trump on Monday"],
    ]);
  });

  it("reads `They` after a sentence that opens with the report's two leaders as those leaders; else as written", () => {
    const text = "Japanese Prime Minister Shigeru Ishiba and US President Donald Trump held talks at the White House.\n\nThe two leaders met for about two hours on Friday. They confirmed that they will strengthen the alliance.";
    expect(extractAttributions(text, { referenceDate: "2025-02-08" }).map((a) => [a.source.name, a.text])).toEqual([["Shigeru Ishiba and Donald Trump", "they will strengthen the alliance"]]);
    const others = "Japanese Prime Minister Shigeru Ishiba and US President Donald Trump held talks at the White House.\n\nAides met for about two hours on Friday. They confirmed that they will strengthen the alliance.";
    expect(extractAttributions(others, { referenceDate: "2025-02-08" }).map((a) => a.source.name)).toEqual(["they"]);
  });

  it("keeps a country set off by an apposition in the content, as a subject, not an opening adverbial (`Mongolia, a member of …,`)", () => {
    const text = "Mongolia, a member of the International Criminal Court, did not arrest Putin despite a warrant issued by the court, Kremlin spokesman Dmitry Peskov told reporters.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Dmitry Peskov", "Mongolia, a member of the International Criminal Court, did not arrest Putin despite a warrant issued by the court"],
    ]);
    // (An adverb opening the sentence stays out: `Nevertheless, his comments did not rankle …`.)
    const adverb = "Nevertheless, the comments, which were harsh, did not rankle the owner, a person familiar with his views said.";
    expect(extractAttributions(adverb).map((a) => a.text)).toEqual(["the comments, which were harsh, did not rankle the owner"]);
  });

  it("leaves a byline's `By` out of an outlet's name", () => {
    expect(parseReport("By Bloomberg News\n\nTrump met Putin in Anchorage.").organizations.map((o) => o.name)).toEqual(["Bloomberg News"]);
  });

  it("reads a body named `Office of the President` as an organisation, not its office holder, and stops before a name", () => {
    const report = parseReport("Zelenskyy met Erdogan in Ankara on Monday, the Office of the President reported. The State of the Union was long.");
    expect(report.attributions.map((a) => [a.source.name, a.source.personId])).toEqual([["the Office of the President", null]]);
    expect(report.organizations.map((o) => o.name)).toEqual(["Office of the President"]);
    expect(parseReport("The Office of the President Vladimir Putin said more.").people.map((p) => p.name)).toEqual(["Vladimir Putin"]);
  });

  it("keeps a weekday and a courtesy title out of a title before a name, and joins a given name only to one person", () => {
    const report = parseReport("President El-Sisi received on Wednesday UAE President Sheikh Mohamed bin Zayed Al Nahyan. Spokesman Mohamed El-Shenawy said the two presidents discussed Gaza. Sheikh Mohamed, for his part, thanked Egypt.");
    expect(report.people.find((p) => p.name === "Mohamed bin Zayed")?.roles).toContain("UAE President");
    expect(report.people.flatMap((p) => p.roles)).not.toContain("Wednesday UAE President Sheikh");
    expect(report.people.find((p) => p.name === "Mohamed El-Shenawy")?.aliases).not.toContain("Mohamed");
  });

  it("reads a person of business by the trade before the name, and no adverb opening a sentence as part of a name", () => {
    const report = parseReport("Modi met Trump on Thursday. Earlier, Modi met with businessman Gautam Adani and tycoon Elon Musk. Interestingly Blocher, a wealthy industrialist, spoke. Reportedly Kamprad, the Ikea founder, agreed.");
    expect(report.people.map((p) => [p.name, p.roles.join("; ")])).toEqual([
      ["Narendra Modi", "Prime Minister of India"],
      ["Donald Trump", "President of the United States"],
      ["Gautam Adani", "businessman"],
      ["Elon Musk", "tycoon"],
      ["Blocher", "wealthy industrialist"],
      ["Kamprad", "Ikea founder"],
    ]);
    // (A given name the lexicon knows makes a name after an adjective of wealth too, which is no title: `tech billionaire Elon Musk`.)
    expect(parseReport("Modi met tech billionaire Elon Musk on Thursday.").people.map((p) => p.name)).toEqual(["Narendra Modi", "Elon Musk"]);
  });

  it("ends a known name before the words of a title-case headline, and runs it on into a family name with its particle", () => {
    const report = parseReport("Xi Jinping Holds Talks with President of Brazil\n\nXi Jinping met Crown Prince Mohammed bin Salman Al Saud.");
    expect(report.people.map((p) => p.name)).toEqual(["Xi Jinping", "Mohammed bin Salman"]);
    // (A known one-word name too, before a headline's verb: `Trump and Xi Agree to Trade Truce`.)
    const truce = parseReport("Trump and Xi Agree to Trade Truce After Meeting in South Korea\n\nPresident Trump and Chinese leader Xi Jinping agreed to a one-year truce.");
    expect(truce.people.map((p) => p.name)).toEqual(["Donald Trump", "Xi Jinping"]);
    // (A known name runs on into a father's name after a style, and a known name a particle joins to the words before
    // it is part of theirs: `Prince Faisal bin Farhan bin Abdullah`, `Prince Khalid bin Salman bin Abdulaziz`.)
    const spa = parseReport("The reception was attended by His Royal Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, and His Royal Highness Prince Khalid bin Salman bin Abdulaziz, Minister of Defense.");
    expect(spa.people.map((p) => p.name)).toEqual(["Faisal bin Farhan", "Khalid bin Salman bin Abdulaziz"]);
    // (Nor before a headline's verb of the news in its bare form: `Biden and Xi Try to Put a Floor Under …`.)
    const floor = parseReport("At a Lakeside Estate, Biden and Xi Try to Put a Floor Under a Fraying Relationship\n\nPresident Biden and Xi Jinping, China's leader, agreed on Wednesday to resume military talks.");
    expect(floor.people.map((p) => p.name)).toEqual(["Joe Biden", "Xi Jinping"]);
    // (Nor does any name run on into another verb of the news: `Zelensky Meets …, Secures Air Defense Pledges`.)
    const pledges = parseReport("Zelensky Meets Nordic-Baltic Leaders in Vilnius, Secures Air Defense Pledges\n\nPresident Volodymyr Zelensky met the leaders in Vilnius on Friday.");
    expect(pledges.people.map((p) => p.name)).toEqual(["Volodymyr Zelensky"]);
    // (A plural subject's verb in its plain form opens no name, after an office or not, and makes the office before it
    // no apposition of the name before the comma: `Amir, Turkish President Hold Official Talks`.)
    const talks = parseReport("Iran, Oman Foreign Ministers Discuss Regional Issues in Muscat\n\nPutin, Turkish President Hold Official Talks\n\nThe ministers met on Saturday.");
    expect(talks.people.map((p) => [p.name, p.roles])).toEqual([["Vladimir Putin", ["President of Russia"]]]);
    // (Nor does a plural subject's name run on into the verb: `Muttaqi, Dar Discuss Transit, Refugees in Kabul`.)
    const transit = parseReport("Muttaqi, Dar Discuss Transit, Refugees in Kabul\n\nForeign Minister Amir Khan Muttaqi met Deputy Prime Minister Ishaq Dar in Kabul.");
    expect(transit.people.map((p) => p.name)).toEqual(["Amir Khan Muttaqi", "Ishaq Dar"]);
    // (Nor into a verb before `to`: `Takaichi, Lee Agree to Continue Shuttle Diplomacy`.)
    const shuttle = parseReport("Takaichi, Lee Agree to Continue Shuttle Diplomacy\n\nSanae Takaichi met South Korean President Lee Jae-myung. Lee said ties had entered a new stage.");
    expect(shuttle.people.map((p) => p.name)).toEqual(["Sanae Takaichi", "Lee Jae-myung"]);
    // (A nickname that is also a verb still opens a name: `Skip Rutherford`.)
    expect(parseReport("Clinton's friend Skip Rutherford said the team was ready.").people.map((p) => p.name)).toContain("Skip Rutherford");
    // (The family name is the known person's, with a title before or not, and no one else's: `Sheikh Mohamed bin Zayed
    // Al Nahyan` over `Sheikh Tahnoun bin Zayed Al Nahyan`.)
    const wam = parseReport("Sheikh Mohamed bin Zayed Al Nahyan received Sisi. The meeting was attended by Sheikh Tahnoun bin Zayed Al Nahyan.\n\nMohammed bin Salman Al Saud met Sisi.");
    const named = (start: number): [string | undefined, string | null | undefined] => {
      const p = wam.people.find((q) => q.mentions.some((m) => m.start === start));
      return [p?.name, p?.country];
    };
    expect(named(wam.text.indexOf("Mohamed"))).toEqual(["Mohamed bin Zayed", "United Arab Emirates"]);
    const tahnoun = wam.people.find((p) => p.name.startsWith("Tahnoun"));
    expect(tahnoun?.mentions.map((m) => wam.text.slice(m.start, m.end))).toEqual(["Tahnoun bin Zayed Al Nahyan"]);
    expect(named(wam.text.indexOf("Mohammed bin Salman"))).toEqual(["Mohammed bin Salman", "Saudi Arabia"]);
  });

  it("names a known person by the text's first full spelling, even after a surname alone in the headline", () => {
    const report = parseReport("Lavrov and Rubio hold talks in Riyadh\n\nRussian Foreign Minister Sergei Lavrov met Marco Rubio. Sergey Lavrov said the talks were useful.");
    expect(report.people.map((p) => p.name)).toEqual(["Sergei Lavrov", "Marco Rubio"]);
  });

  it("joins a given name spelled by another transliteration (Aleksandr for Alexander) to the one person", () => {
    const report = parseReport('President of Belarus Alexander Lukashenko met Putin. "We have done a lot," Aleksandr Lukashenko said.');
    expect(report.people.map((p) => p.name)).toEqual(["Alexander Lukashenko", "Vladimir Putin"]);
    expect(report.quotes[0]?.speaker?.name).toBe("Alexander Lukashenko");
  });

  it("joins a surname with an initial glued on by its stop to the person of that surname and given initial (`G.Zandanshatar`)", () => {
    const text =
      "Prime Minister of Mongolia Gombojavyn Zandanshatar held talks with President of Kazakhstan Kassym-Jomart Tokayev on October 23. " +
      "Prime Minister G.Zandanshatar noted the anniversary. President K.Tokayev noted that Kazakhstan considers Mongolia a reliable partner.";
    const report = parseReport(text, { referenceDate: "2023-10-23" });
    expect(report.people.map((p) => p.name)).toEqual(["Gombojavyn Zandanshatar", "Kassym-Jomart Tokayev"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Kassym-Jomart Tokayev"]);
    // (Not one whose given name opens with another letter.)
    expect(parseReport("Gombojavyn Zandanshatar met Putin. Prime Minister B.Zandanshatar spoke.").people.map((p) => p.name)).toContain("B.Zandanshatar");
    // (Nor is a headline's surname alone someone else, and the office's country may stand before the glued name.)
    const visit = parseReport("Prime Minister Zandanshatar pays state visit to Japan\n\nPrime Minister of Mongolia G.Zandanshatar said the visit went well.");
    expect(visit.people.map((p) => p.name)).toEqual(["Zandanshatar"]);
    expect(parseReport("Prime Minister of Mongolia G.Zandanshatar visited Japan.").people.map((p) => p.name)).toEqual(["G.Zandanshatar"]);
  });

  it("finds a known leader's full name in another transliteration, and its surname alone after it", () => {
    const text =
      "Kazakh President Kassym-Zhomart Tokaev, Tajik President Emomali Rakhmon and Armenian Prime Minister Nikol Pashinian met in Bishkek. " +
      "Tokaev called for reform. Rakhmon spoke about Afghanistan. Uzbek President Shavkat Mirziyoev and Azerbaijani President Ilkham Aliev held talks in Tashkent.";
    const report = parseReport(text);
    expect(report.people.map((p) => p.name)).toEqual(["Kassym-Jomart Tokayev", "Emomali Rahmon", "Nikol Pashinyan", "Shavkat Mirziyoyev", "Ilham Aliyev"]);
    expect(report.people.find((p) => p.name === "Emomali Rahmon")?.aliases).toContain("Emomali Rakhmon");
    // (RFE/RL writes Kazakh names in their own transliteration: `Qasym-Zhomart Toqaev`, data.)
    const rferl = parseReport("Tokayev, Putin Hail Ties\n\nKazakh President Qasym-Zhomart Toqaev greeted Putin at the airport in Astana.");
    expect(rferl.people.map((p) => p.name)).toEqual(["Kassym-Jomart Tokayev", "Vladimir Putin"]);
  });

  it("takes no sentence adverb beside a cue for a surname (`Never say never`)", () => {
    expect(parseReport("PRESIDENT TRUMP: We'll see.\n\nPRESIDENT TRUMP: Never say never.").people.map((p) => p.name)).toEqual(["Donald Trump"]);
  });

  it("takes no role from a list's next name (`Fumio Kishida, U.S. President Joe Biden`)", () => {
    const report = parseReport("Prime Minister Fumio Kishida, U.S. President Joe Biden and South Korean President Yoon Suk Yeol agreed on Friday.");
    expect(report.people.map((p) => [p.name, p.roles.includes("U.S")])).toEqual([
      ["Fumio Kishida", false],
      ["Joe Biden", false],
      ["Yoon Suk Yeol", false],
    ]);
  });

  it("reads a hyphened given name as one (`Jean-Claude Juncker`)", () => {
    const report = parseReport('Theresa May met Jean-Claude Juncker in Brussels. "This is a sad day," Mr Juncker told reporters. The West Palm Beach Police said they were ready.');
    expect(report.people.map((p) => p.name)).toEqual(["Theresa May", "Jean-Claude Juncker"]);
    // (Not two leaders' names a headline joins: `Why the Xi-Modi Meeting in Tianjin Matters`.)
    expect(parseReport("Why the Xi-Modi Meeting in Tianjin Matters\n\nModi met Xi in Tianjin.").people.map((p) => p.name)).toEqual(["Narendra Modi", "Xi Jinping"]);
    expect(report.quotes[0]?.speaker?.name).toBe("Jean-Claude Juncker");
  });

  it("ends a body's name where a person's name starts (`the head of the Russian Foreign Ministry Sergei Lavrov`)", () => {
    const report = parseReport("The head of the Russian Foreign Ministry Sergei Lavrov met Wang Yi. The deputy director of the Institute of CIS Countries Vladimir Zharikhin spoke to RT.");
    expect(report.people.map((p) => p.name)).toEqual(["Sergei Lavrov", "Wang Yi", "Vladimir Zharikhin"]);
    expect(report.organizations.map((o) => o.name)).toEqual(["Russian Foreign Ministry", "Institute of CIS Countries", "RT"]);
  });

  it("reads a body whose topic follows `on` (`Commission on Presidential Debates`), not a day after it", () => {
    const report = parseReport("The Commission on Presidential Debates announced that there was an issue. The House Judiciary Committee on Tuesday heard Lynch. Richard Haass of the Council on Foreign Relations spoke.");
    expect(report.people.map((p) => p.name)).toEqual(["Richard Haass"]);
    expect(report.organizations.map((o) => o.name)).toEqual(["Commission on Presidential Debates", "House Judiciary Committee", "Council on Foreign Relations"]);
  });

  it("reads a region of two words whole (`Central Asia`, `the Korean Peninsula`)", () => {
    const report = parseReport("Xi told the leaders that a stable Central Asia mattered, and Tokayev spoke of peace on the Korean Peninsula.");
    expect(report.places.map((p) => p.name)).toEqual(["Central Asia", "Korean Peninsula"]);
  });

  it("ends a body's name at `and` right after its head (`The European Union and Japan`), not inside it (`Ways and Means`)", () => {
    const text = "The European Union and Japan agreed on Wednesday. The House Ways and Means Committee met, as did the House and Senate. NBC News and The Wall Street Journal polled. The Ministry of Industry and Trade said so.";
    expect(parseReport(text).organizations.map((o) => o.name)).toEqual(["European Union", "House Ways and Means Committee", "Senate", "NBC News", "Wall Street Journal", "Ministry of Industry and Trade"]);
  });

  it("reads a lone word after a preposition of place before `, the prime minister said` as no name with its apposition", () => {
    const report = parseReport("Speaking at a press conference at Northwood, the prime minister said the deal was good. The deal works, Starmer said.");
    expect(report.people.map((p) => p.name)).toEqual(["Keir Starmer"]);
  });

  it("reads a member of parliament's office before a name (`Labour MP Nadia Whittome`, `Conservative MEP`)", () => {
    const report = parseReport("Labour MP Nadia Whittome said she was deeply concerned. Conservative MEP John Smith said so too.");
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([
      ["Nadia Whittome", ["Labour MP"]],
      ["John Smith", ["Conservative MEP"]],
    ]);
  });

  it("reads `the West` in a longer name as no region, and a place's name as no body (`the West Bank and Syria`)", () => {
    const sea = parseReport("The two leaders discussed the situation in the West Philippine Sea. Sanctions imposed by the West have failed.");
    expect(sea.places.map((p) => [p.name, sea.text.slice(p.mentions[0]?.start, p.mentions[0]?.end)])).toEqual([["the West", "the West"]]);
    const bank = parseReport("He will withdraw from Kuwait only if Israel withdraws from the West Bank and Syria from Lebanon.");
    expect([bank.places.map((p) => p.name), bank.organizations]).toEqual([["Kuwait", "Israel", "West Bank", "Syria", "Lebanon"], []]);
  });

  it("reads an office before a name set off by commas after a person's possessive (`Her foreign minister, Maris Sangiampongsa,`), not a body's", () => {
    const text = "Thai Prime Minister Paetongtarn Shinawatra did not speak. Her foreign minister, Maris Sangiampongsa, said Bangkok agreed. Its president, Christine Lagarde, was reappointed.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Paetongtarn Shinawatra", ["Prime Minister of Thailand", "Thai Prime Minister"]],
      ["Maris Sangiampongsa", ["foreign minister"]],
      ["Christine Lagarde", []],
    ]);
  });
  it("reads an office after another's name, `and` and a person's possessive (`Mr. Manafort and his deputy, Rick Gates,`)", () => {
    const text = "She said that Mr. Manafort and his deputy, Rick Gates, would remain. Prime Minister Sanae Takaichi and her Australian counterpart, Anthony Albanese, agreed to meet.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Manafort", []],
      ["Rick Gates", ["deputy"]],
      ["Sanae Takaichi", ["Prime Minister of Japan", "Prime Minister"]],
      // (Not the words from the sentence's start: `Prime Minister Sanae Takaichi and her Australian counterpart`.)
      ["Anthony Albanese", ["Prime Minister of Australia", "Australian counterpart"]],
    ]);
  });
  it("reads an office after the `by` of a statement's author, and South Asian and Nigerian titles (`NSA Ajit Doval`, `Special Adviser`)", () => {
    const text = "The meeting was disclosed in a statement by the Special Adviser to the President on Information and Strategy, Bayo Onanuga, on Thursday evening. According to Onanuga, the two leaders discussed trade. NSA Ajit Doval had travelled to Moscow.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Bayo Onanuga", ["Special Adviser to the President on Information and Strategy"]],
      ["Ajit Doval", ["NSA"]],
    ]);
  });
  it("reads an apposed office after a possessor and a portfolio, before a relative clause, without `now`", () => {
    const text = "Piyush Goyal, India's commerce minister, called it a win. Jonathan Reynolds, the business and trade secretary who led the talks, said it would help. Dmitry Medvedev, now deputy chairman of Russia's Security Council, wrote on Telegram.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles.at(-1), p.country])).toEqual([
      ["Piyush Goyal", "India's commerce minister", "India"],
      ["Jonathan Reynolds", "business and trade secretary", null],
      ["Dmitry Medvedev", "deputy chairman of Russia's Security Council", "Russia"],
    ]);
    // (Not words that describe rather than name an office: `the most unconventional presidential candidate`.)
    expect(parseReport("Donald Trump, the most unconventional presidential candidate in modern times, spoke.").people[0]?.roles).toEqual(["President of the United States"]);
    // (A possessor opening the office is its country, before one named in its object.)
    expect(parseReport("David Levy, Israel's top official for Lebanon affairs, said so.").people[0]?.country).toBe("Israel");
  });
  it("makes no leader of one an office once held names (`former Bahamian prime minister`)", () => {
    const text = "Trump met Netanyahu in Washington on Monday. Lynden Pindling, the former Bahamian prime minister, was mentioned. Lynden Pindling said nothing.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-07-08" }))).toEqual(["Donald Trump", "Benjamin Netanyahu"]);
  });
  it("reads an office after a statement's `by the` for a name that ends the sentence, past a courtesy title (`…, Dr Omar Alieu Touray.`)", () => {
    const text = "The decision was read by the President of the ECOWAS Commission, Dr Omar Alieu Touray. Touray said more talks would follow.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([["Omar Alieu Touray", ["President of the ECOWAS Commission"]]]);
  });
  it("reads an office after a verb and a person's possessive (`sending his foreign minister, Marcelo Ebrard, instead`)", () => {
    const text = "Mexican President Andrés Manuel López Obrador boycotted the summit, sending his foreign minister, Marcelo Ebrard, instead.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Andrés Manuel López Obrador", ["President of Mexico", "Mexican President"]],
      ["Marcelo Ebrard", ["foreign minister"]],
    ]);
    // (After a passive's `by`, the name may end the sentence.)
    const ghana = "Ghana's John Mahama was absent and was represented by his vice-president, Jane Naana Opoku-Agyemang.";
    expect(parseReport(ghana).people.find((p) => p.name === "Jane Naana Opoku-Agyemang")?.roles).toEqual(["vice-president"]);
  });
  it("reads such an office at the start of a clause after a semicolon (`Orban was delighted; his foreign minister, Peter Szijjarto, flew …`)", () => {
    const text = "Viktor Orban, Hungary's prime minister, was delighted; his foreign minister, Peter Szijjarto, flew to Washington the next day.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Viktor Orban", ["Prime Minister of Hungary", "Hungary's prime minister"]],
      ["Peter Szijjarto", ["foreign minister"]],
    ]);
  });

  it("reads a body's acronym in brackets inside an office before a name, not an agency's after a dateline", () => {
    const text = "The two leaders met, according to Presidential Communications Office (PCO) Secretary Jay Ruiz.\n\nGENEVA (CNN) President Joe Biden spoke.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Jay Ruiz", ["Presidential Communications Office (PCO) Secretary"]],
      ["Joe Biden", ["President of the United States", "President"]],
    ]);
  });

  it("ends an `according to` source at its comma when a phrase of circumstance follows (`, in a rare show of unity`)", () => {
    const text = "The EU and China agreed to issue a joint statement on climate change at their summit in Beijing on Thursday, according to three people briefed on the talks, in a rare show of unity between the two sides as trade disputes deepen.";
    const [found] = extractAttributions(text);
    expect([found?.source.name, found?.text]).toEqual(["three people briefed on the talks", "The EU and China agreed to issue a joint statement on climate change at their summit in Beijing on Thursday"]);
  });

  it("reads a role word after `to` or a modal as a verb (`ready to host Russia-Ukraine talks`), and a pair of countries as no name", () => {
    expect(parseReport("Erdoğan: Türkiye ready to host Russia-Ukraine talks again").people.map((p) => p.name)).toEqual(["Recep Tayyip Erdogan"]);
    expect(parseReport("The summit's host, Turkey, will chair US-China talks.").people).toEqual([]);
    // (A title after `to` as a preposition stays one: `according to spokesman Todd Mesek`.)
    expect(parseReport("The hall opened its doors to 40 events, according to spokesman Todd Mesek.").people.map((p) => [p.name, p.roles])).toEqual([["Todd Mesek", ["spokesman"]]]);
  });

  it("names a group of sources with the words that qualify it (`European officials`, `two senior European diplomats`, `U.S. officials`)", () => {
    const text = "European officials, speaking on condition of anonymity, said they feared a deal. Two senior European diplomats said the talks were over. Senior officials said the deal was off. Officials said the talks would go on.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["European officials", "two senior European diplomats", "senior officials", "officials"]);
    // (A region's words before its adjective stay: `Southeast Asian leaders`, `Central European leaders`.)
    const region = "Southeast Asian leaders on Tuesday condemned the violence and said the rulers would not lead the bloc. Central European leaders said the plan was flawed.";
    expect(extractAttributions(region).map((a) => a.source.name)).toEqual(["Southeast Asian leaders", "Central European leaders"]);
    expect(extractQuotes('"We fear a deal," U.S. officials said.')[0]?.speaker?.name).toBe("U.S. officials");
    // (A party's members in a parliament are a group, with their party's adjective, and no one's name; an acronym keeps
    // its capitals. `One` after them is one of them, no one named `One`.)
    const members = 'Labour MPs have privately warned that the cost could mean deeper cuts to welfare. One said: "Nobody has explained where the money is coming from." MPs said the plan was unfunded. Republican senators said the bill would pass.';
    const report = parseReport(members);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Labour MPs", "MPs", "Republican senators"]);
    expect(report.people).toEqual([]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Labour MPs"]);
  });

  it("gives an office set off before a name after another's name and `and` to that name alone (`President Biden and China's leader, Xi Jinping,`)", () => {
    const report = parseReport("President Biden and China's leader, Xi Jinping, met yesterday. The founder and chairman of the Podesta Group, Tony Podesta, is his brother.");
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([
      ["Joe Biden", ["President of the United States"]],
      ["Xi Jinping", ["President of China", "China's leader"]],
      ["Tony Podesta", ["founder and chairman of the Podesta Group"]],
    ]);
  });

  it("knows the Soviet Union as a country of the past (`the Soviet leader`, `the former Soviet Union`)", () => {
    const report = parseReport("States of the former Soviet Union met in Minsk. Soviet Foreign Ministry spokesman Yuri Gremitskikh said so.");
    expect(report.places.map((p) => [p.name, p.kind])).toEqual([["Soviet Union", "country"], ["Minsk", "city"]]);
    expect(report.people.map((p) => [p.name, p.country])).toEqual([["Yuri Gremitskikh", "Soviet Union"]]);
  });

  it("reads a place's first word as no surname, and a Korean name written family first whole", () => {
    const report = parseReport('He said Kim had demanded it, a claim North Korea later disputed. Foreign Minister Ri Yong Ho spoke. "Never," Ri said.');
    expect(report.places.map((p) => p.name)).toEqual(["North Korea"]);
    // (`Kim`, with North Korea named, is its leader.)
    expect(report.people.map((p) => p.name).sort()).toEqual(["Kim Jong Un", "Ri Yong Ho"]);
    expect(report.quotes[0]?.speaker?.name).toBe("Ri Yong Ho");
  });

  it("skips how and after what was said (`through an interpreter`, `afterward`, `a rare midnight news conference`)", () => {
    const text = [
      '"I am here," Kim told reporters through an interpreter earlier in the day.',
      "Biden told reporters afterward that the talks had been good.",
      "Ri told a rare midnight news conference that Pyongyang had sought only partial relief.",
      "The campaign said via Twitter that it had won most delegates.",
    ].join(" ");
    expect(extractAttributions(text).map((a) => a.text)).toEqual([
      "the talks had been good",
      "Pyongyang had sought only partial relief",
      "it had won most delegates",
    ]);
  });

  it("keeps a source's own capitals, takes movements for organisations, and a reporter's name before an aside", () => {
    const text = "Hamas said in a statement that it had responded to the proposal. Israeli Prime Minister Benjamin Netanyahu's office said a delegation would travel. Al Jazeera's Hamdah Salhut, reporting from Amman, said the mood was hopeful.";
    const report = parseReport(text);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Hamas", "Israeli Prime Minister Benjamin Netanyahu's office", "Hamdah Salhut"]);
    expect(report.organizations.map((o) => o.name)).toEqual(["Hamas", "Al Jazeera"]);
  });

  it("takes a closing source whose person is a preposition's object as the whole noun phrase", () => {
    const text = "The leaders met on Tuesday, the press service of the Belarusian leader reported. Senator Ted Cruz will change his approach, a source close to him said.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.source.personId])).toEqual([
      ["the press service of the Belarusian leader", null],
      ["a source close to him", null],
    ]);
  });

  it("leaves courtesy titles out of names (Shri, H.E., Datuk Seri) and an apposition after `according to X` out of the content", () => {
    const report = parseReport("Prime Minister Shri Narendra Modi held talks with H.E. Mr. John Dramani Mahama in Accra. Datuk Seri Anwar Ibrahim said the talks went well.");
    expect(report.people.map((p) => p.name)).toEqual(["Narendra Modi", "John Dramani Mahama", "Anwar Ibrahim"]);
    expect(report.sentences).toHaveLength(2);
    const text = "According to Dr. Wanjiru Gikonyo, a trade economist at the University of Nairobi, implementation will be the real test.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Wanjiru Gikonyo", "implementation will be the real test"]]);
  });

  it("takes the person named after an office in `according to the spokesman, NAME, …` as the source, and leaves the name out of the content", () => {
    const text =
      "According to the Special Adviser to the President on Information and Strategy, Bayo Onanuga, the two leaders discussed the Sahel. According to the spokesman, John Smith, the talks went well. According to the spokesman, Putin, Xi Jinping and Modi agreed.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Bayo Onanuga", "the two leaders discussed the Sahel"],
      ["John Smith", "the talks went well"],
      // (A list of names is what was said; the spokesman is the one the sentence before named so.)
      ["John Smith", "Putin, Xi Jinping and Modi agreed"],
    ]);
  });

  it("reads a relative `that` (`the press conference that was scheduled`) as part of what was said", () => {
    const text = "White House officials said the press conference that was scheduled for later in the day had been canceled.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["the press conference that was scheduled for later in the day had been canceled"]);
  });

  it("reads `according to` a titled person, leaving a role apposition and a preposition's object out", () => {
    const text = "According to Kremlin aide Yury Ushakov, the leaders discussed energy. According to a source close to Putin, the talks went well. According to Lorella Praeli, Clinton's Latino vote director, the campaign targeted Latino voters.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Yury Ushakov", "the leaders discussed energy"],
      ["a source close to Putin", "the talks went well"],
      ["Lorella Praeli", "the campaign targeted Latino voters"],
    ]);
    expect(extractAttributions("Putin met Xi, according to a source close to Putin.").map((a) => a.source.name)).toEqual(["a source close to Putin"]);
  });

  it("reads a name after an acronym title (`NSA Ajit Doval`, `EAM S Jaishankar`)", () => {
    const report = parseReport("EAM S Jaishankar and NSA Ajit Doval were also present during the meeting, officials said.");
    expect(report.people.map((p) => p.name)).toEqual(["S. Jaishankar", "Ajit Doval"]);
    // Titles of commissioners, EU foreign-policy chiefs, vice chancellors and wire contributors.
    const titled = parseReport("Commissioner Maros Sefcovic met High Representative Josep Borrell and Vice Chancellor Lars Klingbeil. Associated Press writers Lorne Cook contributed.");
    expect(titled.people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["Maros Sefcovic", "Commissioner"],
      ["Josep Borrell", "High Representative"],
      ["Lars Klingbeil", "Vice Chancellor"],
      ["Lorne Cook", "Associated Press writers"],
    ]);
    // `chair` is a title like `chairman`.
    expect(parseReport("DNC Chair Debbie Wasserman Schultz said she would resign.").people[0]?.name).toBe("Debbie Wasserman Schultz");
  });

  it("splits `said A \"…,\" adding that B` with the comma inside the closing mark, and gives `praised X as \"…\"` to the subject", () => {
    const text = 'Lee said the two sides had "finally found common ground," adding that the deal would protect exporters. Trump praised Lee as "a great leader."';
    const report = parseReport(text);
    expect(report.attributions.map((a) => a.text)).toEqual(['the two sides had "finally found common ground,"', "the deal would protect exporters"]);
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ["partial", "Lee"],
      ["partial", "Donald Trump"],
    ]);
  });

  it("takes a generic group an organisation qualifies for the source, not the organisation (`Two EU officials said`)", () => {
    const text = "Two EU officials, speaking on condition of anonymity, said the talks had been difficult.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["two EU officials"]);
  });

  it("ends an office's capitalised object where a given name starts (`Director of National Intelligence Dan Coats`)", () => {
    const report = parseReport("Director of National Intelligence Dan Coats said the threat was real. Secretary of Homeland Security Kristi Noem agreed.");
    expect(report.people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["Dan Coats", "Director of National Intelligence"],
      ["Kristi Noem", "Secretary of Homeland Security"],
    ]);
    expect(report.attributions[0]?.source.name).toBe("Dan Coats");
  });

  it("reads past a manner phrase before `that` (`noted with satisfaction that …`, `agreed with Viguerie that …`)", () => {
    expect(extractAttributions("The Leaders noted with satisfaction that the partnership has withstood the test of time.").map((a) => [a.source.name, a.text])).toEqual([
      ["leaders", "the partnership has withstood the test of time"],
    ]);
    expect(extractAttributions("Brent Bozell agrees with Richard Viguerie that Cruz is the best candidate.").map((a) => [a.source.name, a.text])).toEqual([
      ["Brent Bozell", "Cruz is the best candidate"],
    ]);
  });

  it("opens no body's name with a month or a day (`before the October European Council`)", () => {
    const report = parseReport("Macron said the two countries would present a joint agenda before the October European Council.");
    expect(report.organizations.map((o) => o.name)).toEqual(["European Council"]);
  });

  it("reads a joint statement's courtesy titles (`H.E. Mr.`, `Shri`) and capitalised `Sides` as no part of a body, an office or a name", () => {
    const text =
      "At the invitation of the President of the Russian Federation H.E. Mr. Vladimir Putin, the Prime Minister of the Republic of India H.E. Shri Narendra Modi paid an official visit. " +
      "The Sides stressed the importance of cooperation in energy.";
    const report = parseReport(text);
    expect(report.people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["Vladimir Putin", "President of Russia"],
      ["Narendra Modi", "Prime Minister of India"],
    ]);
    // (`the Russian Federation` is the country, no body.)
    expect([report.organizations, report.places.map((p) => p.name)]).toEqual([[], ["Russia", "India"]]);
  });

  it("reads a role whose object a courtesy title names up to that name (`a senior adviser to Mr. Obama who …`)", () => {
    const report = parseReport("Dennis B. Ross, a former senior adviser to Mr. Obama who now works in Washington, said so.");
    expect(report.people.find((p) => p.name === "Dennis B. Ross")?.roles).toEqual(["former senior adviser to Mr. Obama"]);
  });

  it("ends a source phrase at a spaced dash, which sets off an aside (`an aggressive - some say unrealistic - pledge`)", () => {
    const text =
      "Mr. Obama leaves a divisive legacy: new emissions rules that are likely to draw continuing fire from Republicans, and an aggressive - some say unrealistic - pledge made in Paris to reduce greenhouse gas emissions 80 percent by 2050.";
    expect(extractAttributions(text).map((a) => a.source.name)).not.toContain("an aggressive - some");
  });

  it("reads a group a place qualifies for a relative `who` (`Democrats on Capitol Hill, who have argued …`), and a venue as no person", () => {
    const text = "The change is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps down-ballot when Trump is painted as greedy.";
    const report = parseReport(text);
    expect(report.attributions.map((a) => [a.source.name, a.text])).toEqual([["Democrats", "it helps down-ballot when Trump is painted as greedy"]]);
    expect(report.people.map((p) => p.name)).toEqual(["Donald Trump"]);
  });

  it("takes a generic group after `where` for the source, and no participle after `of` for a cue (`the number of reported cases`)", () => {
    expect(extractAttributions("Patriot chose to file in Richmond, where restructuring experts say some judges are eager to move cases.").map((a) => [a.source.name, a.text])).toEqual([
      ["experts", "some judges are eager to move cases"],
    ]);
    expect(extractAttributions("Christie spoke of people traveling from Brazil, where the number of reported cases of the virus has grown.")).toEqual([]);
  });

  it("reads no name in a word that opens a sentence before a participle of saying (`Keeps saying …`, `(Having said that, …`)", () => {
    const text = "Ran a college business.\n\nKeeps saying she opposed the war, when there are clips of her backing it.\n\nFirms pay taxes. (Having said that, some economists argue taxes should be low.)";
    expect(parseReport(text).people).toEqual([]);
    // (Not after an initial's stop: `George H.W. Bush calling Reagan's policies "voodoo economics"`.)
    const bush = 'No different, he said, from George H.W. Bush calling Ronald Reagan\'s policies "voodoo economics" before he ran.';
    expect(parseReport(bush).quotes.map((q) => q.speaker?.name ?? null)).toEqual(["George H.W. Bush"]);
  });

  it("reads a lone family name as the one leader who bears it when the text names that leader's country (`Trump and Kim`)", () => {
    const text = "Trump and Kim end summit early\n\nThe talks in Hanoi ended because North Korea demanded that all sanctions be lifted, Trump and Kim said.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Donald Trump", "Kim Jong Un"]);
    // (A demonym names the country too: `The North Korean leader`.)
    const demonym = 'Chairman Kim arrived in Hanoi by train. The North Korean leader met Trump. "It will be a great success," Kim said.';
    expect(parseReport(demonym).quotes[0]?.speaker?.name).toBe("Kim Jong Un");
    // (Not without the country: `Kim` alone could be anyone.)
    expect(parseReport("Trump and Kim spoke at length in Hanoi.").people.map((p) => p.name)).toEqual(["Donald Trump", "Kim"]);
  });

  it("reads a full name whose surname the text also gives alone, even when that surname was found first", () => {
    const text = 'According to Temirlan Abdykadyrov of the Kyrgyz foreign ministry, the talks went well. "It is fine," Abdykadyrov added.';
    const report = parseReport(text);
    expect(report.people.map((p) => p.name)).toEqual(["Temirlan Abdykadyrov"]);
    expect(report.quotes[0]?.speaker?.name).toBe("Temirlan Abdykadyrov");
  });

  it("reads an office's object joined by `and` or `the`, and an East Asian family name written first after it", () => {
    const text =
      "Minister for Trade and Industry Gan Kim Yong and Malaysia's Economy Minister Rafizi Ramli signed the pact. " +
      "Minister for Sustainability and the Environment Grace Fu was also there. Secretary of the Treasury Scott Bessent agreed.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles[0], p.aliases])).toEqual([
      ["Gan Kim Yong", "Minister for Trade and Industry", ["Gan"]],
      ["Rafizi Ramli", "Malaysia's Economy Minister", ["Ramli"]],
      ["Grace Fu", "Minister for Sustainability and the Environment", ["Fu"]],
      ["Scott Bessent", "Secretary of the Treasury", ["Bessent"]],
    ]);
  });

  it("reads `conveyed that` as reporting, not `conveyed his greetings`, and leaves `drew attention to the fact that` out, as the seed's gold does", () => {
    expect(extractAttributions("Modi conveyed that India stands for peace. He conveyed his greetings to the people.").map((a) => a.text)).toEqual(["India stands for peace"]);
    expect(extractAttributions("Analysts also drew attention to the fact that the cabinet reshuffle was made against this backdrop.")).toEqual([]);
  });

  it("reads the clause after a participle's phrase set off by commas (`reported, citing sources, that …`)", () => {
    expect(extractAttributions("TASS reported, citing sources, that the meeting would take place in June.").map((a) => [a.source.name, a.text])).toEqual([
      ["TASS", "the meeting would take place in June"],
    ]);
  });

  it("reads nothing said in a participle of manner set off after the verb (`he added, speaking in English`)", () => {
    expect(extractAttributions("'We will do everything to deliver on this,' he added, speaking in English.")).toEqual([]);
    // (A reporting one is the cue of the clause after it.)
    expect(extractAttributions("Sanders said, noting he had previously backed Rubio.").map((a) => [a.cue.end - a.cue.start, a.text])).toEqual([[6, "he had previously backed Rubio"]]);
    // (Nor in one of any verb but a reporting one: the words, if any, come after it.)
    expect(extractAttributions("'Imagine a tomorrow where hard work is honored,' Mrs. Clinton said Tuesday night, drawing applause at her play on Mr. Trump's name.")).toEqual([]);
    expect(extractAttributions("Albanese said, looking ahead to next year, that ties were stable.").map((a) => a.text)).toEqual(["ties were stable"]);
  });

  it("reads nothing said in a relative clause after a comma, and ends a quotation's report where the reporter's `as` clause starts", () => {
    expect(extractAttributions("PM Modi said in his opening remarks, which were televised.")).toEqual([]);
    expect(extractAttributions("Putin would not say who he plans to back.").map((a) => a.text)).toEqual(["who he plans to back"]);
    const text = 'Modi told Putin that "today\'s era is not of war", as the two leaders held bilateral talks on the sidelines.';
    expect(extractAttributions(text)).toEqual([]);
  });

  it("leaves an adverb that opens the sentence out of the source, and takes no time for a source", () => {
    const text =
      "Later the minister told reporters that talks would go on. Meanwhile the ministry said that the border stayed shut. " +
      "Earlier this year, the company had rejected a $15 a share offer, saying it wasn't adequately financed.";
    // (What `saying` reports after the time goes to the subject the time stands before.)
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["the minister", "the ministry", "the company"]);
  });

  it("gives a known person's family name of two words for the alias (`López Obrador`), not its last word", () => {
    const text = "Mexican President Andrés Manuel López Obrador met Biden. López Obrador told reporters that it was fine.";
    expect(parseReport(text).people[0]?.aliases).toEqual(["López Obrador"]);
    // (The last word when the gazetteer gives it, `Erdogan`; the word it gives otherwise, `Anwar`.)
    const others = parseReport("Prime Minister Anwar Ibrahim met Turkish President Recep Tayyip Erdogan.");
    expect(others.people.map((p) => p.aliases)).toEqual([["Anwar"], ["Erdogan"]]);
  });

  it("makes no person of a place named with a courtesy title whose apposition is an office holder's possession", () => {
    const text = "Datuk Seri Anwar said the two countries agreed. The pact was signed at the Seri Perdana, the Malaysian premier's official residence.";
    expect(parseReport(text).people.map((p) => p.name)).toEqual(["Anwar Ibrahim"]);
  });

  it("takes a country of three words as the possessor of a title (`Trinidad and Tobago's Prime Minister`)", () => {
    const person = parseReport("Trinidad and Tobago's Prime Minister Dr Keith Rowley said his government would send officers.").people[0];
    expect([person?.name, person?.roles, person?.country]).toEqual(["Keith Rowley", ["Trinidad and Tobago's Prime Minister"], "Trinidad and Tobago"]);
  });

  it("completes a bare office before a name with the country after it (`King Hamad bin Isa Al Khalifa of Bahrain`)", () => {
    const text = "King Hamad bin Isa Al Khalifa of Bahrain opened the summit. President Ilir Meta of Albania and Prime Minister Jan Novak of the Czech Republic attended.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles[0], p.country])).toEqual([
      ["Hamad bin Isa Al Khalifa", "King of Bahrain", "Bahrain"],
      ["Ilir Meta", "President of Albania", "Albania"],
      ["Jan Novak", "Prime Minister of the Czech Republic", "Czech Republic"],
    ]);
  });

  it("resolves no bare `the president` to a past president the text titles in passing", () => {
    const text =
      "Mr. Obama met Chinese President Xi Jinping in Hangzhou. John Podesta, a chief of staff to President Bill Clinton, was there. " +
      "In Honolulu last week, the president told Pacific leaders that climate change was real.";
    expect(parseReport(text, { referenceDate: "2016-09-08" }).attributions.map((a) => a.source.name)).toEqual(["the president"]);
  });

  it("starts a title after a join that links two people or offices, and reads no title that ends on `for` or `of`", () => {
    const text =
      "Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met. " +
      "Rick Tyler, a spokesman for Ted Cruz, said the senator would win.";
    const roles = new Map(parseReport(text).people.map((p) => [p.name, p.roles]));
    expect(roles.get("Sergei Lavrov")).toEqual(["Foreign Minister of Russia", "Russian Foreign Minister"]);
    expect(roles.get("Ted Cruz")).toEqual([]);
  });

  it("leaves a sentence's opening `As` or `When` out of the title before a name, and keeps `Under Secretary`", () => {
    const report = parseReport("As Kremlin spokesman Dmitry Peskov told reporters, the talks went on. When Prime Minister Benjamin Netanyahu spoke, Under Secretary of State Wendy Sherman listened.");
    expect(report.people.map((p) => [p.name, p.roles.at(-1)])).toEqual([
      ["Dmitry Peskov", "Kremlin spokesman"],
      ["Benjamin Netanyahu", "Prime Minister"],
      ["Wendy Sherman", "Under Secretary of State"],
    ]);
  });

  it("takes a body's head beside a verb for no surname, and military ranks for titles", () => {
    const report = parseReport("Netanyahu met Trump on Monday, the Prime Minister's Office said. Field Marshal Asim Munir, the army chief, was also present.");
    expect(report.people.map((p) => p.name)).toEqual(["Benjamin Netanyahu", "Donald Trump", "Asim Munir"]);
    expect(report.attributions[0]?.source.name).toBe("the Prime Minister's Office");
  });

  it("skips a possessive hearer before `that` (`told his guest that …`)", () => {
    expect(extractAttributions("Xi Jinping told his guest that China-Australia relations had turned around.").map((a) => a.text)).toEqual(["China-Australia relations had turned around"]);
  });

  it("reads no content in a hearer it does not know, and a hearer named by outlet and title before `that`", () => {
    const text = '"Pakistan and Saudi Arabia are brothers," he told Pakistani state television. Trump told Fox News host Sean Hannity after the summit that it was now up to Zelensky.';
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Donald Trump", "it was now up to Zelensky"]]);
  });

  it("leaves an outlet's `citing …` phrase out of what it reported", () => {
    const text = "According to Axios, citing two sources with knowledge of the meeting, the discussion at times became tense.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Axios", "the discussion at times became tense"]]);
  });

  it("takes `An EU official` as the source across an anonymity aside, not the organisation", () => {
    const text = "An EU official, speaking on condition of anonymity, said the bloc had raised China's support for Russia.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["an EU official"]);
  });

  it("takes an unknown acronym beside a verb for a body, titles in a row for one title, and a body's head for no name", () => {
    const text = "Sharif met Mohammed bin Salman, the Saudi Press Agency reported. The two sides reviewed the historic relations, SPA said. Pakistan's Army Chief Field Marshal Asim Munir and Defense Minister Prince Khalid bin Salman attended. Guterres spoke at the General Assembly.";
    const report = parseReport(text);
    expect(report.people.map((p) => p.name)).toEqual(["Shehbaz Sharif", "Mohammed bin Salman", "Asim Munir", "Khalid bin Salman", "Antonio Guterres"]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Saudi Press Agency", "SPA"]);
  });

  it("takes `his office` and `his spokesperson` as sources, not the man they serve", () => {
    const text = "Palestinian President Mahmoud Abbas also attended the summit, his office said. Tshisekedi joined virtually, his spokesperson said.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["his office", "his spokesperson"]);
  });

  it("reads the subject after a relative pronoun (`which Downing Street said`), not after `who said` or `who in 2010 said`", () => {
    const text = "The leaders signed a tech deal, which Downing Street said would create thousands of jobs. Obama met McConnell, who in 2010 said the GOP's most important goal was to beat Obama.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Downing Street", "would create thousands of jobs"],
      ["McConnell", "the GOP's most important goal was to beat Obama"],
    ]);
  });

  it("gives `who said` without a comma to the group right before it, with its qualifiers (`criticism from European Union leaders who said`)", () => {
    const text = "Fico met Xi on Monday, a visit that drew criticism from European Union leaders who said he spoke for no one. It also angered several Western diplomats who said the trip was a mistake.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["European Union leaders", "he spoke for no one"],
      ["several Western diplomats", "the trip was a mistake"],
    ]);
  });

  it("names the person after an office with its article in `As the … told reporters, …`, no words of another clause", () => {
    const text =
      "As the Kremlin spokesman Dmitry Peskov told reporters, the visit will end on Tuesday. As America prepares for what Newt Gingrich called a contest, the former Speaker is pleased. " +
      "As the head of the Russian Direct Investment Fund Kirill Dmitriev noted, the deal was signed. " +
      "As the director of the Center for Central Asian Studies Stanislav Pritchin noted, Turkmenistan remains the most closed country in the region.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Dmitry Peskov", "the visit will end on Tuesday"],
      ["Kirill Dmitriev", "the deal was signed"],
      ["Stanislav Pritchin", "Turkmenistan remains the most closed country in the region"],
    ]);
    // (With its own `that`, the clause of time reports that clause: `As Trump claimed that …, Macron put a hand on his arm`.)
    const own = 'As Trump claimed that Europe was "loaning money to Ukraine" and would get it back, Macron put a hand on his arm.';
    expect(extractAttributions(own).map((a) => [a.source.name, a.text])).toEqual([["Donald Trump", 'Europe was "loaning money to Ukraine" and would get it back']]);
  });

  it("splits `acknowledged that A and said B` for the subject, not when A's subject could be the one saying B", () => {
    const text = "Allamand acknowledged that attendance had been low and said the next summit would be a turning point. Peskov said the two leaders met and said they would meet again.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Allamand", "attendance had been low"],
      ["Allamand", "the next summit would be a turning point"],
      ["Dmitry Peskov", "the two leaders met and said they would meet again"],
    ]);
  });

  it("reads a closing source before the reporter's clause of contrast (`…, Indian officials said on Wednesday, though …`)", () => {
    const text =
      "Modi is expected to meet Xi at the summit, Indian officials said on Wednesday, though a meeting has not been formally announced. " +
      "Trade fell, the executives acknowledged, but they said the outlook was good.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Indian officials", "Modi is expected to meet Xi at the summit"],
      ["they", "the outlook was good"],
    ]);
  });

  it("takes `the ayatollah` for the one person whose written name that title opens (`Ayatollah Ali Khamenei`)", () => {
    const text = "Putin met Iran's Supreme Leader Ayatollah Ali Khamenei in Tehran. The ayatollah also said that if Russia had not acted, \"the other side would have started a war\".";
    const report = parseReport(text);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Ali Khamenei"]);
    expect(report.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([["partial", "Ali Khamenei"]]);
  });

  it("keeps the bracket that closes a source's or a content's own at the sentence's end (`according to the ministry of external affairs (MEA).`)", () => {
    const text = "The two sides reviewed trade and energy, according to a statement by the ministry of external affairs (MEA). Analysts said the talks went well (by most accounts).";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["a statement by the ministry of external affairs (MEA)", "The two sides reviewed trade and energy"],
      ["analysts", "the talks went well (by most accounts)"],
    ]);
  });

  it("splits `told journalists that A, but warned that B` and reads no speech before a quoted answer", () => {
    const text = 'Macron told journalists that a meeting should take place "within two weeks", but warned that Moscow could not be trusted. Asked whether anything could be done, Trump said, "Yeah, sure," before adding that Canada would leave happy.';
    const report = parseReport(text);
    expect(report.attributions.map((a) => a.text)).toEqual(['a meeting should take place "within two weeks"', "Moscow could not be trusted", "Canada would leave happy"]);
    expect(report.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([["within two weeks", "Emmanuel Macron"], ["Yeah, sure,", "Donald Trump"]]);
  });

  it("reads no speech from inside a quotation out past it, nor the hearer after `told` or the speaker after `, said` as a source", () => {
    const told = '"Both sides want a deal, but not at any price," Olesya Vartanyan, a senior analyst at the International Crisis Group, told Al Jazeera.';
    expect(extractAttributions(told)).toEqual([]);
    // A that-clause going on from the quote is what the speaker after it said; the speaker is no clause of the subject's.
    const text = '"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf, a former campaign manager.';
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Steve Elmendorf", "that Sanders can catch Clinton"]]);
  });

  it("keeps a closing percent sign in what was said", () => {
    expect(extractAttributions("Pedro Sánchez said his country could fulfil its commitments by spending 2.1%.")[0]?.text).toBe("his country could fulfil its commitments by spending 2.1%");
  });

  it("reads `According to the head of state` in a report of two leaders as the leader who spoke last", () => {
    const text =
      'Belarusian President Aleksandr Lukashenko held talks with Russian President Vladimir Putin in Minsk.\n\n"We have done a lot," the Belarusian leader said.\n\nAccording to the head of state, the two countries have harmonised their tax legislation.';
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Aleksandr Lukashenko"]);
  });

  it("reads `the leaders said` in a report of two leaders as the two of them, and two bodies joined by `and` as both", () => {
    const text = "Joe Biden met Xi Jinping in Woodside. In a joint statement, the leaders said they would resume military talks.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Joe Biden and Xi Jinping"]);
    // (Two bodies too: `The White House and the Kremlin said …`.)
    const bodies = "Vladimir Putin spoke with Donald Trump on Monday. The White House and the Kremlin said the call lasted 90 minutes.";
    expect(extractAttributions(bodies).map((a) => a.source.name)).toEqual(["White House and Kremlin"]);
    // (Not where the report gathers a bloc's leaders, two of whom it names: the leaders as a group.)
    const bloc = "Gulf Cooperation Council leaders gathered in Kuwait on Sunday. Kuwait's Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah opened the summit. Saudi Crown Prince Mohammed bin Salman did not attend. In their final communique, the leaders stressed the need for a Palestinian state.";
    expect(extractAttributions(bloc).map((a) => a.source.name)).toEqual(["leaders"]);
    // (Past an auxiliary or an adverb before the verb: `Putin and Xi have agreed that …`.)
    const perfect = "Putin met Xi in Beijing. Putin and Xi have agreed that the two countries will expand trade. Xi and Putin also said the talks were useful.";
    expect(extractAttributions(perfect).map((a) => a.source.name)).toEqual(["Vladimir Putin and Xi Jinping", "Xi Jinping and Vladimir Putin"]);
  });

  it("resolves `The president added that …`, with two presidents, to the latest president who spoke", () => {
    const text = 'Russian President Vladimir Putin met Belarusian President Alexander Lukashenko. "We are allies," the Belarusian president said. The president added that the union was strong.';
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Alexander Lukashenko"]);
  });

  it("names a member of a generic group as written (`one of the sources`)", () => {
    expect(extractAttributions("One of the officials said the talks would resume.").map((a) => a.source.name)).toEqual(["one of the officials"]);
  });

  it("reads the words between `told` and a `that` soon after as the hearer and the day, not what was said", () => {
    const text = "Chinese President Xi Jinping told his US counterpart Joe Biden on Wednesday that Taiwan remained the biggest issue.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["Taiwan remained the biggest issue"]);
    // A relative `that` opens no such clause.
    expect(extractAttributions("Merkel told reporters after the meeting that was held on a boat.")).toEqual([]);
  });

  it("reads no clause in where and beside whom words were said, and skips an aside before `that`", () => {
    // `told a press conference alongside …` says nothing reported; `warned against …` neither.
    expect(extractAttributions("Starmer told a press conference alongside the European Commission president and António Costa.")).toEqual([]);
    expect(extractAttributions("Merkel warned against the forces of hate once again.")).toEqual([]);
    const text = "Trump said, among other things, that Mr. Bush was weak.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Donald Trump", "Mr. Bush was weak"]]);
  });

  it("reads a noun-like cue after a number or a quantifier as the noun (`the leaders of 35 states signed`)", () => {
    expect(extractAttributions("The leaders of 35 states signed the Helsinki Final Act in the Finnish capital.")).toEqual([]);
    expect(extractAttributions("In some states early voting will begin a month out.")).toEqual([]);
    expect(extractAttributions("He represents a neighboring state, Vermont, though his campaign grew.")).toEqual([]);
    const call = 'Later, the five leaders held a video call with members of the so-called "coalition of the willing".';
    expect(extractQuotes(call).map((q) => [q.kind, q.speaker])).toEqual([["scare", null]]);
    const declaration = 'The leaders signed the Tianjin Declaration, which says member states "oppose unilateral coercive measures".';
    expect(extractQuotes(declaration).map((q) => declaration.slice(q.cue?.start ?? 0, q.cue?.end ?? 0))).toEqual(["says"]);
    // A possessive keeps the noun of saying a cue: `his comment that …` reports what he said.
    expect(extractAttributions("Trump stood by his comment that the plan would work.").map((a) => a.text)).toEqual(["the plan would work"]);
  });

  it("skips `late on Tuesday` between a cue and its `that`", () => {
    const text = 'Trump wrote on Truth Social late on Tuesday that he did not want "a wasted meeting".';
    expect(extractAttributions(text).map((a) => a.text)).toEqual(['he did not want "a wasted meeting"']);
  });

  it("skips a named audience after `told` (`told Russian state television that …`)", () => {
    const text = "Putin's aide Yuri Ushakov told Russian state television that a next meeting had not yet been scheduled.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Yuri Ushakov", "a next meeting had not yet been scheduled"]]);
  });

  it("takes the person after `according to` when an apposition follows the name", () => {
    const text = "Lee Jae Myung met Sanae Takaichi. The two leaders discussed North Korea, according to Kang Yu-jung, the presidential spokesperson.";
    const [a] = extractAttributions(text);
    expect([a?.source.name, a?.source.personId === null]).toEqual(["Kang Yu-jung", false]);
    // (A clause of its own after the source's comma is no part of the source: `…, although he declined to give details`.)
    const gomez = "The two leaders also tackled the Sabah issue, according to Presidential Communications Office Secretary Dave Gomez, although he declined to give details. Women have made up a majority of voters since 1964, according to the Pew Research Center, although few women have won.";
    expect(extractAttributions(gomez).map((a) => a.source.name)).toEqual(["Dave Gomez", "Pew Research Center"]);
    // (Nor a clause joined by `and` after the source's first comma; a list of sources keeps its `, and`.)
    const joined = "Trade reached $1.1 billion last year, according to official figures, and both sides hope to double it. Imports of grain fell sharply in the first half of the year, according to officials in Iran, Iraq, and the UAE.";
    expect(extractAttributions(joined).map((a) => a.source.name)).toEqual(["official figures", "officials in Iran, Iraq, and the UAE"]);
    // (The apposition's role may stand a few words in: `assistant to the President of Azerbaijan`.)
    const assistant = extractAttributions("Pashinyan and Aliyev met. According to Hikmet Hajiyev, assistant to the President of Azerbaijan, the meeting was useful.");
    expect(assistant.map((a) => [a.source.name, a.text])).toEqual([["Hikmet Hajiyev", "the meeting was useful"]]);
  });

  it("reads `As X reported,` when X is a body a person's office owns (`As the Armenian Prime Minister's Office reported`)", () => {
    const text = "Pashinyan and Aliyev met in Abu Dhabi. As the Armenian Prime Minister's Office reported, the talks were held in a one-on-one format.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["the Armenian Prime Minister's Office", "the talks were held in a one-on-one format"]]);
  });

  it("reads the subject past a connective and an opening phrase (`However, in a statement issued last night, the Prime Minister's Office said`)", () => {
    const text = 'Prime Minister Mia Mottley held talks with Kamla Persad-Bissessar. However, in a statement issued last night, the Prime Minister\'s Office said the two leaders had "a frank exchange of views".';
    const report = parseReport(text, { referenceDate: "2025-11-05" });
    expect(report.attributions.map((a) => a.source.name)).toEqual(["the Prime Minister's Office"]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["the Prime Minister's Office"]);
  });

  it("reads no speech in a frame of the speaking (`Speaking to reporters in Kyiv, Zelensky said:`)", () => {
    // (What follows the colon, unmarked in the next paragraph, is what was said; the frame is not.)
    expect(extractAttributions("Speaking to Hungarian state media, Viktor Orbán said:\n\nThe war cannot be won on the battlefield.").map((a) => a.text)).toEqual(["The war cannot be won on the battlefield"]);
    expect(extractAttributions("Speaking to reporters in Kyiv, Zelensky said the talks were useful.").map((a) => a.text)).toEqual(["the talks were useful"]);
  });

  it("resolves `He said` to the lead's subject, not to a person in the headline above it", () => {
    const text = "Zelenskyy arrives at summit\n\nAntónio Costa, the president of the European Council, has opened the summit. In his opening remarks, he said Europe was facing a watershed moment.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["António Costa"]);
  });

  it("reads no speech in an infinitive of a verb that takes a plain object (`the need to maintain control`)", () => {
    const text = "The two leaders affirmed the need to maintain human control over the decision to use nuclear weapons. Trump was forced to admit that no senior executives had been held accountable.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["no senior executives had been held accountable"]);
  });

  it("reads no speech in `admitted` before a number or a noun phrase (letting people in)", () => {
    const text = "The meeting took place two weeks after the US admitted 59 white South Africans as refugees. Trump admitted he had been wrong.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Donald Trump", "he had been wrong"]]);
    // (Nor in its infinitive before names: `agreed on Thursday to admit Saudi Arabia, Iran, …` as members.)
    const members = "The BRICS group of emerging economies agreed on Thursday to admit Saudi Arabia, Iran, Ethiopia, Egypt, Argentina and the United Arab Emirates, a move aimed at overhauling the world order.";
    expect(extractAttributions(members)).toEqual([]);
  });

  it("takes an unnamed source whose group word comes first (`people familiar with the matter said`)", () => {
    const text = "China will go after the companies that make the chemicals, people familiar with the matter said, asking not to be identified.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["people familiar with the matter", "China will go after the companies that make the chemicals"]]);
  });

  it("takes an unnamed member of a source group after an inverted cue (`…, said a senior US official`)", () => {
    const text = "Beijing would act within weeks, said a person familiar with the plans. Washington will wait, said a senior US official, who asked not to be named.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["a person familiar with the plans", "Beijing would act within weeks"],
      ["a senior US official", "Washington will wait"],
    ]);
    expect(extractAttributions("Beijing would act within weeks, said a new report by the agency.").map((a) => a.source.name)).not.toContain("a new report by the agency");
  });

  it("resolves an office held by two people of the report to the holder named just before (`The prime minister told the BBC`)", () => {
    const text = "The Spanish prime minister, Pedro Sánchez, said Spain would meet its commitments. Keir Starmer has arrived at the World Forum. The prime minister told the BBC that the UK would hit the target.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Pedro Sánchez", "Spain would meet its commitments"],
      ["Keir Starmer", "the UK would hit the target"],
    ]);
  });

  it("reads no role in an apposition that runs into a reporting verb (`Ohio, the nominee's campaign announced Friday`)", () => {
    const report = parseReport("Obama will campaign in Pennsylvania and Ohio, the Democratic nominee's campaign announced Friday.");
    expect(report.people.flatMap((p) => p.roles)).not.toContain("Democratic nominee's campaign announced Friday");
    expect(report.attributions.map((a) => a.source.name)).toEqual(["the Democratic nominee's campaign"]);
  });

  it("reads a bare office opening a sentence as the report's holder of it (`Prime Minister congratulated …`)", () => {
    const text = "Prime Minister Shri Narendra Modi met President Masoud Pezeshkian in Kazan today.\n\nPrime Minister congratulated President Pezeshkian on his election. He underlined that dialogue and diplomacy were the way forward.";
    expect(extractAttributions(text, { referenceDate: "2024-10-23" }).map((a) => a.source.name)).toEqual(["Narendra Modi"]);
    // A one-word office that is also a surname (`King says Ali …`) is no description of the report's king: the man of
    // that family name is.
    const king = "Stephen King met King Charles on Monday. King says the talks went well.";
    expect(extractAttributions(king).map((a) => a.source.name)).toEqual(["Stephen King"]);
  });

  it("takes the subject of a clause joined after a comma (`…, and Trump said`), else the sentence's (`…, while also saying that`)", () => {
    const text = "Modi met Trump on Thursday, and Trump said the United States would boost military sales to India. Putin, Xi, and Modi said the talks went well.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Donald Trump", "Vladimir Putin"]);
    const shared = '"I guess so," Trump added, while also saying that he expects to do well with female voters.';
    expect(extractAttributions(shared).map((a) => a.source.name)).toEqual(["Donald Trump"]);
  });

  it("reads past a time set by `before` or `ahead of` between the cue and its `that`", () => {
    const text = "Trump had said before the meeting that he would not be happy without one. Putin said ahead of the talks that he was ready.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Donald Trump", "he would not be happy without one"],
      ["Vladimir Putin", "he was ready"],
    ]);
  });

  it("splits a relative clause's report from the main clause's (`X, who said A, said B`), and takes the main verb over a relative one", () => {
    const text = "Tony Podesta, who said the project was vetted by his firm's counsel, said he was unaware of any such disagreements.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Tony Podesta", "the project was vetted by his firm's counsel"],
      ["Tony Podesta", "he was unaware of any such disagreements"],
    ]);
    const tariffs = "Trump, who on the eve of the visit announced reciprocal tariffs on U.S. trading partners, said India had been unfair on trade.";
    expect(extractAttributions(tariffs).map((a) => [a.source.name, a.text])).toEqual([["Donald Trump", "India had been unfair on trade"]]);
  });

  it("reads no speech in a participle after the cue with an adverb before it (`announced, formally adopting the document`)", () => {
    const text = '"A consensus has been reached on the declaration," Prime Minister Narendra Modi announced, formally adopting the document.';
    expect(extractAttributions(text)).toEqual([]);
  });

  it("reads a reporting participle that opens the sentence (`Noting that …, Xi said`) as the subject's speech", () => {
    const text = "Noting that this year marks the 10th anniversary of the forum, Xi said China is willing to deepen cooperation.";
    expect(extractAttributions(text).map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Xi Jinping", "Noting", "this year marks the 10th anniversary of the forum"],
      ["Xi Jinping", "said", "China is willing to deepen cooperation"],
    ]);
  });

  it("reads the hearer named after `warned` or `assured` before the `that` clause as no part of what was said", () => {
    const text = "Ursula von der Leyen warned Chinese leader Xi Jinping that relations had reached an inflection point. Putin assured Lukashenko that Russia would help.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["relations had reached an inflection point", "Russia would help"]);
    // (A day in brackets after the hearer's day goes with it: `on Thursday (24 July) that …`.)
    const dated = extractAttributions("Ursula von der Leyen warned Chinese leader Xi Jinping on Thursday (24 July) that relations had reached an inflection point.");
    expect(dated.map((a) => a.text)).toEqual(["relations had reached an inflection point"]);
  });

  it("resolves `the former` and `the latter` to the two people named just before, not an adjective `former`", () => {
    const text = "German Chancellor Angela Merkel met British Prime Minister Theresa May in Berlin on Tuesday. The former said Germany would help. The latter said Britain was ready.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Angela Merkel", "Germany would help"],
      ["Theresa May", "Britain was ready"],
    ]);
    const adjective = "Ben Carson met Donald Trump on Monday. The former Republican presidential candidate said the economy was weak.";
    expect(extractAttributions(adjective).map((a) => a.source.name)).toEqual(["the former Republican presidential candidate"]);
  });
  it("reads the clause straight after a cue phrase that names its hearer (`told reporters the two sides agreed`)", () => {
    const text = "Presidential spokesperson Kim Eun-hye told reporters the two sides also agreed to normalize the pact.";
    expect(extractAttributions(text).map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Kim Eun-hye", "told reporters", "the two sides also agreed to normalize the pact"],
    ]);
  });

  it("skips a time after the cue but not a place, and keeps a demonstrative that opens the clause", () => {
    // `Friday at a convention of …` is where the words were said, not what: no clause follows the cue.
    expect(extractAttributions('"I may have short-circuited," Clinton said Friday at a convention of black journalists in Washington.')).toEqual([]);
    const texts = [
      "Cornyn told reporters this was the only chance to pass a measure.",
      "In the long run, many economists say, this effect could ripple through the system.",
      "Cornyn said late Friday the bill was dead.",
    ];
    expect(texts.map((t) => extractAttributions(t)[0]?.text)).toEqual(["this was the only chance to pass a measure", "this effect could ripple through the system", "the bill was dead"]);
    expect(extractAttributions("Cornyn said this to reporters.")).toEqual([]);
    expect(extractAttributions("He said this when met by Malaysian journalists at the end of his visit.")).toEqual([]);
  });
  it("takes the subject after an opening prepositional phrase, and a description after it as the clause's own", () => {
    const text = "Prime Minister Shehbaz Sharif called for action on Thursday. During the meeting with President Xi, the prime minister said the corridor was vital.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Shehbaz Sharif", "the corridor was vital"]]);
    const poll = "In a New York Times poll, 61 percent said they were satisfied.";
    expect(extractAttributions(poll).map((a) => a.source.name)).toEqual(["61 percent"]);
  });
  it("reads the Gulf's `Amir` as the emir's office after an article, before a courtesy title or alone, and as a given name before a surname", () => {
    const text =
      "Amir, US President hold talks at Lusail Palace\n\nDoha: HH the Amir Sheikh Tamim bin Hamad Al-Thani and US President Donald Trump held talks yesterday. " +
      'At the beginning of the talks, HH the Amir welcomed the US President, expressing his hope that the visit would develop the partnership. "You are welcome," the Amir said.';
    const report = parseReport(text, { referenceDate: "2025-05-15" });
    expect(report.people.map((p) => p.name)).toEqual(["Tamim bin Hamad Al-Thani", "Donald Trump"]);
    expect([report.attributions[0]?.source.name, report.quotes.at(-1)?.speaker?.name]).toEqual(["Tamim bin Hamad Al-Thani", "Tamim bin Hamad Al-Thani"]);
    // (`Amir Peretz`, `Defence Minister Amir Hatami`: a given name.)
    expect(parseReport("Israeli Labor leader Amir Peretz said the talks failed. Defence Minister Amir Hatami met Putin.").people.map((p) => p.name)).toEqual(["Amir Peretz", "Amir Hatami", "Vladimir Putin"]);
  });

  it("reads the Gulf agencies' `HE` before a title as His Excellency, no pronoun nor office (`HE the Turkish President`)", () => {
    const text =
      "His Highness the Amir Sheikh Tamim bin Hamad Al-Thani and HE President of the Republic of Turkiye Recep Tayyip Erdogan held official talks on Monday. " +
      "For his part, HE the Turkish President expressed his thanks to His Highness the Amir for the warm reception, stressing that the relations are good.";
    expect(extractAttributions(text, { referenceDate: "2024-12-02" }).map((a) => a.source.name)).toEqual(["Recep Tayyip Erdogan"]);
    // (Nor part of the office before the name.)
    expect(parseReport(text, { referenceDate: "2024-12-02" }).people.find((p) => p.name === "Recep Tayyip Erdogan")?.roles).toEqual(["President of Turkey", "President of the Republic of Turkiye"]);
    // (A line in capitals keeps its pronoun: `HE SAID`.)
    expect(extractAttributions("Putin met Xi. HE SAID THE TALKS WERE USEFUL.").map((a) => a.source.name)).toEqual(["Vladimir Putin"]);
    // (Nor does it open a sentence as its subject for a pronoun later in it: `HE President Aoun expressed his thanks`.)
    const aoun = 'The Amir Sheikh Tamim bin Hamad al-Thani met President Joseph Aoun. HE President Aoun expressed his thanks for Qatar\'s "continuous support" for the army.';
    expect(parseReport(aoun).quotes.map((q) => q.speaker?.name)).toEqual(["Joseph Aoun"]);
  });

  it("reads the Gulf press's `HH` and `HRH` before a title or a name as styles, no one's name", () => {
    const text =
      "Doha: The Amir HH Sheikh Tamim bin Hamad Al Thani and President of the Syrian Arab Republic HE Ahmed al-Sharaa held an official talks session at the Amiri Diwan yesterday morning. " +
      'HH the Amir affirmed that Qatar stands by Syria, stressing "the importance of preserving the unity of Syria\'s territory."';
    const report = parseReport(text, { referenceDate: "2025-04-16" });
    expect(report.people.map((p) => p.name)).toEqual(["Tamim bin Hamad Al-Thani", "Ahmed al-Sharaa"]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Tamim bin Hamad Al-Thani"]);
    expect(parseReport("Foreign Minister HRH Prince Faisal bin Farhan met Marco Rubio in Riyadh.").people.map((p) => p.name)).toEqual(["Faisal bin Farhan", "Marco Rubio"]);
  });

  it("reads a style in spaced capitals as the one word (`H H the Amir`, `H E Ahmed Al Sharaa`, as The Peninsula writes them)", () => {
    const text =
      "Doha: The Amir H H Sheikh Tamim bin Hamad Al Thani and President of the Syrian Arab Republic H E Ahmed Al Sharaa held an official talks session at the Amiri Diwan yesterday morning. " +
      'H H the Amir affirmed that Qatar stands by Syria, stressing "the importance of preserving the unity of Syria\'s territory."';
    const report = parseReport(text, { referenceDate: "2025-04-16" });
    expect(report.people.map((p) => p.name)).toEqual(["Tamim bin Hamad Al-Thani", "Ahmed al-Sharaa"]);
    expect(participantNames(report)).toEqual(["Tamim bin Hamad Al-Thani", "Ahmed al-Sharaa"]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Tamim bin Hamad Al-Thani"]);
    // (Letters in a list stay letters: `grades H E and F`; and the offsets stay the text's.)
    expect(parseReport("The grades H E and F were given to Putin.").people.map((p) => p.name)).toEqual(["Vladimir Putin"]);
    const sharaa = report.people.find((p) => p.name === "Ahmed al-Sharaa");
    expect(sharaa?.mentions.map((m) => text.slice(m.start, m.end))).toContain("Ahmed Al Sharaa");
  });

  it("reads a newspaper named for its town or its day as a body, not a person (`the Charlotte Observer`, `the Daily Mirror`)", () => {
    const report = parseReport("Hillary Clinton met the mayor in Charlotte on Monday. The Charlotte Observer found that 1 in 4 residents lived in poverty. Clinton told the Daily Mirror the talks were useful.", { referenceDate: "2016-09-26" });
    expect(report.people.map((p) => p.name)).toEqual(["Hillary Clinton"]);
    expect(report.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(["Charlotte Observer", "Daily Mirror"]));
  });

  it("takes `the Secretary` for the one whose office opens with the word, though another's office shares its class (`Secretary of State Marco Rubio` beside `External Affairs Minister Subrahmanyam Jaishankar`)", () => {
    const text =
      "Secretary of State Marco Rubio met today with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington. " +
      "The Secretary underscored the importance of continued direct communication between India and Pakistan.";
    const report = parseReport(text, { referenceDate: "2025-07-01" });
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Marco Rubio"]);
    expect(report.people.map((p) => [p.name, p.descriptors])).toEqual([["Marco Rubio", ["the Secretary"]], ["Subrahmanyam Jaishankar", []]]);
    // (Not a word inside an office: `the general election` is no Attorney General's.)
    const general = "Attorney General Bill Schuette met Governor Rick Snyder. States won many of the battles that preceded the general election.";
    expect(parseReport(general).people.find((p) => p.name === "Bill Schuette")?.descriptors ?? []).toEqual([]);
  });

  it("gives what a clause after `even as` reports to that clause's own subject (`…, even as President Donald Trump signaled that …`)", () => {
    const text = "Macron and Starmer on Thursday promised to lead a coalition to guarantee any ceasefire in Ukraine, even as President Donald Trump signaled that U.S. troops would not take part.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Donald Trump", "U.S. troops would not take part"]]);
  });

  it("reads `As X noted` with a word of tenure and an office before the name and a medium after the verb (`As former foreign secretary Vijay Gokhale noted in a recent essay, …`)", () => {
    const text = "Modi met Xi in Tianjin on Sunday. As former foreign secretary Vijay Gokhale noted in a recent essay, the thaw has been driven less by trust than by Washington's tariffs.";
    expect(extractAttributions(text, { referenceDate: "2025-09-01" }).map((a) => [a.source.name, a.text])).toEqual([["Vijay Gokhale", "the thaw has been driven less by trust than by Washington's tariffs"]]);
  });

  it("reads a person's own verb of saying and `that` before `, according to X` as theirs, an outlet's not", () => {
    const text = 'Takaichi met Lee Jae-myung on Thursday. Lee responded that the two countries were "close neighbors that share a yard," according to the South Korean presidential office.';
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["Lee Jae-myung", 'the two countries were "close neighbors that share a yard']]);
    // (`Bloomberg reports that …, according to the Roper Center`: the figures are the centre's.)
    const poll = "Bloomberg reports that the Republican nominee has won among the richest voters, according to the Roper Center.";
    expect(extractAttributions(poll).map((a) => a.source.name)).toEqual(["Roper Center"]);
  });

  it("takes no one named after a preposition and titles for the subject (`attended by His Royal Highness Crown Prince Hussein`)", () => {
    const text = "King Abdullah II met Egyptian President Abdel Fattah al-Sisi in Cairo on Sunday. During their meeting at Al Ittihadiya Palace, attended by His Royal Highness Crown Prince Hussein, the two leaders stressed the need to build on the ceasefire.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Abdullah II and Abdel Fattah al-Sisi"]);
    // (`Secretary of State John Kerry said`: the `of` of an office is no preposition before the name; nor is a word on
    // the line above, `… Talks in Istanbul` over `Turkish President Recep Tayyip Erdogan said`.)
    const office = extractAttributions("Erdogan Says He Is Ready to Host Talks in Istanbul\n\nTurkish President Recep Tayyip Erdogan said he is prepared to host a meeting. Secretary of State John Kerry said the talks would resume.");
    expect(office.map((a) => a.source.name)).toEqual(["Recep Tayyip Erdogan", "John Kerry"]);
  });
  it("reads `recalled its ambassador` as calling home, not to mind", () => {
    expect(extractAttributions("Russia recalled its ambassador to Washington, Anatoly Antonov, for consultations.")).toEqual([]);
    expect(extractAttributions("Putin recalled the two leaders had met in Helsinki in 2018.").map((a) => a.text)).toEqual(["the two leaders had met in Helsinki in 2018"]);
  });

  it("reads `admitted Somalia into the bloc` as letting in, not owning up", () => {
    expect(extractAttributions("East African Community leaders on Friday admitted Somalia into the bloc at a summit in Arusha.")).toEqual([]);
    expect(extractAttributions("He admitted Russia had made mistakes.").map((a) => a.text)).toEqual(["Russia had made mistakes"]);
  });
  it("ends what was said before a verb of saying whose colon opens a quotation (`…, adding: \"…\"`)", () => {
    const text = 'Zelenskiy said he had come to Turkey to "revive negotiations", adding: "We count on Turkey\'s leadership."';
    expect(extractAttributions(text).map((a) => a.text)).toEqual(['he had come to Turkey to "revive negotiations"']);
    expect(extractQuotes(text).at(-1)?.speaker?.name).toBe("Volodymyr Zelensky");
    // (`… and added: "…"` too.)
    expect(extractAttributions('The president noted that he taught constitutional law, and added: "I know a little about this."').map((a) => a.text)).toEqual(["he taught constitutional law"]);
  });

  it("ends what one source said where a clause joined after a comma reports for its own subject", () => {
    const text = "Albanese said the agreement showed the region's trust, but critics in Canberra said the deal was rushed.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Anthony Albanese", "the agreement showed the region's trust"],
      ["critics", "the deal was rushed"],
    ]);
    // A pronoun opening the joined clause stands for the first clause's subject.
    const pronoun = "Paul Beck said he would not expect a race to scuttle the state's status, but he said Trump could crack some areas.";
    expect(extractAttributions(pronoun).map((a) => [a.source.name, a.text])).toEqual([
      ["Paul Beck", "he would not expect a race to scuttle the state's status"],
      ["Paul Beck", "Trump could crack some areas"],
    ]);
    // (The joined clause's subject may set a name off by commas, and what the first said may end on a quotation whose
    // verb is a modal: `warned that the G20 "might be …", while the UK prime minister, Keir Starmer, told reporters`.)
    const g20 = 'Emmanuel Macron warned that the G20 "might be coming to the end of a cycle", while the UK prime minister, Keir Starmer, told reporters the group was still "capable of big things".';
    expect(extractAttributions(g20).map((a) => [a.source.name, a.text])).toEqual([
      ["Emmanuel Macron", 'the G20 "might be coming to the end of a cycle"'],
      ["Keir Starmer", 'the group was still "capable of big things"'],
    ]);
    expect(extractQuotes(g20).map((q) => q.speaker?.name)).toEqual(["Emmanuel Macron", "Keir Starmer"]);
  });
  it("reads a reporting verb in the progressive after its subject (`is confirming that`, `were warning that`)", () => {
    const text = "The New York state attorney general is confirming that the Trump Foundation is not registered as a charity. Officials were warning that the talks could collapse.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["the New York state attorney general", "the Trump Foundation is not registered as a charity"],
      ["officials", "the talks could collapse"],
    ]);
  });
  it("keeps a subject with an apposition before its comma, but leaves an opening adverbial out of the content", () => {
    const text = "US President Joe Biden, attending his last G20, was expected to hold talks with Xi Jinping, a White House official said.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["US President Joe Biden, attending his last G20, was expected to hold talks with Xi Jinping"]);
    expect(extractAttributions("In Orlando, Clinton made a stop at the nightclub, the Associated Press reported.").map((a) => a.text)).toEqual(["Clinton made a stop at the nightclub"]);
  });
  it("reads a closing source with a perfect auxiliary and an occasion after the verb (`…, Putin has said after talks with Xi`)", () => {
    const text = "Moscow and Beijing are building their ties on the basis of equality, Russian President Vladimir Putin has said after talks with his Chinese counterpart Xi Jinping in the Kremlin.";
    expect(extractAttributions(text).map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Vladimir Putin", "said", "Moscow and Beijing are building their ties on the basis of equality"],
    ]);
    // Not any verb before any phrase: `Like President Obama, I believe in …` reports nothing.
    expect(extractAttributions("Like President Obama, I believe in a strong alliance.")).toEqual([]);
  });
  it("leaves a closing relative clause on why the sources are unnamed out of the attribution", () => {
    const text = "Erdogan met Netanyahu in Ankara on Thursday, according to two people familiar with the discussions, who spoke on condition of anonymity because they were not authorized to speak publicly.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["two people familiar with the discussions", "Erdogan met Netanyahu in Ankara on Thursday"]]);
  });
  it("reads `…, the White House said, citing …`: a body with its article in a parenthesis before a participle", () => {
    const text = "U.S. President Donald Trump left the summit a day early, the White House said, citing the situation in the Middle East.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["White House", "U.S. President Donald Trump left the summit a day early"]]);
    // Without the participle the parenthesis is read as before: what follows it is what was said.
    expect(extractAttributions("For now, the State Department says, embassy staff can offer only emergency service.").map((a) => a.text)).toEqual(["embassy staff can offer only emergency service"]);
  });
  it("reads `X, according to Y, verb …` with the source between a short subject and its verb, and `said at the time that`", () => {
    const text = "Biden, according to the White House, raised concerns about Beijing's support for Russia's war.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["White House", "Biden, according to the White House, raised concerns about Beijing's support for Russia's war"]]);
    // (A verb of saying after the parenthesis leaves the sentence to the subject, who reports.)
    const told = "Xi, according to China's state-run Xinhua News Agency, told Takaichi that the two countries should handle their differences properly.";
    expect(extractAttributions(told).map((a) => [a.source.name, a.text])).toEqual([["Xi Jinping", "the two countries should handle their differences properly"]]);
    expect(extractAttributions("Jens Stoltenberg said at the time that Ukraine's future was in NATO.").map((a) => a.text)).toEqual(["Ukraine's future was in NATO"]);
    // An aside on why a source is unnamed in the middle of the sentence leaves the rest to report.
    const aside = "A senior Turkish official, who asked not to be named, confirmed that the talks had taken place.";
    expect(extractAttributions(aside).map((a) => [a.source.name, a.text])).toEqual([["a senior Turkish official", "the talks had taken place"]]);
  });
  it("gives `it said` to the body that reported something a sentence or two before, and to no group", () => {
    const text = "Erdogan met Putin in Sochi, the Turkish Communications Directorate said. The two leaders discussed the grain deal, it said on X. It said the talks would go on.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["Turkish Communications Directorate", "Erdogan met Putin in Sochi"],
      ["Turkish Communications Directorate", "The two leaders discussed the grain deal"],
      ["Turkish Communications Directorate", "the talks would go on"],
    ]);
    expect(extractAttributions("Experts said the talks failed. It said nothing new.").map((a) => a.source.name)).toEqual(["experts"]);
  });
  it("keeps a subject with a possessive and an apposition in what a tail reports (`Qatar's emir, Sheikh Tamim …, left …, state media reported`)", () => {
    const text = "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, left before the opening session, state media reported. What's more, the hosts were disappointed, officials said.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["state media", "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, left before the opening session"],
      // (A contraction's `'s` makes no subject: the opening adverbial stays out.)
      ["officials", "the hosts were disappointed"],
    ]);
  });
  it("keeps a subject with the list of its members in what a tail reports (`European leaders, including …, will …, an official said`)", () => {
    const text = "European leaders, including French President Emmanuel Macron, will accompany Zelenskiy to Washington, a European official said.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["European leaders, including French President Emmanuel Macron, will accompany Zelenskiy to Washington"]);
  });
  it("takes no one named in a relative clause about the subject for the source (`The statement, which Trump signed, said`)", () => {
    const text = 'The statement, which Trump signed, said Israel had a right to defend itself and that Iran "can never have a nuclear weapon". Mrs. Clinton\'s presidential campaign, which Podesta runs, said the emails had no bearing on the foundation.';
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["the statement", "Mrs. Clinton's presidential campaign"]);
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(["the statement"]);
  });
  it("reads no content after a hearer and a reporting participle with a plain object (`told a press conference, repeating a line`)", () => {
    expect(extractAttributions("Albanese told a joint press conference, repeating a line he has used since 2022.")).toEqual([]);
    // (A participle with its own clause reports it.)
    expect(extractAttributions("Albanese told a joint press conference, adding that the talks went well.").map((a) => a.text)).toEqual(["the talks went well"]);
  });
  it("ends what a relative clause reports at its comma when the main clause's verb follows (`Putin, who said …, was leaving`)", () => {
    expect(extractAttributions("Putin, who said the talks were useful, was leaving Moscow.").map((a) => a.text)).toEqual(["the talks were useful"]);
    // (A plain object of `announced` is nothing reported, and not the main clause either.)
    expect(extractAttributions("Ishiba, who has announced his resignation, is expected to step down in early October.")).toEqual([]);
  });
  it("keeps the service of a group of sources in its name (`Japanese government officials say`, `security experts`)", () => {
    const text = "Japanese government officials say the two leaders agreed. Security experts said the leak was Russian.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Japanese government officials", "security experts"]);
  });
  it("gives what a relative clause about a document reports to the document (`according to a Kremlin readout, which added that …`)", () => {
    // (The source ends at its comma: the relative clause is no part of its name.)
    const text = "Putin thanked Erdogan for the mediation, according to a Kremlin readout, which added that the two presidents agreed to meet in Tianjin.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["a Kremlin readout", "Putin thanked Erdogan for the mediation"]]);
    // (After another sentence's source, the relative clause's report is the document's, not the subject's.)
    const after = "The two leaders discussed Gaza, the statement said. Putin thanked Erdogan for Türkiye's mediation efforts, according to a Kremlin readout, which added that the two presidents agreed to meet in Tianjin.";
    expect(extractAttributions(after).map((a) => a.source.name)).toContain("a Kremlin readout");
    expect(extractAttributions(after).map((a) => a.source.name)).not.toContain("Vladimir Putin");
  });
  it("reads an indefinite object of `announced` as the thing announced, no statement (`announced a \"one in, one out\" pilot scheme`)", () => {
    expect(extractAttributions('Keir Starmer and Emmanuel Macron have announced a "one in, one out" pilot scheme to return small boat arrivals.')).toEqual([]);
    // (A clause after it still reports: `announced the talks would resume`; so does `said a deal was near`.)
    expect(extractAttributions("Starmer announced the talks would resume. Macron said a deal was near.").map((a) => a.text)).toEqual(["the talks would resume", "a deal was near"]);
  });
  it("reads a definite object of `announced` with no verb of its own as the thing announced (`announced the declaration after a summit at the White House`)", () => {
    expect(extractAttributions("The two leaders announced the declaration after a summit at the White House, which marked the 70th anniversary of the alliance.")).toEqual([]);
    expect(extractAttributions("The Kremlin announced the talks had ended. Biden announced the deal would be signed next week.").map((a) => a.text)).toEqual(["the talks had ended", "the deal would be signed next week"]);
    // (So with `agree`: `are expected to agree a new deal on small boats` is a deal, `seem to agree the boy should go back` a view.)
    const agree = "The two leaders are expected to agree a new deal on small boats. Most lawmakers seem to agree the boy should go back to Cuba.";
    expect(extractAttributions(agree).map((a) => a.text)).toEqual(["the boy should go back to Cuba"]);
  });
  it("takes the person a title after `according to` ends on, past the body it opens with (`according to Presidential Communications Office (PCO) Secretary Jay Ruiz`)", () => {
    const text = "The two leaders agreed to boost trade, according to Presidential Communications Office (PCO) Secretary Jay Ruiz.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.source.personId === null])).toEqual([["Jay Ruiz", false]]);
  });
  it("reads `A, his spokesperson said, adding that B` as two statements of the spokesperson", () => {
    const text = "Congolese President Felix Tshisekedi did not attend the summit, his spokesperson said, adding that Prime Minister Judith Suminwa would represent him.";
    expect(extractAttributions(text).map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["his spokesperson", "said", "Congolese President Felix Tshisekedi did not attend the summit"],
      ["his spokesperson", "adding", "Prime Minister Judith Suminwa would represent him"],
    ]);
  });

  it("takes no source from a relative clause after the last comma (`…, which she was doing when security … told her to leave`)", () => {
    const text = "Spokeswoman Melezia Figueroa said the candidate was headed to the venue for interviews, which she was doing when campus security located her and told her to leave.";
    expect(extractAttributions(text).map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Melezia Figueroa", "said", "the candidate was headed to the venue for interviews, which she was doing when campus security located her and told her to leave"],
    ]);
  });

  it("reads a closing source after a dash, with where it was said or a relative clause after it (`—added Lula, who recalled …`)", () => {
    const text =
      "Pedro Sánchez and Luiz Inácio Lula da Silva signed a strategic partnership in Brasília on Wednesday.\n\n" +
      "—Spain and Brazil share values and a vision of the world —said Sánchez at a joint press conference.\n\n" +
      "—We want a Mercosur-EU agreement before the end of the year —added Lula, who recalled that negotiations have dragged on for more than two decades.";
    expect(extractAttributions(text).map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Pedro Sánchez", "said", "Spain and Brazil share values and a vision of the world"],
      ["Luiz Inácio Lula da Silva", "added", "We want a Mercosur-EU agreement before the end of the year"],
    ]);
    // (Where it was said may be a phrase of any circumstance, not a medium only: `at the signing ceremony at the … palace`.)
    const ceremony = "Lula met Boric in Santiago.\n\n—This corridor will change the life of millions of people —said Lula at the signing ceremony at the La Moneda palace.";
    expect(extractAttributions(ceremony).map((a) => [a.source.name, a.text])).toEqual([["Luiz Inacio Lula da Silva", "This corridor will change the life of millions of people"]]);
  });

  it("reads a group of sources after a closing verb (`…, said the people, who asked not to be identified`, `said people familiar with the matter`)", () => {
    const text =
      "Xi will hold talks with Lula on Nov. 20, said the people, who asked not to be identified because the plans aren't public. " +
      "The two leaders will sign 30 agreements, said people familiar with the matter. " +
      "The deal is done, said two officials briefed on the talks.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["the people", "Xi will hold talks with Lula on Nov. 20"],
      ["people familiar with the matter", "The two leaders will sign 30 agreements"],
      ["two officials briefed on the talks", "The deal is done"],
    ]);
    // (Not an object after the verb, nor a clause: `wrote an in-depth assessment`, `said the Khan family deserved better`.)
    const object = "Ms. Epstein, along with Judge Richard Posner, wrote an in-depth assessment of business cases.";
    expect(extractAttributions(object).map((a) => a.source.name)).not.toContain("an in-depth assessment of business cases");
    // (Nor a clause whose verb is no participle of being told before its preposition: `… said the leaders agreed on …`.)
    const clause = "The final communique, released on Saturday after the summit, said the leaders agreed on climate finance.";
    expect(extractAttributions(clause).map((a) => a.source.name)).not.toContain("the leaders agreed on climate finance");
  });

  it("ends a closing source before an apposition about what it reports (`…, Downing Street has confirmed, the first such gathering since 2023`)", () => {
    const text =
      "Sir Keir Starmer will host Emmanuel Macron for a UK-France summit this autumn, Downing Street has confirmed, the first such gathering since 2023. " +
      "Putin will visit India in December, Kremlin spokesman Dmitry Peskov said on Monday, his first trip there since 2021. " +
      "The two sides signed a deal, officials said, a sign of warming ties.";
    expect(extractAttributions(text).map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Downing Street", "confirmed", "Sir Keir Starmer will host Emmanuel Macron for a UK-France summit this autumn"],
      ["Dmitry Peskov", "said", "Putin will visit India in December"],
      ["officials", "said", "The two sides signed a deal"],
    ]);
    // A clause after the source goes on with what was said (`Now, she said, the Christians and Muslims don't mix much`).
    const clause = "Now, she said, the Christians and Muslims don't mix much.";
    expect(extractAttributions(clause).map((a) => a.text)).toEqual(["Now, she said, the Christians and Muslims don't mix much"]);
  });

  it("closes a source after its verb with a part of the occasion (`…, Lukashenka said at the end of the talks`)", () => {
    const text =
      "Belarusian President Aleksandr Lukashenko hosted Vladimir Putin in Minsk. " +
      "The next meeting of the Supreme State Council is scheduled for the autumn, Lukashenka said at the end of the talks. " +
      "The exercises will continue next month, the Kremlin spokesman said at the start of the meeting. " +
      "India supports peace efforts, Modi said on the sidelines of the summit.";
    expect(extractAttributions(text).map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Aleksandr Lukashenko", "said", "The next meeting of the Supreme State Council is scheduled for the autumn"],
      ["the Kremlin spokesman", "said", "The exercises will continue next month"],
      ["Narendra Modi", "said", "India supports peace efforts"],
    ]);
  });

  it("reads a clause after a medium described by a participle (`said in a video posted on Facebook that …`), with the verb of saying as its cue", () => {
    const text =
      'Orbán, who had threatened to veto the move, said in a video posted on Facebook that Hungary did not want to take part in "this bad decision". ' +
      "Elian Gonzalez's father said in a letter published Wednesday that he wants Cuban diplomats to meet his son.";
    expect(extractAttributions(text).map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Viktor Orban", "said", 'Hungary did not want to take part in "this bad decision"'],
      ["Elian Gonzalez's father", "said", "he wants Cuban diplomats to meet his son"],
    ]);
    // The quotation inside takes the same verb, not the participle.
    expect(extractQuotes(text).map((q) => sliceOf(text, q.cue))).toEqual(["said"]);
    // (Without a `that`, the participle's phrase is no clause: `told CNN in an interview aired on Sunday.`)
    expect(extractAttributions("Putin told CNN in an interview aired on Sunday.")).toEqual([]);
  });

  it("keeps a clause with its own verb whole before a closing source, past the comma of a list (`The leaders discussed Taiwan, trade and climate change, according to a readout`)", () => {
    const text = "The leaders discussed Taiwan, trade and climate change, according to a readout of the call. There were about 350,000 ballots still to be counted, according to the state's website.";
    expect(extractAttributions(text).map((a) => a.text)).toEqual(["The leaders discussed Taiwan, trade and climate change", "There were about 350,000 ballots still to be counted"]);
    // (A leading adverbial or an apposition still stays out: `A self-professed independent, Cuban said …`.)
    const apposed = "A self-professed independent, Cuban said he'd consider offers to serve as vice president. In particular, trade between the two countries grew, according to the ministry.";
    expect(extractAttributions(apposed).map((a) => a.text)).toEqual(["he'd consider offers to serve as vice president", "trade between the two countries grew"]);
  });

  it("knows the Lao president by the given name Lao usage calls him by (`Thongloun welcomed …, saying …`)", () => {
    const text =
      "To Lam held talks with General Secretary of the Lao People's Revolutionary Party Central Committee and President of Laos Thongloun Sisoulith in Vientiane on July 11. " +
      "Thongloun welcomed To Lam's state visit to Laos, saying it demonstrates the special relationship between the two Parties.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Thongloun Sisoulith"]);
  });

  it("reads a participle's preposition inside the subject as no clause of its own (`A joint statement issued after the talks said`)", () => {
    const text = "A joint statement issued after the talks said the two sides agreed to expand cooperation in critical minerals. Supporters were angered after Trump said the deal was off.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([
      ["a joint statement", "the two sides agreed to expand cooperation in critical minerals"],
      ["Donald Trump", "the deal was off"],
    ]);
  });

  it("reads a month's abbreviation as no one's name unless it is a given name (`Nov` in a caption, not `Ai Jun`)", () => {
    const report = parseReport("President Joe Biden greets China's President Xi Jinping at the Filoli Estate in Woodside, Calif., Wednesday, Nov, 15, 2023. (Doug Mills/The New York Times via AP, Pool)");
    expect(report.people.map((p) => p.name)).not.toContain("Nov");
    expect(parseReport("Columnist Ai Jun said the talks went well.").people.map((p) => p.name)).toEqual(["Ai Jun"]);
  });

  it("reads a span of time and `after` past a closing source as circumstance, not what was said (`…, an official said on Tuesday, days after …`)", () => {
    const text = "A planned summit in Budapest has been put on hold, a White House official said on Tuesday, days after Trump announced the meeting.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["a White House official", "A planned summit in Budapest has been put on hold"]]);
  });
  it("reads a press release as the medium of a closing source (`…, the government said in a press release on Tuesday evening`)", () => {
    const text = "The two leaders discussed cross-border workers and European competitiveness, the government said in a press release on Tuesday evening.";
    expect(extractAttributions(text).map((a) => [a.source.name, a.text])).toEqual([["the government", "The two leaders discussed cross-border workers and European competitiveness"]]);
  });

  it("reads a director-general set off after a name as an office, and the name as a person (`Kin Phea, director-general of the … Institute, told`)", () => {
    const text = "Kin Phea, director-general of the International Relations Institute of Cambodia, told The Post that the visit showed mutual trust. He said the scam issue had damaged the image of both countries.";
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Kin Phea", "Kin Phea"]);
    expect(parseReport(text).people[0]?.roles).toEqual(["director-general of the International Relations Institute of Cambodia"]);
  });

  it("reads an outlet as no person (`told Asharq Al-Awsat that`)", () => {
    const report = parseReport("Iraqi Foreign Minister Fuad Hussein told Asharq Al-Awsat that the visit would open new horizons.");
    expect(report.people.map((p) => p.name)).toEqual(["Fuad Hussein"]);
  });
  it("reads a name set off after an opening phrase's title as its apposition, not the subject (`In a statement signed by his Special Adviser …, Bayo Onanuga, Tinubu was quoted as telling`)", () => {
    const text = 'In a statement signed by his Special Adviser on Information and Strategy, Bayo Onanuga, Tinubu was quoted as telling Macron that Nigeria was "open for business" and ready to welcome French investors.';
    expect(extractAttributions(text).map((a) => a.source.name)).toEqual(["Bola Tinubu"]);
    expect(parseReport(text).quotes.map((q) => q.speaker?.name)).toEqual(["Bola Tinubu"]);
    // (Not a subject's own apposition after a phrase that names no title: `In a statement, Scott McNealy, Sun's chief executive officer, said`.)
    const sun = "In a statement, Scott McNealy, Sun's chief executive officer, said the company's performance was hampered by problems.";
    expect(extractAttributions(sun).map((a) => a.source.name)).toEqual(["Scott McNealy"]);
  });

  it("reads an outlet's name with a slash, and its programme after a possessive, as the hearer (`told Radio Free Europe/Radio Liberty that`, `told BBC Radio Four's Any Questions.`)", () => {
    expect(extractAttributions("Kholood Khair told Radio Free Europe/Radio Liberty that the visit was about money.").map((a) => [a.source.name, a.text])).toEqual([["Kholood Khair", "the visit was about money"]]);
    expect(extractAttributions("Mr Farage told BBC Radio Four’s Any Questions.")).toEqual([]);
    expect(parseReport("Sudanese analyst Kholood Khair told Radio Dabanga that the visit was about money.").people.map((p) => p.name)).toEqual(["Kholood Khair"]);
  });

  it("reads two portfolios joined before an office as one title (`Trade and Industry Cabinet Secretary Lee Kinyanjui`)", () => {
    const report = parseReport("Trade and Industry Cabinet Secretary Lee Kinyanjui told The Standard that Kenya expected a quick win. President Putin and Xi Jinping met later.");
    expect(report.people.map((p) => [p.name, p.roles[0]])).toEqual([["Lee Kinyanjui", "Trade and Industry Cabinet Secretary"], ["Vladimir Putin", "President of Russia"], ["Xi Jinping", "President of China"]]);
  });

  it("reads given names run together as the same person's (`Abdel Rahman Khalil`, then `Abdelrahman Khalil`)", () => {
    const report = parseReport("Minister Abdel Rahman Khalil met the envoy on Monday. Later, Abdelrahman Khalil said the talks went well.");
    expect(report.people.map((p) => p.name)).toEqual(["Abdel Rahman Khalil"]);
  });
  it("reads an abbreviation's stop before a word in lower case as part of an office set off after a name (`Dominic LeBlanc, the minister responsible for Canada-U.S. trade, said`)", () => {
    const report = parseReport("Dominic LeBlanc, the minister responsible for Canada-U.S. trade, said officials would meet again next week. Norman Schwarzkopf, commander of U.S. forces, spoke. Michelle Applebaum, an analyst with Salomon Brothers Inc. She said so.");
    expect(report.people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["Dominic LeBlanc", "minister responsible for Canada-U.S. trade"],
      ["Norman Schwarzkopf", "commander of U.S. forces"],
      ["Michelle Applebaum", "analyst with Salomon Brothers Inc"],
    ]);
  });
  it("reads a name that ends on a work's noun as no person (`the Julius Nyerere Hydropower Project`, `the Glienicke Bridge`)", () => {
    const report = parseReport("President Mnangagwa is scheduled to visit the Julius Nyerere Hydropower Project today. Spies were swapped on the Glienicke Bridge.");
    expect(report.people.map((p) => p.name)).toEqual(["Emmerson Mnangagwa"]);
  });
  it("reads an office set off before a name in a list an agent or `including` opens as the name's (`accompanied by …, and the Minister of Internal Affairs, Andrew Napuat.`)", () => {
    const report = parseReport("The Prime Minister was accompanied by the Minister of Foreign Affairs, Marc Ati, and the Minister of Internal Affairs, Andrew Solomon Napuat. Critics, including the Leader of the Opposition, Bob Loughman, have questioned the pact.");
    expect(report.people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["Marc Ati", "Minister of Foreign Affairs"],
      ["Andrew Solomon Napuat", "Minister of Internal Affairs"],
      ["Bob Loughman", "Leader of the Opposition"],
    ]);
  });
  it("reads a country's office set off before a name in such a list as the name's (`attended by …, and Ecuador's Foreign Minister, Gabriela Sommerfeld.`)", () => {
    const report = parseReport("The meeting was also attended by the Minister of the Interior, Vicente Tiburcio, and Ecuador's Foreign Minister, Gabriela Sommerfeld.");
    expect(report.people.map((p) => [p.name, p.roles[0], p.country])).toEqual([
      ["Vicente Tiburcio", "Minister of the Interior", null],
      ["Gabriela Sommerfeld", "Ecuador's Foreign Minister", "Ecuador"],
    ]);
  });
  it("reads no person in a name before a train's, a ship's or a road's noun (`the Al Boraq high-speed train`)", () => {
    const report = parseReport("In 2018 Macron and the King inaugurated the Al Boraq high-speed train. They opened the Samir Hassan expressway.");
    expect(report.people.map((p) => p.name)).toEqual(["Emmanuel Macron"]);
  });
  it("reads a place's masthead in capitals as the paper, no place (`HELSINKI TIMES`), but no shouted headline's words", () => {
    const report = parseReport("Stubb and Kristersson meet\n\nHELSINKI TIMES\n\nPresident Alexander Stubb hosted Swedish Prime Minister Ulf Kristersson at Kultaranta on Tuesday.", { referenceDate: "2025-06-11" });
    expect(report.organizations.map((o) => o.name)).toEqual(["HELSINKI TIMES"]);
    expect(report.places.map((p) => p.name)).not.toContain("Helsinki");
    expect(parseReport("GET THE FOX NEWS APP\n\nTrump met Netanyahu.").organizations.map((o) => o.name)).not.toContain("GET THE FOX NEWS APP");
  });
  it("reads no office in a phrase of place set off after a name (`Christopher Luxon, at the Prime Minister's Office in Port Vila`)", () => {
    const report = parseReport("Prime Minister Jotham Napat welcomed his New Zealand counterpart, Christopher Luxon, at the Prime Minister's Office in Port Vila.");
    expect(report.people.find((p) => p.name === "Christopher Luxon")?.roles.filter((r) => r.startsWith("at "))).toEqual([]);
  });
  it("reads no person in a portfolio, a name before a building's or a work's noun, or a name after `said that` (`the Al Alamein presidential palace`, `…, said that Rail Baltica`)", () => {
    const report = parseReport(
      'President Sisi received the Emir at the Al Alamein presidential palace on Monday. He discussed energy and the Rail Baltica project. The prime minister, whose country holds the presidency, said that Rail Baltica "must be finished on time." Ati met the Minister of Internal Affairs on Monday, with the Minister of Foreign Affairs.',
    );
    expect(report.people.map((p) => p.name)).toEqual(["Abdel Fattah al-Sisi"]);
  });
  it("reads a name that ends on a museum's, a gallery's or a library's head as a body's, and a known official of the gazetteer (`the Victoria and Albert Museum`, `Cai Qi and Wang Yi`)", () => {
    const report = parseReport("Merz and Starmer signed the treaty at the Victoria and Albert Museum. Cai Qi and Wang Yi, among others, attended the events.");
    expect(report.people.map((p) => p.name)).toEqual(["Friedrich Merz", "Keir Starmer", "Cai Qi", "Wang Yi"]);
  });
  it("reads three name words after a title that end the sentence as a full name, and an office set off before several styles and an ʻokina (`will meet Prime Minister Fiamē Naomi Mata'afa.`, `the Prime Minister, Hon. Dr 'Aisake Eke,`)", () => {
    const report = parseReport("Luxon was welcomed at the airport by the Prime Minister, Hon. Dr 'Aisake Eke, and members of Cabinet. \"We thank New Zealand,\" Hon. Eke said. The delegation departs for Samoa tomorrow, where Mr Luxon will meet Prime Minister Fiamē Naomi Mata'afa.");
    const roles = Object.fromEntries(report.people.map((p) => [p.name, p.roles[0]]));
    expect(roles["Aisake Eke"]).toBe("Prime Minister");
    expect(roles["Fiamē Naomi Mata'afa"]).toBe("Prime Minister");
  });
  it("gives a partial quote inside a clause of `what` to that clause's subject, not the sentence's (`met on Friday, in what both governments described as a \"historic\" meeting`)", () => {
    const quotes = (text: string) => parseReport(text).quotes.map((q) => [q.kind, q.speaker?.name ?? null]);
    expect(quotes('Arévalo and Bukele met on Friday, in what both governments described as a "historic" meeting.')).toEqual([["scare", null]]);
    expect(quotes('Arévalo and Bukele met on Friday, in what Bukele described as a "historic" meeting.')).toEqual([["partial", "Nayib Bukele"]]);
  });
  it("reads a name that ends on `Online` as an outlet's (`By Garowe Online Reporter`)", () => {
    const report = parseReport("The reopening will be done in phases, President Ruto said.\n\nBy Garowe Online Reporter\nTuesday September 5, 2023");
    expect(report.people.map((p) => p.name)).toEqual(["William Ruto"]);
  });
  it("reads a byline's label before a name alone as a credit, not a turn (`Reporter: Kim Ji-yeon`)", () => {
    const report = parseReport("Leaders hold first trilateral summit at Camp David\n\nReporter: Kim Ji-yeon\n\nPresident Yoon Suk Yeol and President Joe Biden met at Camp David on Friday.", { referenceDate: "2023-08-19" });
    expect(report.quotes).toEqual([]);
  });
  it("gives a one-word name after a courtesy title the counterpart's office before it, and writes an office set in capitals as a word (`his Bangladeshi counterpart Sheikh Hasina`, `PRESIDENT Hakainde Hichilema`)", () => {
    const report = parseReport("Prime Minister Narendra Modi and his Bangladeshi counterpart Sheikh Hasina on Saturday unveiled a vision for ties at talks in New Delhi.\n\nPRESIDENT Hakainde Hichilema witnessed the signing.", { referenceDate: "2024-06-22" });
    expect(report.people.map((p) => [p.name, p.roles.at(-1)])).toEqual([["Narendra Modi", "Prime Minister"], ["Sheikh Hasina", "Bangladeshi counterpart"], ["Hakainde Hichilema", "President"]]);
    expect(report.summit.format).toBe("bilateral");
  });
  it("reads a live page's entry heading over its text as no turn of the label's (`Macron: Trump left to work on a ceasefire` over `French president Emmanuel Macron said …`)", () => {
    const report = parseReport('G7 summit live\n\n3h ago 12.40 BST\nMacron: Trump left to work on a ceasefire\nFrench president Emmanuel Macron said Trump had told leaders he was leaving. "There is an offer to meet and exchange," Macron said.');
    expect(report.quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.resolvedVia ?? null])).toEqual([["There is an offer to meet and exchange,", "Emmanuel Macron", "alias"]]);
  });
  it("reads an academic style between an office and a name as no part of the office, and more outlets as bodies (`Chief Adviser Professor Muhammad Yunus`, `told Prothom Alo`)", () => {
    const report = parseReport("Chief Adviser Professor Muhammad Yunus held a meeting with Shehbaz Sharif, his deputy press secretary told Prothom Alo.\n\nGulf Today, Staff Reporter");
    expect(report.people.map((p) => [p.name, p.roles.at(-1)])).toEqual([["Muhammad Yunus", "Chief Adviser"], ["Shehbaz Sharif", "Prime Minister of Pakistan"]]);
    expect(report.timexes).toEqual([]);
  });
  it("reads a copyright line and a line of assistance after dashes as credits (`©2024 Bloomberg L.P.`, `--With assistance from Alex Wickham.`)", () => {
    const report = parseReport("Starmer met Xi on Monday in Rio.\n\n--With assistance from Alex Wickham.\n\n©2024 Bloomberg L.P.", { referenceDate: "2024-11-18" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "credit", "credit"]);
    expect(report.timexes.map((t) => t.text)).toEqual(["Monday"]);
  });
  it("reads no name from a title's words before its office, nor on the line below a title (`Emeritus Senior Minister Goh Chok Tong`, `Senior Political Correspondent` over `Jun 6, 2025`)", () => {
    const report = parseReport("Tham Yuen-C\nSenior Political Correspondent\nJun 6, 2025, 05:22 PM\n\nSINGAPORE - On June 5, Mr Albanese met Senior Minister Lee Hsien Loong and Emeritus Senior Minister Goh Chok Tong in Liverpool.", { referenceDate: "2025-06-06" });
    expect(report.people.map((p) => p.name)).toEqual(["Anthony Albanese", "Lee Hsien Loong", "Goh Chok Tong"]);
  });
  it("passes a passive participle's aside with its agent in looking for the subject (`The aides, led by campaign manager Terry Sullivan, told …`, `During the meeting, attended by Crown Prince Al Hussein, His Majesty … stressed`)", () => {
    expect(extractAttributions("The aides, led by campaign manager Terry Sullivan, told the group that they were not expecting to win Iowa.").map((a) => a.source.name)).toEqual(["aides"]);
    const report = parseReport('PARIS — His Majesty King Abdullah on Thursday met Macron. During the meeting, attended by Crown Prince Al Hussein, His Majesty warned of the escalation and stressed the need to reach "an immediate and permanent ceasefire" in Gaza.', { referenceDate: "2025-06-12" });
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Abdullah II"]);
  });
  it("reads no label across a line's end (`Our Correspondent` over `ISLAMABAD: Deputy Prime Minister … Ishaq Dar and … Wang Yi on Thursday reaffirmed …`)", () => {
    const report = parseReport("Dar, Wang Yi vow to take CPEC to next level\n\nOur Correspondent\nISLAMABAD: Deputy Prime Minister and Foreign Minister Ishaq Dar and Chinese Foreign Minister Wang Yi on Thursday reaffirmed their commitment to the corridor, as the two held the 6th round of the Strategic Dialogue in Islamabad.", { referenceDate: "2025-08-21" });
    expect(report.quotes).toEqual([]);
    expect(report.summit.participants.length).toBe(2);
  });
  it("knows a given name written with its accents (`The President of the Republic, José Ramos-Horta, received …`)", () => {
    const report = parseReport("The President of the Republic, José Ramos-Horta, received the visitors in Dili.", { referenceDate: "2025-08-14" });
    expect(report.people.map((p) => p.name)).toEqual(["José Ramos-Horta"]);
  });
  it("reads a journalist's label before a name alone as a credit (`Journalist: Paulo Sérgio`)", () => {
    const report = parseReport("President José Ramos-Horta received Anthony Albanese in Dili on Wednesday.\n\nJournalist: Paulo Sérgio\nEditor: Filomeno Martins", { referenceDate: "2025-08-14" });
    expect(report.quotes).toEqual([]);
  });
  it("gives a leader the gazetteer does not know, named last, the country of a description after (`Prime Minister Gaston Browne … the Antigua and Barbuda leader said`)", () => {
    const report = parseReport(
      'Prime Minister Gaston Browne has called on Caribbean leaders to unite.\n\nAddressing the opening ceremony, the Antigua and Barbuda leader said the region could not afford to be divided at a time when "the big powers are rewriting the rules".',
      { referenceDate: "2025-07-07" },
    );
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Gaston Browne"]);
    expect(report.people.map((p) => [p.name, p.country])).toEqual([["Gaston Browne", "Antigua and Barbuda"]]);
    // (Nor a leader named before someone else: `the Iraqi leader` after Tariq Aziz is no Bush; a king is a leader too.)
    const other = parseReport("President Bush met Tariq Aziz, a close aide. The Iraqi leader said nothing. King Hussein spoke. The Jordanian leader left.", { referenceDate: "1991-02-25" });
    expect(other.people.map((p) => [p.name, p.country])).toEqual([["Bush", null], ["Tariq Aziz", null], ["Hussein", "Jordan"]]);
  });
  it("follows a sentence opening on a pronoun back to the subject of one before that opened on it too (`He was received at the airport by President Mohamed Muizzu. He will attend …`)", () => {
    const text = 'PM Narendra Modi arrived in Malé on Friday morning. He was received at the airport by President Mohamed Muizzu.\n\nHe will attend the celebrations on Saturday, 26 July. He said the ties were "rooted in history".';
    const report = parseReport(text, { referenceDate: "2025-07-25" });
    expect(report.timeline.map((e) => [e.value, peopleNames(report, e.participants)])).toEqual([
      ["2025-07-25TMO", ["Narendra Modi"]],
      ["2025-07-26", ["Narendra Modi"]],
    ]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Narendra Modi"]);
  });
  it("reads the signature under an embedded post as a credit that dates nothing (`— Narendra Modi (@narendramodi) June 17, 2025`)", () => {
    const text = 'Prime Minister Narendra Modi on Tuesday held talks with President Lee Jae-myung in Kananaskis.\n\n"Had a very good meeting with President Lee Jae-myung," PM Modi posted on X.\n\n— Narendra Modi (@narendramodi) June 17, 2025\n\nHe will travel to Croatia on Wednesday.';
    const report = parseReport(text, { referenceDate: "2025-06-17" });
    expect(report.blocks.map((b) => b.kind).slice(1)).toEqual(["paragraph", "credit", "paragraph"]);
    expect(report.timeline.map((e) => e.value)).toEqual(["2025-06-17", "2025-06-18"]);
  });
  it("reads a statesman of a country as its leader (`the South African statesman is expected to address a business forum`)", () => {
    const text = "President João Lourenço held talks in Luanda with his South African counterpart, Cyril Ramaphosa.\n\nOn Friday, the South African statesman is expected to address a business forum.";
    const report = parseReport(text, { referenceDate: "2025-05-15" });
    expect(report.people.find((p) => p.name === "Cyril Ramaphosa")?.descriptors).toContain("the South African statesman");
  });
  it("reads the agent of a passive cue, named or not, as the speaker, never its subject (`was described by both governments as \"cordial\"`, `a visit described by officials as \"historic\"`)", () => {
    const speakers = (text: string): (string | undefined)[] => parseReport(text, { referenceDate: "2025-08-05" }).quotes.map((q) => q.speaker?.name);
    expect(speakers('Chilean President Gabriel Boric hosted Javier Milei on Tuesday. The meeting was described by both governments as "cordial".')).toEqual(["both governments"]);
    expect(speakers('President Adama Barrow on Saturday received President Bassirou Diomaye Faye in Banjul, in a visit described by officials as "historic".')).toEqual(["officials"]);
  });
  it("reads a name alone over an office and a date under the running text as a press release's signature (`Bayo Onanuga` over `Special Adviser to the President`)", () => {
    const text = "STATE HOUSE PRESS RELEASE\n\nPresident Bola Tinubu on Friday received President John Dramani Mahama of Ghana at the State House, Abuja.\n\nThe two leaders agreed to set up a joint commission on trade.\n\nBayo Onanuga\nSpecial Adviser to the President\n(Information & Strategy)\nFebruary 28, 2025";
    const report = parseReport(text, { referenceDate: "2025-02-28" });
    expect(report.blocks.at(-1)?.kind).toBe("credit");
    expect(report.timeline.map((e) => e.description.slice(0, 9))).toEqual(["President"]);
  });
  it("reads four name words after a title as one name when the text uses the last alone (`Foreign Affairs Minister Ramadan Mohamed Abdallah Goc said … Goc said`)", () => {
    const report = parseReport('Speaking to the press, Foreign Affairs Minister Ramadan Mohamed Abdallah Goc said the talks went well. "It was good," Goc said.', { referenceDate: "2025-06-13" });
    expect(report.people.map((p) => p.name)).toEqual(["Ramadan Mohamed Abdallah Goc"]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Ramadan Mohamed Abdallah Goc"]);
  });
  it("reads an office after a known person's possessive in an apposition as the office (`Wi Sung-lac, Lee's national security adviser,`)", () => {
    const report = parseReport("President Lee Jae Myung met Xi. Wi Sung-lac, Lee's national security adviser, briefed reporters.", { referenceDate: "2025-11-01" });
    expect(report.people.find((p) => p.name === "Wi Sung-lac")?.roles).toEqual(["Lee's national security adviser"]);
  });
  it("knows Latin American given names and a hyphenated chief of staff, so a leader's namesake is a person of her own (`his sister, Presidential Chief-of-Staff Karina Milei`)", () => {
    const text = "President Javier Milei met Donald Trump at the White House on Tuesday. Milei was accompanied by his sister, Presidential Chief-of-Staff Karina Milei, and was later joined by Esther Tapia.";
    expect(parseReport(text, { referenceDate: "2025-10-15" }).people.map((p) => [p.name, p.roles[0] ?? null])).toEqual([
      ["Javier Milei", "President of Argentina"],
      ["Donald Trump", "President of the United States"],
      ["Karina Milei", "Presidential Chief-of-Staff"],
      ["Esther Tapia", null],
    ]);
  });
  it("reads the person after an office's words as the source of an inverted cue (`…, said Chief Adviser's Press Secretary Shafiqul Alam`, `said Kremlin spokesman Dmitry Peskov`)", () => {
    const text = "Yunus meets Sharif in Cairo\n\nChief Adviser Professor Muhammad Yunus met Pakistan Prime Minister Shehbaz Sharif in Cairo on Thursday.\n\nDuring the meeting, the two leaders discussed ways to strengthen trade, said Chief Adviser's Press Secretary Shafiqul Alam. The talks were good, said Kremlin spokesman Dmitry Peskov. They went well, said the Kremlin's top diplomat Sergei Lavrov.";
    const report = parseReport(text, { referenceDate: "2024-12-19" });
    expect(report.attributions.map((a) => [a.source.name, a.text])).toEqual([
      ["Shafiqul Alam", "the two leaders discussed ways to strengthen trade"],
      ["Dmitry Peskov", "The talks were good"],
      ["Sergei Lavrov", "They went well"],
    ]);
  });
  it("runs a description's complement on over the possessive and the capitalised words it owns (`The head of the President's Office, Andriy Yermak,` is no `the head of the President`)", () => {
    const text = "Duda and Zelensky meet in Lublin\n\nPolish President Andrzej Duda met Volodymyr Zelensky in Lublin on Friday. The head of the President's Office, Andriy Yermak, also took part in the talks.";
    const yermak = parseReport(text, { referenceDate: "2024-05-10" }).people.find((p) => p.name === "Andriy Yermak");
    expect([yermak?.roles, yermak?.descriptors, yermak?.mentions.map((m) => text.slice(m.start, m.end))]).toEqual([["head of the President's Office"], ["the head of the President's Office"], ["The head of the President's Office", "Andriy Yermak"]]);
  });
  it("gives a name the office joined by `and` before its title too (`Deputy Prime Minister and Foreign Minister Ishaq Dar`), not a name's (`President Putin and Chinese President Xi`)", () => {
    const text = "Deputy Prime Minister and Foreign Minister Ishaq Dar met Wang Yi in Beijing. President Putin and Chinese President Xi Jinping spoke. Minister for Trade and Industry Dan Tehan was there.";
    expect(parseReport(text).people.map((p) => [p.name, p.roles])).toEqual([
      ["Ishaq Dar", ["Foreign Minister of Pakistan", "Foreign Minister", "Deputy Prime Minister"]],
      ["Wang Yi", ["Foreign Minister of China"]],
      ["Vladimir Putin", ["President of Russia"]],
      ["Xi Jinping", ["President of China", "Chinese President"]],
      ["Dan Tehan", ["Minister for Trade and Industry"]],
    ]);
  });
  it("knows Qatar's emir by the short names the press gives him (`Emir Tamim`, `Sheikh Tamim`)", () => {
    const text = "Emir Tamim and French President Emmanuel Macron held talks in Doha on Wednesday. Sheikh Tamim later hosted a lunch.";
    expect(parseReport(text).people.map((p) => [p.name, p.country, p.mentions.length])).toEqual([["Tamim bin Hamad Al-Thani", "Qatar", 2], ["Emmanuel Macron", "France", 1]]);
  });
  it("reads the office of a source `according to` cites before the name set off after it (`according to the Special Adviser to the President on Information and Strategy, Bayo Onanuga`)", () => {
    const text = "Tinubu, Mahama hold closed-door meeting\n\nPresident Bola Tinubu received President John Dramani Mahama in Abuja on Monday. The meeting lasted about two hours, according to the Special Adviser to the President on Information and Strategy, Bayo Onanuga. It was useful, according to the Special Adviser to the President, Daniel Bwala.";
    const report = parseReport(text, { referenceDate: "2025-04-28" });
    expect(report.people.slice(2).map((p) => [p.name, p.roles, p.descriptors.includes("the President")])).toEqual([
      ["Bayo Onanuga", ["Special Adviser to the President on Information and Strategy"], false],
      ["Daniel Bwala", ["Special Adviser to the President"], false],
    ]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Bayo Onanuga", "Daniel Bwala"]);
  });
  it("keeps a country's name that holds `and` in the title before a name (`Trinidad and Tobago Prime Minister Keith Rowley`)", () => {
    const text = "Trinidad and Tobago Prime Minister Keith Rowley met Holness. Bosnia and Herzegovina Presidency Chairman Denis Becirovic spoke. President Putin and Chinese President Xi Jinping met.";
    expect(parseReport(text).people.map((p) => [p.name, p.country])).toEqual([
      ["Keith Rowley", "Trinidad and Tobago"],
      ["Andrew Holness", "Jamaica"],
      ["Denis Becirovic", "Bosnia and Herzegovina"],
      ["Vladimir Putin", "Russia"],
      ["Xi Jinping", "China"],
    ]);
  });
  it("reads a wire headline signed by its source after a dash (`Lukashenko, Putin to meet in Minsk on June 26 - Peskov`), not a headline's other tail (`- live updates`)", () => {
    const signed = "Lukashenko, Putin to meet in Minsk on June 26 - Peskov\n\nMOSCOW. June 24 (Interfax) - Russian President Vladimir Putin will hold talks with Belarusian President Alexander Lukashenko in Minsk on June 26, Kremlin spokesman Dmitry Peskov told reporters on Tuesday.";
    expect(parseReport(signed, { referenceDate: "2025-06-24" }).attributions.map((a) => [a.source.name, a.text])).toEqual([
      ["Dmitry Peskov", "Lukashenko, Putin to meet in Minsk on June 26"],
      ["Dmitry Peskov", "Russian President Vladimir Putin will hold talks with Belarusian President Alexander Lukashenko in Minsk on June 26"],
    ]);
    const live = "Zelensky meets Trump at the White House - live updates\n\nPresident Volodymyr Zelensky arrived at the White House for talks with Donald Trump.";
    expect(parseReport(live, { referenceDate: "2025-08-18" }).attributions).toEqual([]);
  });
  it("reads no office in a predicate after a stray comma (`The President of Cuba, Miguel Díaz-Canel, held official talks today with his Brazilian counterpart`)", () => {
    const text = "Díaz-Canel and Lula hold talks in Brasilia\n\nThe President of Cuba, Miguel Díaz-Canel, held official talks today with his Brazilian counterpart, Luiz Inácio Lula da Silva, at the Planalto Palace.";
    expect(parseReport(text, { referenceDate: "2025-09-08" }).people.map((p) => [p.name, p.roles])).toEqual([
      ["Miguel Díaz-Canel", ["President of Cuba"]],
      ["Luiz Inácio Lula da Silva", ["President of Brazil", "Brazilian counterpart"]],
    ]);
  });
  it("gives an office set off before a source after its report to the source, not to what was said (`…, his spokesperson, Bayo Onanuga, said`)", () => {
    const text = "Tinubu in Cape Town\n\nMr Tinubu arrived in South Africa on Monday night for the two-day meeting, his spokesperson, Bayo Onanuga, said in a statement.";
    const report = parseReport(text, { referenceDate: "2024-12-03" });
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([
      ["Bola Tinubu", ["President of Nigeria"]],
      ["Bayo Onanuga", ["spokesperson"]],
    ]);
    expect(report.attributions.map((a) => [a.source.name, a.text])).toEqual([["Bayo Onanuga", "Mr Tinubu arrived in South Africa on Monday night for the two-day meeting"]]);
    // (The spokesperson reports the arrival; he is none of its participants.)
    expect(report.timeline.map((e) => peopleNames(report, e.participants))).toEqual([["Bola Tinubu"]]);
  });
  it("introduces no source by a clause about something else (`in a meeting that government sources described as …`, then `the sources said`)", () => {
    const text = "Mitsotakis and Erdogan meet\n\nPrime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan on Wednesday, in a meeting that government sources described as \"calm and constructive.\"\n\nThe two leaders discussed migration, the sources said. Ties are warming, an Elysee official said. The talks went well, the official said.";
    const report = parseReport(text, { referenceDate: "2025-06-25" });
    expect(report.quotes.map((q) => [q.speaker?.name, sliceOf(text, q.medium)])).toEqual([["government sources", null]]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["the sources", "an Elysee official", "an Elysee official"]);
  });
  it("reads credits on lines of their own in one block at the foot (`Editor: Rahmad Nasution` over `Copyright © ANTARA 2025`)", () => {
    const text = "Prabowo, Anwar hold annual consultation\n\nJakarta (ANTARA) - President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim held talks in Jakarta on Monday.\n\nReporter: Mentari Dwi Gayati\nEditor: Rahmad Nasution\nCopyright © ANTARA 2025";
    const report = parseReport(text, { referenceDate: "2024-07-29" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "credit", "credit"]);
    expect(report.timeline.map((e) => e.value)).toEqual(["2024-07-29"]);
  });
  it("ends what was said where a clause joins with a verb of saying of its own (`…, while Reform UK leader Nigel Farage described it as …`, `… but admitted it would not …`)", () => {
    const text = "Starmer and Macron agree migrant deal\n\nThe prime minister said the agreement was \"a major breakthrough\" but admitted it would not \"solve the problem overnight\". Conservative leader Kemi Badenoch said the deal was \"humiliating\", while Reform UK leader Nigel Farage described it as \"a surrender\". Organizers say the two days of music, dancing, and speeches is expected to draw thousands.";
    expect(parseReport(text, { referenceDate: "2025-07-10" }).attributions.map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Keir Starmer", "said", "the agreement was \"a major breakthrough\""],
      ["Keir Starmer", "admitted", "it would not \"solve the problem overnight\""],
      ["Kemi Badenoch", "said", "the deal was \"humiliating\""],
      ["organizers", "say", "the two days of music, dancing, and speeches is expected to draw thousands"],
    ]);
  });
  it("reads past a courtesy title before the name an office is set off before (`According to the Director of Presidential Communications, Ms Zuhura Yunus, …`)", () => {
    const text = "Samia, Ruto hold talks\n\nAccording to the Director of Presidential Communications, Ms Zuhura Yunus, the leaders also discussed the pipeline. According to the spokesman, Mr. Peter Ilunga, the talks went well.";
    expect(parseReport(text, { referenceDate: "2023-10-10" }).attributions.map((a) => [a.source.name, a.text])).toEqual([
      ["Zuhura Yunus", "the leaders also discussed the pipeline"],
      ["Peter Ilunga", "the talks went well"],
    ]);
  });
  it("reads a reporting participle after a cue's comma as the cue of what follows it, another as what the speaker did (`Erdogan said, adding Turkey would help`, `…, repeating the motto coined by …`; `…, smiling at reporters`)", () => {
    const text = "Erdogan, Aliyev hold talks\n\n\"Türkiye and Azerbaijan are one nation, two states,\" Erdogan said, repeating the motto coined by the late Azerbaijani leader Heydar Aliyev. \"We are ready,\" Erdogan said, smiling at reporters. \"We are ready,\" Erdogan said, adding Turkey would help. \"We are ready,\" Corker said in an interview, pointing out that 98 senators voted for it.";
    expect(parseReport(text, { referenceDate: "2023-09-26" }).attributions.map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      // (PolNeAR's annotators take such a thing for what was said: `…, repeating a false claim that he opposed the 2003 invasion`.)
      ["Recep Tayyip Erdogan", "repeating", "the motto coined by the late Azerbaijani leader Heydar Aliyev"],
      ["Recep Tayyip Erdogan", "adding", "Turkey would help"],
      ["Corker", "pointing out", "98 senators voted for it"],
    ]);
  });
  it("reads a name after an office's object and a royal style (`Minister of Energy Prince Abdulaziz bin Salman`), no body of `Energy Prince Abdulaziz`", () => {
    const text = "Crown Prince, Erdogan hold talks in Jeddah\n\nThe meeting was attended by Minister of Energy Prince Abdulaziz bin Salman, Foreign Minister Prince Faisal bin Farhan and Minister of Investment Khalid Al-Falih.";
    const report = parseReport(text, { referenceDate: "2023-07-18" });
    expect(report.people.map((p) => [p.name, p.roles[0]])).toEqual([
      ["Recep Tayyip Erdogan", "President of Turkey"],
      ["Abdulaziz bin Salman", "Minister of Energy"],
      ["Faisal bin Farhan", "Foreign Minister of Saudi Arabia"],
      ["Khalid Al-Falih", "Minister of Investment"],
    ]);
    expect(report.organizations.map((o) => o.name)).toEqual([]);
  });
  it("names a known person by the name the report knows, without a Russian patronymic (`Vladimir Vladimirovich Putin`)", () => {
    const text = "Kim Jong Un holds talks with Russian President\n\nPyongyang, June 19 (KCNA) -- Kim Jong Un held talks with Vladimir Vladimirovich Putin, president of the Russian Federation, on June 19. Putin said the visit would become \"an important milestone\".";
    const report = parseReport(text, { referenceDate: "2024-06-20" });
    expect(report.people.map((p) => p.name)).toEqual(["Kim Jong Un", "Vladimir Putin"]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Vladimir Putin"]);
  });
  it("reads a title whole as no name (`the Yang di-Pertuan Agong`, Malaysia's king)", () => {
    const text = "Anwar, Prabowo seal deals\n\nThe Indonesian leader Prabowo Subianto is also scheduled to meet the Yang di-Pertuan Agong, Sultan Ibrahim, at Istana Negara tomorrow.";
    expect(parseReport(text, { referenceDate: "2025-01-27" }).people.map((p) => p.name)).toEqual(["Anwar Ibrahim", "Prabowo Subianto", "Sultan Ibrahim"]);
  });
  it("keeps a day set off before what a closing source tells in what it tells (`On Thursday, he will attend …, Kremlin aide Yury Ushakov told reporters`)", () => {
    const text = "Putin, Lukashenko begin talks in Minsk\n\nThe Russian leader arrived in Minsk on Wednesday evening. On Thursday, he will attend a meeting of the Supreme Eurasian Economic Council, Kremlin aide Yury Ushakov told reporters earlier. In particular, the talks went well, Peskov said.";
    expect(parseReport(text, { referenceDate: "2025-06-26" }).attributions.map((a) => [a.source.name, a.text])).toEqual([
      ["Yury Ushakov", "On Thursday, he will attend a meeting of the Supreme Eurasian Economic Council"],
      ["Dmitry Peskov", "the talks went well"],
    ]);
  });
  it("reads a pair of countries after a name as no part of it (`Xi tells Albanese China-Australia ties are 'back on track'`)", () => {
    const text = "Xi tells Albanese China-Australia ties are 'back on track'\n\nChinese President Xi Jinping told visiting Australian Prime Minister Anthony Albanese on Tuesday that relations had \"weathered the storm\".";
    expect(parseReport(text, { referenceDate: "2025-07-15" }).people.map((p) => p.name)).toEqual(["Xi Jinping", "Anthony Albanese"]);
  });
  it("reads a complex as a building, no person an office is set off after (`upon his arrival at the Presidential Complex, the prime minister was received`)", () => {
    const text = "PM Shehbaz, Erdogan agree\n\nEarlier, upon his arrival at the Presidential Complex, the prime minister was received by President Erdogan. He is accompanied by Deputy Prime Minister and Foreign Minister Muhammad Ishaq Dar.";
    expect(parseReport(text, { referenceDate: "2025-02-13" }).people.map((p) => [p.name, p.roles.includes("Foreign Minister Muhammad")])).toEqual([
      ["Shehbaz Sharif", false],
      ["Recep Tayyip Erdogan", false],
      ["Ishaq Dar", false],
    ]);
  });
  it("reads the lines at a report's foot that credit its helpers or point to another report as credits (`… contributed to this report.`, `Editor's Choice: …`)", () => {
    const text = "Trump hosts Ishiba\n\nWASHINGTON (AP) — President Donald Trump welcomed Japanese Prime Minister Shigeru Ishiba on Friday.\n\nAssociated Press writers Josh Boak and Mari Yamaguchi contributed to this report.\n\nEditor's Choice: Prabowo to Visit Japan in December";
    const report = parseReport(text, { referenceDate: "2025-02-07" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "credit", "credit"]);
    expect(report.timeline.map((e) => e.value)).toEqual(["2025-02-07"]);
  });
  it("reads a crowned title before a commoner's family name as a royal of that name (`the Yang di-Pertuan Agong, Sultan Ibrahim,` after `Anwar Ibrahim`), not the commoner", () => {
    const text = "Anwar, Prabowo seal deals\n\nPrime Minister Anwar Ibrahim met Prabowo Subianto on Monday. The Indonesian leader is also scheduled to meet the Yang di-Pertuan Agong, Sultan Ibrahim, at Istana Negara tomorrow. Pope Francis said it was good. Francis had met Anwar before.";
    const report = parseReport(text, { referenceDate: "2025-01-27" });
    expect(report.people.map((p) => p.name)).toEqual(["Anwar Ibrahim", "Prabowo Subianto", "Sultan Ibrahim", "Francis"]);
    expect(report.timeline.map((e) => peopleNames(report, e.participants))).toEqual([["Anwar Ibrahim", "Prabowo Subianto"], ["Prabowo Subianto", "Sultan Ibrahim"]]);
  });
  it("reads the credits outlets put at a report's foot (`(With inputs from agencies)`, `—WITH A REPORT FROM INQUIRER RESEARCH`, `-- BERNAMA`, `Writer's email: …`)", () => {
    const foot = ["(With inputs from agencies)", "—WITH A REPORT FROM INQUIRER RESEARCH", "-- BERNAMA", "Writer's email: news@graphic.com.gh"];
    for (const line of foot) {
      const text = `Anwar, Wong agree to speed up economic zone\n\nPUTRAJAYA, Jan 7 -- Prime Minister Anwar Ibrahim and his Singaporean counterpart Lawrence Wong held talks here today.\n\n${line}`;
      expect(parseReport(text, { referenceDate: "2025-01-07" }).blocks.map((b) => b.kind), line).toEqual(["heading", "paragraph", "credit"]);
    }
  });
  it("passes a phrase of circumstance with `without` after a closing source (`…, Kremlin spokesman Dmitry Peskov told reporters, without giving details …`)", () => {
    const text = "Putin Hosts Witkoff in Kremlin\n\nPresident Vladimir Putin met U.S. special envoy Steve Witkoff at the Kremlin on Thursday, Kremlin spokesman Dmitry Peskov told reporters, without giving details of what was discussed.";
    expect(parseReport(text, { referenceDate: "2025-08-07" }).attributions.map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["Dmitry Peskov", "told reporters", "President Vladimir Putin met U.S. special envoy Steve Witkoff at the Kremlin on Thursday"],
    ]);
  });
  it("keeps a subject with an apposition before its verb in what a closing source tells (`The meeting, Witkoff's fourth with Putin this year, lasted …, according to …`)", () => {
    const text = "Putin Hosts Witkoff in Kremlin\n\nThe meeting, Witkoff's fourth with Putin this year, lasted around three hours, according to the state-run TASS news agency.";
    expect(parseReport(text, { referenceDate: "2025-08-07" }).attributions.map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["the state-run TASS news agency", "according to", "The meeting, Witkoff's fourth with Putin this year, lasted around three hours"],
    ]);
  });
  it("reads a newsletter's kickers in capitals with a preposition as no speakers' labels (`KALLAS IN KYIV:`, `THANKS TO:`)", () => {
    const text =
      "BRUSSELS PLAYBOOK: Costa's dinner diplomacy — Orbán's veto — Kallas in Kyiv\n\n" +
      "DINNER FOR 27: European Council President António Costa hosted EU leaders for a working dinner in Brussels last night.\n\n" +
      "Costa, putting a brave face on it, said the EU was \"united in substance\" even if not in form.\n\n" +
      "KALLAS IN KYIV: Meanwhile, the EU's top diplomat Kaja Kallas was in Kyiv on Thursday, where she met Ukrainian President Volodymyr Zelenskyy.\n\n" +
      "WHAT'S NEXT: Leaders gather again on June 26 for the formal June summit.\n\n" +
      "THANKS TO: Our editor Joshua Posaner and producer Seb Starcevic.";
    const report = parseReport(text, { referenceDate: "2025-03-21" });
    expect(report.blocks.filter((b) => b.kind === "turn")).toEqual([]);
    expect(report.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([["united in substance", "António Costa"]]);
  });
  it("reads `indicated` closing a sentence after a qualified source as its cue, as translated Spanish reports write it (`…, a spokesman for the Argentine presidency indicated.`)", () => {
    const text = "Milei and Lula meet\n\nThe meeting lasted barely 20 minutes, a spokesman for the Argentine presidency indicated. Lula has indicated an interest in the talks.";
    expect(parseReport(text, { referenceDate: "2025-07-04" }).attributions.map((a) => [a.source.name, sliceOf(text, a.cue), a.text])).toEqual([
      ["a spokesman for the Argentine presidency", "indicated", "The meeting lasted barely 20 minutes"],
    ]);
  });
  it("takes no qualifier of an earlier source's noun for how the text introduced a later one (`a senior Japanese government official`, then `the government announced`)", () => {
    const text = "Ishiba, Trump talk\n\nTrump raised the issue of the U.S. trade deficit with Japan, a senior Japanese government official said.\n\nEconomic revitalization minister Ryosei Akazawa will visit the United States later this week, the government announced on Tuesday.";
    expect(parseReport(text, { referenceDate: "2025-04-08" }).attributions.map((a) => a.source.name)).toEqual(["a senior Japanese government official", "the government"]);
  });
  it("reads a lone capitalised word after a verb of saying whose subject, a name, stands before it as what is said, not a speaker (`Meloni says West must stay united`)", () => {
    const text = "Meloni says West must stay united\n\nPremier Giorgia Meloni met US President Donald Trump at the White House on Thursday. \"The West must stay together,\" says Meloni.";
    expect(parseReport(text, { referenceDate: "2025-04-18" }).people.map((p) => p.name)).toEqual(["Giorgia Meloni", "Donald Trump"]);
  });
  it("keeps a known person's name where the text adds a middle name (`William Samoei Ruto` is William Ruto, the full form an alias)", () => {
    const text = "UAE President receives President of Kenya\n\nABU DHABI, 13th January, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan today received William Samoei Ruto, President of the Republic of Kenya, who is on a working visit to the UAE.";
    const ruto = parseReport(text, { referenceDate: "2025-01-13" }).people.find((p) => p.country === "Kenya");
    expect(ruto?.name).toBe("William Ruto");
    expect(ruto?.aliases).toContain("William Samoei Ruto");
  });
  it("reads a desk's initials signed at a report's foot as a credit (AFP's `burs-as/jj`, India's PIB `MJPS/SR`)", () => {
    for (const line of ["burs-as/jj", "MJPS/SR"]) {
      const text = `Macron, Tebboune agree to reset ties\n\nPARIS (AFP) - French President Emmanuel Macron and his Algerian counterpart Abdelmadjid Tebboune agreed on Monday to relaunch relations.\n\n${line}`;
      expect(parseReport(text, { referenceDate: "2025-03-31" }).blocks.map((b) => b.kind), line).toEqual(["heading", "paragraph", "credit"]);
    }
  });
  it("reports nothing in a participle's aside after the cue's comma when an adverb stands before it (`Henry said, likely pointing to Trump's first TV ad`)", () => {
    const text = "SEIU chief says Trump can win\n\n“This ad that Trump released today is horrific in my mind,” Henry said, likely pointing to Trump's first TV ad talking about building a wall along the U.S.-Mexico border.";
    expect(parseReport(text, { referenceDate: "2016-01-07" }).attributions.map((a) => sliceOf(text, a.content))).toEqual([]);
  });
  it("gives a pronoun after the words it reports, when they name the one it would stand for, to who spoke just before (`Putin, he said, had thanked Modi` after Peskov)", () => {
    const text =
      "Modi and Putin pledge to shield trade from sanctions\n\n" +
      "Kremlin spokesman Dmitry Peskov called the talks \"very warm and substantive.\" Putin, he said, had thanked Modi for the invitation.\n\n" +
      "Joseph Hunter, a blogger in Chicago, said he will not vote for Trump. Also, Trump isn't a conservative, he said.";
    expect(parseReport(text, { referenceDate: "2025-02-11" }).attributions.map((a) => [a.source.name, sliceOf(text, a.content)])).toEqual([
      ["Dmitry Peskov", "Putin, he said, had thanked Modi for the invitation"],
      ["Joseph Hunter", "he will not vote for Trump"],
      ["Joseph Hunter", "Trump isn't a conservative"],
    ]);
    // (With nobody speaking before, the pronoun stays the one named: the text's own sloppy usage.)
    const alone = "Senate rivals spar\n\nThe race has been particularly nasty. The two Democrats sparred on college costs.\n\nAlan Grayson has introduced the College for All Act in the House, he said.";
    expect(parseReport(alone, { referenceDate: "2016-05-23" }).attributions.map((a) => a.source.name)).toEqual(["Alan Grayson"]);
  });
  it("ends what was said at the source when a phrase of what they withheld follows their hearer or their verb (`…, a White House official told Fox News Digital, without giving a reason.`)", () => {
    const text =
      "Trump hosts Netanyahu at White House\n\n" +
      "A planned joint press conference was canceled at the last minute, a White House official told Fox News Digital, without giving a reason.\n\n" +
      "The talks were useful, Peskov said, without giving details.";
    expect(parseReport(text, { referenceDate: "2025-04-07" }).attributions.map((a) => [a.source.name, sliceOf(text, a.content)])).toEqual([
      ["a White House official", "A planned joint press conference was canceled at the last minute"],
      ["Dmitry Peskov", "The talks were useful"],
    ]);
  });
  it("reads what follows an outlet told as what was said, a description or a pronoun opening it, an article before the outlet and its medium word after (`told Sky News the prime minister had raised …`)", () => {
    const text =
      "Starmer and Trump hail special relationship\n\n" +
      "Labour sources told Sky News the prime minister had raised the case of Jimmy Lai in private.\n\n" +
      "Shadow home secretary Chris Philp told the BBC the numbers involved were tiny.\n\n" +
      "Tony Podesta told the AP his firm worked closely with the nonprofit.\n\n" +
      "Htay Oo, its acting chairman, told the Reuters news agency simply, \"We lost.\"";
    expect(parseReport(text, { referenceDate: "2025-09-18" }).attributions.map((a) => [a.source.name, sliceOf(text, a.content)])).toEqual([
      ["Labour sources", "the prime minister had raised the case of Jimmy Lai in private"],
      ["Chris Philp", "the numbers involved were tiny"],
      ["Tony Podesta", "his firm worked closely with the nonprofit"],
    ]);
  });
  it("reads a line that names where a report's information came from as a credit (`Some information for this report came from The Associated Press, Reuters and Agence France-Presse.`)", () => {
    for (const line of ["Some information for this report came from The Associated Press, Reuters and Agence France-Presse.", "Material from the Associated Press was used in this report."]) {
      const text = `Lula, Xi sign deals as Brazil courts Chinese investment\n\nWASHINGTON — Brazilian President Luiz Inácio Lula da Silva met Chinese President Xi Jinping in Beijing on Tuesday.\n\n${line}`;
      expect(parseReport(text, { referenceDate: "2025-05-13" }).blocks.map((b) => b.kind), line).toEqual(["heading", "paragraph", "credit"]);
    }
  });
  it("reads no words before a verb of saying that a colon closes as what was said (`In a lengthy post on Truth Social, Trump wrote:` over the post)", () => {
    const text =
      "Trump says Putin call was 'very productive'\n\n" +
      "In a lengthy post on Truth Social, Trump wrote:\n\n" +
      "\"I just completed my conversation with President Vladimir Putin of Russia, and it was a very productive one.\"\n\n" +
      "There are actually four systems that track the records of the Office of the Secretary of State, according to the State Department:";
    const report = parseReport(text, { referenceDate: "2025-10-17" });
    expect(report.attributions.map((a) => [a.source.name, sliceOf(text, a.content)])).toEqual([["State Department", "There are actually four systems that track the records of the Office of the Secretary of State"]]);
    expect(report.quotes.filter((q) => q.kind === "direct").map((q) => q.speaker?.name)).toEqual(["Donald Trump"]);
  });
  it("reads an Indian agency's sign-off after dashes as a credit (`--IANS`)", () => {
    const text = "PM Modi, Albanese hold talks on sidelines of G20 summit\n\nJohannesburg, Nov 22 (IANS) Prime Minister Narendra Modi on Saturday (November 22) held talks with his Australian counterpart Anthony Albanese on the sidelines of the G20 Summit here.\n\n--IANS";
    expect(parseReport(text, { referenceDate: "2025-11-22" }).blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "credit"]);
  });
  it("keeps the capital of a name that opens a source with a bare apostrophe (`Euronews' Central Asia correspondent reports that …`)", () => {
    const text = "Tokaev and Mirziyoev sign alliance treaty in Tashkent\n\nEuronews' Central Asia correspondent reports that the treaty was signed amid growing Russian and Chinese competition for influence in the region.";
    expect(parseReport(text, { referenceDate: "2025-12-11" }).attributions.map((a) => a.source.name)).toEqual(["Euronews' Central Asia correspondent"]);
  });
  it("reads a note on the report itself as a credit, no news (`Editor's note: An earlier version of this story misstated …`, `Correction: …`)", () => {
    for (const line of ["Editor's note: An earlier version of this story misstated the number of agreements signed.", "Correction: An earlier version of this story incorrectly said Mark Wynn intended to become a delegate."]) {
      const text = `Kagame, Ruto hold talks on EAC integration\n\nKIGALI - President Paul Kagame on Tuesday, March 4, hosted his Kenyan counterpart William Ruto at Village Urugwiro.\n\n${line}`;
      const report = parseReport(text, { referenceDate: "2025-03-04" });
      expect(report.blocks.map((b) => b.kind), line).toEqual(["heading", "paragraph", "credit"]);
      expect(report.attributions, line).toEqual([]);
    }
  });
  it("reads a `that` clause after a medium an adjective qualifies (`Trump posted on social media that …`, `declared on national television that …`)", () => {
    const text = "Trump meets Putin\n\nTrump posted on social media that the meeting had been wonderful.\n\nSanders declared on national television that he was holding a fundraiser right then and there.";
    expect(parseReport(text, { referenceDate: "2025-07-10" }).attributions.map((a) => [a.source.name, sliceOf(text, a.content)])).toEqual([
      ["Donald Trump", "the meeting had been wonderful"],
      ["Sanders", "he was holding a fundraiser right then and there"],
    ]);
  });
  it("reads an inverted parenthesis after an opening word as its source, and the clause after it as what was said (`Instead, says one Gulf diplomat who was in the room, they ran …`)", () => {
    const text = "Inside the long night that saved the Gulf summit\n\nDOHA — The talks were supposed to end at dinner. Instead, says one Gulf diplomat who was in the room, they ran until almost four in the morning.";
    const report = parseReport(text, { referenceDate: "2025-12-05" });
    expect(report.attributions.map((a) => [a.source.name, sliceOf(text, a.cue), sliceOf(text, a.content)])).toEqual([["one Gulf diplomat", "says", "they ran until almost four in the morning"]]);
  });
  it("reads no subject before a verb set off by a comma alone as a source (`The tentative deal, announced Friday, would last …`)", () => {
    expect(extractAttributions("The tentative deal, announced Friday, would last four years and must be approved by union members.")).toEqual([]);
    expect(extractAttributions("The Belarusian leader, in turn, noted that the talks were good.").map((a) => a.source.name)).toEqual(["the Belarusian leader"]);
  });
  it("reads a verb of saying before its speaker after the subject of what was said (`The border, say Indian officials, is now calm`)", () => {
    const text = "The border, say Indian officials, is now calm. The paradox of Nancy, says Carl Anthony, historian at the National First Ladies' Library, is that she was loved.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([
      ["Indian officials", "The border, say Indian officials, is now calm"],
      ["Carl Anthony", "The paradox of Nancy, says Carl Anthony, historian at the National First Ladies' Library, is that she was loved"],
    ]);
    // (Not after a clause: `But that is not good enough, said Howard Rubel, …` is a tail and its apposition.)
    const tail = "But that is not good enough, said Howard Rubel, a senior analyst, who notes that costs rose.";
    expect(extractAttributions(tail).map((a) => [a.source.name, tail.slice(a.content.start, a.content.end)])).toEqual([["Howard Rubel", "that is not good enough"]]);
  });
  it("takes no quantifier opening a sentence for a surname beside a verb (`Few expect …`)", () => {
    const report = parseReport("Few expect a lasting friendship. Several said the deal would hold.");
    expect(report.people).toEqual([]);
    expect(report.attributions.map((a) => a.source.name)).toEqual(["few", "several"]);
  });
  it("reads a body after its article, and its acronym in brackets, as the source a closing verb puts after it", () => {
    const text = "They reviewed ties and trade, said the Kremlin. During the meeting, they reviewed the latest developments in Syria, reported the Saudi Press Agency (SPA).";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([
      ["Kremlin", "They reviewed ties and trade"],
      ["Saudi Press Agency", "they reviewed the latest developments in Syria"],
    ]);
  });
  it("reads the noun phrase after `with` as the source of a participle of saying (`…, with the two sides stressing the need to …`), titles and all", () => {
    const text =
      "Pezeshkian held talks with Tokayev in Tehran, with the two sides stressing the need to boost trade. " +
      "Pezeshkian met Tokayev, with President Tokayev also saying that the ties were strong. " +
      "Mr. Trump has improved his standing, with 30 percent of voters saying they have a positive view of him.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([
      ["the two sides", "the need to boost trade"],
      ["Kassym-Jomart Tokayev", "the ties were strong"],
      ["voters", "they have a positive view of him"],
    ]);
  });
  it("reads a clause joined after a comma as having its own subject when the name before the comma is a verb's object (`Pezeshkian met Tokayev, and President Tokayev said …`), not one of a list", () => {
    const text = "Pezeshkian met Tokayev, and President Tokayev also said that the ties were strong. Tapper followed up with a reference to Trump, but Obama said he was not speaking only about Trump.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([
      ["Kassym-Jomart Tokayev", "the ties were strong"],
      ["Barack Obama", "he was not speaking only about Trump"],
    ]);
    expect(extractAttributions("Putin, Chinese President Xi, and Modi said the ties were strong.").map((a) => a.source.name)).not.toContain("Narendra Modi");
  });
  it("reads a word after an outlet's noun beside a verb as the outlet, no person (`the state news agency Khovar reported, quoting Rahmon as saying …`)", () => {
    const text = 'Japarov met Rahmon in Dushanbe. The two leaders signed a treaty, the state news agency Khovar reported, quoting Rahmon as saying the documents would "serve the peace".';
    const report = parseReport(text);
    expect(report.people.map((p) => p.name)).toEqual(["Sadyr Japarov", "Emomali Rahmon"]);
    expect(report.organizations.map((o) => o.name)).toContain("Khovar");
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Emomali Rahmon"]);
  });
  it("reads `states` after a count and a region as the plural noun even before `that` (`to bring back the three Sahel states that left ECOWAS`), not a verb of saying", () => {
    const text = "Tinubu received Mahama in Abuja, where both leaders agreed to bring back the three Sahel states that left the bloc. China's influence has provoked mixed feelings in many Asian states, and it has used force, said Nargis Kassenova.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([
      ["Nargis Kassenova", "China's influence has provoked mixed feelings in many Asian states, and it has used force"],
    ]);
    // (A singular subject is still one: `The Constitution states that …`.)
    expect(extractAttributions("The Constitution states that the president must resign.").map((a) => a.source.name)).toEqual(["Constitution"]);
  });
  it("reads a titled name and its verb after `according to X,` as what X said, no apposition about X (`According to Rai, PM Oli raised the issue of Lipulekh and Kalapani, and …`)", () => {
    const text = "Prime Minister KP Sharma Oli met Modi. Foreign Secretary Amrit Bahadur Rai briefed journalists. According to Rai, PM Oli raised the issue of Lipulekh and Kalapani, and the Indian side agreed to discuss it.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([
      ["Amrit Bahadur Rai", "PM Oli raised the issue of Lipulekh and Kalapani, and the Indian side agreed to discuss it"],
    ]);
    // (A name's possessive still opens an apposition: `According to Lorella Praeli, Clinton's Latino vote director, …`.)
    const owned = "Hillary Clinton spoke. According to Lorella Praeli, Clinton's Latino vote director, the campaign has targeted Latino voters.";
    expect(extractAttributions(owned).map((a) => owned.slice(a.content.start, a.content.end))).toEqual(["the campaign has targeted Latino voters"]);
  });
  it("leaves a parenthesis inside a relative clause to the sentence's own verb of saying (`… said he had raised the question of the minority, which, he said, was not represented`)", () => {
    const text = "Croatian Prime Minister Andrej Plenkovic met Vucic. The Croatian prime minister said he had raised the question of the Croatian minority, which, he said, was not represented in parliament.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([
      ["Andrej Plenković", "he had raised the question of the Croatian minority, which, he said, was not represented in parliament"],
    ]);
  });
  it("reads a body's subject closed by its short name in brackets as the source (`The President's Media Division (PMD) said …`)", () => {
    const text = "Dissanayake held talks with Xi in Beijing. The President's Media Division (PMD) said the two leaders discussed trade.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([["the President's Media Division", "the two leaders discussed trade"]]);
  });
  it("reads a hearer in capitals it does not know, set off by a comma after `told`, before what was said (`a senior Kurdish official told MEE, the deadline is unlikely to be met`)", () => {
    const text = "Erdogan met Sharaa. However, a senior Kurdish official told MEE, the deadline is unlikely to be met.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.cue.start, a.cue.end), text.slice(a.content.start, a.content.end)])).toEqual([["a senior Kurdish official", "told", "the deadline is unlikely to be met"]]);
  });
  it("reads a city, a date, a clock time perhaps and a dash as a dateline, no part of what the sentence reports (`Rome, 14 Oct 10:47 - Italian Prime Minister …`)", () => {
    for (const dateline of ["Rome, 14 Oct 10:47 - ", "Rome, 14 Oct - "]) {
      const text = `${dateline}Italian Prime Minister Giorgia Meloni received Kyriakos Mitsotakis this morning, government sources reported.`;
      expect(extractAttributions(text).map((a) => text.slice(a.content.start, a.content.end))).toEqual(["Italian Prime Minister Giorgia Meloni received Kyriakos Mitsotakis this morning"]);
    }
  });
  it("reads the one who learned it as the source of `according to what X learned,` (`According to what Nova learned, the two leaders also discussed …`)", () => {
    const text = "Meloni met Mitsotakis in Rome. According to what Nova learned, the two leaders also discussed the next European Council. According to what ANSA understands, they agreed on a joint position.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([
      ["Nova", "the two leaders also discussed the next European Council"],
      ["ANSA", "they agreed on a joint position"],
    ]);
  });
  it("reads a source closed by its short name in brackets in a parenthesis after a short subject (`The agreements, according to the Office of the Prime Minister (OPM), will see …`)", () => {
    const text = "Holness met Ali. The agreements, according to the Office of the Prime Minister (OPM), will see Guyana supply Jamaica with natural gas.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([
      ["the Office of the Prime Minister", "The agreements, according to the Office of the Prime Minister (OPM), will see Guyana supply Jamaica with natural gas"],
    ]);
  });
  it("ends what was said at a contrast where another named person acts (`Ruto said Kenya would scrap the levy, while Museveni directed …`), not where one is in a state", () => {
    const text = "President William Ruto met Yoweri Museveni. Ruto said Kenya would scrap the levy on Ugandan milk, while Museveni directed his minister to allow Kenyan sugar into the market.";
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.content.start, a.content.end)])).toEqual([["William Ruto", "Kenya would scrap the levy on Ugandan milk"]]);
    const state = "Bernie Sanders spoke. Rush Limbaugh added that Clinton is better at camouflaging the agenda, while Sanders was open about it.";
    expect(extractAttributions(state).map((a) => state.slice(a.content.start, a.content.end))).toEqual(["Clinton is better at camouflaging the agenda, while Sanders was open about it"]);
  });
  it("reads unmarked words after a speaker's verb and its colon as what was said, in the sentence or in the next paragraph (`Macron said:` over `We have a shared responsibility. …`)", () => {
    const said = (text: string): string[][] => extractAttributions(text).map((a) => [a.source.name, text.slice(a.cue.start, a.cue.end), text.slice(a.content.start, a.content.end)]);
    expect(said("Keir Starmer met Emmanuel Macron. Speaking at the press conference at Northwood, Macron said: We have a shared responsibility.")).toEqual([["Emmanuel Macron", "said", "We have a shared responsibility"]]);
    const block = "Keir Starmer met Emmanuel Macron.\n\nSpeaking at the press conference at Northwood, Macron said:\n\nWe have a shared responsibility. We will fight together against the smugglers.\n\nThe talks ended at noon.";
    expect(said(block)).toEqual([["Emmanuel Macron", "said", "We have a shared responsibility. We will fight together against the smugglers"]]);
    // (Not after a noun that a verb's form may be, nor one whose subject stands further back, nor a quotation's own colon.)
    expect(said("Editor's note: Donald Trump regularly incites political violence.")).toEqual([]);
    expect(said("Rubio hopes Iowa will prove what his supporters have long said: He is the most attractive Republican.")).toEqual([]);
    expect(said("Here are the main points:\n\nThe talks ended at noon.")).toEqual([]);
    expect(said('Keir Starmer met Emmanuel Macron. Macron said: "We have a shared responsibility."')).toEqual([]);
  });
  it("reads a bare medium after `told` as the hearer, not its modifier as a verb of saying (`Orban told state radio he expected a good result`)", () => {
    const said = (text: string): string[][] => extractAttributions(text).map((a) => [text.slice(a.cue.start, a.cue.end), a.text]);
    expect(said("Viktor Orban met Trump. Orban told state radio he expected a good result.")).toEqual([["told", "he expected a good result"]]);
    expect(said("Viktor Orban met Trump. Orban told local media the talks went well.")).toEqual([["told", "the talks went well"]]);
    // (A clause that opens with a lower-case word stays the clause: `told colleagues press freedom was at stake`.)
    expect(said("Viktor Orban met Trump. Orban told him press freedom was at stake.")).toEqual([["told", "press freedom was at stake"]]);
  });
  it("reads `state` after a possessive noun as a noun (`in support of Sudan's state institutions, … spokesman Mohamed el-Shennawy said`)", () => {
    const text = 'El-Sisi met al-Burhan. El-Sisi reaffirmed Egypt\'s "firm position" in support of Sudan\'s state institutions, presidential spokesman Mohamed el-Shennawy said.';
    expect(extractAttributions(text).map((a) => [a.source.name, text.slice(a.cue.start, a.cue.end), a.text])).toEqual([
      ["Mohamed el-Shennawy", "said", 'El-Sisi reaffirmed Egypt\'s "firm position" in support of Sudan\'s state institutions'],
    ]);
    // (`Wyoming's state convention` too.)
    expect(extractAttributions("Cruz won most delegates at Wyoming's state convention on Saturday, winning 14 delegates.")).toEqual([]);
  });
});
