import { describe, expect, it } from "vitest";
import { extractQuotes, extractTimeline, extractTimexes, parseReport } from "../src/index.js";
import { participantNames, peopleNames } from "./helpers.js";

const REF = { referenceDate: "2018-08-27" };
const values = (text: string, options = REF): [string, string, string | null][] => extractTimexes(text, options).map((t) => [t.text, t.value, t.mod]);

describe("temporal expressions", () => {
  it("resolves a year-less date against the reference date and the sentence's tense", () => {
    expect(values("On July 23, the minister arrived.")).toEqual([["July 23", "2018-07-23", null]]);
    expect(values("The ministers met on December 3.")).toEqual([["December 3", "2017-12-03", null]]);
    expect(values("The ministers will meet on March 3.")).toEqual([["March 3", "2019-03-03", null]]);
  });

  it("keeps a year-less date underspecified without a reference date, and says so", () => {
    const report = parseReport("On July 23, the minister arrived.");
    expect(report.timexes.map((t) => [t.value, t.resolution])).toEqual([["XXXX-07-23", "unresolved"]]);
    expect(report.messages.map((m) => m.ruleId)).toContain("time/no-reference-date");
  });

  it("leaves a leading preposition out of the span and keeps the determiner", () => {
    expect(values("They will settle it by the end of this year.")).toEqual([["the end of this year", "2018", "END"]]);
    expect(values("The tax changes take effect in the next year.")).toEqual([["the next year", "2019", null]]);
  });

  it("reads full and numeric dates, parts of the day, and clock times", () => {
    expect(values("It was signed on 22.08.2018 and 2018-08-23.")).toEqual([["22.08.2018", "2018-08-22", null], ["2018-08-23", "2018-08-23", null]]);
    // With slashes the day comes first or second; a number above 12 tells which, else the reading nearer the reference.
    expect(values("Published on 24/10/2025 and 10/24/2025.")).toEqual([["24/10/2025", "2025-10-24", null], ["10/24/2025", "2025-10-24", null]]);
    expect(values("Signed on 08/07/2018.")).toEqual([["08/07/2018", "2018-08-07", null]]);
    // (Year first with stops, as Lithuanian, Hungarian and Korean pages date themselves; no day that cannot be.)
    expect(values("LRT.lt 2025.06.23 14:12. Not 2025.13.40.")).toEqual([["2025.06.23", "2025-06-23", null], ["14:12", "2025-06-23T14:12", null]]);
    expect(values("In the evening of August 26, he spoke.")).toEqual([["the evening of August 26", "2018-08-26TEV", null]]);
    expect(values("The remarks began at 5:41 P.M. local time.")).toEqual([["5:41 P.M.", "2018-08-27T17:41", null]]);
  });

  it("reads durations, vague references, sets and modifiers", () => {
    expect(values("The union has existed for 22 years.")).toEqual([["22 years", "P22Y", null]]);
    expect(values("Nothing was said for a few days.")).toEqual([["a few days", "PXD", null]]);
    expect(values("They will meet in the near future.")).toEqual([["the near future", "FUTURE_REF", null]]);
    expect(values("The forum meets every year.")).toEqual([["every year", "P1Y", null]]);
    expect(values("Growth slowed in early 2019.")).toEqual([["early 2019", "2019", "START"]]);
    expect(values("The talks collapsed two weeks ago.")).toEqual([["two weeks ago", "2018-W33", null]]);
  });

  it("resolves a weekday backwards in a past sentence and forwards in a future one", () => {
    // The reference day, 2018-08-27, is a Monday.
    expect(values("The spokesman told reporters on Tuesday.")).toEqual([["Tuesday", "2018-08-21", null]]);
    expect(values("The leaders will meet on Tuesday.")).toEqual([["Tuesday", "2018-08-28", null]]);
  });

  it("takes the tense of the reported verb, not of the reporting `said`, unless `said` dates the expression", () => {
    // Written on 2018-08-27: `said` is past, but the plant opens in the future.
    expect(values("The company said the plant opens in November.")).toEqual([["November", "2018-11", null]]);
    expect(values("The company said in May that the plant was closed.")).toEqual([["May", "2018-05", null]]);
  });

  it("picks the nearest year for a year-less date unless the tense says otherwise", () => {
    // Written on 2018-08-27: a date a few weeks ahead stays ahead even in a past-tense sentence.
    expect(values("The ministry said the treaty takes effect on Sept. 20.")).toEqual([["Sept. 20", "2018-09-20", null]]);
    expect(values("The ministers met in October.")).toEqual([["October", "2017-10", null]]);
    // The reference day is a Monday: `Monday` in a future sentence is that day.
    expect(values("The leaders will meet on Monday.")).toEqual([["Monday", "2018-08-27", null]]);
  });

  it("reads fiscal and calendar quarters, named, current, latest and a year back", () => {
    const text = "Profit fell in the third quarter. Third-quarter sales rose 5%, against the year-ago quarter. The company expects a loss in the current quarter and in next year's first quarter.";
    expect(values(text)).toEqual([
      ["the third quarter", "2018-Q3", null],
      ["Third-quarter", "2018-Q3", null],
      ["the year-ago quarter", "2017-Q3", null],
      ["the current quarter", "2018-Q3", null],
      ["next year's first quarter", "2019-Q1", null],
    ]);
    expect(values("Profit rose in the quarter.")).toEqual([["the quarter", "2018-Q2", null]]);
    expect(values("Profit rose in this year's second quarter.")).toEqual([["this year's second quarter", "2018-Q2", null]]);
    expect(values("Profit rose in the second quarter, up from a year ago.")).toEqual([
      ["the second quarter", "2018-Q2", null],
      ["a year ago", "2017-Q2", null],
    ]);
    expect(values("A quarter of the voters stayed home.")).toEqual([]);
  });

  it("keeps adverbs, bounds and determiners that belong to the expression", () => {
    expect(values("Earlier this year, the talks stalled.")).toEqual([["Earlier this year", "2018", null]]);
    // Before a weekday the adverb stays out, as TimeBank marks it (`Earlier Friday`: `Friday`).
    expect(values("Earlier Friday, the talks stalled.")).toEqual([["Friday", "2018-08-24", null]]);
    expect(values("The truce may last up to 180 days.")).toEqual([["up to 180 days", "P180D", "EQUAL_OR_LESS"]]);
    expect(values("Exports rose in the first nine months.")).toEqual([["the first nine months", "P9M", null]]);
    expect(values("They met nearly two weeks ago.")).toEqual([["nearly two weeks ago", "2018-W33", "APPROX"]]);
    expect(values("Spending in fiscal 2019 will rise.")).toEqual([["fiscal 2019", "2019", null]]);
    expect(values("They may meet again before the end of the year.")).toEqual([["the end of the year", "2018", "END"]]);
    // (So is `year end` after a preposition, and `the year's end`.)
    expect(values("They hope to sign by year end, or by the year's end at the latest.")).toEqual([
      ["year end", "2018", "END"],
      ["the year's end", "2018", "END"],
    ]);
  });

  it("reads the middle of a part of the day on the narrative's day, or the day after it (`mid-afternoon yesterday`)", () => {
    expect(values("Talks began on Friday. By mid afternoon, they were over. Shares fell mid-afternoon yesterday.")).toEqual([
      ["Friday", "2018-08-24", null],
      ["mid afternoon", "2018-08-24TAF", "MID"],
      ["mid-afternoon yesterday", "2018-08-26TAF", "MID"],
    ]);
    // (Not a habit told in the present.)
    expect(values("He works until mid-afternoon.")).toEqual([]);
  });

  it("joins a clock time, its time zone and the day after it, and a weekday with its date", () => {
    expect(values("Polls close at 9 a.m. EDT Tuesday.")).toEqual([["9 a.m. EDT Tuesday", "2018-08-21T09:00", null]]);
    expect(values("The deadline passed at noon Friday.")).toEqual([["noon Friday", "2018-08-24T12:00", null]]);
    // (`at noon` alone is a time of the day in hand, `high noon` a figure of speech.)
    expect(values("They will have a working lunch at noon. It was high noon for the talks.")).toEqual([["noon", "2018-08-27T12:00", null]]);
    // (`midday` is noon, as TimeBank writes it: `was scheduled to appear … at midday`, `midday Saturday`.)
    expect(values("The suspect was scheduled to appear in court at midday. The vote closed midday Saturday.")).toEqual([
      ["midday", "2018-08-27T12:00", null],
      ["midday Saturday", "2018-08-25T12:00", null],
    ]);
    expect(values("The vote took place on Monday, Oct. 26, 2015.")).toEqual([["Monday, Oct. 26, 2015", "2015-10-26", null]]);
    expect(values("Trade fell in July last year.")).toEqual([["July last year", "2017-07", null]]);
    expect(values("The plant opens mid-next year; sales fell end-last month.")).toEqual([
      ["mid-next year", "2019", "MID"],
      ["end-last month", "2018-07", "END"],
    ]);
    expect(values("It took effect on Feb 1st last year and ends on the 3rd of March next year.")).toEqual([
      ["Feb 1st last year", "2017-02-01", null],
      ["the 3rd of March next year", "2019-03-03", null],
    ]);
    // A present verb after `before` or `until` tells of what is to come, whatever the main clause's tense.
    expect(values("It was their last meeting before Donald Trump returns to the White House in January.", { referenceDate: "2024-11-17" })).toEqual([["January", "2025-01", null]]);
    expect(values("The talks were held before the Lunar New Year in February.", { referenceDate: "2024-11-17" })).toEqual([["February", "2024-02", null]]);
    // A unit in capitals before `of` and a capital opens a name (`the "Years of High-Quality Development"`).
    expect(values('They named 2025 one of the "Years of High-Quality Development". Years of talks have failed.')).toEqual([["2025", "2025", null], ["Years", "PXY", null]]);
    // A day of the month alone after `on the`: this month, or the one before (after) it as the verb looks back (ahead).
    expect(values("The summit opened on the 25th. Talks will resume on the 3rd. It was the 25th anniversary.", { referenceDate: "2024-12-04" })).toEqual([["the 25th", "2024-11-25", null], ["the 3rd", "2025-01-03", null]]);
    expect(extractTimexes("The summit opened on the 25th.").map((t) => [t.text, t.value, t.resolution])).toEqual([["the 25th", "XXXX-XX-25", "unresolved"]]);
    // (After `for`, `by`, `until` too, a deadline in the present looking ahead; `the day after tomorrow` is one day.)
    expect(values("Talks run until the 3rd. The vote is slated for the 30th. The day after tomorrow they fly home.", { referenceDate: "2025-06-25" })).toEqual([
      ["the 3rd", "2025-07-03", null],
      ["the 30th", "2025-06-30", null],
      ["The day after tomorrow", "2025-06-27", null],
    ]);
    // `will` contracted onto its subject or its negation looks ahead as `will` does.
    expect(values('"It\'ll go on Saturday. We won’t wait until Friday," Trump said.', { referenceDate: "2025-04-07" })).toEqual([["Saturday", "2025-04-12", null], ["Friday", "2025-04-11", null]]);
    // A relative clause keeps its own tense: the main clause's past does not date it, nor it the main clause.
    expect(values("Biden, who is leaving office in January, welcomed Modi.", { referenceDate: "2024-09-21" })).toEqual([["January", "2025-01", null]]);
    expect(values("Biden, who met Xi in November, welcomed Modi.", { referenceDate: "2024-09-21" })).toEqual([["November", "2023-11", null]]);
    // A reporting verb reaches past its hearer to its day (`told reporters on Monday`), over a quotation's `going to`.
    expect(values('Trump wants a ceasefire. "We\'re going to find out very quickly," he told reporters on Monday.', { referenceDate: "2025-08-12" })).toEqual([["Monday", "2025-08-11", null]]);
    // A present `be` after `when` tells of the future; its participle is no past (`when the case is heard in May`).
    expect(values("The relatives had not signed the agreement, which takes effect when the case is heard in May.", { referenceDate: "2000-03-29" })).toEqual([["May", "2000-05", null]]);
    // What a verb commits to, or asks for, lies ahead, within its clause (`agreed to meet again in December`).
    const june = { referenceDate: "2024-06-25" };
    expect(values("The leaders agreed to meet again in December.", june)).toEqual([["December", "2024-12", null]]);
    expect(values("Lukashenko invited Putin to visit Minsk in the autumn.", june)).toEqual([["the autumn", "2024-FA", null]]);
    // (Only a `to` that opens a verb: `invited Kim to the DMZ … on Saturday` dates the invitation.)
    expect(values("Trump had invited Kim to the DMZ in a tweet on Saturday.", { referenceDate: "2019-06-30" })).toEqual([["Saturday", "2019-06-29", null]]);
    expect(values("In March they agreed to cut tariffs.", june)).toEqual([["March", "2024-03", null]]);
    expect(values("They pledged to open a new chapter, following a summit in London in May.", june)).toEqual([["May", "2024-05", null]]);
    // (`during` after a past commitment tells its occasion, unless the commitment is to meet.)
    const thursday = { referenceDate: "2025-09-25" };
    expect(values("Mitsotakis and Erdogan agreed to keep channels open during a meeting in New York on Wednesday.", thursday)).toEqual([["Wednesday", "2025-09-24", null]]);
    expect(values("Mitsotakis and Erdogan agreed to meet during the summit on Wednesday.", thursday)).toEqual([["Wednesday", "2025-10-01", null]]);
    // `next to` and `due to the …` are prepositions, no future; `due to arrive` still looks ahead.
    expect(values("More than 100 people have been killed in the blasts next to the embassies on Friday.")).toEqual([["Friday", "2018-08-24", null]]);
    expect(values("The damage due to the storm on Friday is large.")).toEqual([["Friday", "2018-08-24", null]]);
    expect(values("The minister is due to arrive on Friday.")).toEqual([["Friday", "2018-08-31", null]]);
    // `last` or `next` before a month and its day: the latest such day before the reference, or the first after.
    expect(values("He was shot to death last Oct. 23 at his home.")).toEqual([["last Oct. 23", "2017-10-23", null]]);
    expect(values("The vote is set for next March 5.")).toEqual([["next March 5", "2019-03-05", null]]);
    // A day before an abbreviated month and its period, then the year (NATO's `10 Jul. 2024`).
    expect(values("Allies met on 10 Jul. 2024 in Washington.")).toEqual([["10 Jul. 2024", "2024-07-10", null]]);
  });

  it("reads day ranges, the coming weeks, the weekend, `a day earlier` and `a day after`", () => {
    expect(values("They met on the sidelines of the summit on Sept. 9-10.")).toEqual([["Sept. 9-10", "2018-09-09", null]]);
    expect(values("Talks will continue in the coming weeks.")).toEqual([["the coming weeks", "FUTURE_REF", null]]);
    expect(values("Details will be announced at a later date.")).toEqual([["a later date", "FUTURE_REF", null]]);
    // A rough count keeps its `or so` (`the next year or so`); `couple of` is two, with or without `a`.
    expect(values("Talks may take the next couple of years, or a month or two.")).toEqual([["the next couple of years", "P2Y", null], ["a month or two", "P1M", null]]);
    // `the early hours of Friday` is Friday's night, no stretch of hours; `hours of talks` still is one.
    expect(values("The summit ended in the early hours of Friday after hours of talks.")).toEqual([["Friday", "2018-08-24", null], ["hours", "PTXH", null]]);
    // (So are `the small hours` alone, a time of night.)
    expect(values("The deal was signed in the small hours after they argued for hours.")).toEqual([["hours", "PTXH", null]]);
    expect(values("We see no risk in the near term.")).toEqual([["the near term", "FUTURE_REF", null]]);
    expect(values("The other day Putin said so.")).toEqual([["The other day", "PAST_REF", null]]);
    // `a day` before `after`/`before` is a distance in time, as `two days after` is; alone it stays an idiom.
    expect(values("The summit came a day after Biden met Modi, and a day before the vote.")).toEqual([["a day", "P1D", null], ["a day", "P1D", null]]);
    expect(values("It was a day to remember.")).toEqual([]);
    // `the second day` of something is the reference day in the present; in a narrative, its count is not told.
    expect(values("It is the second day of the summit.")).toEqual([["the second day", "2018-08-27", null]]);
    expect(values("On the second day of the summit, leaders agreed.")).toEqual([]);
    // `that year` is the year the narrative stated last; with none stated, it tells no time.
    expect(values("The two leaders first met in 2014. Later that year, they signed a pact.")).toEqual([["2014", "2014", null], ["Later that year", "2014", null]]);
    expect(values("That year was a turning point.")).toEqual([]);
    // Decades in words after their article, and a season's part with its article (`the early summer`).
    expect(values("Hate groups grew through the nineties.")).toEqual([["the nineties", "199", null]]);
    expect(values("She is in her nineties.")).toEqual([]);
    expect(values("Orders rose from the low levels of the early summer.")).toEqual([["the early summer", "2018-SU", "START"]]);
    // A decade's middle with the century written; `the mid-20s` is as often a percentage.
    expect(values("Trade grew fast in the mid-1990s.")).toEqual([["the mid-1990s", "199", "MID"]]);
    expect(values("His approval rating fell into the mid-20s.")).toEqual([]);
    expect(values("Trade has grown in recent years.")).toEqual([["recent years", "PAST_REF", null]]);
    expect(values("Sales fell from the 1988 quarter.")).toEqual([["the 1988 quarter", "1988-Q2", null]]);
    // 2018-08-27 is a Monday: the weekend just past belongs to the week before.
    expect(values("They met over the weekend.")).toEqual([["the weekend", "2018-W34-WE", null]]);
    expect(values("The summit opened on August 22. A day earlier, the ministers met.")).toEqual([
      ["August 22", "2018-08-22", null],
      ["A day earlier", "2018-08-21", null],
    ]);
  });

  it("reads holidays, `mid-November` and a year-ago period", () => {
    expect(values("The leaders will meet again on Thanksgiving Day.")).toEqual([["Thanksgiving Day", "2018-11-22", null]]);
    expect(values("The parade on Victory Day drew crowds.")).toEqual([["Victory Day", "2018-05-09", null]]);
    expect(values("Talks resume in mid-November.")).toEqual([["mid-November", "2018-11", "MID"]]);
    expect(values("Profit rose in the second quarter from the year-ago period.").map((v) => v[1])).toEqual(["2018-Q2", "2017-Q2"]);
  });

  it("reads the feasts that move with Easter, and not a name they open (`Easter Island`)", () => {
    const may = { referenceDate: "2025-05-19" };
    expect(values("He met Pope Francis briefly on Easter Sunday. Good Friday was calm.", may)).toEqual([["Easter Sunday", "2025-04-20", null], ["Good Friday", "2025-04-18", null]]);
    expect(values("The talks were held over Easter.", { referenceDate: "2019-05-02" })).toEqual([["Easter", "2019-04-21", null]]);
    expect(values("Societies like Easter Island failed. Easter Seals sent a letter as Easter week began.", may)).toEqual([]);
  });

  it("reads a numeric date with a two-digit year in the century nearest the reference (`05/19/25`, `12/31/99`)", () => {
    expect(values("BY SARAH FORTINSKY - 05/19/25 10:12 AM ET", { referenceDate: "2025-05-19" })).toEqual([["05/19/25", "2025-05-19", null], ["10:12 AM", "2025-05-19T10:12", null]]);
    expect(values("It was signed on 12/31/99.", { referenceDate: "2025-05-19" })).toEqual([["12/31/99", "1999-12-31", null]]);
  });

  it("reads bare plural units and leaves ages and adjectival sets out", () => {
    expect(values("The two sides have argued for years.")).toEqual([["years", "PXY", null]]);
    expect(values("A 44-year-old senator paid the quarterly dividend.")).toEqual([]);
    expect(values("About three-quarters of the budget went to defence.")).toEqual([]);
    // (Nor is a share a thing grew by; a quarter of a century is twenty-five years.)
    expect(values("Our trade grew by almost a quarter. It took a quarter of a century, a quarter century of talks.")).toEqual([
      ["a quarter of a century", "P25Y", null],
      ["a quarter century", "P25Y", null],
    ]);
    expect(values("The council meets weekly.")).toEqual([["weekly", "P1W", null]]);
    // (A determiner before it makes a newspaper or a thing: `the daily L'Opinion`, `a yearly Gallup poll`.)
    expect(values("Tebboune told the daily L'Opinion that he trusted Macron. A yearly Gallup poll agreed.")).toEqual([]);
  });

  it("takes a plan named by a noun after its determiner for no future of the weekday before it (`failed to agree on Thursday on a plan to …`)", () => {
    expect(values("EU leaders failed to agree on Thursday on a plan to use frozen Russian assets.", { referenceDate: "2025-10-24" })).toEqual([["Thursday", "2025-10-23", null]]);
    expect(values("On Monday night, in an attempt to influence the next debate, Trump told a rally audience he would skip it.", { referenceDate: "2015-12-03" })).toEqual([["Monday night", "2015-11-30TNI", null]]);
  });

  it("anchors `the next day` on the last date the narrative named", () => {
    expect(values("The summit opened on August 22. The next day, the leaders signed the deal.")).toEqual([
      ["August 22", "2018-08-22", null],
      ["The next day", "2018-08-23", null],
    ]);
  });

  it("reads `the last day of` a visit as no yesterday", () => {
    expect(values("The French president, on the last day of a three-day state visit, held talks on Thursday.", { referenceDate: "2025-07-10" })).toEqual([
      ["three-day", "P3D", null],
      ["Thursday", "2025-07-10", null],
    ]);
  });

  it("counts `the following year` from the year the narrative reached", () => {
    expect(values("In 2014 the crisis began. The following year, the accords were signed. The previous year had been calm.")).toEqual([
      ["2014", "2014", null],
      ["The following year", "2015", null],
      ["The previous year", "2014", null],
    ]);
  });

  it("takes `the future of …` for a topic, not a time", () => {
    expect(values("They did not discuss the future of oil.")).toEqual([]);
  });

  it("takes `last` and `next` before a weekday as the one before and after the reference day", () => {
    // 2018-08-27 is a Monday: last Thursday is four days back, next Friday four days ahead.
    expect(values("The offer expired last Thursday.")).toEqual([["last Thursday", "2018-08-23", null]]);
    expect(values("The offer expires next Friday.")).toEqual([["next Friday", "2018-08-31", null]]);
  });

  it("dates a plan made in the past forward unless it is in the perfect (`had been scheduled`)", () => {
    // 2018-08-31 is a Friday.
    const on = (text: string): string[] => extractTimexes(text, { referenceDate: "2018-08-31" }).map((t) => t.value);
    expect(on("Protesters were planning to march on Saturday.")).toEqual(["2018-09-01"]);
    expect(on("The visit was scheduled to begin on Tuesday.")).toEqual(["2018-09-04"]);
    expect(on("The talks had been scheduled for Monday.")).toEqual(["2018-08-27"]);
  });

  it("dates a schedule in the present tense forward (`a visit that runs until Saturday`)", () => {
    // 2018-08-27 is a Monday.
    expect(values("He arrived on Sunday for a visit that runs until Thursday.")).toEqual([["Sunday", "2018-08-26", null], ["Thursday", "2018-08-30", null]]);
  });

  it("dates a plan (`set to`, `is to`) forward and a passive by its auxiliary (`will be named`)", () => {
    expect(values("The talks are set to resume Thursday in Geneva.")).toEqual([["Thursday", "2018-08-30", null]]);
    expect(values("A commander will be named for the mission in March.")).toEqual([["March", "2019-03", null]]);
  });

  it("finds no time inside an outlet's name (`the Daily Mail`, `The Sunday Times`, `Mexico News Daily`)", () => {
    expect(values("He told the Daily Mail on Friday. The Sunday Times and Mexico News Daily reported it.")).toEqual([["Friday", "2018-08-24", null]]);
    // (A day still opens a sentence before a name that is no outlet's: `Sunday Trump said`.)
    expect(values("Sunday Trump said so. Briefings will be held daily.")).toEqual([["Sunday", "2018-08-26", null], ["daily", "P1D", null]]);
  });

  it("dates a plan in a past `be` (`was to arrive`) forward, but not a copula before a noun (`the trip was to Geneva`)", () => {
    // 1986-10-12 was a Sunday.
    const on = (text: string): string[] => extractTimexes(text, { referenceDate: "1986-10-12" }).map((t) => t.value);
    expect(on("Mr. Reagan left Iceland this evening and was to arrive at Andrews Air Force Base early Monday.")).toEqual(["1986-10-12TEV", "1986-10-13"]);
    expect(on("His last trip was to Geneva on Monday.")).toEqual(["1986-10-06"]);
  });

  it("reads a range of counts as one stretch, counted by its first number (`four to five hours`)", () => {
    expect(values("The talks lasted four to five hours; a deal could take two or three days, or 10 to 15 years.")).toEqual([
      ["four to five hours", "PT4H", null],
      ["two or three days", "P2D", null],
      ["10 to 15 years", "P10Y", null],
    ]);
  });

  it("reads halves and couples in durations", () => {
    expect(values("The trial lasted 2 1/2 years.")).toEqual([["2 1/2 years", "P2Y6M", null]]);
    expect(values("They spoke for two and a half hours, then for half an hour.")).toEqual([["two and a half hours", "PT2H30M", null], ["half an hour", "PT30M", null]]);
    expect(values("It took a minute and a half.")).toEqual([["a minute and a half", "PT1M30S", null]]);
    expect(values("It has lasted a couple of years.")).toEqual([["a couple of years", "P2Y", null]]);
  });

  it("reads a unit's length before a noun as a duration (`a week-long tour`, `weeklong`, `decades-long`)", () => {
    expect(values("Lula left on a week-long tour after an hour-long call, ending a months-long standoff.")).toEqual([
      ["week-long", "P1W", null],
      ["hour-long", "PT1H", null],
      ["months-long", "PXM", null],
    ]);
    expect(values("The weeklong visit capped a decades-long dispute; a yearlong review follows.")).toEqual([
      ["weeklong", "P1W", null],
      ["decades-long", "PXDE", null],
      ["yearlong", "P1Y", null],
    ]);
    // (Not an adjective of other length: `long-term`, `lifelong`.)
    expect(values("A long-term plan for a lifelong friend.")).toEqual([]);
  });

  it("joins a stretch written in two units into one duration, before `later` too, but not a shift back from today", () => {
    expect(values("Their talks lasted 2 hours and 45 minutes.")).toEqual([["2 hours and 45 minutes", "PT2H45M", null]]);
    expect(values("The war has gone on for a year and two months, three days and two hours of it in talks.")).toEqual([
      ["a year and two months", "P1Y2M", null],
      ["three days and two hours", "P3DT2H", null],
    ]);
    // (TimeBank marks the stretch before `later`, `later` left out: `Three days later`, `a minute and a half later`.)
    expect(values("They landed 2 hours and 45 minutes later.")).toEqual([["2 hours and 45 minutes", "PT2H45M", null]]);
    expect(values("Profit fell 2 years and 3 months ago.").map(([text]) => text)).toEqual(["2 years", "3 months ago"]);
  });

  it("reads an irregular participle after `be` by its auxiliary (`would be held in December` looks ahead)", () => {
    const october = { referenceDate: "2025-10-24" };
    expect(values("Von der Leyen said a solution would be found by the December summit, which will be held in Brussels.", october)).toEqual([["December", "2025-12", null]]);
    expect(values("The summit was held in December.", october)).toEqual([["December", "2024-12", null]]);
  });

  it("takes a weekday's abbreviation into the date it names (`Tue 15 Jul 2025`), and reads none alone", () => {
    expect(values("Posted Tue 15 Jul 2025 at 6:12pm, updated Wed. Oct. 8, 2025.").map(([text, value]) => [text, value])).toEqual([
      ["Tue 15 Jul 2025", "2025-07-15"],
      ["6:12pm", "2025-07-15T18:12"],
      ["Wed. Oct. 8, 2025", "2025-10-08"],
    ]);
    expect(values("Ambassador Sun Weidong arrived.")).toEqual([]);
    expect(parseReport("Posted Tue 15 Jul 2025 at 6:12pm").people).toEqual([]);
  });

  it("reads business news' short periods (`Q3 2025`, `H1 2026`), parts before a dash (`end-2025`, `early-March`) and fortnights", () => {
    const october = { referenceDate: "2025-10-15" };
    expect(values("Growth in Q3 2025 slowed, results for Q2 were weak and sales in H1 2026 will rise.", october)).toEqual([
      ["Q3 2025", "2025-Q3", null],
      ["Q2", "2025-Q2", null],
      ["H1 2026", "2026-H1", null],
    ]);
    expect(values("The deficit will narrow by end-2025; he will visit in early-March.", october)).toEqual([
      ["end-2025", "2025", "END"],
      ["early-March", "2026-03", "START"],
    ]);
    expect(values("He stayed for a fortnight, over the past fortnight.", october)).toEqual([
      ["a fortnight", "P2W", null],
      ["the past fortnight", "P2W", null],
    ]);
    expect(values("The real test comes in the next fortnight.", october)).toEqual([["the next fortnight", "P2W", null]]);
    expect(values("The H5 and Q7 models sold well.", october)).toEqual([]);
  });

  it("looks ahead for a weekday a present verb schedules (`Leaders meet Monday`), not one a verb of saying dates", () => {
    const friday = { referenceDate: "2025-10-17" };
    expect(values("Leaders meet Monday in Geneva; the talks are on Wednesday.", friday).map(([, value]) => value)).toEqual(["2025-10-20", "2025-10-22"]);
    expect(values("Putin says on Monday that the talks were useful.", friday).map(([, value]) => value)).toEqual(["2025-10-13"]);
    expect(values("He was referring to a strike on a hospital in Kyiv on Monday.", friday).map(([, value]) => value)).toEqual(["2025-10-13"]);
    expect(values("The move follows Tuesday's declaration by Ford.", friday).map(([, value]) => value)).toEqual(["2025-10-14"]);
  });

  it("reads the week or the weekend of a day as the ISO week that holds it (`the week of March 6`)", () => {
    expect(values("The vote is set for the week of March 6, after the weekend of March 18.", { referenceDate: "2000-02-24" })).toEqual([
      ["the week of March 6", "2000-W10", null],
      ["the weekend of March 18", "2000-W11-WE", null],
    ]);
  });

  it("reads a week of a month as its ISO week, and a wire's four-digit time beside its zone", () => {
    const october = { referenceDate: "2025-10-15" };
    expect(values("The meeting is slated for the first week of December.", october)).toEqual([["the first week of December", "2025-W49", null]]);
    expect(values("It happened in the last week of March 2024.", october)).toEqual([["the last week of March 2024", "2024-W13", null]]);
    expect(values("At 10:30 a.m. local time (0730 GMT) on Monday, he arrived. In 2014 GMT was used.", october).map(([text, value]) => [text, value])).toEqual([
      ["10:30 a.m.", "2025-10-13T10:30"],
      ["0730 GMT", "2025-10-13T07:30"],
      ["Monday", "2025-10-13"],
      ["2014", "2014"],
    ]);
  });

  it("reads `Three days later` as the stretch, as TimeBank does, and still counts the next day from the day it reaches", () => {
    expect(values("The summit opened on Monday. Two days later, they signed the deal. The next day, they left.", { referenceDate: "2025-10-15" })).toEqual([
      ["Monday", "2025-10-13", null],
      ["Two days", "P2D", null],
      ["The next day", "2025-10-16", null],
    ]);
  });

  it("reads the year however it is counted (`the fiscal year`, `the full year`, `the current fiscal year`)", () => {
    const november = { referenceDate: "1989-11-01" };
    expect(values("Profit for the fiscal year rose, sales for the full year fell, and in the current fiscal year costs rose.", november)).toEqual([
      ["the fiscal year", "1989", null],
      ["the full year", "1989", null],
      ["the current fiscal year", "1989", null],
    ]);
    expect(values("The fiscal crisis deepened under a full moon.", november)).toEqual([]);
  });

  it("leaves `about` out of the span as a preposition, keeping its approximation (`about five hours`)", () => {
    expect(values("The talks lasted about five hours, nearly two weeks after the vote.")).toEqual([
      ["five hours", "PT5H", "APPROX"],
      ["nearly two weeks", "P2W", "APPROX"],
    ]);
  });

  it("reads a rate's unit as a set (`around 50 a week`, `$20 an hour`), not a count of weeks, and leaves `a year ago` a day", () => {
    expect(values("The scheme would start with around 50 a week; workers earn $20 an hour.")).toEqual([
      ["a week", "P1W", null],
      ["an hour", "PT1H", null],
    ]);
    expect(extractTimexes("The scheme would start with around 50 a week.", REF).map((t) => t.type)).toEqual(["SET"]);
    expect(values("Profit was $5 a year ago.").map(([text]) => text)).toEqual(["a year ago"]);
  });

  it("takes a time zone of any region into the clock time (`9:48 pm IDT`, `10 a.m. SAST`)", () => {
    expect(values("The ceasefire took hold at 9:48 pm IDT, the talks at 10 a.m. SAST.").map(([text]) => text)).toEqual(["9:48 pm IDT", "10 a.m. SAST"]);
  });

  it("reads years spoken in words, as broadcast transcripts write them", () => {
    expect(values("Atlanta, nineteen ninety-six. January nineteen ninety-seven.")).toEqual([["nineteen ninety-six", "1996", null], ["January nineteen ninety-seven", "1997-01", null]]);
    expect(values("The goal for the year two thousand was dropped.")).toEqual([["the year two thousand", "2000", null]]);
    expect(values("Two thousand people came.")).toEqual([]);
  });

  it("reads `last night` and parts of the day the narrative reached", () => {
    expect(values("He spoke to reporters last night.")).toEqual([["last night", "2018-08-26TNI", null]]);
    expect(values("It was the last night of the tour.")).toEqual([]);
    expect(values("They met on July 3. The next morning they left.")).toEqual([["July 3", "2018-07-03", null], ["The next morning", "2018-07-04TMO", null]]);
    // (A bare part of the day after `in` too, `In the evening, they attended a state banquet`; not a habit in the present.)
    expect(values("The leaders held talks on July 3. In the evening, they attended a state banquet.")).toEqual([["July 3", "2018-07-03", null], ["the evening", "2018-07-03TEV", null]]);
    expect(values("He usually works in the morning.")).toEqual([]);
    // (Opening a paragraph after one that dated a happening of long ago, the day of the news the lead told: `which
    // established diplomatic ties on January 1, 1984.` then `In the evening, His Majesty hosted a state banquet`.)
    const banquet = values("The Sultan held a bilateral meeting with President Prabowo yesterday.\n\nThe two countries established diplomatic ties on January 1, 1984.\n\nIn the evening, His Majesty hosted a state banquet.");
    expect(banquet.at(-1)).toEqual(["the evening", "2018-08-26TEV", null]);
  });

  it("dates a year-less day in the past by the year its clause stated just before, and a bare month by the reference", () => {
    // Written on 2018-08-27.
    expect(values("Erdogan last visited Russia in 2016 when he met Putin in Sochi on Aug. 5.").map((v) => v[1])).toEqual(["2016", "2016-08-05"]);
    expect(values("He was extradited in 2014 and pleaded guilty in May.").map((v) => v[1])).toEqual(["2014", "2018-05"]);
    expect(values("The pact was signed in 2016, but on Aug. 5 it collapsed.").map((v) => v[1])).toEqual(["2016", "2018-08-05"]);
  });

  it("reads `, the day before <event>` after a date as that same day, and `the day before` alone from the narrative", () => {
    expect(values("They met on Saturday, the day before a summit of European leaders. He had arrived the day before.").map((v) => v[1])).toEqual(["2018-08-25", "2018-08-25", "2018-08-24"]);
  });

  it("dates a holiday by the year of a month stated before it, past the comma of a `when` about that time (`in July 2023, when he was guest of honour at the Bastille Day parade`)", () => {
    const days = (text: string): string[] => extractTimexes(text, { referenceDate: "2025-02-12" }).map((t) => `${t.text}=${t.value}`);
    expect(days("Modi last visited France in July 2023, when he was guest of honour at the Bastille Day parade.")).toEqual(["July 2023=2023-07", "Bastille Day=2023-07-14"]);
    expect(days("Modi visited Russia in July 2023 and met Putin on Aug. 5.")).toEqual(["July 2023=2023-07", "Aug. 5=2023-08-05"]);
    // (Not past another clause's comma: `visited France in July 2023, and he will return for Bastille Day`.)
    expect(days("Modi visited France in July 2023, and he will return for Bastille Day.")).toEqual(["July 2023=2023-07", "Bastille Day=2025-07-14"]);
  });

  it("counts `the day before the meeting` from the day of the news the lead tells, not from the last day named", () => {
    const text = "Orban met Trump at the White House on Friday.\n\nSzijjarto said on Thursday the talks would last an hour.\n\nThe day before the meeting, Orban told state radio he was hopeful.";
    const days = (t: string): string[] => extractTimexes(t, { referenceDate: "2025-11-07" }).map((x) => `${x.text}=${x.value}`);
    expect(days(text)).toEqual(["Friday=2025-11-07", "Thursday=2025-11-06", "an hour=PT1H", "The day before=2025-11-06"]);
    // (Another event after it still counts from the narrative: `the day before his departure`.)
    expect(days(text.replace("the meeting", "his departure")).at(-1)).toBe("The day before=2025-11-05");
  });

  it("reads a weekday after a verb of schedules in the present as ahead (`the summit concludes on Sunday`)", () => {
    // Written on Monday 2018-08-27.
    expect(values("The summit concludes on Sunday.").map((v) => v[1])).toEqual(["2018-09-02"]);
    expect(values("The president meets with Sanders on Thursday.").map((v) => v[1])).toEqual(["2018-08-30"]);
  });

  it("dates a bare clock time by the day its sentence names before it", () => {
    expect(values("On August 22, commencing at 5:30 p.m., the leaders met.").map((v) => v[1])).toEqual(["2018-08-22", "2018-08-22T17:30"]);
    expect(values("The leaders met at 5:30 p.m.").map((v) => v[1])).toEqual(["2018-08-27T17:30"]);
  });

  it("reads halves of a year, and dates after `since` as past", () => {
    expect(values("In the first half of 2022, trade grew.")).toEqual([["the first half of 2022", "2022-H1", null]]);
    expect(values("Growth will slow in the second half of the year.")).toEqual([["the second half of the year", "2018-H2", null]]);
    expect(values("Spending must reach 2% by the end of the decade.")).toEqual([["the end of the decade", "201", "END"]]);
    // Written on 2018-08-27: `in December` alone is nearest ahead; after `since` it lies behind.
    expect(values("Since the talks in December, prices have risen.")).toEqual([["December", "2017-12", null]]);
  });

  it("reads decades with their article and modifier, and an age written as a decade as no time", () => {
    expect(values("Prices rose in the late 1970s.")).toEqual([["the late 1970s", "197", "END"]]);
    expect(values("Voters in their 30s and a man in his late 50s were asked.")).toEqual([]);
  });

  it("reads counts with `more` and multipliers", () => {
    expect(values("The base stays for at least 20 more years.")).toEqual([["at least 20 more years", "P20Y", "EQUAL_OR_MORE"]]);
    expect(values("The city kept its secrets for two thousand years.")).toEqual([["two thousand years", "P2000Y", null]]);
  });

  it("reads seasons with a year, and a framed season by the tense", () => {
    expect(values("It froze in the winter of 1994.")).toEqual([["the winter of 1994", "1994-WI", null]]);
    expect(values("The leaders met in the summer.")).toEqual([["the summer", "2018-SU", null]]);
    expect(values("Elections are due in the fall.")).toEqual([["the fall", "2018-FA", null]]);
    expect(values("Prices fall after the fall of the Wall.")).toEqual([]);
  });
});

describe("tense from modals and relative years", () => {
  it("reads the clause an aside in dashes interrupts as going on after it (`agreed to move ahead … — Barbados, … — from October 1`)", () => {
    const agreed = parseReport("The leaders also agreed to move ahead with free movement among four member states — Barbados, Belize, Dominica and St Vincent and the Grenadines — from October 1.", { referenceDate: "2025-07-08" });
    expect(agreed.timexes.map((t) => t.value)).toEqual(["2025-10-01"]);
    // (A dash sets off a clause as a comma does: `what Clinton needs, only days before the Iowa caucuses on Monday - was …`.)
    const needs = parseReport("But what Mr. Clinton used to do so well - and what Hillary Clinton needs, only days before the Iowa caucuses on Monday - was nowhere to be found.", { referenceDate: "2016-01-29" });
    expect(needs.timexes.find((t) => t.text === "Monday")?.value).toBe("2016-02-01");
  });

  it("dates a time by its own verb phrase, not by a future one joined after it with `and` (`arrived on Sunday and will return on Thursday`)", () => {
    for (const plan of ["will return", "is expected to return", "then will return"]) {
      const report = parseReport(`Vucic arrived in Beijing on Sunday and ${plan} to Belgrade on Thursday.`, { referenceDate: "2025-09-02" });
      expect(report.timexes.map((t) => t.value)).toEqual(["2025-08-31", "2025-09-04"]);
    }
  });

  it("reads a verb of travel in the present as a schedule ahead (`He flies to Hanoi on Wednesday, Malacañang said`), a habit's present not", () => {
    for (const verb of ["flies", "heads", "returns", "leaves"]) {
      const report = parseReport(`He ${verb} to Hanoi on Wednesday, Malacañang said.`, { referenceDate: "2025-04-29" });
      expect(report.timexes.map((t) => t.value)).toEqual(["2025-04-30"]);
    }
    // (`hosts a Sunday talk show` is a habit, no plan.)
    expect(parseReport("He also hosts a Sunday talk show, the network said.", { referenceDate: "2016-04-12" }).timexes.map((t) => t.value)).toEqual(["2016-04-10"]);
  });

  it("reads a schedule's present before `in` and a month as ahead (`the program that expires in September`), an outcome's `ends in deadlock` not", () => {
    const report = parseReport("Ruto told reporters that Kenya hoped to extend the act, the trade program that expires in September.", { referenceDate: "2025-06-17" });
    expect(report.timexes.map((t) => t.value)).toEqual(["2025-09"]);
  });

  it("reads an adjective of the future before its noun (`upcoming visit`) as dating its phrase, not a later meeting's day", () => {
    const report = parseReport(
      "The two foreign ministers discussed the upcoming visit of the president to China at talks in Beijing on Tuesday, the ministry said. The upcoming summit in Kazan in October will be the group's largest.",
      { referenceDate: "2024-04-10" },
    );
    expect(report.timexes.map((t) => t.value)).toEqual(["2024-04-09", "2024-10"]);
  });

  const values = (text: string, referenceDate: string): string[] => extractTimexes(text, { referenceDate }).map((t) => `${t.text}=${t.value}`);

  it("looks ahead from a modal to a month after it, not to a day before it or after a negated one", () => {
    expect(values("Merz said he was confident that a decision on the assets could be taken by December.", "2025-10-23")).toEqual(["December=2025-12"]);
    expect(values("On Tuesday, Trump said the nominee could pose a threat.", "2016-08-11")).toEqual(["Tuesday=2016-08-09"]);
    expect(values("It could not stop the bullet that tore through his window Friday night.", "1998-10-25")).toEqual(["Friday night=1998-10-23TNI"]);
  });

  it("reads a century in one word (`an 18th-century villa`), and puts no century on the timeline", () => {
    const text = "The two leaders met at an 18th-century lakeside villa on Wednesday. The 19th century had the Lincoln-Douglas debates.";
    expect(values(text, "2021-06-17")).toEqual(["18th-century=17", "Wednesday=2021-06-16", "The 19th century=18"]);
    expect(extractTimeline(text, { referenceDate: "2021-06-17" }).map((e) => e.value)).toEqual(["2021-06-16"]);
  });

  it("reads `every three years`, `every other week`, `every summer` as sets", () => {
    const sets = (text: string): string[] => extractTimexes(text, { referenceDate: "2022-06-10" }).map((t) => `${t.text}=${t.type}:${t.value}`);
    expect(sets("The summit is held every three years. Ministers meet every other week.")).toEqual(["every three years=SET:P3Y", "every other week=SET:P2W"]);
    // (And each season or part of the day as it comes round.)
    expect(sets('"We meet here every summer," Putin said. He reads the reports each morning.')).toEqual(["every summer=SET:XXXX-SU", "each morning=SET:XXXX-XX-XXTMO"]);
  });

  it("reads a plural weekday and a weekday's plural part of the day as sets (`on Tuesdays`, `Tuesday nights`)", () => {
    const sets = (text: string): string[] => extractTimexes(text, { referenceDate: "1998-02-13" }).map((t) => `${t.text}=${t.type}:${t.value}`);
    expect(sets("The show airs on Tuesday nights. The council meets on Fridays.")).toEqual(["Tuesday nights=SET:XXXX-WXX-2TNI", "Fridays=SET:XXXX-WXX-5"]);
    // (One night is a day's: `Tuesday night`.)
    expect(sets("The talks ended on Tuesday night.")).toEqual(["Tuesday night=TIME:1998-02-10TNI"]);
  });

  it("reads an amount with its magnitude and unit per unit of time as a rate (`4.8 billion pounds a year`)", () => {
    const sets = (text: string): string[] => extractTimexes(text, { referenceDate: "2025-07-24" }).map((t) => `${t.text}=${t.type}:${t.value}`);
    expect(sets("The deal would add 4.8 billion pounds a year to the economy. It costs $2 million a year.")).toEqual(["a year=SET:P1Y", "a year=SET:P1Y"]);
    expect(sets("Sales rose 5 percent a year earlier.")).toEqual(["a year earlier=DATE:2024"]);
  });

  it("looks ahead from a present verb of travel before a weekday (`Mr Albanese flies back to Australia on Wednesday`)", () => {
    expect(values("Mr Albanese flies back to Australia on Wednesday.", "2025-10-21")).toEqual(["Wednesday=2025-10-22"]);
    expect(values("Mr Albanese flew back to Australia on Wednesday.", "2025-10-23")).toEqual(["Wednesday=2025-10-22"]);
  });

  it("looks ahead after the `until` of a verb of putting off, in any tense (`put off a decision … until December`)", () => {
    expect(values("EU leaders put off a decision on using frozen Russian assets until December.", "2025-10-24")).toEqual(["December=2025-12"]);
    expect(values("Immigration officials postponed until Tuesday morning a deadline for the family.", "2000-03-30")).toEqual(["Tuesday morning=2000-04-04TMO"]);
    // (Not a stay that lasted until then.)
    expect(values("He stayed in office until December.", "2025-10-24")).toEqual(["December=2024-12"]);
    // (A month after `to` as after `until`: `was postponed to June`; not where aid went: `sent aid to Ukraine in June`.)
    expect(values("The summit, which had been due in Arusha last week, was postponed to June, the secretariat said.", "2024-04-23")).toContain("June=2024-06");
    expect(values("Berlin sent aid to Ukraine in June.", "2024-04-23")).toEqual(["June=2023-06"]);
  });

  it("reads a headline's plan (`Trump to host Netanyahu at White House on Monday`) and dates the meeting a lead says he will host", () => {
    const text = [
      "Trump to host Netanyahu at White House on Monday",
      "",
      "WASHINGTON, July 4 (Reuters) - U.S. President Donald Trump will host Israeli Prime Minister Benjamin Netanyahu at the White House on Monday, the White House said on Friday.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-07-04" });
    expect(report.timexes.filter((t) => t.text === "Monday").map((t) => t.value)).toEqual(["2025-07-07", "2025-07-07"]);
    expect([report.summit.date, report.summit.location]).toEqual(["2025-07-07", "Washington"]);
    expect(report.people.find((p) => p.name === "Benjamin Netanyahu")?.roles).toEqual(["Prime Minister of Israel", "Israeli Prime Minister"]);
    // (Not a deadline's day before `to`: `until 9 a.m. Tuesday to sign`.)
    expect(values("He stayed until Tuesday to sign the papers.", "2025-07-04")).toEqual(["Tuesday=2025-07-01"]);
  });

  it("reads a verb of the calendar that tells an outcome as no plan (`Friday's summit in Alaska ends without ceasefire deal`)", () => {
    const text = "Friday's summit in Alaska ends without ceasefire deal\n\nFriday's meeting between Donald Trump and Vladimir Putin in Anchorage ended without an agreement.";
    const report = parseReport(text, { referenceDate: "2025-08-16" });
    expect(report.timexes.map((t) => t.value)).toEqual(["2025-08-15", "2025-08-15"]);
    expect([report.summit.date, report.summit.location]).toEqual(["2025-08-15", "Anchorage"]);
    // (A schedule still looks ahead: `The summit ends in Brussels on Friday`.)
    expect(values("The summit ends in Brussels on Friday.", "2025-08-16")).toEqual(["Friday=2025-08-22"]);
  });

  it("looks ahead after `to be` and a participle (`the ASEAN-Japan Summit to be held in October`), not after `was to be`", () => {
    expect(values("The two leaders confirmed close coordination toward the ASEAN-Japan Summit to be held in October.", "2025-01-13")).toEqual(["October=2025-10"]);
    expect(values("The summit was to be held in October but was cancelled.", "2025-01-13")).toEqual(["October=2024-10"]);
  });

  it("looks ahead after `likely to` (`is likely to dominate Thursday's summit`)", () => {
    expect(values("According to diplomats, joint borrowing is likely to dominate Thursday's summit.", "2025-03-18")).toEqual(["Thursday=2025-03-20"]);
    expect(values("Diplomats said joint borrowing dominated Thursday's summit.", "2025-03-18")).toEqual(["Thursday=2025-03-13"]);
  });

  it("reads a weekday with the week named after it (`Tuesday next week`), and a range before it (`from Tuesday to Thursday next week`)", () => {
    expect(values("Talks will be held on Tuesday next week.", "2025-09-22")).toEqual(["Tuesday next week=2025-09-30"]);
    expect(values("Talks will be held from Tuesday to Thursday next week.", "2025-09-22")).toEqual(["Tuesday=2025-09-30", "Thursday next week=2025-10-02"]);
    expect(values("Talks were held on Wednesday last week.", "2025-09-26")).toEqual(["Wednesday last week=2025-09-17"]);
  });

  it("keeps a weekday range that holds the reference day in this week, and looks ahead after `through` in the present", () => {
    expect(values("The summit runs from Tuesday to Thursday. Talks continue through Friday.", "2025-06-25")).toEqual([
      "Tuesday=2025-06-24",
      "Thursday=2025-06-26",
      "Friday=2025-06-27",
    ]);
    expect(values("Talks continued through Friday.", "2025-06-25")).toEqual(["Friday=2025-06-20"]);
  });

  it("lets `since` date the time after it, not one before it (`a parade on Wednesday marking 80 years since …`)", () => {
    expect(values("He is due to travel to Beijing for a military parade on Wednesday marking 80 years since the end of the war. He has lived there since May.", "2025-09-01")).toEqual([
      "Wednesday=2025-09-03",
      "80 years=P80Y",
      "May=2025-05",
    ]);
  });

  it("reads `last` after a modal, `to` or `not` as the verb, and the stretch after it alone", () => {
    expect(values("The visit will last two days. Talks are expected to last three hours. Prices rose in the last two days.", "2024-11-28")).toEqual([
      "two days=P2D",
      "three hours=PT3H",
      "the last two days=P2D",
    ]);
  });

  it("moves the narrative on by no day named inside a quotation (`\"Today we have …\" … Later in the day`)", () => {
    const text = 'Macron said on Sept. 4 after a meeting in Paris that troops were pledged. "Today we have a first concrete step," Zelensky said. Later in the day, the leaders held a call with Trump.';
    expect(values(text, "2025-09-05")).toEqual(["Sept. 4=2025-09-04", "Today=2025-09-05", "the day=2025-09-04"]);
    expect(parseReport(text, { referenceDate: "2025-09-05" }).summit.date).toBe("2025-09-04");
  });

  it("counts `the following week` and `the previous month` from the day the narrative reached", () => {
    expect(values("Blinken met Lavrov on May 19. The following week, advisers spoke by phone. The previous month, envoys had met.", "2021-10-01")).toEqual([
      "May 19=2021-05-19",
      "The following week=2021-W21",
      "The previous month=2021-04",
    ]);
  });

  it("reads a season framed by `in the` before a verb or a conjunction, not before the noun it qualifies", () => {
    expect(values("Ambassadors who had been recalled in the spring returned. They worked throughout the summer and fall.", "2021-10-01")).toEqual(["the spring=2021-SP", "the summer=2021-SU"]);
    expect(values("The spring offensive began. Aides met in the fall campaign office.", "2021-10-01")).toEqual([]);
  });

  it("dates a time that opens the sentence by its reporting verb, not by the verb of what was reported", () => {
    expect(values("On March 3, the White House announced that President Biden would travel to Geneva.", "2021-10-01")).toEqual(["March 3=2021-03-03"]);
    expect(values("Over the weekend, Pentagon officials confirmed reports that troops would be sent.", "1990-08-13")).toEqual(["the weekend=1990-W32-WE"]);
  });

  it("dates `later in the day` by the day of the news, not by a day another paragraph gave as background", () => {
    const text =
      "KUALA LUMPUR — Hun Manet met Anwar Ibrahim on the sidelines of the ASEAN summit on Sunday.\n\n" +
      "Hun Manet thanked Anwar for brokering the truce signed at Putrajaya on July 28.\n\n" +
      "Thai Prime Minister Anutin Charnvirakul was due to meet Hun Manet later in the day.";
    expect(values(text, "2025-10-27")).toEqual(["Sunday=2025-10-26", "July 28=2025-07-28", "the day=2025-10-26"]);
    // (In the same paragraph, the day just named: `On July 23, the minister arrived. Later in the day, …`.)
    expect(values("On July 23, the minister arrived. Later in the day, he met the president.", "2018-08-27")).toEqual(["July 23=2018-07-23", "the day=2018-07-23"]);
  });

  it("dates `the same day` that opens a paragraph after an earlier happening's day by the day of the news, and keeps a later one or one in the same paragraph", () => {
    const text =
      "On August 22, President Ilham Aliyev met President Kassym-Jomart Tokayev in Gabala.\n\n" +
      "Tokayev congratulated Aliyev on the signing of the agreement in Washington on August 8.\n\n" +
      "The same day, the two presidents attended the informal summit of the Organization of Turkic States.";
    expect(values(text, "2025-08-22")).toEqual(["August 22=2025-08-22", "August 8=2025-08-08", "The same day=2025-08-22"]);
    // (In the paragraph of the earlier day, that day: `most recently last March 3 … crossed out that same day`.)
    expect(values("Aliyev met Tokayev on August 22.\n\nThey last met on August 8, and signed a deal the same day.", "2025-08-22")).toEqual(["August 22=2025-08-22", "August 8=2025-08-08", "the same day=2025-08-08"]);
    // (A day after the news, the paragraph before tells of: `will attend … on Saturday.\n\nThe same day, …`.)
    expect(values("Aliyev met Tokayev on August 22.\n\nHe will travel to Baku on August 24.\n\nThe same day, he will meet Erdogan.", "2025-08-22")).toEqual(["August 22=2025-08-22", "August 24=2025-08-24", "The same day=2025-08-24"]);
  });

  it("dates a bare clock time by a day its paragraph stated in full, not by the reference day (and one of a preview in the next paragraph by the day ahead)", () => {
    const text =
      "The 31st EU-Japan summit will take place in Brussels on 13.11.2025. Prime Minister Sanae Takaichi will be received by President António Costa at 09:30 CET, followed by a restricted session at 10:15.\n\n" +
      "A joint press conference is scheduled for 13:45.";
    expect(values(text, "2025-11-12")).toEqual(["13.11.2025=2025-11-13", "09:30 CET=2025-11-13T09:30", "10:15=2025-11-13T10:15", "13:45=2025-11-13T13:45"]);
    expect(parseReport(text, { referenceDate: "2025-11-12" }).summit.date).toBe("2025-11-13");
  });

  it("dates a bare clock time in the past tense by the day of the news the lead tells, not by the reference day", () => {
    const text =
      "Moon, Kim vow complete denuclearization\n\nPublished : April 28, 2018 - 17:25\n\n" +
      "South Korean President Moon Jae-in and North Korean leader Kim Jong-un agreed Friday to formally end the Korean War this year.\n\n" +
      "The two leaders signed the declaration after a day of talks that began when Kim stepped across the border at 9:30 a.m.";
    expect(values(text, "2018-04-28")).toEqual(["April 28, 2018=2018-04-28", "17:25=2018-04-28T17:25", "Friday=2018-04-27", "this year=2018", "9:30 a.m.=2018-04-27T09:30"]);
    // (A plan still looks from the reference day: `The leaders will sign it at 10 a.m.`)
    expect(values("Moon and Kim met on Friday.\n\nThe leaders will sign the declaration at 10 a.m.", "2018-04-28").at(-1)).toBe("10 a.m.=2018-04-28T10:00");
  });

  it("looks ahead from a plan `set for` or `slated for` a day, not back from the past form of `set`", () => {
    expect(values("The meeting, set for Monday, will be his third visit.", "2025-07-06")).toEqual(["Monday=2025-07-07"]);
    expect(values("The vote was set for Monday.", "2025-07-06")).toEqual(["Monday=2025-07-07"]);
    expect(values("He set a deadline of Monday.", "2025-07-06")).toEqual(["Monday=2025-06-30"]);
  });

  it("dates a time in a reporting verb's clause by the saying, not by the tense of a quotation before it", () => {
    // (`MPs` is no hearer the verb reaches past, and `in parliament` stands between: the clause still dates the day.)
    expect(values('"We will keep working hand in glove," Starmer told MPs on Wednesday.', "2025-06-20")).toEqual(["Wednesday=2025-06-18"]);
    expect(values('"We will keep working," Starmer said in parliament on Wednesday.', "2025-06-20")).toEqual(["Wednesday=2025-06-18"]);
    // The reported words' own verb still dates a time among them.
    expect(values("He said talks will resume on Monday.", "2025-06-20")).toEqual(["Monday=2025-06-23"]);
  });

  it("dates a time between a reporting verb and its `that` by the saying, not by the reported words' modal", () => {
    // (`Monday` stands as near `would` as `told`, whose hearer lies between them.)
    expect(values("Ushakov told reporters on Monday that Putin would hold about 20 bilateral meetings.", "2024-10-22")).toEqual(["Monday=2024-10-21"]);
    // After the `that`, the reported words date their own times.
    expect(values("Ushakov told reporters that Putin would hold talks with Modi on Monday.", "2024-10-22")).toEqual(["Monday=2024-10-28"]);
  });

  it("dates a time in reported words of the present by their own tense, not by a closing reporting verb", () => {
    // (A present verb of the time's clause: the reported words speak of now, so the month is the nearest one.)
    expect(values("Beijing has until mid-September to respond to an anti-dumping probe into pork, officials said.", "2025-07-24")).toEqual(["mid-September=2025-09"]);
    expect(values("The deadline is September, officials said.", "2025-07-24")).toEqual(["September=2025-09"]);
    // A perfect's `has` is no present of its own: the reporting verb still dates the time.
    expect(values("Beijing has signalled its anger since September, officials said.", "2025-07-24")).toEqual(["September=2024-09"]);
  });

  it("looks ahead after `ahead of`, a past event's follow-up near the reference staying in its year", () => {
    expect(values('Costa described it as "a clear signal" ahead of the COP30 conference in Belem in November.', "2025-07-24")).toEqual(["November=2025-11"]);
    expect(values("Leaders met in October ahead of the summit in November.", "2025-12-10")).toEqual(["October=2025-10", "November=2025-11"]);
  });

  it("dates by a bare `next` before a noun that is no time only that noun (`discussed \"next steps\" after … the clash … on Friday`)", () => {
    expect(values('Downing Street said the two leaders discussed "next steps" after the clash with Donald Trump in the Oval Office on Friday.', "2025-03-01")).toEqual(["Friday=2025-02-28"]);
    // (A plan's own verb still looks ahead, and `the next round` dates what follows it.)
    expect(values("The leaders will discuss next steps on Friday.", "2025-03-01")).toEqual(["Friday=2025-03-07"]);
    expect(values("They agreed the next round of talks would be held on Friday.", "2025-03-01")).toEqual(["Friday=2025-03-07"]);
  });

  it("looks ahead to what getting ready is for, whatever the tense of the clause (`welcomed her leadership in preparing for the G7 Summit in Apulia in June`)", () => {
    expect(values("The President welcomed Prime Minister Meloni's leadership in preparing for the G7 Summit in Apulia in June.", "2024-03-01")).toEqual(["June=2024-06"]);
    expect(values("The ministers discussed preparations for the summit in November.", "2025-07-24")).toEqual(["November=2025-11"]);
    // (Not a time before the word: `discussed in May their preparations for the summit`.)
    expect(values("The ministers discussed in May their preparations for the summit.", "2025-03-10")).toEqual(["May=2024-05"]);
  });

  it("reads no duration in the last group of a number written with a thousands comma", () => {
    expect(values('Trump said: "It took 3,000 years to get to this point." It lasted 2 years.', "2025-10-13")).toEqual(["2 years=P2Y"]);
  });

  it("reads `by <date>` as a deadline ahead, and no time in `the Future Combat Air System`", () => {
    expect(values("They agreed to speed up work on the Future Combat Air System and to present a roadmap by December 31. The book was hosted by the King on Tuesday.", "2025-08-29")).toEqual(["December 31=2025-12-31", "Tuesday=2025-08-26"]);
  });

  it("counts weekdays from a wire dateline's day when the reference date is another", () => {
    const text = "New Delhi, Oct 25 (DPA) Scholz and Modi on Friday agreed to deepen cooperation. Scholz will return next month.";
    expect(values(text, "2025-06-01")).toEqual(["Oct 25=2024-10-25", "Friday=2024-10-25", "next month=2024-11"]);
    expect(values(text, "2024-10-25")).toEqual(["Oct 25=2024-10-25", "Friday=2024-10-25", "next month=2024-11"]);
  });

  it("counts `today` and `tomorrow` from a line of first publication above the lead (`Published 1 March 2025`), as from a dateline", () => {
    const text = "PM meeting with President Zelenskyy\n\nFrom: Prime Minister's Office, 10 Downing Street\nPublished 1 March 2025\n\nThe Prime Minister welcomed President Zelenskyy of Ukraine to Downing Street today. He looked forward to welcoming European leaders to London tomorrow.";
    expect(values(text, "2025-03-03")).toEqual(["1 March 2025=2025-03-01", "today=2025-03-01", "tomorrow=2025-03-02"]);
    // (A later edit's line is not the day the words were written.)
    const updated = text.replace("Published", "Updated");
    expect(values(updated, "2025-03-03").slice(1)).toEqual(["today=2025-03-03", "tomorrow=2025-03-04"]);
  });

  it("reads `the first quarter of next year` as one expression of that year", () => {
    expect(values("A cabinet would meet in Santiago in the first quarter of next year.", "2025-04-28")).toEqual(["the first quarter of next year=2026-Q1"]);
  });

  it("puts the end of a range of weekdays after its start (`runs from Monday to Wednesday`)", () => {
    expect(values("The summit runs from Monday to Wednesday.", "2023-08-30")).toEqual(["Monday=2023-09-04", "Wednesday=2023-09-06"]);
  });

  it("looks ahead to the end of what is going on now (`is attending … until Friday`), and reads `13th February, 2024` whole", () => {
    expect(values("Xi is attending the Apec leaders' meeting until Friday. He stayed until Monday.", "2023-11-16")).toEqual(["Friday=2023-11-17", "Monday=2023-11-13"]);
    expect(values("ABU DHABI, 13th February, 2024 (WAM) -- On 13 February, 1,500 people came.", "2024-02-20")).toEqual(["13th February, 2024=2024-02-13", "13 February=2024-02-13"]);
  });

  it("reads clock times written as one word (`10.05am`, `9pm`, `14.30 GMT`, `12:00pm`), not a decimal", () => {
    expect(values("Talks resumed at 10.05am and ended at 3.30pm. The vote was at 14.30 GMT and the dinner at 9pm, or 12:00pm. Shares rose 10.05 percent.", "2025-03-06")).toEqual([
      "10.05am=2025-03-06T10:05",
      "3.30pm=2025-03-06T15:30",
      "14.30 GMT=2025-03-06T14:30",
      "9pm=2025-03-06T21:00",
      "12:00pm=2025-03-06T12:00",
    ]);
  });

  it("dates a clock time, and the one in its parenthesis, by the day after its local-time aside (`10:30 a.m. local time (0830 GMT) on Monday`)", () => {
    expect(values("The summit opens formally at 10:30 a.m. local time (0830 GMT) on Monday, with a working lunch.", "2026-06-14")).toEqual([
      "10:30 a.m.=2026-06-15T10:30",
      "0830 GMT=2026-06-15T08:30",
      "Monday=2026-06-15",
    ]);
    expect(values("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "1998-08-08")).toEqual(["10:35 a.m.=1998-08-07T10:35", "0735 GMT=1998-08-07T07:35", "Friday=1998-08-07"]);
    // (A city's time is such an aside too.)
    expect(values("The call began at 3 p.m. Moscow time on Saturday.", "2025-06-20")).toEqual(["3 p.m.=2025-06-14T15:00", "Saturday=2025-06-14"]);
  });

  it("reads a bare day at either end of a range whose other end names the month (`from 27 to 28 April`, `between 14 and 16 October`)", () => {
    expect(values("He visited Viet Nam from April 27 to 28, 2025. Lam's visit, from March 9 to 11, is his first.", "2025-04-28")).toEqual([
      "April 27=2025-04-27",
      "28, 2025=2025-04-28",
      "March 9=2025-03-09",
      "11=2025-03-11",
    ]);
    expect(values("He visited from 27 to 28 April 2025. Shares rose from 27 to 28 percent.", "2025-04-28")).toEqual(["27=2025-04-27", "28 April 2025=2025-04-28"]);
    // (`between … and …` too, not a count: `Between 300 and 400 people`.)
    expect(values("It took place between 14 and 16 October, and between April 27 and 28. Between 300 and 400 people came.", "2025-11-03")).toEqual([
      "14=2025-10-14",
      "16 October=2025-10-16",
      "April 27=2025-04-27",
      "28=2025-04-28",
    ]);
  });

  it("takes the tense of the time's own clause, and reads no past in a bare verb after a modal", () => {
    expect(values("Mr. Modi, who arrived in Tokyo on Thursday evening, will travel to Tianjin on Sunday.", "2025-08-29")).toEqual([
      "Thursday evening=2025-08-28TEV",
      "Sunday=2025-08-31",
    ]);
    expect(values("The spot, which could hit Florida airwaves Monday, starts with a montage.", "2016-03-12")).toEqual(["Monday=2016-03-14"]);
  });

  it("reads a number after a year and a comma as a number of its own (`in March 2023, ten months after`)", () => {
    expect(values("Yoon had visited Japan in March 2023, ten months after his inauguration.", "2025-08-23")).toEqual(["March 2023=2023-03", "ten months=P10M"]);
  });

  it("reads `two weeks from now` as a day ahead, and a season after `in early`", () => {
    expect(values("Two weeks from now a new round starts; the rest will resume in early autumn.", "2025-07-02")).toEqual(["Two weeks from now=2025-W29", "early autumn=2025-FA"]);
    expect(values("You can do that every day from now until the election.", "2025-07-02")).not.toContain("day from now=2025-07-03");
  });

  it("reads `the past` coordinated with other adjectives as one of them, not as a time", () => {
    expect(values("The troika, comprising the past, current and incoming chairs, met the past and present presidents. In the past, leaders met.", "2023-09-05")).toEqual(["the past=PAST_REF"]);
  });

  it("reads no past tense in a capitalised name ending in -ed, nor a vague time in a capitalised title", () => {
    const text = "PM Modi will address the diaspora on Sunday before attending the 'Summit of the Future' at the United Nations on Monday.";
    expect(values(text, "2024-09-21")).toEqual(["Sunday=2024-09-22", "Monday=2024-09-23"]);
  });

  it("dates a month by a relative year before it in its clause", () => {
    expect(values("Next year's forum will be held in Palau in August.", "2025-09-12")).toEqual(["Next year=2026", "August=2026-08"]);
    expect(values("A ruling is unlikely before the end of the year and possibly not until after Obama leaves office on Jan. 20.", "2016-09-27")).toEqual(["the end of the year=2016", "Jan. 20=2017-01-20"]);
  });
});

describe("the day and the year's end", () => {
  it("reads `later in the day` as the day the narrative is on, and year-end as the year's last day", () => {
    expect(values("On July 23, the minister arrived. Later in the day, he met the president.")).toEqual([["July 23", "2018-07-23", null], ["the day", "2018-07-23", null]]);
    // A date after `since` starts a period; the narrative stays on the day it was on.
    expect(values("They met on Friday, the first time since he took office on Aug. 1. They met again later in the day.").map((v) => v[1])).toEqual(["2018-08-24", "2018-08-01", "2018-08-24"]);
    expect(values("The deal must be signed by year-end.")).toEqual([["year-end", "2018-12-31", null]]);
    expect(values("Profits rose at year-end.")).toEqual([["year-end", "2017-12-31", null]]);
    expect(values("Putin held his year-end news conference.")).toEqual([]);
    // A capitalised `Today` after a word of prose is an outlet's or a programme's name; a title-case headline's is the day.
    expect(values("The minister told L'Orient Today that the talks went well. He spoke to BBC Radio 4's Today programme.")).toEqual([]);
    expect(values("Putin and Xi Meet Today in Beijing")).toEqual([["Today", "2018-08-27", null]]);
    // (In another paragraph, the lead's day: not a byline's above it, which dates the page.)
    const text = "What Modi and Trump Agreed On\n\nBY ASTHA RAJVANSHI\nFEBRUARY 14, 2025 2:10 AM EST\n\nModi met with Trump at the White House on Thursday.\n\nEarlier in the day, Modi met with Elon Musk.";
    expect(extractTimexes(text, { referenceDate: "2025-02-14" }).map((t) => [t.text, t.value])).toEqual([["FEBRUARY 14, 2025", "2025-02-14"], ["2:10 AM EST", "2025-02-14T02:10"], ["Thursday", "2025-02-13"], ["the day", "2025-02-13"]]);
  });
});

describe("publication lines", () => {
  it("make no event of the report's own publication time", () => {
    const text = "Published 3 hours ago\n\nErdogan hosted Putin for talks in Ankara on Wednesday.";
    expect(extractTimeline(text, { referenceDate: "2024-09-04" }).map((e) => e.description)).toEqual(["Erdogan hosted Putin for talks in Ankara on Wednesday."]);
  });

  it("make no event of a byline's dates above the report, wherever its word of publication stands", () => {
    const text = "Erdogan, Putin discuss grain deal in Sochi\n\nBurak Bir   |04.09.2023 - Update : 05.09.2023\n\nANKARA\n\nErdogan on Monday met Putin in Sochi.";
    expect(extractTimeline(text, { referenceDate: "2023-09-04" }).map((e) => [e.value, e.description])).toEqual([["2023-09-04", "Erdogan on Monday met Putin in Sochi."]]);
    // In the running text the word dates nothing away: `the updated plan` is news, and so is a live page's `UPDATE 3:05pm:`.
    expect(extractTimeline("Trump met Kim in Hanoi.\n\nUPDATE 3:05pm: Trump told a news conference that the talks had ended.", { referenceDate: "2019-02-28" }).map((e) => e.value)).toEqual(["2019-02-28T15:05"]);
    expect(extractTimeline("Putin met Erdogan on Monday. The updated plan will be published on Friday.", { referenceDate: "2023-09-04" }).map((e) => e.value)).toEqual(["2023-09-04", "2023-09-08"]);
  });

  it("make no event of a footer that says when the page itself went out (`This report … was first published June 23, 2025.`)", () => {
    const text = "Carney, von der Leyen sign defence pact\n\nBRUSSELS — Prime Minister Mark Carney and European Commission President Ursula von der Leyen signed a defence partnership Monday.\n\nThis report by The Canadian Press was first published June 23, 2025.";
    expect(extractTimeline(text, { referenceDate: "2025-06-23" }).map((e) => e.description)).toEqual([expect.stringMatching(/^Prime Minister Mark Carney/)]);
    // (What else is published is news: `This plan will be published on Friday.`)
    expect(extractTimeline("Putin met Erdogan on Monday. This plan will be published on Friday.", { referenceDate: "2025-06-23" }).map((e) => e.value)).toEqual(["2025-06-23", "2025-06-27"]);
  });

  it("read a first line above a byline as the headline, its full stops whatever, so that the byline heads the report too", () => {
    const text = "Trump and Putin met in Alaska. Here is what we know.\n\nBy Staff Writer\nAugust 16, 2025\n\nTrump and Putin held talks in Anchorage on Friday.";
    const report = parseReport(text, { referenceDate: "2025-08-16" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "heading", "paragraph"]);
    expect(report.timeline.map((e) => e.value)).toEqual(["2025-08-15"]);
    // (A first paragraph over running text stays a paragraph.)
    expect(parseReport("Putin met his counterpart. The talks were long.\n\nBy then, the crowd had gone home.").blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
  });

  it("make no event of a date line whose day and clock time `at` joins (`August 16, 2025 at 7:12 a.m. EDT`)", () => {
    const text = "Trump and Putin met in Alaska. Here is what we know.\n\nBy Staff Writer\nAugust 16, 2025 at 7:12 a.m. EDT\n\nTrump and Putin held talks in Anchorage on Friday.";
    expect(extractTimeline(text, { referenceDate: "2025-08-16" }).map((e) => e.value)).toEqual(["2025-08-15"]);
  });
});

describe("weekdays", () => {
  it("takes a weekday the report told of as done for the same day when it comes back", () => {
    const text = "Yoon and Kishida agreed Thursday to resume visits. Yoon will attend a dinner later Thursday.";
    expect(values(text, { referenceDate: "2023-03-17" })).toEqual([["Thursday", "2023-03-16", null], ["Thursday", "2023-03-16", null]]);
    // Without the first, a plan's Thursday lies ahead.
    expect(values("Yoon will attend a dinner on Thursday.", { referenceDate: "2023-03-17" })).toEqual([["Thursday", "2023-03-23", null]]);
  });
});

describe("timeline", () => {
  it("reads a dateline whose city holds an abbreviation (`ST. PETERSBURG, December 20. /TASS/.`) as no happening of its own", () => {
    const text = "ST. PETERSBURG, December 20. /TASS/. Vladimir Putin and Alexander Lukashenko held talks in St. Petersburg on Friday.";
    expect(extractTimeline(text, { referenceDate: "2019-12-21" }).map((e) => `${e.value} ${e.description.slice(0, 8)}`)).toEqual(["2019-12-20 Vladimir"]);
  });
  it("describes a happening reckoned from its sentence's day without the wire dateline that opens the sentence", () => {
    const text = "LONDON, Aug 22 (Reuters) - A week after Vladimir Putin and Donald Trump met in Alaska, the Kremlin has offered no concessions.";
    const descriptions = extractTimeline(text, { referenceDate: "2025-08-22" }).map((e) => e.description.slice(0, 11));
    expect(descriptions.length).toBeGreaterThan(0);
    expect(descriptions.every((d) => d === "A week afte")).toBe(true);
  });
  it("reads a city alone with a colon above the running text as a dateline, so that the lead's day is the news's", () => {
    const text =
      "PM Modi, Donald Trump Hold Talks At White House\n\nWashington:\n\n" +
      "Prime Minister Narendra Modi and US President Donald Trump on Thursday held wide-ranging talks at the White House.\n\n" +
      "Earlier in the day, PM Modi met Tesla CEO Elon Musk at Blair House.";
    const report = parseReport(text, { referenceDate: "2025-02-14" });
    expect(report.blocks[1]?.kind).toBe("dateline");
    expect(report.timeline.map((e) => e.value)).toEqual(["2025-02-13", "2025-02-13"]);
  });
  it("reads a byline under a standfirst that is a sentence as a heading whose date is no happening", () => {
    const text =
      "Starmer arrives in Washington for first NATO summit as PM\n\nSir Keir Starmer has arrived in Washington for his first NATO summit as prime minister.\n\n" +
      "By Sam Coates, deputy political editor\nWednesday 10 July 2024 08:05, UK\n\nThe prime minister will hold talks with US President Joe Biden at the White House later today.";
    const report = parseReport(text, { referenceDate: "2024-07-10" });
    expect(report.blocks[2]?.kind).toBe("heading");
    expect(report.timeline.map((e) => e.description.slice(0, 3))).toEqual(["The"]);
  });
  it("reads a byline's `Name in City` over its date as a dateline's, and keeps a heading's own happening above a wire dateline", () => {
    const byline = "Meloni hosts Vance in Rome\n\nAngela Giuffrida in Rome\nSun 18 May 2025 19.12 BST\n\nGiorgia Meloni has hosted the US vice-president, JD Vance, in Rome.";
    expect(extractTimeline(byline, { referenceDate: "2025-05-18" }).map((e) => e.description.slice(0, 14))).toEqual(["Giorgia Meloni", "Giorgia Meloni"]);
    const heading =
      "Netanyahu, Trump meet at White House\n\nPremier says Israel will cut its trade deficit; Trump announces talks with Iran to begin Saturday\n\n" +
      "WASHINGTON — Donald Trump and Benjamin Netanyahu met at the White House on Monday.";
    expect(extractTimeline(heading, { referenceDate: "2025-04-08" }).map((e) => `${e.value} ${e.description.slice(0, 7)}`)).toEqual(["2025-04-07 Donald ", "2025-04-12 Premier"]);
  });
  it("orders a weekend by its Saturday, after the days of its week before it", () => {
    const text = "Albanese met Xi on Tuesday evening. He will return to Canberra at the weekend, after a visit to Chengdu on Thursday.";
    expect(extractTimeline(text, { referenceDate: "2025-07-15" }).map((e) => e.value)).toEqual(["2025-07-15TEV", "2025-07-17", "2025-W29-WE"]);
  });

  it("describes a happening without the list's or dialogue's mark that opens its line", () => {
    const text = "NATO leaders meet in The Hague.\n\n* Leaders arrive on Tuesday afternoon.\n\n- Trade reached a record last year.";
    expect(extractTimeline(text, { referenceDate: "2025-06-23" }).map((e) => e.description)).toEqual(["Trade reached a record last year.", "Leaders arrive on Tuesday afternoon."]);
  });
  it("orders dated happenings chronologically, vague future after the reference date", () => {
    const text = "The leaders will meet again in the near future. The summit was held on August 22. On July 23, the invitation was sent. The deal must be ready by the end of this year.";
    expect(extractTimeline(text, REF).map((e) => [e.value, e.mod])).toEqual([
      ["2018-07-23", null],
      ["2018-08-22", null],
      ["FUTURE_REF", null],
      ["2018", "END"],
    ]);
  });

  it("places halves, seasons and decades in time among months", () => {
    const text = "The leaders will meet again in the second half of 2019. They first met in March 2019. A summit is planned for the spring of 2019. Talks began in the 1990s.";
    expect(extractTimeline(text, REF).map((e) => e.value)).toEqual(["199", "2019-03", "2019-SP", "2019-H2"]);
  });

  it("dates a happening a count of days before or after its sentence's news (`The summit came a day after Biden met Modi`)", () => {
    const text =
      "WILMINGTON, Sept 21 (Reuters) - Leaders of the Quad held a summit on Saturday.\n\nThe summit came a day after Biden met Modi separately. " +
      "The envoy was expelled on Friday, two days after the vote. The announcement comes a week before the election. Trump said he would meet Xi two days after the summit.";
    // (The last is planned, but from this meeting, which the distance names bare.)
    const events = extractTimeline(text, { referenceDate: "2024-09-21" });
    expect(events.filter((e) => e.timexId !== "").map((e) => [e.value, text.slice(e.sentence.start, e.sentence.start + 24)])).toEqual([
      ["2024-09-18", "The envoy was expelled o"],
      ["2024-09-20", "The summit came a day af"],
      ["2024-09-20", "The envoy was expelled o"],
      ["2024-09-21", "WILMINGTON, Sept 21 (Reu"],
      ["2024-09-23", "Trump said he would meet"],
      ["2024-09-28", "The announcement comes a"],
    ]);
  });

  it("dates a happening a day before a call that is the meeting (`The call came a day after …`), not before an appeal", () => {
    const text =
      "PM, Hun Manet agree to ease border tension\n\nPrime Minister Paetongtarn Shinawatra and her Cambodian counterpart Hun Manet agreed in a phone call on Thursday to resolve the dispute.\n\n" +
      "The call came a day after Thai and Cambodian troops exchanged fire. The call for restraint came two days after the clash.";
    const events = extractTimeline(text, { referenceDate: "2025-05-29" });
    expect(events.map((e) => [e.value, text.slice(e.sentence.start, e.sentence.start + 20)])).toEqual([
      ["2025-05-28", "The call came a day "],
      ["2025-05-29", "Prime Minister Paeto"],
    ]);
  });

  it("dates a happening a distance `later` than the date told before it, in its sentence or opening the next (`in Woodside, California, a year later`)", () => {
    const text =
      "It was the third in-person meeting between the two leaders, after talks in Bali in November 2022 and in Woodside, California, a year later.\n\n" +
      "The deal was signed on Feb. 29, 2020. A year later, it collapsed. Putin said he would return two weeks later.";
    const events = extractTimeline(text, { referenceDate: "2024-11-17" });
    expect(events.map((e) => [e.value, text.slice(e.sentence.start, e.sentence.start + 20)])).toEqual([
      ["2020-02-29", "The deal was signed "],
      ["2021-02-28", "A year later, it col"],
      ["2022-11", "It was the third in-"],
      ["2023-11", "It was the third in-"],
    ]);
    // (Not from a date of another paragraph: `Two years later` opening it counts from nothing told there.)
    expect(extractTimeline("The deal was signed in 2019.\n\nTwo years later, it collapsed.", { referenceDate: "2024-11-17" }).map((e) => e.value)).toEqual(["2019"]);
  });

  it("dates a happening a count of days before or after this meeting, named bare after the distance (`Aides met two weeks before the summit`)", () => {
    const text =
      "Trump and Xi met in Busan on Thursday.\n\nAides met two weeks before the summit. The deal was drafted a fortnight before the summit. It will be signed three days after the talks. Officials met a week before the G20 summit in Osaka. " +
      "Trump met Lee on the sidelines a day after Lee hosted a dinner.";
    const events = extractTimeline(text, { referenceDate: "2025-10-30" });
    // (A verb of meeting makes the sentence's news this meeting, unless the distance runs from another: not `Officials
    // met a week before the G20 summit`.)
    expect(events.map((e) => [e.value, text.slice(e.sentence.start, e.sentence.start + 16)])).toEqual([
      ["2025-10-16", "Aides met two we"],
      ["2025-10-16", "The deal was dra"],
      ["2025-10-29", "Trump met Lee on"],
      ["2025-10-30", "Trump and Xi met"],
      ["2025-11-02", "It will be signe"],
    ]);
  });

  it("names the people in each event's sentence", () => {
    const report = parseReport("On July 23, Vladimir Putin invited Alexander Lukashenko to Sochi.", REF);
    const names = report.timeline[0]?.participants.map((id) => report.people.find((p) => p.id === id)?.name);
    expect(names).toEqual(["Vladimir Putin", "Alexander Lukashenko"]);
    // (And one a pronoun or a description stands for as the speaker: `In a post on Saturday, he said …`.)
    const pronoun = parseReport("Zelenskyy was not invited to the talks. In a post on social media on Saturday, he said Ukraine was ready for a trilateral meeting.", { referenceDate: "2025-08-16" });
    expect(pronoun.timeline.map((e) => e.participants.map((id) => pronoun.people.find((p) => p.id === id)?.name))).toEqual([["Volodymyr Zelensky"]]);
    // (And the subject a sentence opens on with `He` or `She`: `He is set to return to Ottawa on Friday`.)
    const subject = parseReport("Prime Minister Mark Carney met with Mexican President Claudia Sheinbaum on Thursday. The visit is Carney's first to Mexico. He is set to return to Ottawa on Friday.", { referenceDate: "2025-09-18" });
    expect(subject.timeline.map((e) => e.participants.map((id) => subject.people.find((p) => p.id === id)?.name))).toEqual([["Mark Carney", "Claudia Sheinbaum"], ["Mark Carney"]]);
  });

  it("gives an event the summit's two participants when its sentence speaks of `the two leaders`, but not in another's report", () => {
    const text = "Pashinyan, Aliyev meet in Abu Dhabi\n\nArmenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Thursday.\n\nThe two leaders last met in Tirana on May 16 on the sidelines of a summit.\n\nKremlin aide Yuri Ushakov said in March that a meeting between the two presidents and Putin was possible.";
    const report = parseReport(text, { referenceDate: "2025-07-10" });
    const named = (value: string) => report.timeline.find((e) => e.value === value)?.participants.map((id) => report.people.find((p) => p.id === id)?.name);
    expect(named("2025-05-16")).toEqual(["Nikol Pashinyan", "Ilham Aliyev"]);
    // (`the presidents` too, the meeting being of two.)
    const bare = parseReport("Aliyev, Tokayev meet in Astana\n\nPresident Ilham Aliyev met President Kassym-Jomart Tokayev in Astana on Friday.\n\nThe presidents also discussed the next meeting, to be held in Baku in 2026.", { referenceDate: "2025-07-04" });
    expect(bare.timeline.find((e) => e.value === "2026")?.participants.map((id) => bare.people.find((p) => p.id === id)?.name)).toEqual(["Ilham Aliyev", "Kassym-Jomart Tokayev"]);
    expect(named("2025-03")).toEqual(["Yuri Ushakov", "Vladimir Putin"]);
    // (Nor is a side of a meeting someone else reports, outside the dated sentence, at this one.)
    expect(report.summit.participants.map((id) => report.people.find((p) => p.id === id)?.name)).toEqual(["Nikol Pashinyan", "Ilham Aliyev"]);
  });
  it("gives an event the participants whose peoples a plural of leaders names (`The Belarusian and Kazakh leaders agreed to meet again`)", () => {
    const text = "Belarus President Aleksandr Lukashenko met with President of Kazakhstan Kassym-Jomart Tokayev in Minsk on 19 June.\n\nThe Belarusian and Kazakh leaders agreed to meet again before the end of the year. The Kazakh leaders of old met in 1995.";
    const report = parseReport(text, { referenceDate: "2025-06-19" });
    const names = (e: { participants: string[] }) => e.participants.map((id) => report.people.find((p) => p.id === id)?.name);
    expect(report.timeline.map((e) => [e.value, names(e)])).toEqual([
      ["1995", []],
      ["2025-06-19", ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]],
      ["2025", ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]],
    ]);
  });
  it("reads `the pair` and `the two men` as the summit's two, and no pair of things (`the pair of shoes`)", () => {
    const text = "Prime Minister Christopher Luxon hosted his Australian counterpart Anthony Albanese in Queenstown on Saturday.\n\nThe pair visited a winery on Sunday. The two men spoke again on Monday. The pair of shoes he wore on Thursday was new.";
    const report = parseReport(text, { referenceDate: "2025-08-05" });
    const names = (e: { participants: string[] }) => e.participants.map((id) => report.people.find((p) => p.id === id)?.name);
    expect(report.timeline.map((e) => [e.value, names(e)])).toEqual([
      ["2025-07-31", []],
      ["2025-08-02", ["Christopher Luxon", "Anthony Albanese"]],
      ["2025-08-03", ["Christopher Luxon", "Anthony Albanese"]],
      ["2025-08-04", ["Christopher Luxon", "Anthony Albanese"]],
    ]);
  });
});

describe("captions and link lists", () => {
  it("reads a picture's caption as text, and the items of a `Related Articles` list as headlines", () => {
    const text = [
      "Macron and Scholz pledge joint push on EU defence",
      "",
      "Macron and Scholz on Tuesday agreed to deepen defence cooperation in Hamburg.",
      "",
      "Photo: Mikhail Metzel/TASS",
      "",
      "Photo: Macron and Scholz at the Hamburg town hall on October 1, 2024. (AFP)",
      "",
      "Related Articles",
      '- "We need each other": Scholz visits Paris',
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2024-10-01" });
    expect(report.timexes.map((t) => t.text)).toEqual(["Tuesday", "October 1, 2024"]);
    expect(report.quotes.map((q) => q.kind)).toEqual(["heading"]);
  });
});

describe("summit frame", () => {
  it("dates a summit that a pledge followed, not the next one planned for a season ahead, and leaves out a former holder of an office", () => {
    const report = parseReport(
      "Taoiseach Micheál Martin and British prime minister Keir Starmer have pledged to open a new chapter, following a summit at Lancaster House in London on Wednesday.\n\n" +
        "The two leaders agreed to hold annual summits, with the next one to take place in Ireland in the spring of 2026.\n\n" +
        "The summit was the first of its kind since 2012, when then taoiseach Enda Kenny and David Cameron signed a joint statement.",
      { referenceDate: "2025-03-06" },
    );
    const names = participantNames(report);
    expect([report.summit.location, report.summit.date, names]).toEqual(["London", "2025-03-05", ["Micheál Martin", "Keir Starmer"]]);
    const obama = parseReport("Biden and Xi met in Woodside on Wednesday at a summit that former President Barack Obama had long called for. Obama was not there.", { referenceDate: "2023-11-16" });
    expect(participantNames(obama)).toEqual(["Joe Biden", "Xi Jinping"]);
  });

  it("counts no leader of a body named in capitals that is no country among the participants (`Sinn Féin leader`), but a Yugoslav one", () => {
    const text = "Taoiseach Simon Harris has met British Prime Minister Keir Starmer in Downing Street. Sinn Féin leader Mary Lou McDonald said the meeting was a welcome reset.";
    const report = parseReport(text, { referenceDate: "2024-09-07" });
    expect(participantNames(report)).toEqual(["Simon Harris", "Keir Starmer"]);
    const yugoslav = parseReport("The Yugoslav leader Slobodan Milosevic met Bill Clinton in Dayton on Monday. Milosevic said no.", { referenceDate: "1995-11-21" });
    expect([participantNames(yugoslav), yugoslav.people[0]?.country]).toEqual([["Slobodan Milosevic"], "Yugoslavia"]);
  });

  it("places a meeting in the city that ends a building's name (`State House Entebbe`), not where the leaders last met", () => {
    const text = "Museveni, Ruto agree to fast-track pipeline\n\nState House Entebbe - President Museveni yesterday hosted his Kenyan counterpart William Ruto for bilateral talks.\n\nThe two leaders last met in Nairobi in April. Students of the University of Nairobi watched.";
    const report = parseReport(text, { referenceDate: "2025-07-11" });
    expect([report.summit.location, report.organizations.map((o) => o.name)]).toEqual(["Entebbe", ["State House", "University of Nairobi"]]);
  });

  it("dates a meeting by its sentence's day when a relative clause there tells of another meeting (`, which last met in 2021`)", () => {
    const text = "Tinubu, Ramaphosa revive commission\n\nPresident Bola Tinubu on Wednesday hosted his South African counterpart, Cyril Ramaphosa, at the Presidential Villa, Abuja, where both leaders agreed to revive the Bi-National Commission, which last met in 2021.";
    const report = parseReport(text, { referenceDate: "2025-10-16" });
    expect([report.summit.date, report.summit.location]).toEqual(["2025-10-15", "Abuja"]);
  });

  it("knows the regional cities where Central Asian, South Asian and southern African leaders meet (Khujand, Anuradhapura, Victoria Falls)", () => {
    const text = "BISHKEK (AKIpress) - Presidents Sadyr Japarov, Shavkat Mirziyoyev and Emomali Rahmon signed a treaty on the junction point of the three states' borders in Khujand on March 31.";
    expect(parseReport(text, { referenceDate: "2025-03-31" }).summit.location).toBe("Khujand");
    const places = parseReport("Modi will leave for Anuradhapura today. The SADC summit opened in Victoria Falls, and Ali flew home to Georgetown.").places;
    expect(places.map((p) => [p.name, p.kind])).toEqual([["Anuradhapura", "city"], ["Victoria Falls", "city"], ["Georgetown", "city"]]);
  });

  it("places a meeting in the city of a visit that a relative clause says ends after the report, not where the leaders last met", () => {
    const text =
      "Rabuka, Albanese sign Vuvale Union\n\nPRIME Minister Sitiveni Rabuka and his Australian counterpart Anthony Albanese yesterday signed the Vuvale Union.\n\n" +
      "The agreement was signed in Canberra during Mr Rabuka's three-day official visit to Australia, which ends on Friday.\n\n" +
      "The two leaders last met at the Pacific Islands Forum leaders meeting in Honiara in September.";
    expect(parseReport(text, { referenceDate: "2025-10-09" }).summit.location).toBe("Canberra");
    // (With no other city, where they last met, at another time, places nothing.)
    const lastMet = text.replace(/The agreement was signed[^\n]*\n\n/, "");
    expect(parseReport(lastMet, { referenceDate: "2025-10-09" }).summit.location).toBeNull();
  });

  it("reads an office set off before a name right after a dateline's dash (`CAIRO - The head of Sudan's Sovereign Council, General …,`)", () => {
    const text = "CAIRO - The head of Sudan's Sovereign Council, General Omar Hassan Ahmed, held talks in Cairo on Monday with Egyptian President Abdel Fattah al-Sisi.";
    const report = parseReport(text, { referenceDate: "2025-11-03" });
    expect([participantNames(report), report.summit.format]).toEqual([["Omar Hassan Ahmed", "Abdel Fattah al-Sisi"], "bilateral"]);
    // (And after an agency's bracket: `ALGIERS (APS) - President of the Republic, Abdelmadjid Tebboune, held talks`.)
    const aps = parseReport("ALGIERS (APS) - President of the Republic, Abdelmadjid Tebboune, held talks on Wednesday in Rome with Giorgia Meloni.", { referenceDate: "2025-07-23" });
    expect(aps.people[0]?.roles).toContain("President of the Republic");
  });

  it("knows the leaders home outlets name by a bare office (Morocco's Head of Government, Nepal's Prime Minister)", () => {
    const text = "Rabat - Head of Government Aziz Akhannouch and Spanish Prime Minister Pedro Sánchez co-chaired on Thursday in Madrid the 13th Morocco-Spain High-Level Meeting.";
    const report = parseReport(text, { referenceDate: "2025-12-04" });
    expect([report.summit.countries, report.summit.format]).toEqual([["Morocco", "Spain"], "bilateral"]);
    const oli = parseReport("KATHMANDU - Prime Minister KP Sharma Oli and Chinese Premier Li Qiang held talks in Beijing on Tuesday.", { referenceDate: "2024-12-04" });
    expect(oli.summit.countries).toEqual(["Nepal", "China"]);
  });

  it("counts Bangladesh's Chief Adviser as a head of government, and a chief adviser to a minister as no leader", () => {
    const report = parseReport("Chief Adviser Muhammad Yunus today held a bilateral meeting with Malaysian Prime Minister Anwar Ibrahim in Putrajaya.", { referenceDate: "2025-08-12" });
    expect([participantNames(report), report.summit.format]).toEqual([["Muhammad Yunus", "Anwar Ibrahim"], "bilateral"]);
    const aide = parseReport("Kim Lee, chief adviser to the minister, met Prime Minister Anwar Ibrahim in Putrajaya on Monday.", { referenceDate: "2025-08-12" });
    expect(participantNames(aide)).toEqual(["Anwar Ibrahim"]);
  });

  it("counts one named only by a country's possessive beside the leaders at the meeting (`Turkmenistan's Gurbanguly Berdymukhammedov`)", () => {
    const report = parseReport(
      "Caspian leaders sign convention\n\nKazakh President Nursultan Nazarbaev hosted the summit in Aktau on August 12. " +
        "Azerbaijan's Ilham Aliyev and Turkmenistan's Gurbanguly Berdymukhammedov also signed the convention at the summit.",
      { referenceDate: "2018-08-13" },
    );
    expect(participantNames(report)).toEqual(["Nursultan Nazarbayev", "Ilham Aliyev", "Gurbanguly Berdymukhammedov"]);
  });

  it("counts every leader a bloc's summit report places there (`at the opening of the 47th ASEAN Summit`)", () => {
    const text =
      "KUALA LUMPUR, Oct 26 (Bernama) -- Timor-Leste was admitted as the 11th member of ASEAN at the opening of the 47th ASEAN Summit here today.\n\n" +
      'Timor-Leste Prime Minister Xanana Gusmao called it "a dream come true" for his people. Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet signed a ceasefire accord.';
    const report = parseReport(text, { referenceDate: "2025-10-26" });
    expect(participantNames(report)).toEqual(["Xanana Gusmao", "Anutin Charnvirakul", "Hun Manet"]);
  });

  it("reads a report on a meeting's first day that tells of it ahead as a preview (`will attend a dinner on Tuesday evening`)", () => {
    const text =
      "NATO leaders meet in The Hague\n\nJune 24 (Reuters) - NATO leaders gather in The Hague on Tuesday and Wednesday for a summit expected to be dominated by defence spending.\n\n" +
      "Ukrainian President Volodymyr Zelenskiy will attend a dinner on Tuesday evening.";
    const report = parseReport(text, { referenceDate: "2025-06-24" });
    expect(participantNames(report)).toEqual(["Volodymyr Zelensky"]);
  });

  it("dates a weekday after a meeting's `for` after the day its sentence named (`left for Washington on Wednesday night for talks with President Donald Trump on Thursday`)", () => {
    const days = (text: string): string[] => extractTimexes(text, { referenceDate: "2025-02-12" }).map((t) => `${t.text}=${t.value}`);
    expect(days("Modi left for Washington on Wednesday night for talks with President Donald Trump on Thursday.")).toEqual(["Wednesday night=2025-02-12TNI", "Thursday=2025-02-13"]);
    expect(days("Modi arrived in Paris on Monday for a summit on Tuesday.")).toEqual(["Monday=2025-02-10", "Tuesday=2025-02-11"]);
    // (Not a weekday after another `for`: `thanked him on Wednesday for his support on Monday`.)
    expect(days("Modi thanked Macron on Wednesday for his support on Monday.")).toEqual(["Wednesday=2025-02-12", "Monday=2025-02-10"]);
  });

  it("dates a weekday after `before` and a verb in -ing after the day its sentence named, and leaves out one met in the city travelled on to", () => {
    const text =
      "Lee, Ishiba hold summit\n\nTOKYO — President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba held their first summit in Tokyo on Saturday.\n\n" +
      "Lee arrived in Tokyo on Saturday morning for a two-day visit before flying to Washington for his first summit with U.S. President Donald Trump on Monday.";
    const report = parseReport(text, { referenceDate: "2025-08-24" });
    expect(report.timexes.map((t) => [t.text, t.value])).toEqual([["Saturday", "2025-08-23"], ["Saturday morning", "2025-08-23TMO"], ["two-day", "P2D"], ["Monday", "2025-08-25"]]);
    expect(participantNames(report)).toEqual(["Shigeru Ishiba", "Lee Jae-myung"]);
    // (Nor does a city travelled on to place the meeting when no sentence does, but one it was held near: `at an air
    // base west of Paris`.)
    const rafale = parseReport(
      "Emmanuel Macron and Volodymyr Zelenskyy have signed a letter of intent for Ukraine to buy up to 100 Rafale fighter jets.\n\n" +
        "Speaking at an air base west of Paris on Monday, Zelenskyy said the deal would strengthen Ukraine's air defence.\n\nZelenskyy travelled on to Berlin later on Monday.",
      { referenceDate: "2025-11-17" },
    );
    expect(rafale.summit.location).toBe("Paris");
  });

  it("places the meeting by no place, and counts no one, of a clause of what is still to come (`before … Trump returns to the White House`)", () => {
    const text =
      "Biden, Xi meet in Peru for their final summit\n\nLIMA, Peru – President Joe Biden met with Chinese President Xi Jinping on Saturday for what's likely their last meeting before President-elect Donald Trump returns to the White House.";
    const report = parseReport(text, { referenceDate: "2024-11-16" });
    expect([report.summit.location, participantNames(report)]).toEqual(["Lima", ["Joe Biden", "Xi Jinping"]]);
  });

  it("ends a building's name on its head, before an office and the name after it (`received at Bayan Palace Saudi Crown Prince …`)", () => {
    const text = "Kuwait Amir receives Saudi Crown Prince\n\nHis Highness the Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received on Wednesday at Bayan Palace Saudi Crown Prince Mohammed bin Salman.";
    const report = parseReport(text, { referenceDate: "2024-09-18" });
    expect([report.summit.location, participantNames(report)]).toEqual(["Kuwait City", ["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Mohammed bin Salman"]]);
    expect(report.people.find((p) => p.name === "Mohammed bin Salman")?.roles).toEqual(["Crown Prince of Saudi Arabia", "Saudi Crown Prince"]);
    // (After `at`, before any office; and a style of address before the office is none of it: `His Majesty King Hamad
    // … received today at Sakhir Palace President Abdel Fattah El-Sisi`.)
    const manama = parseReport("His Majesty King Hamad bin Isa Al Khalifa received today at Sakhir Palace President Abdel Fattah El-Sisi of the Arab Republic of Egypt.", { referenceDate: "2025-02-04" });
    expect(manama.people.map((p) => p.roles)).toEqual([["King of Bahrain", "King"], ["President of Egypt", "President"]]);
    // (A building's name runs on through its `of`: `the Palace of Nations`.)
    const geneva = parseReport("Lavrov and Blinken met at the Palace of Nations on Friday.", { referenceDate: "2024-09-20" });
    expect(geneva.summit.location).toBe("Palace of Nations");
  });

  it("leaves out one met on a day outside the meeting's, however often named (`He met Pope Francis briefly on Easter Sunday`)", () => {
    const text =
      "Vance meets Pope Leo at the Vatican\n\nVice President JD Vance met with Pope Leo XIV at the Vatican on Monday.\n\n" +
      "The meeting marks the second time Vance has met a pope this year. He met Pope Francis briefly on Easter Sunday, the day before Francis died.";
    const report = parseReport(text, { referenceDate: "2025-05-19" });
    expect(participantNames(report)).toEqual(["Leo XIV", "JD Vance"]);
  });

  it("leaves those named in a span's aside set off by commas out, and counts those after it as the main clause goes on", () => {
    const text =
      "Merz and Tusk pledge closer cooperation\n\nGermany's new Chancellor Friedrich Merz traveled to Warsaw on Wednesday, a day after his election, for talks with Polish Prime Minister Donald Tusk.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-05-07" }))).toEqual(["Friedrich Merz", "Donald Tusk"]);
    // (Without the comma that closes it, the span's clause runs to the end: `…, two days after his clash with Trump in the Oval Office`.)
    const open = "Zelenskyy meets Starmer\n\nVolodymyr Zelenskyy met Keir Starmer in London on Sunday, two days after his clash with Donald Trump in the Oval Office.";
    expect(participantNames(parseReport(open, { referenceDate: "2025-03-02" }))).toEqual(["Volodymyr Zelenskyy", "Keir Starmer"]);
  });

  it("leaves out one met at a side event that the only dated sentence opens on, under a lead that tells of the meeting", () => {
    const text =
      "Albanese meets Xi in Beijing\n\nPrime Minister Anthony Albanese has met Chinese President Xi Jinping at the Great Hall of the People in Beijing.\n\n" +
      "Earlier on Tuesday, Mr Albanese held talks with Premier Li Qiang.";
    const report = parseReport(text, { referenceDate: "2025-07-15" });
    expect(report.summit).toMatchObject({ location: "Beijing", date: "2025-07-15" });
    expect(participantNames(report)).toEqual(["Anthony Albanese", "Xi Jinping"]);
    // (So is a side of talks between two that a later sentence opening on a side event names: `Earlier in the day, …
    // after talks between Oli and Premier Li Qiang`.)
    const kathmandu = parseReport(
      "Nepali Prime Minister KP Sharma Oli held bilateral talks with Chinese President Xi Jinping in Beijing on Tuesday evening.\n\n" +
        "Earlier in the day, the two sides signed a framework agreement after talks between Oli and Premier Li Qiang.",
      { referenceDate: "2024-12-03" },
    );
    expect(participantNames(kathmandu)).toEqual(["KP Sharma Oli", "Xi Jinping"]);
  });

  it("reads no preview from a date line dated on the reference day, and leaves out a leader met later (`will meet … on Friday`)", () => {
    const text =
      "Luxon meets Chinese Premier Li Qiang in Beijing\n\n6:05 pm on 18 June 2025\n\nPrime Minister Christopher Luxon has met Chinese Premier Li Qiang in Beijing, with trade and security on the agenda.\n\n" +
      "Luxon will meet President Xi Jinping on Friday before travelling to Shanghai.";
    const report = parseReport(text, { referenceDate: "2025-06-18" });
    expect(report.summit).toMatchObject({ location: "Beijing", date: "2025-06-18" });
    expect(participantNames(report)).toEqual(["Christopher Luxon", "Li Qiang"]);
  });

  it("places a meeting at the first of a venue and a city its sentence names (`at the White House …, amid efforts … in Gaza`)", () => {
    const text = "Prime Minister Benjamin Netanyahu met US President Donald Trump at the White House on Monday evening, amid efforts to reach a ceasefire in Gaza.";
    expect(parseReport(text, { referenceDate: "2025-07-08" }).summit).toMatchObject({ location: "Washington", date: "2025-07-07" });
  });

  it("leaves out the host of the summit on whose sidelines two leaders met (`as a guest of`, `hosted by`)", () => {
    const lead = "Turkish President Recep Tayyip Erdogan met his Russian counterpart Vladimir Putin on Wednesday on the sidelines of the SCO summit in Kazakhstan's capital Astana.\n\n";
    const guest = lead + "Erdogan is attending the SCO summit as a guest of Kazakh President Kassym-Jomart Tokayev.";
    const hosted = lead + "The summit, hosted by Kazakh President Kassym-Jomart Tokayev, was attended by leaders from 20 countries.";
    for (const text of [guest, hosted]) expect(participantNames(parseReport(text, { referenceDate: "2024-07-04" }))).toEqual(["Recep Tayyip Erdogan", "Vladimir Putin"]);
  });

  it("leaves out aides who `also attended` a meeting with their leader, the text giving them no country", () => {
    const text =
      "Turkish President Recep Tayyip Erdogan met his Russian counterpart Vladimir Putin on Wednesday in Astana.\n\n" +
      "Foreign Minister Hakan Fidan, intelligence chief Ibrahim Kalin and Communications Director Fahrettin Altun also attended the meeting.";
    expect(participantNames(parseReport(text, { referenceDate: "2024-07-04" }))).toEqual(["Recep Tayyip Erdogan", "Vladimir Putin"]);
  });

  it("leaves out one a leader is yet to talk to (`made no public commitment to speak to Ukrainian President Volodymyr Zelensky`)", () => {
    const text =
      "French President Emmanuel Macron and Chinese leader Xi Jinping held informal talks in Guangzhou on Friday.\n\n" +
      "On Thursday in Beijing, Macron urged Xi to help end the war. Xi called for peace talks but made no public commitment to speak to Ukrainian President Volodymyr Zelensky.";
    expect(participantNames(parseReport(text, { referenceDate: "2023-04-08" }))).toEqual(["Emmanuel Macron", "Xi Jinping"]);
  });

  it("leaves out one a leader met later, the adverb before the verb (`Netanyahu later met U.S. President Joe Biden`)", () => {
    const text =
      "NEW YORK, Sept 20 (Reuters) - Turkish President Tayyip Erdogan met Israeli Prime Minister Benjamin Netanyahu on Tuesday on the sidelines of the U.N. General Assembly.\n\n" +
      '"We discussed the issues frankly," the Turkish president said.\n\n' +
      'Netanyahu later met U.S. President Joe Biden, who told him that Washington remained committed to Israel\'s security. "Our commitment is ironclad," Biden said.';
    expect(participantNames(parseReport(text, { referenceDate: "2023-09-20" }))).toEqual(["Recep Tayyip Erdogan", "Benjamin Netanyahu"]);
  });

  it("places a meeting by the city after the lead's word of meeting, not by where the interview was given (`in Kyiv ahead of this week's talks with Donald Trump in Washington`)", () => {
    const text =
      "Zelenskyy: 'We need security guarantees before any ceasefire'\n\n" +
      "The Ukrainian president spoke to the Financial Times in Kyiv ahead of this week's talks with Donald Trump in Washington.\n\n" +
      "The Ukrainian leader said he hoped European leaders would join Monday's meeting.";
    expect(parseReport(text, { referenceDate: "2025-08-17" }).summit).toMatchObject({ location: "Washington", date: "2025-08-18" });
  });

  it("leaves out one barred from the bloc's meetings (`has been barred from the bloc's summits since 2021`)", () => {
    const text =
      "JAKARTA, Sept 5 (Reuters) - Southeast Asian leaders on Tuesday condemned the violence in Myanmar at the ASEAN summit.\n\n" +
      "Indonesian President Joko Widodo opened the 43rd summit.\n\n" +
      "Myanmar's junta chief Min Aung Hlaing has been barred from the bloc's summits since 2021.";
    expect(participantNames(parseReport(text, { referenceDate: "2023-09-05" }))).toEqual(["Joko Widodo"]);
  });

  it("leaves out one a leader would call (`stopped short of saying he would call Volodymyr Zelenskyy, the Ukrainian president`)", () => {
    const text =
      'Emmanuel Macron has urged Xi Jinping to use his influence with Moscow, as the French president began a state visit to China.\n\n' +
      '"I know I can count on you," Macron told Xi at the start of talks in Beijing on Thursday.\n\n' +
      "Xi said China was willing to issue a joint appeal. But the Chinese leader stopped short of saying he would call Volodymyr Zelenskyy, the Ukrainian president.";
    expect(participantNames(parseReport(text, { referenceDate: "2023-04-06" }))).toEqual(["Emmanuel Macron", "Xi Jinping"]);
  });

  it("leaves out a leader a relative clause says is yet to meet one of them, after a meeting past (`who is expected to meet Kim in late May`)", () => {
    const text =
      "South Korean President Moon Jae-in and North Korean leader Kim Jong-un agreed Friday to work toward denuclearization at their summit in Panmunjom.\n\n" +
      'U.S. President Donald Trump, who is expected to meet Kim in late May or early June, welcomed the outcome. "KOREAN WAR TO END!" he wrote.';
    expect(participantNames(parseReport(text, { referenceDate: "2018-04-28" }))).toEqual(["Moon Jae-in", "Kim Jong Un"]);
    // (In a preview, the meeting ahead may be this one: `Trump, who will meet Kim on Tuesday, arrived in Singapore`.)
    const preview = "Trump to meet Kim in Singapore\n\nU.S. President Donald Trump, who will meet North Korean leader Kim Jong-un on Tuesday, arrived in Singapore on Sunday. Kim arrived earlier in the day.";
    expect(participantNames(parseReport(preview, { referenceDate: "2018-06-10" }))).toEqual(["Donald Trump", "Kim Jong Un"]);
  });

  it("dates a meeting its lead tells of in the present perfect on the report's day, not on a later day planned further down", () => {
    const text =
      "Anthony Albanese meets Xi Jinping in Beijing\n\n" +
      "Prime Minister Anthony Albanese has met Chinese President Xi Jinping at the Great Hall of the People, becoming the first Australian leader in seven years to visit Beijing.\n\n" +
      "Mr Albanese will meet Premier Li Qiang on Tuesday before flying home.";
    const report = parseReport(text, { referenceDate: "2023-11-06" });
    expect(report.summit.date).toBe("2023-11-06");
    expect(participantNames(report)).toEqual(["Anthony Albanese", "Xi Jinping"]);
  });

  it("places a meeting by none of the cities of a dateline filed from several (`TOKYO/WASHINGTON --`)", () => {
    const text =
      "Japan, US, South Korea agree to hold trilateral summit annually\n\n" +
      "TOKYO/WASHINGTON -- U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Friday to hold a trilateral summit at least once a year.\n\n" +
      "The leaders met at Camp David, the presidential retreat in Maryland, for the first standalone summit among the three nations.";
    expect(parseReport(text, { referenceDate: "2023-08-19" }).summit).toMatchObject({ location: "Camp David", date: "2023-08-18" });
  });

  it("places a meeting by its dateline, not by a city the headline names as what the news is about (`as Gaza ceasefire talks stall`)", () => {
    const text =
      "Qatar's emir hosts Erdogan as Gaza ceasefire talks stall\n\nBy Hamza Mohamed\nPublished On 16 Nov 2024\n\n" +
      "Doha, Qatar – Turkish President Recep Tayyip Erdogan has met Qatar's Emir Sheikh Tamim bin Hamad Al Thani for the 10th session of the Supreme Strategic Committee.\n\n" +
      "The two leaders signed eight agreements on Saturday, according to Qatar's official news agency QNA.";
    expect(parseReport(text, { referenceDate: "2024-11-16" }).summit).toMatchObject({ location: "Doha", date: "2024-11-16" });
    // (A city before the meeting's word in the headline still places it: `Sochi talks`.)
    const placed = "Putin, Erdogan hold Sochi talks on grain deal\n\nThe two leaders met on Monday.";
    expect(parseReport(placed, { referenceDate: "2023-09-04" }).summit.location).toBe("Sochi");
  });

  it("reads a long unpunctuated standfirst under the headline as a heading, not as the lead that dates the meeting", () => {
    const text =
      "Netanyahu, Trump meet at White House as tariffs, Iran top agenda\n\n" +
      "Premier says Israel will eliminate its trade deficit with US; Trump announces 'direct' talks with Iran to begin Saturday\n\n" +
      "WASHINGTON — US President Donald Trump and Prime Minister Benjamin Netanyahu met at the White House on Monday for talks dominated by tariffs.";
    const report = parseReport(text, { referenceDate: "2025-04-08" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "heading", "paragraph"]);
    expect(report.summit).toMatchObject({ location: "Washington", date: "2025-04-07" });
  });

  it("leaves out one met in a clause that `where` hangs on another city (`from Budapest, where he met with … Viktor Orban`)", () => {
    const text =
      "US President Donald Trump and Prime Minister Benjamin Netanyahu met at the White House on Monday.\n\n" +
      "The premier flew to Washington from Budapest, where he met with Hungarian Prime Minister Viktor Orban.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-04-08" }))).toEqual(["Donald Trump", "Benjamin Netanyahu"]);
  });

  it("dates the meeting by a lead where one leader told another, over a dinner the evening before", () => {
    const text =
      "PM Modi, President Putin hold talks, discuss Ukraine conflict\n\n" +
      "Moscow, Jul 9 (PTI) Prime Minister Narendra Modi on Tuesday told Russian President Vladimir Putin that solution to the Ukraine conflict is not possible on the battlefield.\n\n" +
      "Modi arrived in Moscow on Monday on a two-day visit. Putin hosted him for a private dinner at his residence in Novo-Ogaryovo on Monday evening.";
    expect(parseReport(text, { referenceDate: "2024-07-09" }).summit).toMatchObject({ location: "Moscow", date: "2024-07-09" });
  });

  it("counts a stand-in the headline has hosted, and neither a leader named in quoted words nor one met at a side event", () => {
    const text =
      "Meloni hosts Vance and von der Leyen in Rome in bid to revive EU-US trade talks\n\n" +
      "Giorgia Meloni has hosted the US vice-president, JD Vance, and the European Commission president, Ursula von der Leyen, in Rome.\n\n" +
      "The three met at Palazzo Chigi on Sunday afternoon. The Italian prime minister has cultivated close ties with Donald Trump.\n\n" +
      "Earlier on Sunday, Vance met Ukraine's president, Volodymyr Zelenskyy, on the sidelines of the papal mass.\n\n" +
      'Elly Schlein accused Meloni of "playing the role of Trump\'s envoy".';
    expect(participantNames(parseReport(text, { referenceDate: "2025-05-18" }))).toEqual(["Giorgia Meloni", "Ursula von der Leyen", "JD Vance"]);
  });

  it("leaves out a former holder of an office wherever the report says so, after a headline that named them", () => {
    const text =
      "EU leaders back von der Leyen for second term, nominate Costa and Kallas\n\n" +
      "BRUSSELS — European Union leaders on Thursday nominated Ursula von der Leyen for a second term, overriding objections from Italian Prime Minister Giorgia Meloni.\n\n" +
      "At a summit in Brussels, the 27 leaders also picked former Portuguese Prime Minister António Costa to chair the European Council.";
    expect(participantNames(parseReport(text, { referenceDate: "2024-06-28" }))).not.toContain("António Costa");
  });

  it("counts a stand-in named after an elided `represented by` (`China was represented by … and Russia by Foreign Minister Sergei Lavrov`)", () => {
    const text =
      "NEW DELHI, Sept 10 (Reuters) - The Group of 20 summit in New Delhi ended on Sunday, host Prime Minister Narendra Modi said.\n\n" +
      "Chinese President Xi Jinping and Russian President Vladimir Putin skipped the summit. China was represented by Premier Li Qiang and Russia by Foreign Minister Sergei Lavrov.";
    const names = participantNames(parseReport(text, { referenceDate: "2023-09-10" }));
    expect(names).toContain("Sergei Lavrov");
    expect(names).not.toContain("Vladimir Putin");
  });

  it("places a meeting by no city of a publication line (`Posted On: 23 AUG 2024 6:15PM by PIB Delhi`)", () => {
    const text =
      "Prime Minister meets President of Ukraine\n\nPosted On: 23 AUG 2024 6:15PM by PIB Delhi\n\n" +
      "Prime Minister Shri Narendra Modi paid an official visit to Ukraine today at the invitation of President Volodymyr Zelenskyy.\n\n" +
      "On arrival at the Mariinskyi Palace in Kyiv, Prime Minister was warmly received by President Zelenskyy. The two leaders held restricted and delegation-level talks.";
    expect(parseReport(text, { referenceDate: "2024-08-23" }).summit).toMatchObject({ location: "Kyiv", date: "2024-08-23" });
  });

  it("leaves out a leader whose office speaks for them (`French President Emmanuel Macron's office said`)", () => {
    const text =
      "MONTEVIDEO (AFP) - The European Union and South America's Mercosur bloc on Friday finalized a free trade agreement.\n\n" +
      '"Today marks a truly historic milestone," European Commission President Ursula von der Leyen said at a summit in the Uruguayan capital alongside the leaders of Brazil, Argentina, Uruguay and Paraguay.\n\n' +
      "Argentine President Javier Milei said Mercosur should be more flexible.\n\n" +
      "French President Emmanuel Macron's office said the deal was \"unacceptable in its current state.\"";
    expect(participantNames(parseReport(text, { referenceDate: "2024-12-07" }))).toEqual(["Ursula von der Leyen", "Javier Milei"]);
  });

  it("reads an SPA dateline with its year and agency after commas (`Riyadh, May 13, 2025, SPA --`), whose day `today` is", () => {
    const text = "Riyadh, May 13, 2025, SPA -- Crown Prince Mohammed bin Salman held official talks with President Donald J. Trump at Al Yamamah Palace in Riyadh today.";
    const report = parseReport(text, { referenceDate: "2025-05-14" });
    expect(report.timexes.map((t) => `${t.text}=${t.value}`)).toEqual(["May 13, 2025=2025-05-13", "today=2025-05-13"]);
    expect(report.summit).toMatchObject({ location: "Riyadh", date: "2025-05-13" });
  });

  it("leaves out one who led a delegation to the summit on whose sidelines two leaders met", () => {
    const text =
      "ISLAMABAD: Prime Minister Shehbaz Sharif on Wednesday held a meeting with Chinese Premier Li Qiang on the sidelines of the Shanghai Cooperation Organisation (SCO) Council of Heads of Government meeting, the PM Office said.\n\n" +
      "Indian External Affairs Minister S. Jaishankar, who led the Indian delegation at the SCO meeting, did not hold any bilateral talks with Pakistani officials.";
    expect(participantNames(parseReport(text, { referenceDate: "2024-10-17" }))).toEqual(["Shehbaz Sharif", "Li Qiang"]);
  });

  it("dates the meeting by a day that owns its word (`after last Friday's summit`), not by a later statement about another meeting", () => {
    const text =
      "Analysis: A week after Alaska, Putin has given Trump little\n\n" +
      "LONDON, Aug 22 (Reuters) - A week after Vladimir Putin and Donald Trump met in Alaska, the Kremlin has offered no concessions on Ukraine.\n\n" +
      "Trump said after last Friday's summit at Joint Base Elmendorf-Richardson that the two sides had made \"great progress\".\n\n" +
      "Russian Foreign Minister Sergei Lavrov said on Thursday that Putin was ready to meet Zelenskiy only once all issues had been worked out.";
    expect(parseReport(text, { referenceDate: "2025-08-22" }).summit).toMatchObject({ location: "Anchorage", date: "2025-08-15" });
  });

  it("takes the country a planned meeting is in from its clause, past the one met and the day, over the dateline's city", () => {
    const text =
      "WASHINGTON, Oct 23 (Reuters) - U.S. President Donald Trump will meet Chinese President Xi Jinping on Oct. 30 in South Korea, the White House said on Thursday.\n\n" +
      "The meeting will take place on the sidelines of the Asia-Pacific Economic Cooperation summit in Gyeongju, press secretary Karoline Leavitt told reporters.\n\n" +
      "Trump leaves Washington on Friday for a trip to Asia.";
    expect(parseReport(text, { referenceDate: "2025-10-23" }).summit).toMatchObject({ location: "Gyeongju", date: "2025-10-30" });
  });

  it("leaves out one named in a span's clause after the date, one who has not commented, and one met after the summit", () => {
    const text =
      "Prime Minister Keir Starmer hosted more than a dozen leaders at Lancaster House in London on Sunday, two days after Ukrainian President Volodymyr Zelenskyy's clash with Donald Trump in the Oval Office.\n\n" +
      '"We are at a crossroads in history," Starmer told the gathering, which included French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni.\n\n' +
      "Zelenskyy, who met King Charles III at Sandringham after the summit, thanked the leaders. Trump has not commented on the summit.";
    const names = participantNames(parseReport(text, { referenceDate: "2025-03-03" }));
    expect(names).toContain("Volodymyr Zelensky");
    expect(names).not.toContain("Donald Trump");
    expect(names).not.toContain("Charles III");
  });

  it("counts one a call was with when a stretch lasts from it (`for 30 days after a phone call with … Trump`), whatever talk with him is planned later", () => {
    const text =
      "MOSCOW, March 18 (Reuters) - Russian President Vladimir Putin agreed on Tuesday to stop attacking Ukrainian energy infrastructure for 30 days after a phone call with U.S. President Donald Trump.\n\n" +
      "Ukrainian President Volodymyr Zelenskiy said he would support the proposal. He is expected to speak with Trump on Wednesday.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-03-19" }))).toEqual(["Vladimir Putin", "Donald Trump"]);
  });

  it("places a meeting whose wire dateline is a venue in its city (`JOINT BASE ELMENDORF-RICHARDSON, Alaska (AP) —`)", () => {
    const text = "JOINT BASE ELMENDORF-RICHARDSON, Alaska (AP) — President Donald Trump and Russian President Vladimir Putin failed to reach an agreement to end the war in Ukraine on Friday after a summit that lasted nearly three hours.";
    expect(parseReport(text, { referenceDate: "2025-08-16" }).summit).toMatchObject({ location: "Anchorage", date: "2025-08-15" });
  });

  it("reads a meeting of many from its bloc after `leaders of` (`the G7`, `the Group of Seven rich democracies`), not from two countries", () => {
    const report = (lead: string) =>
      parseReport(
        `BORGO EGNAZIA, Italy, June 13 (Reuters) - ${lead} on Thursday to provide a loan to Ukraine, as they opened a three-day summit in southern Italy.\n\n` +
          "U.S. President Joe Biden and Ukrainian President Volodymyr Zelenskiy later signed a security agreement on the sidelines of the summit. Italian Prime Minister Giorgia Meloni hosted the summit.",
        { referenceDate: "2024-06-14" },
      ).summit.format;
    expect(["Leaders of the G7 agreed", "Leaders of the Group of Seven rich democracies agreed", "Leaders of the US and China agreed"].map(report)).toEqual(["multilateral", "multilateral", "trilateral"]);
  });

  it("places a meeting only near a city (`outside Berlin`) in the town of the wire dateline it opens with", () => {
    const text = "MESEBERG, Germany (AFP) - French President Emmanuel Macron and German Chancellor Olaf Scholz met on Tuesday at the German government's guest house outside Berlin.";
    expect(parseReport(text, { referenceDate: "2024-05-28" }).summit).toMatchObject({ location: "Meseberg", date: "2024-05-28" });
  });

  it("dates a day before a relative clause in the future by the main clause (`agreed a deal on Sunday that will impose …`)", () => {
    const text = "Donald Trump and Ursula von der Leyen agreed a trade deal in Scotland on Sunday that will impose a 15 per cent tariff on most EU exports.";
    expect(extractTimexes(text, { referenceDate: "2025-07-28" }).map((t) => t.value)).toEqual(["2025-07-27"]);
  });

  it("places a meeting its lead puts in a region at the venue another sentence about it names, else in the region", () => {
    const region = "Donald Trump and Ursula von der Leyen agreed a trade deal in Scotland on Sunday.";
    const venue = `${region}\n\nThey announced the agreement after an hour of talks at Trump's golf resort in Turnberry, on the Ayrshire coast.`;
    expect([venue, region].map((text) => parseReport(text, { referenceDate: "2025-07-28" }).summit.location)).toEqual(["Turnberry", "Scotland"]);
    // (Not a venue named in a sentence dated another time, of another meeting.)
    const earlier = "Stubb and Trump discuss Ukraine on golf course\n\nPresident Alexander Stubb met US President Donald Trump in Florida on Saturday.\n\nStubb and Trump last met at the NATO summit in Washington in July 2024.";
    expect(parseReport(earlier, { referenceDate: "2025-03-30" }).summit.location).toBe("Florida");
  });

  it("places a meeting in a town the gazetteer lacks, named with its state after a comma (`in Woodside, California`)", () => {
    const text =
      "Biden and Xi met for four hours on Wednesday at the Filoli estate in Woodside, California, south of San Francisco.\n\n" +
      "In May, China and the US resumed talks. G7 leaders met in Kananaskis, Alberta, in June.";
    const report = parseReport(text, { referenceDate: "2023-11-16" });
    expect(report.summit).toMatchObject({ location: "Woodside", date: "2023-11-15" });
    expect(report.places.filter((p) => p.kind === "city").map((p) => p.name)).toEqual(["Woodside", "San Francisco", "Kananaskis"]);
  });

  it("dates the meeting by a lead that names two leaders together on a day, whatever its verb, over a visit's start", () => {
    const text =
      "Starmer and Trump hail trade deal\n\nKeir Starmer and Donald Trump hailed a tech deal at Chequers yesterday.\n\n" +
      "Trump's two-day state visit began on Tuesday night, when he arrived at Stansted airport.";
    expect(parseReport(text, { referenceDate: "2025-09-18" }).summit).toMatchObject({ location: "Chequers", date: "2025-09-17" });
  });

  it("reads a side event of the day past a long title before the one met (`held talks with General Secretary of the Communist Party of Viet Nam Central Committee Nguyen Phu Trong`)", () => {
    const text =
      "On the afternoon of December 13, 2023, President Xi Jinping met with President of Viet Nam Vo Van Thuong at the Presidential Palace in Hanoi.\n\n" +
      "Earlier in the day, Xi Jinping held talks with General Secretary of the Communist Party of Viet Nam Central Committee Nguyen Phu Trong.";
    expect(participantNames(parseReport(text, { referenceDate: "2023-12-13" }))).toEqual(["Xi Jinping", "Vo Van Thuong"]);
  });

  it("narrows a preview's week to the day a later sentence about the meeting gives within it (`next week`, then `on Tuesday`)", () => {
    const text =
      "DUBAI, Feb 15 (Reuters) - Saudi Arabia's Crown Prince Mohammed bin Salman will host talks between U.S. and Russian officials in Riyadh next week, three sources familiar with the plans said.\n\n" +
      "The meeting is expected to take place on Tuesday, one of the sources said. Trump spoke by phone with Putin on Wednesday.";
    expect(parseReport(text, { referenceDate: "2025-02-15" }).summit).toMatchObject({ location: "Riyadh", date: "2025-02-18" });
    // (A day outside the week narrows nothing: `The ministers will meet on March 3` leaves `next week`.)
    const outside = text.replace("is expected to take place on Tuesday", "follows a meeting of ministers on March 3");
    expect(parseReport(outside, { referenceDate: "2025-02-15" }).summit.date).toBe("2025-W08");
  });

  it("takes no one whose name qualifies an office after it for a participant (`Ford meets Trump commerce secretary`)", () => {
    const text =
      "Ford meets Trump commerce secretary in Washington amid tariff fight\n\n" +
      "Ontario Premier Doug Ford met with U.S. Commerce Secretary Howard Lutnick in Washington on Thursday.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-03-14" }))).toEqual(["Doug Ford", "Howard Lutnick"]);
  });

  it("keeps the month a lead gives the meeting of two leaders, months before a piece that looks back on it", () => {
    const text =
      "What the Alaska summit tells us about Trump's foreign policy\n\n" +
      "When Donald Trump and Vladimir Putin met at a military base in Anchorage last August, many analysts predicted a breakthrough. None came.\n\n" +
      "Instead, the summit showed how much the US president values personal chemistry over process.";
    expect(parseReport(text, { referenceDate: "2026-02-10" }).summit).toMatchObject({ location: "Anchorage", date: "2025-08" });
  });

  it("takes no meeting's day from the end of a stretch (`from November 28 to December 1`)", () => {
    const text =
      "President Khurelsukh pays state visit to Japan\n\n" +
      "President of Mongolia U.Khurelsukh paid a state visit to Japan from November 28 to December 1 at the invitation of Emperor Naruhito.\n\n" +
      "On November 29, President U.Khurelsukh held official talks with Prime Minister Sanae Takaichi in Tokyo.";
    expect(parseReport(text, { referenceDate: "2025-12-02" }).summit.date).toBe("2025-11-29");
  });

  it("moves a preview's day of travel to the day a later sentence gives the meeting (`will fly … on Sunday for a meeting`, `set for Monday`)", () => {
    const text =
      "Netanyahu to Meet Trump at White House, Officials Say\n\n" +
      "Prime Minister Benjamin Netanyahu will fly to Washington on Sunday for a meeting with U.S. President Donald Trump at the White House, two Israeli officials said Wednesday.\n\n" +
      "The meeting, set for Monday, will be Netanyahu's fourth with Trump this year.";
    expect(parseReport(text, { referenceDate: "2025-12-17" }).summit.date).toBe("2025-12-22");
    // (A day of the meeting itself in the lead stays: `will meet Trump on Sunday`.)
    const met = text.replace("fly to Washington on Sunday for a meeting with", "meet on Sunday with");
    expect(parseReport(met, { referenceDate: "2025-12-17" }).summit.date).toBe("2025-12-21");
  });

  it("places a meeting held by no city a sentence about a plan names (`at the Japan-ASEAN Commemorative Summit in Tokyo in December`)", () => {
    const text =
      "Japan-Philippines Summit Meeting\n\n" +
      "On November 4, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting the Philippines, held a Japan-Philippines Summit Meeting with H.E. Mr. Ferdinand Romualdez Marcos Jr., President of the Republic of the Philippines.\n\n" +
      "The two leaders also agreed to continue close communication, including at the Japan-ASEAN Commemorative Summit in Tokyo in December.";
    expect(parseReport(text, { referenceDate: "2023-11-04" }).summit).toMatchObject({ location: "Philippines", date: "2023-11-04" });
  });

  it("reads two leaders as named together past an abbreviation's stops in the second one's title (`Yoon Suk Yeol and U.S. President Joe Biden`)", () => {
    const text =
      "Yoon, Biden agree on 'Washington Declaration' at White House summit\n\n" +
      'President Yoon Suk Yeol and U.S. President Joe Biden adopted the "Washington Declaration" on Wednesday.\n\n' +
      "Yoon is on a six-day state visit to the United States. He will address a joint session of Congress on Thursday before travelling to Boston.";
    expect(parseReport(text, { referenceDate: "2023-04-27" }).summit).toMatchObject({ location: "Washington", date: "2023-04-26" });
  });

  it("dates the meeting by a lead that names a second leader after `with`, not by a plan for the end of the year", () => {
    const text =
      "Meloni and von der Leyen in Tunis to seal migration pact\n\nGiorgia Meloni flew to Tunis today with Ursula von der Leyen to sign a deal with Tunisian president Kais Saied.\n\n" +
      "Dutch premier Mark Rutte said the agreement should be signed before the end of the year.";
    expect(parseReport(text, { referenceDate: "2023-07-16" }).summit).toMatchObject({ location: "Tunis", date: "2023-07-16" });
  });

  it("leaves out a leader named only in the news a meeting `comes as` or `came after`, however often", () => {
    const lead = "MEXICO CITY (AP) — Mexican President Claudia Sheinbaum and Canadian Prime Minister Mark Carney pledged Thursday to expand trade.\n\nCarney, on his first official visit to Mexico, met Sheinbaum at the National Palace.";
    const text = `${lead}\n\nThe Canadian leader's visit comes as U.S. President Donald Trump has threatened to pull out of the agreement. Asked about Trump, Carney said only that Canada was "preparing for every scenario."`;
    expect(participantNames(parseReport(text, { referenceDate: "2025-09-18" }))).toEqual(["Claudia Sheinbaum", "Mark Carney"]);
    // One the report places at the meeting stays, wherever else it names him.
    const there = `${lead} U.S. President Donald Trump also attended the talks.\n\nThe visit came days after Trump threatened to pull out of the agreement.`;
    expect(participantNames(parseReport(there, { referenceDate: "2025-09-18" }))).toContain("Donald Trump");
  });

  it("dates a preview by its lead's meeting, not by a day in a relative clause about others, and leaves out one `not been invited`", () => {
    const text =
      "WASHINGTON (AP) — President Donald Trump and Russian President Vladimir Putin are set to meet Friday in Anchorage, Alaska, for their first face-to-face talks.\n\n" +
      "Ukrainian President Volodymyr Zelenskyy has not been invited. European leaders, who held a video call with Trump on Wednesday, urged him to protect Ukraine's interests.";
    const report = parseReport(text, { referenceDate: "2025-08-14" });
    expect(report.summit).toMatchObject({ location: "Anchorage", date: "2025-08-15" });
    expect(participantNames(report)).toEqual(["Donald Trump", "Vladimir Putin"]);
    // (A relative clause about the meeting itself still dates it.)
    const opened = parseReport("The summit, which opened on Monday in Kazan, drew leaders of 36 countries.", { referenceDate: "2024-10-24" });
    expect(opened.summit.date).toBe("2024-10-21");
  });

  it("places a meeting at a leader's seat in its city (`at Dolmabahce Palace`, `at the Moncloa`, `at Kantei`)", () => {
    const place = (venue: string): string | null => parseReport(`Leaders Sánchez and Meloni held talks ${venue} on Monday.`, { referenceDate: "2025-05-05" }).summit.location;
    expect(["at Dolmabahce Palace", "at Bellevue Palace", "at the Moncloa", "at Kantei", "at Blair House"].map(place)).toEqual(["Istanbul", "Berlin", "Madrid", "Tokyo", "Washington"]);
  });

  it("places a meeting by the first place its sentence names (`met in the Albanian capital …, a day after talks in Istanbul`)", () => {
    const text = "TIRANA, Albania (AP) — More than 40 European leaders met in the Albanian capital on Friday for a summit of the European Political Community, a day after talks in Istanbul ended without a breakthrough.";
    expect(parseReport(text, { referenceDate: "2025-05-16" }).summit.location).toBe("Tirana");
    // (A city the gazetteer knows is still named as it knows it when a kind of place comes first.)
    const belem = parseReport("Leaders opened a two-day summit in the port city of Belem on Tuesday.", { referenceDate: "2023-08-08" });
    expect(belem.summit.location).toBe("Belém");
  });

  it("leaves out one the leaders phoned from the meeting (`spoke by phone with Donald Trump`), unless the call is the meeting", () => {
    const text = "Zelensky, Macron, Merz and Starmer met in Tirana on Friday.\n\nThe four leaders later spoke by phone with U.S. President Donald Trump.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-05-16" }))).toEqual(["Volodymyr Zelensky", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer"]);
    const call = parseReport("Putin spoke by phone with U.S. President Donald Trump on Tuesday.", { referenceDate: "2025-03-19" });
    expect(participantNames(call)).toEqual(["Vladimir Putin", "Donald Trump"]);
  });

  it("counts one who attended or stood in for a country no leader of which is there (`Harris attended the summit`, `was represented by`)", () => {
    const text = "Leaders of 92 countries met at the Bürgenstock resort on Sunday. Zelensky thanked them. US Vice-President Kamala Harris attended the summit. Bolivia's President Luis Arce did not attend; the country was represented by Foreign Minister Celinda Sosa.";
    expect(participantNames(parseReport(text, { referenceDate: "2024-06-16" }))).toEqual(["Volodymyr Zelensky", "Kamala Harris", "Celinda Sosa"]);
    // (An office set off before the name, whether or not the sentence names the meeting; not `a vision represented by`.)
    const ghana = "West African leaders gathered in Abuja on Sunday. President Bola Tinubu opened the summit. Ghana's John Mahama was absent and was represented by his vice-president, Jane Naana Opoku-Agyemang. The debate showed a vision represented by Sanders.";
    expect(participantNames(parseReport(ghana, { referenceDate: "2024-12-15" }))).toEqual(["Bola Tinubu", "Jane Naana Opoku-Agyemang"]);
    // (Not beside a leader of their own country: `Macron, with Foreign Minister Barrot, attended`.)
    const both = parseReport("Leaders met in Paris on Friday. Macron and Merz spoke. French Foreign Minister Jean-Noël Barrot also attended the summit.", { referenceDate: "2025-09-05" });
    expect(participantNames(both)).toEqual(["Emmanuel Macron", "Friedrich Merz"]);
    // (The one stood in for is not there, a modal before the passive too: `Putin will be represented by …`.)
    const preview = parseReport(
      "Leaders of the world's biggest economies will meet in Johannesburg this weekend for the G20 summit. Chinese Premier Li Qiang and Indian Prime Minister Narendra Modi are expected to attend. Russian President Vladimir Putin will be represented by deputy chief of staff Maxim Oreshkin.",
      { referenceDate: "2025-11-20" },
    );
    expect(participantNames(preview)).toEqual(["Li Qiang", "Narendra Modi", "Maxim Oreshkin"]);
  });

  it("places a meeting in a town the gazetteer lacks, named right after the meeting, before the agency's dateline", () => {
    const text = "MEXICO CITY (Mexico News Daily) — President Claudia Sheinbaum and her Guatemalan counterpart Bernardo Arévalo signed a border agreement on Friday at a meeting in Tapachula, Chiapas, near the border.";
    expect(parseReport(text, { referenceDate: "2025-06-07" }).summit.location).toBe("Tapachula");
    // (A region with its article is no nearer than the dateline's city.)
    const g7 = "KANANASKIS, Alberta (AP) — President Donald Trump left the Group of Seven summit in the Canadian Rockies a day early on Monday.";
    expect(parseReport(g7, { referenceDate: "2025-06-16" }).summit.location).toBe("Kananaskis");
  });

  it("counts those received `in audience`, and not one who only sent `a letter of invitation from` afar", () => {
    const text =
      "Pope Leo XIV on Monday received in audience US Vice President JD Vance, the day after the Mass for the inauguration of his ministry.\n\n" +
      "Vance also handed the Pope a letter of invitation from President Donald Trump to visit the White House.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-05-19" }))).toEqual(["Leo XIV", "JD Vance"]);
  });

  it("places a meeting in the country its sentence names when no city is given (`met in Kuwait`)", () => {
    const text = "Leaders of the Gulf Cooperation Council met in Kuwait on Sunday for their annual summit, with Saudi Crown Prince Mohammed bin Salman absent.";
    const report = parseReport(text, { referenceDate: "2024-12-02" });
    expect([report.summit.location, report.summit.date]).toEqual(["Kuwait", "2024-12-01"]);
  });

  it("places a meeting at its own venue, not in a place the meeting is about (`disagreed over the war in Gaza during a press conference in Berlin`)", () => {
    const text = "Scholz and Erdogan clash over Gaza\n\nGerman Chancellor Olaf Scholz and Turkish President Recep Tayyip Erdogan openly disagreed over the war in Gaza during a joint press conference in Berlin on Friday.";
    expect(parseReport(text, { referenceDate: "2024-06-15" }).summit.location).toBe("Berlin");
    // (Nor the place of developments a focusing adverb narrows them to: `regional developments, particularly in Gaza`.)
    const wam =
      "ABU DHABI, 3rd March, 2025 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan and King Abdullah II of Jordan discussed on Monday regional developments, particularly in Gaza.\n\n" +
      "This came during a meeting at Qasr Al Shati in Abu Dhabi.";
    expect(parseReport(wam, { referenceDate: "2025-03-03" }).summit.location).toBe("Abu Dhabi");
  });

  it("reads `next` or `last` before a unit of time as the time's, not another meeting's (`will travel to Moscow next week for talks`)", () => {
    const text = "Xi Jinping will travel to Moscow next week for talks with Vladimir Putin, the Kremlin said on Friday.";
    const report = parseReport(text, { referenceDate: "2025-03-14" });
    expect([report.summit.location, report.summit.date]).toEqual(["Moscow", "2025-W12"]);
    // (Nor do the leaders of another meeting the lead goes on to tell of: `The two leaders last met in Beijing in October`.)
    const lastMet = parseReport(`${text} The two leaders last met in Beijing in October.`, { referenceDate: "2025-03-14" });
    expect([lastMet.summit.location, lastMet.summit.date]).toEqual(["Moscow", "2025-W12"]);
    // (`their next round of talks` is still another meeting.)
    expect(parseReport("Putin and Xi met in Beijing on Friday. They agreed to hold their next round of talks in Moscow.", { referenceDate: "2025-03-15" }).summit.location).toBe("Beijing");
  });

  it("dates a meeting by its own day, not the day a bracket restates in another zone (`on Monday, May 1 (Tuesday, May 2, Manila time)`)", () => {
    const text = 'President Ferdinand Marcos Jr. and US President Joe Biden reaffirmed on Monday, May 1 (Tuesday, May 2, Manila time), the "ironclad" alliance between the Philippines and the United States, as the two leaders met at the White House.';
    const report = parseReport(text, { referenceDate: "2023-05-02" });
    expect(report.summit.date).toBe("2023-05-01");
    expect(report.timeline.map((e) => e.value)).toEqual(["2023-05-01"]);
    // (Also past the zone the first time is given in: `on Saturday morning local time (Sunday AEST)`.)
    const zoned = parseReport("Albanese, Modi and Kishida gathered at Mr Biden's home in Wilmington on Saturday morning local time (Sunday AEST).", { referenceDate: "2024-09-22" });
    expect(zoned.timeline.map((e) => e.value)).toEqual(["2024-09-21TMO"]);
  });

  it("places a meeting the lead puts in another country than the dateline's at the venue the next sentence names (`at a Russian spaceport`, then `met at the Vostochny Cosmodrome`)", () => {
    const lead = "Kim, Putin hold summit\n\nSEOUL, Sept. 14 (Yonhap) -- North Korean leader Kim Jong-un and Russian President Vladimir Putin held a summit at a Russian spaceport in the Far East on Wednesday.";
    const next = "\n\nThe two leaders met at the Vostochny Cosmodrome in the Amur region, where Putin greeted Kim with a long handshake.";
    expect(parseReport(lead + next, { referenceDate: "2023-09-14" }).summit.location).toBe("Vostochny Cosmodrome");
    // (Without it, a region the lead names with its article, not the agency's home city.)
    expect(parseReport(lead, { referenceDate: "2023-09-14" }).summit.location).toBe("Far East");
  });

  it("dates a meeting ahead by the day its noun phrase gives, not the weekend of the trip (`travel to China this weekend, to attend the … summit in Tianjin on Sunday`)", () => {
    const text = "Indian Prime Minister Narendra Modi will travel to China this weekend, to attend the Shanghai Cooperation Organisation summit in Tianjin on Sunday and Monday.";
    expect(parseReport(text, { referenceDate: "2025-08-27" }).summit.date).toBe("2025-08-31");
  });

  it("dates an undated lead in the present perfect on the reference day, and places no held meeting where the next one will be", () => {
    const text = [
      "Sir Keir Starmer has hailed a 'new era' in relations with the European Union after agreeing a deal on defence at the first UK-EU summit since Brexit.",
      "",
      "Speaking at Lancaster House in London on Monday, the Prime Minister said: 'It's time to look forward.' Ursula von der Leyen said the deal was 'historic'.",
      "",
      "Reform UK leader Nigel Farage called it a surrender. The next summit will take place in Brussels next year, Downing Street said.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-05-19" });
    expect([report.summit.date, report.summit.location, participantNames(report)]).toEqual(["2025-05-19", "London", ["Keir Starmer", "Ursula von der Leyen"]]);
  });

  it("counts the sides a meeting word names after `between` among those who met (`talks between Ali Shamkhani, …, and … Musaed Al-Aiban`)", () => {
    const text =
      "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations, after talks hosted by China in Beijing. " +
      "The deal was announced in a joint statement after four days of talks between Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Saudi national security adviser Musaed Al-Aiban.";
    expect(participantNames(parseReport(text, { referenceDate: "2023-03-10" }))).toEqual(["Ali Shamkhani", "Musaed Al-Aiban"]);
  });

  it("takes no country written short for a venue after the meeting's verb (`met in U.S. President Joe Biden's home state`)", () => {
    const text = "NEWARK, Delaware, Sept. 21 Kyodo - The leaders of Japan, the United States, Australia and India voiced concern on Saturday after they met in U.S. President Joe Biden's home state.";
    expect(parseReport(text, { referenceDate: "2024-09-21" }).summit.location).toBe("Newark");
  });

  it("places a meeting in a town the gazetteer lacks after the meeting's verb, before a city it is set beside (`in Villers-Cotterêts, north-east of Paris`)", () => {
    const text = "Leaders from French-speaking countries gathered in Villers-Cotterêts, north-east of Paris, on Friday for the 19th Francophonie summit. Macron opened it. Trudeau said he would raise Haiti.";
    const report = parseReport(text, { referenceDate: "2024-10-04" });
    expect(report.summit.location).toBe("Villers-Cotterêts");
    // (Leaders from many countries meet, however few the report names.)
    expect([report.summit.countries, report.summit.format]).toEqual([["France", "Canada"], "multilateral"]);
    expect(parseReport("Leaders of the two countries, Macron and Trudeau, met in Paris on Friday.", { referenceDate: "2024-10-04" }).summit.format).toBe("bilateral");
    // (So do four states or more named after the leaders' plural, however few of their leaders the report names.)
    const five = "The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Tashkent on November 16. Uzbek President Shavkat Mirziyoyev chaired the meeting, and Kazakh President Kassym-Jomart Tokayev spoke.";
    expect(parseReport(five, { referenceDate: "2025-11-16" }).summit.format).toBe("multilateral");
    expect(parseReport("The presidents of Kazakhstan and Uzbekistan, Tokayev and Mirziyoyev, met in Tashkent on November 16.", { referenceDate: "2025-11-16" }).summit.format).toBe("bilateral");
    // (A bloc's leaders too, not a country's, nor those in a meeting's name.)
    const eu = "EU leaders, among them Emmanuel Macron and Friedrich Merz, met in Brussels on Thursday.";
    expect(parseReport(eu, { referenceDate: "2025-06-27" }).summit.format).toBe("multilateral");
    const hemisphere = "President Joe Biden and leaders from across the Western Hemisphere, among them Justin Trudeau, signed a declaration in Los Angeles on Friday.";
    expect(parseReport(hemisphere, { referenceDate: "2022-06-10" }).summit.format).toBe("multilateral");
    const region = "African leaders, among them William Ruto and Bola Tinubu, met Joe Biden in Washington on Thursday.";
    expect(parseReport(region, { referenceDate: "2022-12-16" }).summit.format).toBe("multilateral");
    // (And a region named in two words: `Latin American leaders`, `Central Asian leaders`; not a country's, `North Korean`.)
    const latin = "European and Latin American leaders met in Lisbon on Tuesday. President Lula and Prime Minister Luís Montenegro of Portugal spoke.";
    expect(parseReport(latin, { referenceDate: "2025-11-04" }).summit.format).toBe("multilateral");
    const korean = "North Korean leaders met South Korean officials. Kim Jong Un and Yoon Suk Yeol spoke.";
    expect(parseReport(korean, { referenceDate: "2025-11-04" }).summit.format).toBe("bilateral");
    const us = "US leaders, among them Donald Trump, and Mexico's Claudia Sheinbaum met in Washington on Thursday.";
    expect(parseReport(us, { referenceDate: "2025-06-27" }).summit.format).toBe("bilateral");
    const blocs = "Leaders of the Gulf Cooperation Council (GCC) and the Association of Southeast Asian Nations (ASEAN), among them Anwar Ibrahim and Sheikh Tamim bin Hamad Al Thani, met in Kuala Lumpur on Tuesday.";
    expect(parseReport(blocs, { referenceDate: "2025-05-28" }).summit.format).toBe("multilateral");
    // (A bloc by its name before its leaders: `Gulf Cooperation Council leaders`; not a state's house, `Senate leaders`.)
    const council = "Gulf Cooperation Council leaders gathered in Kuwait on Sunday for their 45th summit. Kuwait's Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah opened it. The Kingdom was represented by Saudi Foreign Minister Prince Faisal bin Farhan.";
    expect(parseReport(council, { referenceDate: "2024-12-01" }).summit.format).toBe("multilateral");
    // (Read in any sentence of the meeting's day: `Leaders of the Group of 20 major economies began their meeting`
    // under a lead and a dated sentence that say only `summit`.)
    const g20 = "German Chancellor Olaf Scholz has called on the world's largest economies to stand together. The two-day summit in Rio de Janeiro opened on Monday.\n\nLeaders of the Group of 20 major economies began their meeting in the Brazilian city on Monday, with host President Luiz Inacio Lula da Silva putting hunger on the agenda.";
    expect(parseReport(g20, { referenceDate: "2024-11-18" }).summit.format).toBe("multilateral");
    const senate = "Senate leaders met Donald Trump and Claudia Sheinbaum in Washington on Tuesday.";
    expect(parseReport(senate, { referenceDate: "2025-05-28" }).summit.format).toBe("bilateral");
    const pair = "Leaders of the United States and Mexico, Donald Trump and Claudia Sheinbaum, met in Washington on Tuesday.";
    expect(parseReport(pair, { referenceDate: "2025-05-28" }).summit.format).toBe("bilateral");
    const sidelines = "President William Ruto and Samia Suluhu Hassan met on the sidelines of the EAC Heads of State Summit in Arusha on Saturday.";
    expect(parseReport(sidelines, { referenceDate: "2023-11-26" }).summit.format).toBe("bilateral");
    // (Not a town that holds a known site: `at Joint Base Elmendorf-Richardson` is Anchorage's.)
    const alaska = "Donald Trump and Vladimir Putin met at Joint Base Elmendorf-Richardson on Friday, a day after talks in Washington.";
    expect(parseReport(alaska, { referenceDate: "2025-08-16" }).summit.location).toBe("Anchorage");
  });

  it("reads `to host` and a country's word as a verb and its object's title, no host country (`scheduled to host U.S. President Donald Trump in Tokyo`)", () => {
    const text = "Prime Minister Sanae Takaichi and Anthony Albanese met in Kuala Lumpur on Sunday. Takaichi is scheduled to host U.S. President Donald Trump in Tokyo on Tuesday.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-10-27" }))).toEqual(["Sanae Takaichi", "Anthony Albanese"]);
  });

  it("counts one a leader hosts under an office with their country's possessive (`hosted Pakistan's army chief, Field Marshal Asim Munir,`)", () => {
    const text = "US President Donald Trump on Wednesday hosted Pakistan's army chief, Field Marshal Asim Munir, for a lunch meeting at the White House.";
    const report = parseReport(text, { referenceDate: "2025-06-19" });
    expect(report.people.map((p) => [p.name, p.roles, p.country])).toEqual([
      ["Donald Trump", ["President of the United States", "US President"], "United States"],
      ["Asim Munir", ["Field Marshal", "Pakistan's army chief"], "Pakistan"],
    ]);
    expect(participantNames(report)).toEqual(["Donald Trump", "Asim Munir"]);
  });

  it("leaves out the subject of `was represented by`, past a relative clause, whatever the stand-in's country", () => {
    const text = "West African leaders met in Abuja on Sunday. Julius Maada Bio chaired the summit. President Bola Tinubu, who handed over the chairmanship last year, was represented by Vice President Kashim Shettima. Tinubu sent a message.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-06-23" }))).toEqual(["Julius Maada Bio", "Kashim Shettima"]);
    // (So is the object of the active, past the day it was done on: `Shettima on Sunday represented President Bola Tinubu
    // at the … Session`; not a lawyer's client, where no meeting is named.)
    const active = "Vice President Kashim Shettima on Sunday represented President Bola Tinubu at the 67th Ordinary Session of the ECOWAS Authority held in Abuja. Sierra Leone's President Julius Maada Bio was elected the new chairman. Bio pledged to work for the return of Mali.";
    expect(participantNames(parseReport(active, { referenceDate: "2025-06-23" }))).toEqual(["Julius Maada Bio", "Kashim Shettima"]);
  });

  it("dates the meeting by its own day, not by a time in a phrase of what came before (`following Israel's attack … last week`)", () => {
    const text = "Leaders of Arab and Muslim-majority countries have gathered in Doha for an emergency summit following Israel's attack on Hamas leaders in the Qatari capital last week.\n\nQatar's Emir Sheikh Tamim bin Hamad Al Thani told the summit on Monday that the attack was an assault on a mediator.";
    expect(parseReport(text, { referenceDate: "2025-09-15" }).summit.date).toBe("2025-09-15");
    // (The meeting's own end after `after` still dates it.)
    const own = "EU leaders agreed to meet Ukraine's needs, European Council President Antonio Costa told reporters after the summit in Brussels ended late Thursday.";
    expect(parseReport(own, { referenceDate: "2025-10-24" }).summit.date).toBe("2025-10-23");
  });

  it("reads an EFE dateline to its stop and dash (`Brasília, Mar 5 (EFE).- The head …`)", () => {
    const text = "Brasília, Mar 5 (EFE).- The head of the Spanish Government, Pedro Sánchez, and the president of Brazil, Luiz Inácio Lula da Silva, signed on Wednesday a strategic partnership.";
    const report = parseReport(text, { referenceDate: "2025-03-05" });
    expect(report.timeline.map((e) => e.description)).toEqual(["The head of the Spanish Government, Pedro Sánchez, and the president of Brazil, Luiz Inácio Lula da Silva, signed on Wednesday a strategic partnership."]);
    // (Nor is `and the president of Brazil` an office of Sánchez's.)
    expect(report.people.find((p) => p.name === "Pedro Sánchez")?.roles).toEqual(["Prime Minister of Spain"]);
  });

  it("takes no party's or movement's leader for a state's (`Senate Majority Leader Mitch McConnell`), but a Republican president is one", () => {
    const text = "Trump met Xi in Busan on Thursday. Senate Majority Leader Mitch McConnell praised the talks. McConnell said more was needed. Opposition leader Peter Dutton agreed.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-10-31" }))).toEqual(["Donald Trump", "Xi Jinping"]);
    const quote = 'Trump met Zelenskyy on Friday. "You\'re gambling with the lives of millions of people," Trump said. The Republican president later wrote that Zelenskyy "can come back when he is ready for Peace".';
    expect(extractQuotes(quote).map((q) => q.speaker?.name)).toEqual(["Donald Trump", "Donald Trump"]);
  });

  it("reads a week's value as a week in the past of the meeting, not after it (`Khamenei said last week`), and not the time of a closing attribution", () => {
    const text = "Iran and the United States held a second round of talks in Rome on Saturday, Iranian Foreign Minister Abbas Araqchi said. Omani Foreign Minister Badr Albusaidi mediated the talks. Supreme Leader Ayatollah Ali Khamenei said last week that he was cautious about the negotiations.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-04-19" }))).toEqual(["Abbas Araghchi", "Badr Albusaidi"]);
    const stand = "RIO DE JANEIRO (Reuters) - Leaders of the BRICS group of developing nations will meet in Rio de Janeiro on Sunday for a summit overshadowed by the absence of Chinese President Xi Jinping.\n\nXi will send Premier Li Qiang in his place, Beijing said last week.\n\nBrazilian President Luiz Inacio Lula da Silva, the host, is expected to push for a common position.";
    expect(participantNames(parseReport(stand, { referenceDate: "2025-07-05" }))).toEqual(["Li Qiang", "Luiz Inacio Lula da Silva"]);
  });

  it("counts the stand-in of a leader who `did not attend and was represented by`, and a country written with its accents", () => {
    const text = "Heads of state and government of the Community of Portuguese Language Countries met in São Tomé on Sunday. São Tomé and Príncipe's Prime Minister Patrice Trovoada said the community must speak with one voice. Brazil's President Luiz Inácio Lula da Silva did not attend and was represented by Foreign Minister Mauro Vieira.";
    const report = parseReport(text, { referenceDate: "2023-08-28" });
    expect(participantNames(report)).toEqual(["Patrice Trovoada", "Mauro Vieira"]);
    expect(report.people.find((p) => p.name === "Patrice Trovoada")?.country).toBe("São Tomé and Príncipe");
  });

  it("counts one who represented a country, and reads `Group of 20` as a body's name", () => {
    const text = "The Group of 20 leading economies opened their summit in New Delhi on Saturday. Indian Prime Minister Narendra Modi welcomed the leaders. China sent Premier Li Qiang, while Foreign Minister Sergey Lavrov represented Russia.";
    const report = parseReport(text, { referenceDate: "2023-09-09" });
    expect(participantNames(report)).toContain("Sergey Lavrov");
    expect(report.organizations.map((o) => o.name)).toContain("Group of 20");
  });

  it("leaves out one whose funeral the meeting was beside (`on the sidelines of Pope Francis' funeral`)", () => {
    const text = "President Volodymyr Zelensky met with U.S. President Donald Trump in the Vatican on April 26, on the sidelines of Pope Francis' funeral.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-04-26" }))).toEqual(["Volodymyr Zelensky", "Donald Trump"]);
  });

  it("leaves out the people of a country that stayed away, named by its capital (`after Washington boycotted the gathering`)", () => {
    const text = "President Cyril Ramaphosa closed the G20 summit in Johannesburg on Sunday, handing over to an empty chair after Washington boycotted the two-day gathering. US President Donald Trump had said that no US official would attend. Li Qiang and Emmanuel Macron attended. Trump will host next year's summit.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-11-23" }))).toEqual(["Cyril Ramaphosa", "Li Qiang", "Emmanuel Macron"]);
  });

  it("takes as participants of talks without leaders those a passive names at the head of a side, and not a leader who `did not take part`", () => {
    const text =
      "JEDDAH, March 11 (Reuters) - U.S. and Ukrainian officials meeting in Saudi Arabia on Tuesday discussed the terms of a minerals deal.\n\n" +
      "The U.S. delegation, led by Secretary of State Marco Rubio and national security adviser Mike Waltz, met the Ukrainian team headed by Andriy Yermak for more than eight hours.\n\n" +
      "Zelenskiy, who was in Saudi Arabia on Monday to meet Crown Prince Mohammed bin Salman, did not take part in the talks. Zelenskiy thanked the Saudi hosts.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-03-12" }))).toEqual(["Marco Rubio", "Mike Waltz", "Andriy Yermak"]);
  });

  it("leaves out a leader who `did not meet` the guest, unless the sentence names the meeting they missed him at", () => {
    const text = "Polish Prime Minister Donald Tusk hosted German Chancellor Friedrich Merz in Warsaw on Tuesday.\n\nPoland's president, Karol Nawrocki, who took office in early August, did not meet Merz. The president's schedule did not allow it.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-07-08" }))).toEqual(["Donald Tusk", "Friedrich Merz"]);
  });

  it("makes no meeting of many of a bilateral held beside a leaders' meeting (`on the sidelines of the … APEC Economic Leaders' Meeting`)", () => {
    const text =
      "Chinese President Xi Jinping met with U.S. President Joe Biden on Saturday afternoon local time in Lima, Peru, on the sidelines of the 31st APEC Economic Leaders' Meeting.\n\n" +
      "The meeting was Biden's last with Xi before he leaves office in January. President-elect Donald Trump has pledged to impose tariffs of 60 percent on Chinese goods.";
    const report = parseReport(text, { referenceDate: "2024-11-17" });
    expect([participantNames(report), report.summit.format]).toEqual([["Xi Jinping", "Joe Biden"], "bilateral"]);
  });

  it("leaves out leaders a sentence places at the wider summit a bilateral meeting was held beside (`The two-day SCO summit … is attended by …`)", () => {
    const text =
      "TIANJIN, China, Aug 31 (Reuters) - Indian Prime Minister Narendra Modi and Chinese President Xi Jinping agreed on Sunday that their countries were partners, as they met on the sidelines of the Shanghai Cooperation Organisation summit in Tianjin.\n\n" +
      "The two-day SCO summit, which opens later on Sunday, is attended by more than 20 leaders, including Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan.\n\nPutin and Modi are due to hold talks on Monday.";
    const report = parseReport(text, { referenceDate: "2025-09-01" });
    expect([participantNames(report), report.summit.format]).toEqual([["Narendra Modi", "Xi Jinping"], "bilateral"]);
  });

  it("leaves out one the guest is counted after (`the second foreign leader after Netanyahu to hold talks with Trump`)", () => {
    const text = "Prime Minister Shigeru Ishiba and U.S. President Donald Trump met at the White House on Friday. Ishiba is the second foreign leader after Israeli Prime Minister Benjamin Netanyahu to hold in-person talks with Trump.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-02-07" }))).toEqual(["Shigeru Ishiba", "Donald Trump"]);
    // (Also where a clause and a comma stand between: NHK's `… since Trump took office last month, after …`.)
    const nhk = "Japan's Prime Minister Ishiba Shigeru and US President Donald Trump have held their first face-to-face talks at the White House.\n\nIshiba is the second foreign leader to visit the White House since Trump took office last month, after Israeli Prime Minister Benjamin Netanyahu.";
    expect(participantNames(parseReport(nhk, { referenceDate: "2025-02-08" }))).toEqual(["Shigeru Ishiba", "Donald Trump"]);
  });

  it("counts one the dated sentence has meet a leader, for a country no leader of which is there (`met the US vice-president, JD Vance,`)", () => {
    const text = "Zelenskyy meets Vance in Munich\n\nVolodymyr Zelenskyy met the US vice-president, JD Vance, on the sidelines of the Munich Security Conference on Friday.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-02-16" }))).toEqual(["Volodymyr Zelenskyy", "JD Vance"]);
    // (Not one without a country of their own beside a leader's meeting: `Marcos met with Defense Secretary Pete Hegseth`.)
    const side = "Marcos and Trump met at the White House on Tuesday. Earlier in the day, Marcos met with Defense Secretary Pete Hegseth at the Pentagon.";
    expect(participantNames(parseReport(side, { referenceDate: "2025-07-22" }))).toEqual(["Ferdinand Marcos Jr.", "Donald Trump"]);
  });

  it("places a meeting by a date line with its place under a Kremlin lead (`November 12, 2025, 14:30, The Kremlin, Moscow`)", () => {
    const text = "Russian-Kazakh talks\n\nVladimir Putin held talks with President of the Republic of Kazakhstan Kassym-Jomart Tokayev, who is on a state visit.\n\nNovember 12, 2025, 14:30, The Kremlin, Moscow\n\nThe talks began in a restricted format.\n\nThe next meeting is scheduled to take place in Astana next year.";
    expect(parseReport(text, { referenceDate: "2025-11-12" }).summit).toMatchObject({ location: "Moscow", date: "2025-11-12" });
  });

  it("dates talks by a day on which the parties `discussed` something, before a guest's arrival the day before", () => {
    const text = "BEIJING, April 9. /TASS/. Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi on Tuesday discussed the situation in Ukraine, the Russian Foreign Ministry said.\n\nLavrov arrived in China on Monday for a two-day official visit.";
    const report = parseReport(text, { referenceDate: "2024-04-09" });
    expect([report.summit.date, participantNames(report)]).toEqual(["2024-04-09", ["Sergey Lavrov", "Wang Yi"]]);
    // (Not a book that `discussed how`, nor a topic `to be discussed at a conference`.)
    const book = parseReport("Obama read Diamond's 2005 best seller, which explored ancient societies and discussed how climate change could ruin ours. He spoke in Copenhagen in December 2009.", { referenceDate: "2016-09-08" });
    expect(book.summit.date).not.toBe("2005");
  });

  it("counts a leader the text calls its host, named once (`Lula, the host, is expected to push …`)", () => {
    const text =
      "RIO DE JANEIRO (Reuters) - Leaders of the BRICS group will meet in Rio de Janeiro on Sunday and Monday for a summit overshadowed by the absence of Chinese President Xi Jinping.\n\n" +
      "Xi will send Premier Li Qiang in his place, Beijing said last week.\n\n" +
      "Brazilian President Luiz Inacio Lula da Silva, the host, is expected to push for a common position on climate finance ahead of the COP30 summit in Belem in November.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-07-05" }))).toEqual(["Li Qiang", "Luiz Inacio Lula da Silva"]);
  });

  it("places a meeting in Azerbaijan's exclave and other cities the gazetteer knows beside Baku", () => {
    const text = "Erdogan and Aliyev open new gas pipeline in Nakhchivan\n\nPresidents Recep Tayyip Erdogan and Ilham Aliyev attended the groundbreaking ceremony of a gas pipeline on Monday.\n\nThe two leaders agreed to meet again in Baku in the autumn.";
    expect(parseReport(text, { referenceDate: "2025-09-22" }).summit).toMatchObject({ location: "Nakhchivan", date: "2025-09-22" });
  });

  it("places a meeting in a settlement the gazetteer lacks, named by what it is (`on the island of Valaam in Karelia`)", () => {
    const text = "The leaders of Belarus and Russia, Alexander Lukashenko and Vladimir Putin, met on the island of Valaam in Karelia on 25 July.";
    const report = parseReport(text, { referenceDate: "2025-07-26" });
    expect([report.summit.location, report.places.find((p) => p.name === "Valaam")?.kind]).toEqual(["Valaam", "city"]);
  });

  it("places a meeting in a city the text writes with accents the gazetteer lacks, or without those it has", () => {
    const brasilia = parseReport("Pedro Sánchez and Lula met at the Planalto Palace in Brasília on Wednesday.", { referenceDate: "2025-03-05" });
    expect([brasilia.summit.location, brasilia.places.map((p) => [p.name, p.kind])]).toEqual(["Brasilia", [["Brasilia", "city"]]]);
    // (`Türkiye` without its accent.)
    const ankara = parseReport("Leaders of Turkiye and Azerbaijan met in Ankara on Friday.", { referenceDate: "2025-03-07" });
    expect(ankara.places.map((p) => [p.name, p.kind])).toEqual([["Turkey", "country"], ["Azerbaijan", "country"], ["Ankara", "city"]]);
  });

  it("counts a leader who `took part` in the meeting, as an associate member too", () => {
    const text =
      "Presidents Javier Milei and Luiz Inácio Lula da Silva shared a stage on Thursday at the Mercosur summit in Buenos Aires.\n\n" +
      "Bolivia's Luis Arce, whose country is in the process of joining the bloc, took part as an associate member.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-07-03" }))).toEqual(["Javier Milei", "Luiz Inácio Lula da Silva", "Luis Arce"]);
  });

  it("leaves out a leader from whom the meeting drew a reaction (`The visit drew criticism from … Zelenskyy`)", () => {
    const text =
      "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin held talks at the Kremlin on Tuesday.\n\n" +
      'The visit drew criticism from Ukrainian President Volodymyr Zelenskyy, who said it was "a huge disappointment".';
    expect(participantNames(parseReport(text, { referenceDate: "2024-07-09" }))).toEqual(["Narendra Modi", "Vladimir Putin"]);
  });

  it("reads a meeting the leaders `first met` or `last met` at as an earlier occasion, not the report's", () => {
    const lead = "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi held talks in Kazan, agreeing to ease border tensions.";
    for (const earlier of ["The two leaders last met in Bali on Nov. 15, 2022.", "The two leaders first met in Ahmedabad on Sept. 17, 2014, when Xi visited India."]) {
      expect(parseReport(`${lead}\n\n${earlier}`, { referenceDate: "2024-10-23" }).summit).toMatchObject({ location: "Kazan", date: "2024-10-23" });
    }
    // (`the first held on African soil` describes this summit: no earlier occasion.)
    const g20 =
      "JOHANNESBURG, Nov 22 — South African President Cyril Ramaphosa met Brazilian President Luiz Inácio Lula da Silva and Indian Prime Minister Narendra Modi on Saturday on the margins of the G20 leaders' summit, the first held on African soil.\n\n" +
      "Lula said the IBSA countries should speak with one voice. He said he would travel to Belem on Monday for the close of the COP30 climate talks.";
    expect(parseReport(g20, { referenceDate: "2025-11-22" }).summit).toMatchObject({ location: "Johannesburg", date: "2025-11-22" });
  });

  it("keeps leaders who came from a meeting elsewhere (`arrived late after talks in Vienna`) at this one", () => {
    const report = parseReport(
      "European Union leaders meeting in Brussels on Thursday agreed to keep Russian assets frozen. " +
        "Austrian Chancellor Christian Stocker and Czech Prime Minister Andrej Babis arrived late after talks in Vienna.",
      { referenceDate: "2025-12-18" },
    );
    expect(participantNames(report)).toEqual(["Christian Stocker", "Andrej Babiš"]);
  });

  it("places no summit in a city that names a process (`the Berlin Process`), and reads a relative clause's time and people as its own", () => {
    const report = parseReport(
      "Western Balkan leaders sign deals at Berlin Process summit in Tirana\n\n" +
        "Leaders of the six Western Balkan countries on Monday signed three agreements at the first Berlin Process summit held in the region. " +
        "German Chancellor Olaf Scholz, whose predecessor Angela Merkel launched the process in 2014, urged the leaders to implement them quickly.",
      { referenceDate: "2022-11-07" },
    );
    const names = participantNames(report);
    expect([report.summit.location, report.summit.date, names]).toEqual(["Tirana", "2022-11-07", ["Olaf Scholz"]]);
    expect(report.places.map((p) => p.name)).toEqual(["Tirana"]);
  });

  it("dates a meeting by its own day, not by the eve a lead names (`on Tuesday on the eve of a two-day summit`)", () => {
    const text =
      "LISBON — European and Latin American leaders began arriving in Lisbon on Tuesday on the eve of a two-day summit.\n\n" +
      "The summit opens on Wednesday morning with a working dinner hosted by Portuguese Prime Minister Luís Montenegro.";
    expect(parseReport(text, { referenceDate: "2025-11-04" }).summit.date).toBe("2025-11-05");
  });

  it("counts one sent in another's place, but not at the bloc's summit beside a bilateral meeting", () => {
    const text = "South American leaders gathered in Foz do Iguaçu on Saturday for a Mercosur summit. Brazil's Luiz Inácio Lula da Silva handed over to Paraguay's Santiago Peña. Argentina's Javier Milei skipped the meeting and sent Foreign Minister Pablo Quirno instead.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-12-20" }))).toEqual(["Luiz Inácio Lula da Silva", "Santiago Peña", "Pablo Quirno"]);
    const side = "President Joe Biden and Chinese leader Xi Jinping met for three hours Monday on the sidelines of the Group of 20 summit in Bali. Russian President Vladimir Putin decided to skip the gathering and sent Foreign Minister Sergey Lavrov in his place.";
    expect(participantNames(parseReport(side, { referenceDate: "2022-11-14" }))).toEqual(["Joe Biden", "Xi Jinping"]);
  });

  it("counts a stand-in whose title runs to four words (`represented by Deputy Prime Minister Sayyid Shihab …`)", () => {
    const text = "Leaders of the Gulf Cooperation Council met in Doha on Monday evening. Saudi Crown Prince Mohammed bin Salman attended. Oman was represented by Deputy Prime Minister Sayyid Shihab bin Tarik Al Said.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-09-16" }))).toEqual(["Mohammed bin Salman", "Shihab bin Tarik Al Said"]);
  });

  it("leaves out one who attended a meeting in another city (`attended a parallel meeting in Lusaka`)", () => {
    const text = "Burkina Faso's Captain Ibrahim Traoré and Mali's Colonel Assimi Goïta met in Niamey on Saturday. Burundi's Évariste Ndayishimiye attended a parallel meeting in Lusaka. Niger's General Abdourahamane Tiani also attended.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-11-03" }))).toEqual(["Ibrahim Traoré", "Assimi Goita", "Abdourahamane Tiani"]);
  });

  it("leaves out leaders whose envoys meet (`Erdogan hosts Putin, Zelenskiy envoys`, `Trump envoy Steve Witkoff met Putin`)", () => {
    const headline = "Erdogan hosts Putin, Zelenskiy envoys in Istanbul\n\nISTANBUL, June 2 (Reuters) - Turkish President Tayyip Erdogan met Russian and Ukrainian delegations in Istanbul on Monday.";
    expect(participantNames(parseReport(headline, { referenceDate: "2025-06-02" }))).toEqual(["Recep Tayyip Erdogan"]);
    const envoy = parseReport("Trump envoy Steve Witkoff met Putin in Moscow on Thursday.", { referenceDate: "2025-08-07" });
    expect(participantNames(envoy)).not.toContain("Donald Trump");
    // (A demonym before the noun is no one's name: Zelensky, the delegation's head, is there.)
    const head = parseReport("Putin met Zelensky, Ukrainian delegation head, in Istanbul on Monday.", { referenceDate: "2025-06-02" });
    expect(participantNames(head)).toEqual(["Vladimir Putin", "Volodymyr Zelensky"]);
  });

  it("reads an APP dateline (`ISTANBUL, Jun 26 (APP):`), and dates the meeting by a day whose words were said during it", () => {
    const text =
      "ISTANBUL, Jun 26 (APP): Prime Minister Muhammad Shehbaz Sharif and Turkish President Recep Tayyip Erdogan on Wednesday reaffirmed their resolve to take bilateral trade to $5 billion, during a meeting at the Dolmabahce Palace.";
    const report = parseReport(text, { referenceDate: "2025-06-26" });
    expect([report.summit.location, report.summit.date]).toEqual(["Istanbul", "2025-06-25"]);
  });

  it("counts among those who met the one who led a side at the talks (`led Beijing's delegation`, `, who led the U.S. team`)", () => {
    const text = [
      "STOCKHOLM (Reuters) - The United States and China agreed on Tuesday to seek a 90-day extension of their tariff truce after two days of talks in Stockholm.",
      "",
      "Chinese Vice Premier He Lifeng led Beijing's delegation. Treasury Secretary Scott Bessent, who led the U.S. team, said he would brief the president on Wednesday.",
    ].join("\n");
    expect(participantNames(parseReport(text, { referenceDate: "2025-07-29" }))).toEqual(expect.arrayContaining(["He Lifeng", "Scott Bessent"]));
  });

  it("counts at talks without leaders the official a minister meets in the dated sentence (`Wang Yi held talks with … NSA Ajit Doval`)", () => {
    const text = "Chinese Foreign Minister Wang Yi held talks with Indian National Security Advisor Ajit Doval in New Delhi on Tuesday.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-08-19" }))).toEqual(["Wang Yi", "Ajit Doval"]);
    // (Past what the talks were on: `held talks on the boundary question with …`.)
    const topic = text.replace("held talks with", "held talks on the boundary question with");
    expect(participantNames(parseReport(topic, { referenceDate: "2025-08-19" }))).toEqual(["Wang Yi", "Ajit Doval"]);
  });

  it("keeps a meeting of two bilateral when its sentence names leaders of another happening (`two days before EU leaders gather`)", () => {
    const text = "German Chancellor Olaf Scholz hosted French President Emmanuel Macron in Berlin on Tuesday evening, two days before EU leaders gather in Brussels.";
    expect(parseReport(text, { referenceDate: "2025-03-18" }).summit.format).toBe("bilateral");
    // (With no meeting in the main clause, the clause after `after` holds the meeting itself.)
    const after = "Taoiseach Micheál Martin said Ireland will not block the trade deal, after EU leaders concluded their two-day summit in Brussels last night.";
    expect(parseReport(after, { referenceDate: "2025-12-19" }).summit.format).toBe("multilateral");
  });

  it("reads a sentence's full stop glued to its last word as its end, not an abbreviation's (`… two dozen leaders.`)", () => {
    const text = [
      "Von der Leyen met Zelenskyy in Kyiv on Monday, along with more than a dozen EU and national leaders.",
      "",
      "The summit was also attended online by around two dozen leaders.",
      "",
      "Spanish Prime Minister Pedro Sánchez and Canadian Prime Minister Justin Trudeau were among those who travelled to the Ukrainian capital.",
    ].join("\n");
    // (`around` before the full stop is no topic of the talks for the name after it: `the situation around …`.)
    expect(participantNames(parseReport(text, { referenceDate: "2025-02-24" }))).toContain("Pedro Sanchez");
  });

  it("places a meeting said to be in a country by its dateline, not in a city of another country its sentence names", () => {
    const text = "KUWAIT CITY, Dec 1 (KUNA) -- Leaders of the Gulf Cooperation Council (GCC) states concluded their 45th summit in Kuwait on Sunday with a call for an immediate ceasefire in Gaza and Lebanon.";
    const report = parseReport(text, { referenceDate: "2024-12-01" });
    expect([report.summit.location, report.summit.date]).toEqual(["Kuwait City", "2024-12-01"]);
    // (`GCC states` is the bloc's members, no verb of saying.)
    expect(report.attributions).toEqual([]);
  });

  it("takes no bureau's dateline in another country for the venue of a meeting the lead places abroad (`SEOUL (AP) — Kim … has arrived in Russia`)", () => {
    const text = [
      "SEOUL, South Korea (AP) — North Korean leader Kim Jong Un has arrived in Russia for a summit with President Vladimir Putin, state media said Tuesday.",
      "",
      "The two leaders are expected to meet in Vladivostok.",
    ].join("\n");
    expect(parseReport(text, { referenceDate: "2023-09-12" }).summit.location).toBe("Vladivostok");
  });

  it("reads a mixed-case dateline with its country (`Doha, Qatar –`), and no place in quotation marks places the meeting", () => {
    const text = [
      "Qatar's emir receives Iranian president",
      "",
      "Doha, Qatar – Qatar's Emir Sheikh Tamim bin Hamad Al Thani has received Iranian President Masoud Pezeshkian at the Amiri Diwan.",
      "",
      'The two leaders discussed "regional developments, in particular the situation in Gaza and Lebanon", the Qatari state news agency QNA reported on Wednesday.',
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2024-10-02" });
    expect([report.summit.location, report.summit.date]).toEqual(["Doha", "2024-10-02"]);
    // (The dash must stand apart and a capital follow: a hyphenated word after a city opens no dateline.)
    expect(parseReport("Paris-based diplomats said the talks in Geneva went well on Monday.", { referenceDate: "2024-10-02" }).summit.location).not.toBe("Paris");
  });

  it("takes no day before a meeting named right after it (`on Wednesday ahead of the summit`) for the meeting's", () => {
    const text = [
      "Trump and Putin's Alaska summit ended without a deal. Here's what we know.",
      "",
      "ANCHORAGE — President Donald Trump and Russian President Vladimir Putin emerged from nearly three hours of talks at Joint Base Elmendorf-Richardson on Friday without an agreement.",
      "",
      "- The summit was the first in-person meeting between the two leaders since 2019.",
      "- European leaders held a video call with Trump on Wednesday ahead of the summit.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-08-16" });
    expect([report.summit.date, report.summit.location, report.summit.format]).toEqual(["2025-08-15", "Anchorage", "bilateral"]);
  });

  it("dates a state visit by its talks, not by the day the guest arrived, and by the arrival when nothing else dates it", () => {
    const text =
      "MOSCOW, May 8 — Chinese leader Xi Jinping arrived in Moscow on Wednesday for a four-day state visit during which he will attend the Victory Day parade.\n\n" +
      "Xi and Putin held talks in the Kremlin on Thursday, their second face-to-face meeting this year.";
    expect(parseReport(text, { referenceDate: "2025-05-08" }).summit.date).toBe("2025-05-08");
    const arrival = "KYIV, May 10 (Reuters) - French President Emmanuel Macron and German Chancellor Friedrich Merz arrived in Kyiv on Saturday for talks with Volodymyr Zelensky.";
    expect(parseReport(arrival, { referenceDate: "2025-05-12" }).summit.date).toBe("2025-05-10");
  });

  it("dates a summit by a statement made to the other leader there (`on Tuesday told Russian President Vladimir Putin`)", () => {
    const text =
      "Prime Minister Narendra Modi on Tuesday told Russian President Vladimir Putin that a solution to the Ukraine conflict is not possible on the battlefield, as the two leaders held wide-ranging talks at the Kremlin.\n\n" +
      "PM Modi arrived in Moscow on Monday on a two-day visit, his first to Russia since the conflict began in February 2022.";
    expect(parseReport(text, { referenceDate: "2024-07-09" }).summit.date).toBe("2024-07-09");
  });

  it("places a summit `in the Finnish capital` in Helsinki, the capital the gazetteer lists first", () => {
    const report = parseReport("Donald Trump and Vladimir Putin met at the presidential palace in the Finnish capital on Monday.", { referenceDate: "2018-07-17" });
    expect([report.summit.location, report.summit.date]).toEqual(["Helsinki", "2018-07-16"]);
    expect(parseReport("Zelensky met Biden in the Ukrainian capital on Monday.", { referenceDate: "2023-02-21" }).summit.location).toBe("Kyiv");
  });

  it("places a summit `in the Bahraini capital Manama`, and counts every leader a report of many places there", () => {
    const report = parseReport(
      "Arab League summit: Leaders call for ceasefire in Gaza\n\nArab leaders meeting in Bahrain have called for an immediate ceasefire in Gaza.\n\n" +
        "The final statement of the 33rd Arab League summit, held in the Bahraini capital Manama on Thursday, also urged an end to the war in Sudan.\n\n" +
        "Saudi Crown Prince Mohammed bin Salman said the kingdom would work to establish an independent Palestinian state.\n\nSOURCE: Al Jazeera and news agencies",
      { referenceDate: "2024-05-16" },
    );
    const names = participantNames(report);
    expect([report.summit.location, report.summit.date, names]).toEqual(["Manama", "2024-05-16", ["Mohammed bin Salman"]]);
    expect(report.blocks.at(-1)?.kind).toBe("credit");
    expect(report.quotes).toEqual([]);
  });

  it("reads links to other reports as credits, naming no one at the meeting, and a sentence a credit closes as running text", () => {
    const text = [
      "Erdogan hosts Zelensky in Istanbul",
      "",
      "Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelensky in Istanbul on Friday.",
      "",
      'READ MORE: Zelensky visits Saudi Arabia to discuss "peace formula"',
      "",
      "The Kremlin said on Friday that it saw no prospect of talks with Ukraine. Source: TASS",
      "",
      "Also read: Putin says Russia is open to talks",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2024-03-08" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "credit", "paragraph", "credit"]);
    expect(participantNames(report)).toEqual(["Recep Tayyip Erdogan", "Volodymyr Zelensky"]);
    expect(report.quotes.map((q) => q.kind)).toEqual(["heading"]);
    expect(report.attributions.map((a) => [a.source.name, a.text])).toEqual([["Kremlin", "it saw no prospect of talks with Ukraine"]]);
  });

  it("leaves out the people of a country that stayed away, in a sentence that names none of them (`The United States did not attend.`)", () => {
    const text = [
      "Leaders of the G20 met in Johannesburg on Saturday. Cyril Ramaphosa opened the summit.",
      "",
      "The United States did not attend. Trump said the summit was a disgrace. Emmanuel Macron spoke of unity.",
      "",
      "The White House said Washington would not attend because of the dispute. Li Qiang spoke too.",
    ].join("\n");
    expect(participantNames(parseReport(text, { referenceDate: "2025-11-22" }))).toEqual(["Cyril Ramaphosa", "Emmanuel Macron", "Li Qiang"]);
    const would = "Leaders of the G20 met in Johannesburg on Saturday. Trump said Washington would not attend because of a dispute. Cyril Ramaphosa opened the summit.";
    expect(participantNames(parseReport(would, { referenceDate: "2025-11-22" }))).toEqual(["Cyril Ramaphosa"]);
  });

  it("leaves out a leader met on a visit to another country (`expected to visit Japan, where he will meet …`)", () => {
    const report = parseReport(
      "U.S. President Donald Trump will meet Chinese President Xi Jinping on Oct. 30 in Busan, South Korea, the White House said on Thursday.\n\nTrump is also expected to visit Japan, where he will meet Prime Minister Sanae Takaichi.",
      { referenceDate: "2025-10-23" },
    );
    expect(participantNames(report)).toEqual(["Donald Trump", "Xi Jinping"]);
  });

  it("dates a meeting on the sidelines by its own day over a two-city dateline's day", () => {
    const report = parseReport(
      "NEW DELHI/BEIJING, Oct 24 (Reuters) - The first formal talks in five years between Indian Prime Minister Narendra Modi and Chinese President Xi Jinping mark a thaw, analysts say.\n\n" +
        "The two leaders met on the sidelines of the BRICS summit in the Russian city of Kazan on Wednesday.",
      { referenceDate: "2024-10-24" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Kazan", "2024-10-23"]);
    expect(report.attributions.map((a) => a.text)).toEqual(["The first formal talks in five years between Indian Prime Minister Narendra Modi and Chinese President Xi Jinping mark a thaw"]);
  });

  it("dates a meeting by its sentence's day over the time a news article was posted (`December 7th 2024 - 09:12 UTC`)", () => {
    const report = parseReport(
      "Mercosur summit in Montevideo: Lula, Milei clash over trade deal\n\nSaturday, December 7th 2024 - 09:12 UTC\n\n" +
        "The presidents of the Mercosur countries gathered in Montevideo on Friday for the bloc's 65th summit.",
      { referenceDate: "2024-12-07" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Montevideo", "2024-12-06"]);
    // Where nothing else dates it, the time it was posted does.
    const posted = parseReport("Xi, Biden Agree to Restore Military Talks\n\nNovember 15, 2023 at 11:02 PM GMT\n\nPresident Joe Biden and Chinese leader Xi Jinping agreed to resume military talks in a meeting near San Francisco.", { referenceDate: "2023-11-16" });
    expect(posted.summit.date).toBe("2023-11-15");
  });

  it("dates a meeting told of a span before the news (`A week after … met in Geneva`) by its own day", () => {
    const report = parseReport(
      'A week after President Joe Biden and Russian President Vladimir Putin met in Geneva, their aides have begun preparing a dialogue, officials said on Wednesday.\n\n' +
        "At the June 16 summit, the two leaders agreed to launch talks on arms control.",
      { referenceDate: "2021-06-23" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Geneva", "2021-06-16"]);
  });

  it("places a summit by its headline, not by a byline under it (`Henry Foy in Brussels`)", () => {
    const report = parseReport(
      "EU and China clash over trade at tense Beijing summit\n\nHenry Foy in Brussels and Joe Leahy in Beijing\n\n" +
        "Ursula von der Leyen warned Xi Jinping that relations had reached an inflection point, as the two sides met for a summit overshadowed by trade disputes.\n\n" +
        '"So have imbalances," von der Leyen told Xi at the start of the talks on Thursday.',
      { referenceDate: "2025-07-24" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Beijing", "2025-07-24"]);
  });

  it("counts a leader whose words at a summit of many name another day (`accused Hamas of … its October 7 attack`)", () => {
    const report = parseReport(
      "Arab leaders gathered in Manama on Thursday for the 33rd Arab League summit.\n\nPalestinian President Mahmoud Abbas accused Hamas of giving Israel pretexts to attack Gaza with its October 7 attack.",
      { referenceDate: "2024-05-16" },
    );
    expect(participantNames(report)).toEqual(["Mahmoud Abbas"]);
  });

  it("counts a leader the main clause places at the summit past a relative clause that looks ahead", () => {
    const report = parseReport(
      "Jakarta (ANTARA) - Leaders of ASEAN agreed to act at the 43rd ASEAN Summit held here on Tuesday.\n\nThe summit, which runs until Thursday, is also attended by Timor-Leste Prime Minister Xanana Gusmao as an observer.",
      { referenceDate: "2023-09-05" },
    );
    expect(participantNames(report)).toEqual(["Xanana Gusmao"]);
  });

  it("dates a meeting that only a decade dates by the report's day, not by the decade", () => {
    const report = parseReport("The leaders met in Geneva in the 1980s to discuss arms control.", { referenceDate: "1989-06-01" });
    expect(report.summit.date).toBe("1989-06-01");
  });

  it("dates a session the leaders converged on, not the day it is expected to end, nor next year's forum", () => {
    const ecowas = parseReport(
      "Heads of State of ECOWAS on Sunday converged on Abuja for the 67th Ordinary Session of the regional body.\n\nThe summit is expected to end on Monday.",
      { referenceDate: "2025-06-22" },
    );
    expect([ecowas.summit.location, ecowas.summit.date]).toEqual(["Abuja", "2025-06-22"]);
    const forum = parseReport(
      "Pacific leaders have ended their annual meeting in Honiara. Albanese attended the leaders' retreat on Tuesday.\n\nNext year's forum will be held in Palau in August.",
      { referenceDate: "2025-09-12" },
    );
    expect([forum.summit.location, forum.summit.date]).toEqual(["Honiara", "2025-09-09"]);
  });

  it("counts the head of an international body among the participants, not a country's intelligence chief", () => {
    const report = parseReport(
      "UN Secretary-General António Guterres on Tuesday urged world leaders gathered in New York for the General Assembly to choose peace.\n\nBrazilian President Luiz Inácio Lula da Silva, the first speaker, warned that multilateralism was under attack.",
      { referenceDate: "2025-09-23" },
    );
    expect(participantNames(report)).toEqual(["Antonio Guterres", "Luiz Inacio Lula da Silva"]);
  });

  it("places a summit named after its city over a territory the sentence names, and leaves out a leader who did not attend", () => {
    const report = parseReport(
      "President Abdel Fattah El-Sisi and US President Donald Trump co-chaired on Monday the Sharm El-Sheikh Peace Summit, to mark the end of the war in the Gaza Strip.\n\nIsraeli Prime Minister Benjamin Netanyahu did not attend, citing a Jewish holiday.",
      { referenceDate: "2025-10-13" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Sharm el-Sheikh", "2025-10-13"]);
    expect(participantNames(report)).toEqual(["Abdel Fattah al-Sisi", "Donald Trump"]);
  });

  it("leaves out a leader who stayed away, and counts a host whose part in the meeting stands before the title", () => {
    const report = parseReport(
      "Leaders sign Gaza declaration at Sharm el-Sheikh summit\n\nEgypt's el-Sissi and Trump co-chaired the gathering; Netanyahu stayed away after a last-minute invitation drew objections.\n\nU.S. President Donald Trump and Egyptian President Abdel Fattah el-Sissi presided over a summit in Sharm el-Sheikh on Monday. Israeli Prime Minister Benjamin Netanyahu had been expected to attend.",
      { referenceDate: "2025-10-13" },
    );
    expect(participantNames(report)).toEqual(["Donald Trump", "Abdel Fattah al-Sisi"]);
    const pacific = parseReport(
      "Pacific Islands Forum leaders have ended their meeting in Honiara, with host Prime Minister Jeremiah Manele saying talks would continue. New Zealand Prime Minister Christopher Luxon told reporters the meeting had gone well.",
      { referenceDate: "2025-09-12" },
    );
    expect(pacific.people.find((p) => p.name === "Jeremiah Manele")?.roles).not.toContain("host Prime Minister");
    expect(participantNames(pacific)).toEqual(["Jeremiah Manele", "Christopher Luxon"]);
  });

  it("reads a report ahead of its meeting: the host's leader takes part, a leader who will not attend does not, and a week stays a week", () => {
    const report = parseReport(
      "JOHANNESBURG, Nov 20 (Reuters) - Leaders of the world's biggest economies will gather in Johannesburg this weekend for the first Group of 20 summit held on African soil, but U.S. President Donald Trump will not attend, accusing host South Africa of mistreating its white minority.\n\nSouth African President Cyril Ramaphosa said on Thursday the summit would go ahead.\n\nChinese Premier Li Qiang and Indian Prime Minister Narendra Modi are among those expected at the summit.",
      { referenceDate: "2025-11-20" },
    );
    expect(report.summit.date).toBe("2025-W47-WE");
    expect(participantNames(report)).toEqual(["Cyril Ramaphosa", "Li Qiang", "Narendra Modi"]);
  });

  it("leaves out leaders who stayed home, listed with their countries' possessives and an adverb, and reads no office in `Host`", () => {
    const report = parseReport(
      "Leaders of the BRICS group opened their two-day summit in Rio de Janeiro on Sunday.\n\nHost President Luiz Inácio Lula da Silva said the bloc was the heir of the Non-Aligned Movement. India's Narendra Modi was among the leaders at the summit.\n\nEgypt's Abdel Fattah al-Sisi and Iran's Masoud Pezeshkian also stayed home and were represented by their foreign ministers.",
      { referenceDate: "2025-07-06" },
    );
    expect(participantNames(report)).toEqual(["Luiz Inacio Lula da Silva", "Narendra Modi"]);
    expect(report.people.find((p) => p.name.startsWith("Luiz"))?.roles).not.toContain("Host President");
  });

  it("counts the ministers at talks without leaders, a national fund's chief being no head of an international body", () => {
    const report = parseReport(
      "RIYADH, Feb 18 (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio held more than four hours of talks in the Saudi capital on Tuesday.\n\nKremlin aide Yuri Ushakov and sovereign wealth fund chief Kirill Dmitriev also attended.",
      { referenceDate: "2025-02-18" },
    );
    expect(participantNames(report)).toEqual(["Sergei Lavrov", "Marco Rubio"]);
  });

  it("leaves out the leaders a list names after `including` when their group cancelled, and reads no minute in `at the last minute`", () => {
    const report = parseReport(
      "Leaders gathered Sunday in Santa Marta for a two-day summit.\n\nColombian President Gustavo Petro, who hosts the summit, told the opening session it was historic. Spanish Prime Minister Pedro Sánchez attended.\n\nSeveral leaders canceled at the last minute, including Mexico's Claudia Sheinbaum and European Commission President Ursula von der Leyen.",
      { referenceDate: "2025-11-09" },
    );
    expect(participantNames(report)).toEqual(["Gustavo Petro", "Pedro Sanchez"]);
    expect(report.timexes.map((t) => t.text)).toEqual(["Sunday", "two-day"]);
  });

  it("knows the African Union's leaders, who hand over its chair at the summit", () => {
    const report = parseReport(
      "ADDIS ABABA, Feb 15 (Reuters) - African Union leaders on Saturday opened their summit.\n\nAngolan President Joao Lourenco took over the rotating chairmanship of the 55-member union from Mauritania's Mohamed Ould Ghazouani.",
      { referenceDate: "2025-02-15" },
    );
    expect(report.summit.participants.map((id) => report.people.find((p) => p.id === id)?.country)).toEqual(["Angola", "Mauritania"]);
  });

  it("places no meeting where the sentence looks back to another (`their first encounter since the G20 summit in Osaka`)", () => {
    const report = parseReport(
      "What the Anchorage summit reveals about Trump's Russia policy\n\nWhen Donald Trump and Vladimir Putin met at Joint Base Elmendorf-Richardson last Friday, it was their first face-to-face encounter since the G20 summit in Osaka in June 2019.",
      { referenceDate: "2025-08-19" },
    );
    expect(report.summit).toMatchObject({ location: "Anchorage", date: "2025-08-15" });
  });

  it("leaves out a leader met in another summit the day before, named far into its clause", () => {
    const report = parseReport(
      "GYEONGJU, Oct. 30 (Yonhap) -- President Lee Jae Myung and Japanese Prime Minister Sanae Takaichi agreed Thursday to continue shuttle diplomacy, in their first summit.\n\nThe 40-minute talks took place at a hotel in Gyeongju, a day after Lee held a summit with U.S. President Donald Trump.",
      { referenceDate: "2025-10-30" },
    );
    expect(participantNames(report)).toEqual(["Lee Jae-myung", "Sanae Takaichi"]);
  });

  it("leaves out the leaders a meeting still to be arranged is between, however often they are named", () => {
    const report = parseReport(
      "WASHINGTON (AP) — President Donald Trump said Monday that he would begin arranging a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy, after hosting the Ukrainian leader and German Chancellor Friedrich Merz at the White House.\n\nThe meeting came three days after Trump hosted Putin in Alaska. Putin's aide said the two presidents had spoken by phone.",
      { referenceDate: "2025-08-18" },
    );
    expect(participantNames(report)).toEqual(["Donald Trump", "Volodymyr Zelensky", "Friedrich Merz"]);
  });

  it("dates a meeting by a leader's receiving a guest, and leaves out only the leader who stays away from it", () => {
    const report = parseReport(
      "Erdogan hosts Aliyev, Pashinyan remains absent from Ankara meeting\n\nTurkish President Recep Tayyip Erdogan received Azerbaijani President Ilham Aliyev at the Presidential Complex in Ankara on Wednesday.\n\nChinese President Xi Jinping did not attend the business forum; Armenian Prime Minister Nikol Pashinyan, who had been invited, did not travel to Ankara.",
      { referenceDate: "2025-05-14" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Ankara", "2025-05-14"]);
    expect(participantNames(report)).toEqual(["Recep Tayyip Erdogan", "Ilham Aliyev"]);
  });

  it("dates the meeting by the lead's own day over the dateline's, and counts leaders whose sentences plan ahead", () => {
    const report = parseReport(
      "BANGKOK, Nov 16 (Reuters) - Leaders of BIMSTEC on Saturday agreed to finalise a trade deal by the end of next year, as their two-day summit in Bangkok ended.\n\nThai Prime Minister Paetongtarn Shinawatra, who chaired the meeting, said officials would meet again in mid-January.\n\nIndian Prime Minister Narendra Modi held talks with Muhammad Yunus on Friday, their first meeting since August 2024.",
      { referenceDate: "2025-11-16" },
    );
    expect(report.summit.date).toBe("2025-11-15");
    expect(participantNames(report)).toEqual(["Paetongtarn Shinawatra", "Narendra Modi", "Muhammad Yunus"]);
  });

  it("places talks at a presidential palace in its city and counts a counterpart among the participants", () => {
    const report = parseReport(
      "Colombian President Gustavo Petro and his Chilean counterpart Gabriel Boric met on Monday at the Casa de Nariño, where they signed agreements.\n\n\"We come to strengthen a friendship,\" the Chilean leader said.",
      { referenceDate: "2025-04-28" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Bogota", "2025-04-28"]);
    expect(participantNames(report)).toEqual(["Gustavo Petro", "Gabriel Boric"]);
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(["Gabriel Boric"]);
  });

  it("counts the ministers of a ministers' meeting, and sets a day's earlier side event aside", () => {
    const geneva = parseReport(
      "GENEVA, March 4 (SWI) – Two days of talks between the foreign ministers of Armenia and Azerbaijan ended in Geneva on Tuesday.\n\nArmenian Foreign Minister Ararat Mirzoyan said Yerevan was ready to sign. His Azerbaijani counterpart Jeyhun Bayramov said two issues remained open.",
      { referenceDate: "2025-03-04" },
    );
    expect(participantNames(geneva)).toEqual(["Ararat Mirzoyan", "Jeyhun Bayramov"]);
    const pope = parseReport(
      "Pope Leo XIV on Tuesday received Ukrainian President Volodymyr Zelensky at Castel Gandolfo, the papal summer residence south of Rome.\n\nEarlier on Tuesday, Zelensky met Italian Prime Minister Giorgia Meloni in Rome ahead of a conference.",
      { referenceDate: "2025-07-09" },
    );
    expect([pope.summit.location, pope.summit.date]).toEqual(["Castel Gandolfo", "2025-07-08"]);
    expect(participantNames(pope)).toEqual(["Leo XIV", "Volodymyr Zelensky"]);
  });

  it("takes no date reckoned back from the meeting (`The previous evening`) for the meeting's", () => {
    const report = parseReport(
      "Keir Starmer has hosted Donald Trump at Chequers on the second day of the US president's state visit.\n\nThe previous evening, he had attended a state banquet hosted by King Charles.",
      { referenceDate: "2025-09-18" },
    );
    expect(report.summit.date).toBe("2025-09-18");
  });

  it("dates the meeting by what its leaders did on a day when the lead names no meeting word", () => {
    const report = parseReport(
      "EU leaders on Thursday failed to agree on a joint statement on Ukraine after Hungarian Prime Minister Viktor Orbán refused to sign it.\n\nOrbán told reporters on arrival at the European Council summit in Brussels that he would not sign.",
      { referenceDate: "2025-10-23" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Brussels", "2025-10-23"]);
  });

  it("reads where, when and who from the text", () => {
    const report = parseReport("Vladimir Putin and Alexander Lukashenko held talks in Sochi. The summit was held on August 22. Putin welcomed Lukashenko.", REF);
    const who = participantNames(report);
    expect(report.summit).toMatchObject({ location: "Sochi", date: "2018-08-22", countries: ["Russia", "Belarus"], format: "bilateral" });
    expect(who).toEqual(["Vladimir Putin", "Alexander Lukashenko"]);
  });

  it("reads a transcript's header: venue line, clock time, and every leader who speaks", () => {
    const text = [
      "Grand Hall of the Palace",
      "Geneva, Switzerland",
      "",
      "10:05 A.M. CET",
      "",
      "PRESIDENT BIDEN:  Thank you all for coming. Last March, we met in Tokyo for the G7 summit.",
      "",
      "PRIME MINISTER KISHIDA:  (As interpreted.)  Thank you, Joe. I am glad to be here.",
      "",
      "PRESIDENT YOON:  It is an honor to join you both today.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2023-08-18" });
    const who = participantNames(report);
    expect(report.summit).toMatchObject({ location: "Geneva", date: "2023-08-18", format: "trilateral" });
    expect(who).toEqual(["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"]);
  });

  it("reads a courtesy call, `called on` a titled name, as the meeting and no saying, not an appeal to do something", () => {
    const text =
      "PM Shehbaz meets President Xi\n\nBEIJING: Prime Minister Shehbaz Sharif on Tuesday called on Chinese President Xi Jinping at the Great Hall of the People.\n\n" +
      "The prime minister, who is on a five-day visit to China, had also attended the Shanghai Cooperation Organisation summit in Tianjin on Sunday and Monday.";
    expect(parseReport(text, { referenceDate: "2025-09-02" }).summit).toMatchObject({ location: "Beijing", date: "2025-09-02" });
    // (`called on Michigan Gov. Rick Snyder (R) to resign` is an appeal, a party in brackets before its `to`.)
    const appeal = parseReport("Flint Water Response\n\nOn Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the crisis in Flint.\n\nThree days later, Clinton met Snyder in Flint on Tuesday.", { referenceDate: "2016-01-19" });
    expect(appeal.summit.date).toBe("2016-01-19");
  });

  it("places a transcript dated only by a speaker's `today` at the venue its lead names (`in the Kremlin`)", () => {
    const text =
      "Meeting with President of Belarus Alexander Lukashenko\n\nVladimir Putin held a meeting with President of Belarus Alexander Lukashenko in the Kremlin.\n\n" +
      "President of Russia Vladimir Putin: Mr President, friend, I am very happy to see you.\n\n" +
      "President of Belarus Alexander Lukashenko: Thank you. We agreed that we would meet here today, and we did.";
    expect(parseReport(text, { referenceDate: "2025-01-28" }).summit).toMatchObject({ location: "Moscow", date: "2025-01-28" });
  });

  it("prefers the meeting of the report's days over one months before, and a held meeting over a plan", () => {
    const text = "Last July, the two leaders met in Vilnius. Today Vladimir Putin and Xi Jinping held talks in Beijing. Tomorrow they will take part in the forum.";
    expect(parseReport(text, { referenceDate: "2023-10-18" }).summit).toMatchObject({ location: "Beijing", date: "2023-10-18" });
  });

  it("reads a wire dateline for place and day, and does not date the meeting by the day of a statement", () => {
    const text = [
      "WOODSIDE, California, Nov 15 (Reuters) - The two presidents agreed on Wednesday to resume military talks.",
      "",
      "Joe Biden and Xi Jinping met for four hours south of San Francisco.",
      "",
      'A spokeswoman said on Thursday that the meeting had been "positive".',
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2023-11-16" });
    expect(report.summit).toMatchObject({ location: "Woodside", date: "2023-11-15" });
    expect(parseReport("RIO DE JANEIRO (AP) — Giorgia Meloni met Claudia Sheinbaum at the summit on Monday.", { referenceDate: "2024-11-19" }).summit.location).toBe("Rio de Janeiro");
    // An AP dateline with a state abbreviation: its dash opens no sentence.
    const woodside = "WOODSIDE, Calif. — President Biden and President Xi agreed on Wednesday to restore talks, meeting at an estate south of San Francisco.";
    expect(parseReport(woodside, { referenceDate: "2023-11-15" }).summit.location).toBe("Woodside");
    expect(report.people.map((p) => p.name)).toEqual(["Joe Biden", "Xi Jinping"]);
  });

  it("names an unknown venue after the meeting, and joins a headline surname to the full name after it", () => {
    const text = "Putin, Kim pledge closer ties\n\nRussian President Vladimir Putin and North Korean leader Kim Jong Un held talks at the Vostochny Cosmodrome on Wednesday.\n\nLater, the North Korean leader thanked Putin.";
    const report = parseReport(text, { referenceDate: "2023-09-14" });
    expect(report.summit).toMatchObject({ location: "Vostochny Cosmodrome", date: "2023-09-13", countries: ["Russia", "North Korea"] });
    expect(report.people.map((p) => [p.id, p.name, p.mentions.length])).toEqual([
      ["p1", "Vladimir Putin", 3],
      ["p2", "Kim Jong Un", 3],
    ]);
  });

  it("reads a TASS dateline for place and day, and dates the news after it rather than the dateline itself", () => {
    const text = "Putin, Kim hold talks\n\nVOSTOCHNY, September 13. /TASS/. Vladimir Putin and Kim Jong Un held talks at the cosmodrome on Wednesday, the Kremlin said.";
    const report = parseReport(text, { referenceDate: "2023-09-13" });
    expect(report.summit).toMatchObject({ location: "Vostochny", date: "2023-09-13" });
    expect(report.timeline.map((e) => e.description)).toEqual(["Vladimir Putin and Kim Jong Un held talks at the cosmodrome on Wednesday, the Kremlin said."]);
    expect(report.attributions[0]?.text).toBe("Vladimir Putin and Kim Jong Un held talks at the cosmodrome on Wednesday");
    // (Montsame sets the agency between slashes after a city as written, with no date: `Ulaanbaatar /MONTSAME/.`.)
    const montsame = parseReport("Khurelsukh meets Tokayev\n\nUlaanbaatar /MONTSAME/. President of Mongolia Ukhnaagiin Khurelsukh held official talks with Kassym-Jomart Tokayev, who is paying a state visit to Mongolia, on October 23.", { referenceDate: "2023-10-23" });
    expect(montsame.summit.location).toBe("Ulaanbaatar");
  });

  it("puts a dateline's day on the timeline only when the news after it has no date of its own", () => {
    const text = "Mahama holds talks with Ouattara\n\nAccra, Feb. 20, GNA - President John Dramani Mahama on Wednesday held bilateral talks with President Alassane Ouattara in Abidjan.";
    const report = parseReport(text, { referenceDate: "2025-02-20" });
    expect(report.timeline.map((e) => e.value)).toEqual(["2025-02-19"]);
    const undated = parseReport("Mahama holds talks with Ouattara\n\nAccra, Feb. 20, GNA - President John Dramani Mahama held bilateral talks with President Alassane Ouattara in Abidjan.", { referenceDate: "2025-02-20" });
    expect(undated.timeline.map((e) => e.value)).toEqual(["2025-02-20"]);
    // (Prensa Latina: the agency's name in brackets, the news right after it, `Moscow, May 9 (Prensa Latina) Cuban …`.)
    const prensa = parseReport("Díaz-Canel and Putin hold talks\n\nMoscow, May 9 (Prensa Latina) Cuban President Miguel Díaz-Canel and Vladimir Putin held talks today in the Kremlin.", { referenceDate: "2025-05-09" });
    expect(prensa.timeline.map((e) => [e.value, e.description])).toEqual([["2025-05-09", "Cuban President Miguel Díaz-Canel and Vladimir Putin held talks today in the Kremlin."]]);
    // (Andina closes the agency's brackets with a stop alone: `Lima, Aug. 10 (ANDINA). President …`.)
    const andina = parseReport("Peru, Chile presidents meet\n\nLima, Aug. 10 (ANDINA). President Dina Boluarte and her Chilean counterpart Gabriel Boric held a working meeting this Saturday at the Government Palace.", { referenceDate: "2024-08-10" });
    expect(andina.timeline.map((e) => e.description.slice(0, 15))).toEqual(["President Dina "]);
  });

  it("reads a dateline whose agency follows the date after a comma (`YEREVAN, JULY 10, ARMENPRESS.`), which is no event", () => {
    const text = "Pashinyan, Aliyev meet in Abu Dhabi\n\nYEREVAN, JULY 10, ARMENPRESS. Prime Minister of Armenia Nikol Pashinyan and President of Azerbaijan Ilham Aliyev met in Abu Dhabi on July 10, the Office of the Prime Minister said.";
    const report = parseReport(text, { referenceDate: "2025-07-10" });
    expect(report.timeline.map((e) => e.description)).toEqual(["Prime Minister of Armenia Nikol Pashinyan and President of Azerbaijan Ilham Aliyev met in Abu Dhabi on July 10, the Office of the Prime Minister said."]);
    expect(report.attributions[0]?.text).toMatch(/^Prime Minister of Armenia/);
    // (Asahi: `LIMA--Prime Minister …`, a doubled dash without spaces.)
    const asahi = parseReport("Ishiba, Xi agree to promote ties\n\nLIMA--Prime Minister Shigeru Ishiba and Chinese President Xi Jinping met on Nov. 15.", { referenceDate: "2024-11-16" });
    expect(asahi.timeline.map((e) => e.description)).toEqual(["Prime Minister Shigeru Ishiba and Chinese President Xi Jinping met on Nov. 15."]);
    // (Trend: `BAKU, Azerbaijan, July 4.`, a stop right after the day.)
    const trend = parseReport("Aliyev meets Tokayev\n\nBAKU, Azerbaijan, July 4. President Ilham Aliyev has met with President Kassym-Jomart Tokayev in Astana, Trend reports.", { referenceDate: "2025-07-04" });
    expect(trend.timeline.map((e) => e.description)).toEqual(["President Ilham Aliyev has met with President Kassym-Jomart Tokayev in Astana, Trend reports."]);
    // (Lusa: a town the gazetteer lacks, its country, the date and year, then the agency's one word in brackets.)
    const lusa = parseReport("Iberian summit agrees on energy\n\nHuelva, Spain, Oct 23, 2025 (Lusa) - Luís Montenegro and Pedro Sánchez agreed on Thursday to speed up links.", { referenceDate: "2025-10-23" });
    expect([lusa.summit.location, lusa.timeline.map((e) => e.description)]).toEqual(["Huelva", ["Luís Montenegro and Pedro Sánchez agreed on Thursday to speed up links."]]);
  });

  it("reads a dateline of a city as written and an agency in brackets (`Beijing (AFP) —`), which speaks nothing of the news", () => {
    const text = 'EU and China trade barbs\n\nBeijing (AFP) — European Union chiefs warned Xi Jinping on Thursday that ties had reached an "inflection point".';
    const report = parseReport(text, { referenceDate: "2025-07-24" });
    expect(report.attributions.map((a) => a.source.name)).toEqual(["European Union chiefs"]);
    expect(report.quotes.map((q) => q.speaker?.name)).not.toContain("AFP");
    expect(report.summit.location).toBe("Beijing");
  });

  it("reads an agency named after a dateline's dash with the dateline (`ASTANA, November 28 - RIA Novosti.`), not an abbreviation", () => {
    const text = "Putin and Tokayev held talks\n\nASTANA, November 28 - RIA Novosti. Vladimir Putin and Kassym-Jomart Tokayev held talks in Astana on Thursday.";
    const report = parseReport(text, { referenceDate: "2024-11-28" });
    expect(report.timeline.map((e) => e.description)).toEqual(["Vladimir Putin and Kassym-Jomart Tokayev held talks in Astana on Thursday."]);
    const reuters = parseReport("Trump to meet Xi\n\nWASHINGTON (Reuters) - U.S. President Donald Trump will meet Xi Jinping on Oct. 30, Karoline Leavitt said.", { referenceDate: "2025-10-23" });
    expect(reuters.attributions[0]?.text).toBe("U.S. President Donald Trump will meet Xi Jinping on Oct. 30");
  });

  it("dates a transcript by the full date in its header, and a news article by its text, not its publication line", () => {
    const transcript = "Press statements following Russian-Turkish talks\n\nSeptember 4, 2023, Sochi\n\nVladimir Putin: Mr President, friends,\n\nWe have just held productive talks.\n\nRecep Tayyip Erdogan (retranslated): Dear friend, thank you.";
    expect(parseReport(transcript, { referenceDate: "2023-09-05" }).summit).toMatchObject({ location: "Sochi", date: "2023-09-04" });
    // The Kremlin's layout puts a summary paragraph above the date line: the line still dates the transcript.
    const summarised = "Press statements following Russian-Chinese talks\n\nVladimir Putin and Xi Jinping made statements for the press following Russian-Chinese talks.\n\nMay 16, 2024, 14:10, The Kremlin, Moscow\n\nPresident of Russia Vladimir Putin: Mr President, friends,\n\nOur talks were held in a warm and friendly atmosphere.\n\nPresident of the People's Republic of China Xi Jinping (retranslated): President Putin, dear friends, I am pleased to visit Moscow again.";
    expect(parseReport(summarised, { referenceDate: "2024-05-17" }).summit).toMatchObject({ location: "Moscow", date: "2024-05-16" });
    const article = "Putin and Erdogan discuss grain deal\n\n5 September 2023\n\nVladimir Putin and Recep Tayyip Erdogan held talks in Sochi on Monday.";
    expect(parseReport(article, { referenceDate: "2023-09-05" }).summit).toMatchObject({ location: "Sochi", date: "2023-09-04" });
  });

  it("dates the meeting by a decision taken at it, not by a later trip, and a publication line dates nothing", () => {
    const text = [
      "Japan, South Korea leaders vow closer ties",
      "",
      "Published on 06/12/2025 - 21:15 GMT+9",
      "",
      "TOKYO (Kyodo) -- Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed Saturday to further develop bilateral relations.",
      "",
      "Lee will travel to Washington on Sunday for his first summit with U.S. President Donald Trump.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-12-06" });
    const who = participantNames(report);
    expect(report.summit).toMatchObject({ location: "Tokyo", date: "2025-12-06", format: "bilateral" });
    expect(who).toEqual(["Shigeru Ishiba", "Lee Jae-myung"]);
  });

  it("places no event on an `Issued on:` line under the headline", () => {
    const text = "Putin and Zelensky hold first talks at Paris summit\n\nIssued on: 09/12/2019 - 23:41\n\nRussian President Vladimir Putin and Ukrainian President Volodymyr Zelensky met in Paris on Monday.";
    const report = parseReport(text, { referenceDate: "2019-12-09" });
    expect(report.timeline.map((e) => [e.value, text.slice(e.sentence.start, e.sentence.start + 14)])).toEqual([["2019-12-09", "Russian Presid"]]);
    // Nor on a bare date line above a news report (the day it went out), which still dates the meeting.
    const stamped = "President Xi Jinping Meets with U.S. President Joe Biden\n\n2023-11-16 09:12\n\nPresident Xi Jinping met with U.S. President Joe Biden at the Filoli Estate in San Francisco.";
    const readout = parseReport(stamped, { referenceDate: "2023-11-17" });
    expect(readout.timeline).toEqual([]);
    expect(readout.summit.date).toBe("2023-11-16");
  });

  it("knows heads of state in office since 2025 by name alone (`Karol Nawrocki`, `Ahmed al-Sharaa`)", () => {
    const report = parseReport("Karol Nawrocki met Trump at the White House on Wednesday. He said ties were strong. Ahmed al-Sharaa met Trump in Riyadh. Sharaa said the talks were historic.", { referenceDate: "2025-09-03" });
    expect(report.attributions.map((a) => a.source.name)).toEqual(["Karol Nawrocki", "Ahmed al-Sharaa"]);
    expect(report.summit.countries).toEqual(["Poland", "United States", "Syria"]);
  });

  it("places a meeting in a city-state (`in Singapore`, `at the Vatican`)", () => {
    expect(parseReport("Trump met North Korean leader Kim Jong Un in Singapore on Tuesday.", { referenceDate: "2018-06-12" }).summit.location).toBe("Singapore");
    expect(parseReport("Zelensky met Trump at the Vatican on Saturday.", { referenceDate: "2025-04-26" }).summit.location).toBe("Vatican");
    // The pope is the Holy See's head of state.
    expect(parseReport("Pope Leo received Zelensky at the Vatican on Saturday.", { referenceDate: "2025-07-09" }).summit).toMatchObject({ countries: ["Vatican", "Ukraine"], format: "bilateral" });
  });

  it("gives a leader the country the text names over a body the gazetteer gives, not an office once held", () => {
    const before = parseReport("Dutch Prime Minister Mark Rutte met French President Emmanuel Macron in Paris on Thursday.", { referenceDate: "2024-03-21" });
    expect(before.summit.countries).toEqual(["Netherlands", "France"]);
    const after = parseReport("NATO Secretary General Mark Rutte, the former Dutch prime minister, met Trump in The Hague on Tuesday.", { referenceDate: "2025-06-24" });
    expect(after.summit.countries).toEqual(["NATO", "United States"]);
  });

  it("takes no date from the close of a meeting still running (`The conference ends Monday`)", () => {
    const text = "YOKOHAMA, Japan (AP) — Japanese Prime Minister Fumio Kishida on Saturday pledged $30 billion for Africa.\n\nKishida made the announcement at the opening of the three-day conference, which is being held in Yokohama.\n\nThe conference ends Monday with the adoption of a declaration.";
    expect(parseReport(text, { referenceDate: "2019-08-31" }).summit).toMatchObject({ location: "Yokohama", date: "2019-08-31" });
  });

  it("takes no date from a sentence about the next meeting, whatever its verbs of happening", () => {
    const text = "President Recep Tayyip Erdogan on Thursday urged members of the Organization of Turkic States to deepen cooperation.\n\nAddressing the 11th summit of the organization in Bishkek, Erdogan said the Turkic world was united. He also met Azerbaijani President Ilham Aliyev at the summit.\n\nKyrgyz President Sadyr Japarov, who took over the rotating chairmanship from Erdogan, said the next summit would be held in Azerbaijan next year.";
    expect(parseReport(text, { referenceDate: "2024-11-07" }).summit).toMatchObject({ location: "Bishkek", date: "2024-11-07" });
  });

  it("dates the meeting by the day of a press conference at it, not by the arrival the evening before", () => {
    const text = "Moscow, IRNA -- Iranian President Masoud Pezeshkian has said that Tehran and Moscow are determined to implement the treaty.\n\nSpeaking at a joint press conference with his Russian counterpart Vladimir Putin in the Kremlin on Friday, Pezeshkian stated that the treaty would open a new chapter.\n\nPezeshkian arrived in Moscow on Thursday night at the head of a high-ranking delegation.";
    expect(parseReport(text, { referenceDate: "2025-01-17" }).summit).toMatchObject({ location: "Moscow", date: "2025-01-17" });
  });

  it("places no event on a byline without `By`, names over a date line", () => {
    const text = "Trump hails new dawn at Sharm el-Sheikh summit\n\nMore than 20 world leaders attended the gathering in the Red Sea resort\n\nJack Khoury and Ben Samuels\nOct 13, 2025 9:48 pm IDT\n\nU.S. President Donald Trump on Monday presided over a summit in Sharm el-Sheikh.";
    const report = parseReport(text, { referenceDate: "2025-10-13" });
    expect(report.timeline.map((e) => [e.value, e.description.slice(0, 20)])).toEqual([["2025-10-13", "U.S. President Donal"]]);
    // (Nor on one with its desk: `Pippa Crerar Political editor`.)
    const desk = "Starmer and Trump hail trade deal\n\nPippa Crerar Political editor\nThu 18 Sep 2025 19.30 BST\n\nKeir Starmer and Donald Trump hailed a deal at Chequers yesterday.";
    expect(parseReport(desk, { referenceDate: "2025-09-18" }).timeline.map((e) => [e.value, e.description.slice(0, 12)])).toEqual([["2025-09-17", "Keir Starmer"]]);
  });

  it("places no event on a masthead over a date line above the report, but one on a dateline or a title-case headline", () => {
    const masthead = "UAE President and French President discuss Gaza in Abu Dhabi\n\nThe National\nMay 28, 2025\n\nPresident Sheikh Mohamed bin Zayed received French President Emmanuel Macron in Abu Dhabi on Wednesday.";
    expect(parseReport(masthead, { referenceDate: "2025-05-28" }).timeline.map((e) => e.description.slice(0, 9))).toEqual(["President"]);
    const headline = "Republican Unity Meeting Scheduled For Next Week\n\nParty leaders will meet in Washington.";
    expect(parseReport(headline, { referenceDate: "2016-05-06" }).timeline.map((e) => e.value)).toEqual(["2016-W19"]);
  });

  it("dates a live page's entries by the stamps over them, and no event by a lone date line", () => {
    const live = [
      "Modi in Japan LIVE: PM Modi, Ishiba hold annual summit in Tokyo",
      "",
      "Aug 29, 2025 03:40 PM IST",
      "PM Modi, Ishiba hold talks",
      "Prime Minister Narendra Modi and Shigeru Ishiba held the annual summit in Tokyo on Friday.",
      "",
      "Aug 29, 2025 01:15 PM IST",
      "Japan to invest ¥10 trillion",
      "Japan will invest 10 trillion yen in India, Foreign Secretary Vikram Misri told a special briefing.",
    ].join("\n");
    const report = parseReport(live, { referenceDate: "2025-08-29" });
    expect(report.timeline.filter((e) => e.value.includes("T")).map((e) => [e.value, e.description])).toEqual([
      ["2025-08-29T13:15", "Japan to invest ¥10 trillion"],
      ["2025-08-29T15:40", "PM Modi, Ishiba hold talks"],
    ]);
    // The stamp and the heading under it are lines of their own, not the start of what Misri told.
    expect(report.attributions.map((a) => a.text)).toEqual(["Japan will invest 10 trillion yen in India"]);
    const dated = "\"A meeting without a result is also a result\": how the Kremlin is selling the Anchorage summit at home, in a long headline\n\nAugust 17, 2025\n\nState television spent the weekend showing the red carpet.";
    expect(parseReport(dated, { referenceDate: "2025-08-17" }).timeline.map((e) => e.description)).toEqual(["State television spent the weekend showing the red carpet."]);
  });

  it("dates the news under a date line with its place above the report (`The Kremlin, Moscow`), as a wire dateline does", () => {
    const text = "Telephone conversation with President of the United States Donald Trump\n\nMarch 18, 2025\n19:30\nThe Kremlin, Moscow\n\nVladimir Putin had a telephone conversation with President of the United States of America Donald Trump.";
    const report = parseReport(text, { referenceDate: "2025-03-18" });
    expect(report.timeline.map((e) => [e.value, e.description.slice(0, 14)])).toEqual([
      ["2025-03-18", "Vladimir Putin"],
      ["2025-03-18T19:30", "Vladimir Putin"],
    ]);
    expect(report.summit.location).toBeNull();
  });

  it("places a meeting in the country a guest is visiting when the text names no city", () => {
    const text = "On September 7, Mr. ISHIBA Shigeru, Prime Minister of Japan, held a summit meeting with the Hon. Anthony Albanese MP, Prime Minister of Australia, who is visiting Japan.";
    expect(parseReport(text, { referenceDate: "2025-09-07" }).summit).toMatchObject({ location: "Japan", date: "2025-09-07" });
  });

  it("places no event on an outlet's name over a date line (`Yle News` over `21.10.2025 15:32`)", () => {
    const text = "Nordic-Baltic leaders meet in Turku\n\nThe prime ministers of the eight Nordic and Baltic countries gathered on Tuesday in Turku.\n\nYle News\n21.10.2025 15:32\n\nFinnish Prime Minister Petteri Orpo said the region spoke with one voice.";
    const report = parseReport(text, { referenceDate: "2025-10-21" });
    expect(report.timeline.map((e) => [e.value, e.description.slice(0, 20)])).toEqual([["2025-10-21", "The prime ministers "]]);
  });

  it("dates the meeting by the day a leader told the summit itself, not by a spokesman's day", () => {
    const text =
      "TIANJIN: Prime Minister Shehbaz Sharif on Monday told the Shanghai Cooperation Organisation (SCO) summit that Pakistan stood ready for talks with India on all issues, including Kashmir.\n\nForeign Office spokesperson Shafqat Ali Khan told Dawn on Sunday that no meeting between the two prime ministers had been requested.";
    const report = parseReport(text, { referenceDate: "2025-09-01" });
    expect(report.summit).toMatchObject({ location: "Tianjin", date: "2025-09-01" });
    expect(report.people.map((p) => p.name)).toEqual(["Shehbaz Sharif", "Shafqat Ali Khan"]);
  });

  it("places no event on a byline's date, which still dates a meeting the text gives no day", () => {
    const text = "Netanyahu meets Trump at White House\n\nBy Jacob Magid\n7 April 2025, 9:15 pm\n\nPrime Minister Benjamin Netanyahu met US President Donald Trump at the White House.";
    const report = parseReport(text, { referenceDate: "2025-04-08" });
    expect(report.timeline).toEqual([]);
    expect(report.summit).toMatchObject({ location: "Washington", date: "2025-04-07" });
  });

  it("reads a colon dateline, places the meeting where the text says it met, and counts leaders named at it", () => {
    const text = [
      "GCC summit: Leaders stress regional unity",
      "",
      "RIYADH: Gulf leaders on Tuesday reaffirmed their commitment to regional unity at the Gulf Cooperation Council summit in Doha, Qatar.",
      "",
      "Qatar's Emir Sheikh Tamim bin Hamad Al-Thani, who chaired the meeting, said the council's achievements \"reflect the will of our peoples.\"",
      "",
      "Saudi Crown Prince Mohammed bin Salman led the Kingdom's delegation to the summit.",
      "",
      "The next summit will be held in Kuwait in December 2024, with Bahrain's King Hamad as host.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2023-12-06" });
    const who = participantNames(report);
    expect(report.quotes.map((q) => q.kind)).toEqual(["partial"]);
    expect(report.summit).toMatchObject({ location: "Doha", date: "2023-12-05", countries: ["Qatar", "Saudi Arabia"] });
    expect(who).toEqual(["Tamim bin Hamad Al-Thani", "Mohammed bin Salman"]);
  });

  it("places a meeting in the capitals of Pacific and African summits (`Rarotonga`, `Malabo`)", () => {
    const pif = "Pacific leaders endorse climate push\n\nBy Stephen Dziedzic in Rarotonga\n\nPacific Island leaders have wrapped up their annual meeting in the Cook Islands.";
    expect(parseReport(pif, { referenceDate: "2023-11-08" }).places.map((p) => p.name)).toEqual(["Pacific", "Rarotonga", "Cook Islands"]);
    expect(parseReport("African Union leaders met in Malabo on Saturday.", { referenceDate: "2022-05-29" }).summit).toMatchObject({ location: "Malabo", date: "2022-05-28" });
  });

  it("leaves out a leader another stands in for (`Lavrov is representing Moscow`, `on behalf of King Salman`)", () => {
    const who = (text: string): (string | undefined)[] => {
      const report = parseReport(text, { referenceDate: "2024-11-18" });
      return participantNames(report);
    };
    expect(who("Leaders of the G20 opened their summit in Rio de Janeiro on Monday. Lula and Macron spoke. Russian Foreign Minister Sergei Lavrov is representing Moscow, as President Vladimir Putin faces an arrest warrant.")).not.toContain("Vladimir Putin");
    expect(who("Crown Prince Mohammed bin Salman on Monday chaired the GCC summit in Riyadh on behalf of the Custodian of the Two Holy Mosques King Salman.")).toEqual(["Mohammed bin Salman"]);
    // A phrase closed by a comma stands in for no one.
    expect(who("On behalf of the Chinese government, Xi Jinping welcomed the leaders at the summit in Beijing on Monday.")).toEqual(["Xi Jinping"]);
  });

  it("dates no meeting by the start of a period (`their first talks since Ishiba took office in October`)", () => {
    const text = "LIMA -- Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping on Friday reaffirmed their commitment to stable ties, in their first face-to-face talks since Ishiba took office in October.";
    expect(parseReport(text, { referenceDate: "2024-11-16" }).summit).toMatchObject({ location: "Lima", date: "2024-11-15" });
  });

  it("counts no leader met in a city someone goes on to (`later flew on to Warsaw for talks with Tusk`)", () => {
    const text = "Chancellor Friedrich Merz traveled to Paris on Wednesday to meet French President Emmanuel Macron. Merz later flew on to Warsaw for talks with Polish Prime Minister Donald Tusk.";
    const report = parseReport(text, { referenceDate: "2025-05-07" });
    expect(participantNames(report)).toEqual(["Friedrich Merz", "Emmanuel Macron"]);
  });

  it("takes no capital that stands for its government as the meeting's place (`Budapest could block`)", () => {
    const text = "EU leaders agreed on Thursday to open accession talks with Ukraine. Orbán said Hungary had not taken part. He warned that Budapest could still block the process.";
    expect(parseReport(text, { referenceDate: "2023-12-14" }).summit.location).toBeNull();
    expect(parseReport(`${text} Diplomats in Brussels said the talks would go on.`, { referenceDate: "2023-12-14" }).summit.location).toBe("Brussels");
  });

  it("reads a colon dateline only from a city it knows: a kicker in capitals places nothing", () => {
    const text = "EXCLUSIVE: In memo to Congress, Saudis insist they are fighting terror\n\nThe memo was sent to lawmakers in Washington on Monday.";
    expect(parseReport(text, { referenceDate: "2016-05-19" }).summit.location).toBe("Washington");
  });

  it("takes the venue's city over a city named otherwise, and a seat of government only as a place", () => {
    const moscow = "Xi and Putin agree to deepen ties\n\nSpeaking after talks at the Kremlin on Tuesday, Vladimir Putin said relations with Beijing were at their best.";
    expect(parseReport(moscow, { referenceDate: "2023-03-22" }).summit.location).toBe("Moscow");
    const sochi = "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan held talks in Sochi on Monday. Kremlin spokesman Dmitry Peskov said on Monday that the talks went well.";
    expect(parseReport(sochi, { referenceDate: "2023-09-05" }).summit.location).toBe("Sochi");
  });

  it("places the meeting in `the southern city of X` before a city named later, never at a person's possessive", () => {
    const guangzhou = "Xi Jinping and Emmanuel Macron held informal talks in the southern city of Guangzhou on Friday, a day after their formal meeting in Beijing.";
    expect(parseReport(guangzhou, { referenceDate: "2023-04-07" }).summit.location).toBe("Guangzhou");
    // A place the gazetteer does not know, named by its kind, over the agency's home dateline.
    const alamein = "CAIRO, July 23 (MENA) - President El-Sisi received on Wednesday UAE President Mohamed bin Zayed in the city of New Alamein.";
    expect(parseReport(alamein, { referenceDate: "2025-07-23" }).summit.location).toBe("New Alamein");
    // A capital the gazetteer knows in capitals in a wire dateline, and an outlet's platform is no person.
    const pretoria = parseReport("PRETORIA, April 24 (Reuters) - Cyril Ramaphosa hosted Volodymyr Zelensky on Thursday. \"Stop,\" Trump wrote on Truth Social.", { referenceDate: "2025-04-24" });
    expect(pretoria.summit.location).toBe("Pretoria");
    expect(pretoria.people.map((p) => p.name)).not.toContain("Truth Social");
    // A place in a `since` clause is background, not the venue.
    const busan = "BUSAN, South Korea (AP) — Donald Trump and Xi Jinping agreed Thursday to cut tariffs, in their first meeting since Trump returned to the White House.";
    expect(parseReport(busan, { referenceDate: "2025-10-30" }).summit.location).toBe("Busan");
    // An unknown venue after a long object of the meeting verb (a readout).
    const readout = "President Joseph R. Biden, Jr. met today with Prime Minister Narendra Modi of India in Wilmington, Delaware.";
    expect(parseReport(readout, { referenceDate: "2024-09-21" }).summit.location).toBe("Wilmington");
    const hometown = "The Quad leaders met at President Joe Biden's hometown on Saturday.";
    expect(parseReport(hometown, { referenceDate: "2024-09-21" }).summit.location).toBeNull();
    // A city the gazetteer does not know, with its country, in an agency's dateline.
    const pti = "Wilmington (US), Sept 21 (PTI) Prime Minister Narendra Modi on Saturday met the Quad leaders at President Joe Biden's hometown.";
    expect(parseReport(pti, { referenceDate: "2024-09-21" }).summit).toMatchObject({ location: "Wilmington", date: "2024-09-21" });
  });

  it("counts every leader a report of a gathering of many places at it, and no leader of a plan", () => {
    const text = [
      "Leaders of the BRICS group gathered in Johannesburg on Tuesday for a three-day summit.",
      "",
      "South African President Cyril Ramaphosa welcomed his guests, while Russian President Vladimir Putin joined by video link.",
      "",
      "Brazil's Luiz Inacio Lula da Silva told reporters the group should not become a counterpoint to the G7.",
      "",
      "Indian Prime Minister Narendra Modi arrived on Tuesday morning.",
      "",
      "U.S. President Joe Biden will host the G7 next year.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2023-08-22" });
    const who = participantNames(report);
    expect(who).toEqual(["Cyril Ramaphosa", "Vladimir Putin", "Luiz Inacio Lula da Silva", "Narendra Modi"]);
    expect(report.summit).toMatchObject({ location: "Johannesburg", date: "2023-08-22", format: "multilateral" });
  });

  it("counts no leader the report places in another city, nor the head of a body, and counts a host named after a quote", () => {
    const text = [
      "Leaders of the Mercosur bloc met in Montevideo on Friday.",
      "",
      '"This is a historic day," said Uruguayan President Luis Lacalle Pou, who hosted the summit.',
      "",
      "Argentine President Javier Milei spoke on Friday. Brazil's President Luiz Inacio Lula da Silva spoke too.",
      "",
      '"It is not enough," said Marcio Astrini, head of the Climate Observatory.',
      "",
      "French President Emmanuel Macron said in Paris that the deal was unacceptable.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2024-12-06" });
    const who = participantNames(report);
    expect(who).toEqual(["Luis Lacalle Pou", "Javier Milei", "Luiz Inacio Lula da Silva"]);
  });

  it("dates talks by a statement made at them when nothing else does, and names ministers at talks without leaders", () => {
    const erdogan = "Turkish President Recep Tayyip Erdogan said on Friday that Turkey was ready to host peace negotiations, during a meeting with Ukrainian President Volodymyr Zelenskyy in Istanbul.";
    expect(parseReport(erdogan, { referenceDate: "2024-04-06" }).summit).toMatchObject({ location: "Istanbul", date: "2024-04-05" });
    const lavrov = "Lavrov, Wang Yi hold talks in Beijing\n\nMOSCOW, April 9. /TASS/. Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi discussed the situation in Ukraine, the Russian Foreign Ministry said.";
    const report = parseReport(lavrov, { referenceDate: "2024-04-09" });
    expect(report.summit).toMatchObject({ location: "Beijing", date: "2024-04-09" });
    expect(participantNames(report)).toEqual(["Sergey Lavrov", "Wang Yi"]);
  });

  it("reads a city dateline as a sentence of its own, and dates the meeting by its own day over the dateline's, which then makes no event", () => {
    const text = "Lukashenko and Putin discuss integration\n\nMinsk, 15 December. Alexander Lukashenko and Vladimir Putin held talks at the Palace of Independence on Thursday.";
    const report = parseReport(text, { referenceDate: "2023-12-15" });
    expect(report.summit).toMatchObject({ location: "Minsk", date: "2023-12-14" });
    expect(report.timeline.map((e) => [e.value, e.description])).toEqual([["2023-12-14", "Alexander Lukashenko and Vladimir Putin held talks at the Palace of Independence on Thursday."]]);
  });

  it("dates the summit by its lead over a side event, and counts leaders at its eve", () => {
    const text = [
      "NATO leaders agree to boost defence spending at The Hague summit",
      "",
      "THE HAGUE, June 25 (Reuters) - NATO leaders agreed on Wednesday to raise their defence spending target, bowing to pressure from U.S. President Donald Trump.",
      "",
      "French President Emmanuel Macron, who attended the dinner hosted by King Willem-Alexander on Tuesday, said the summit had sent a strong signal to Moscow.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-06-25" });
    const who = participantNames(report);
    expect(report.summit).toMatchObject({ location: "The Hague", date: "2025-06-25" });
    // The king who hosted the summit's dinner is at its eve too (`King Willem-Alexander`: title and name only).
    expect(who).toEqual(["Donald Trump", "Emmanuel Macron", "Willem-Alexander"]);
  });

  it("counts leaders a sentence of attending places at the meeting, not those at a side event", () => {
    const text = [
      "ASTANA, Sept 14 (Reuters) - Kazakh President Kassym-Jomart Tokayev urged his neighbours on Sunday to agree on water sharing as he hosted a summit of the five former Soviet republics.",
      "",
      "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon also attended, while Turkmenistan was represented by Serdar Berdimuhamedov.",
      "",
      "The day before, Tokayev and Japarov attended a concert alongside Uzbek President Shavkat Mirziyoyev.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-09-14" });
    const who = participantNames(report);
    expect(who).toEqual(["Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedov"]);
  });

  it("leaves out a leader named after a span of time and `after` (`a day after a call with Trump`)", () => {
    const text = "PARIS (Reuters) - French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelensky at the Elysee Palace on Tuesday evening, a day after a call with U.S. President Donald Trump.";
    const report = parseReport(text, { referenceDate: "2025-05-27" });
    expect(participantNames(report)).toEqual(["Emmanuel Macron", "Volodymyr Zelensky"]);
  });

  it("knows the leaders of Latin America and the Caribbean by the names reports give them", () => {
    const text = "SANTA MARTA, Colombia (AP) — The presidents of Brazil, Colombia and Chile met Friday in this Caribbean port city.\n\nBrazil's Luiz Inácio Lula da Silva, Colombia's Gustavo Petro and Chile's Gabriel Boric held a closed-door meeting for about three hours.";
    const report = parseReport(text, { referenceDate: "2025-01-31" });
    expect(report.summit).toMatchObject({ location: "Santa Marta", countries: ["Brazil", "Colombia", "Chile"], format: "trilateral" });
    const names = parseReport("Abinader met Holness, Mottley, Persad-Bissessar, Arevalo, Bukele, Mulino and Diaz-Canel. Ukrainian President Volodymyr Zelenskiy came too.").people;
    expect(names.map((p) => p.country)).toEqual(["Dominican Republic", "Jamaica", "Barbados", "Trinidad and Tobago", "Guatemala", "El Salvador", "Panama", "Cuba", "Ukraine"]);
    // And Vietnam's president since 2024, whom a Japanese readout names by title only.
    expect(parseReport("Prime Minister Ishiba paid a courtesy call on President Luong Cuong.").people.map((p) => p.country)).toEqual(["Japan", "Vietnam"]);
  });

  it("leaves out leaders a report says are absent, in a list or after `the absence of`, even in the dating sentence", () => {
    const text = [
      "Xi, Putin skip summit",
      "",
      "RIO DE JANEIRO, July 6 (Reuters) - Leaders of the BRICS group gathered in Rio de Janeiro on Sunday for a summit overshadowed by the absence of Chinese President Xi Jinping and Russian President Vladimir Putin.",
      "",
      "Brazilian President Luiz Inacio Lula da Silva hosted the meeting, and Chinese Premier Li Qiang led Beijing's delegation.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-07-06" });
    expect(participantNames(report)).toEqual(["Luiz Inacio Lula da Silva", "Li Qiang"]);
    // Commas join a list only when it opens the sentence: Aliyev is the one hosted, not absent.
    const hosted = parseReport("Erdogan hosts Aliyev, Pashinyan absent as talks stall\n\nTurkish President Recep Tayyip Erdogan hosted Azerbaijani President Ilham Aliyev in Ankara on Friday.", { referenceDate: "2025-03-14" });
    expect(participantNames(hosted)).toEqual(["Recep Tayyip Erdogan", "Ilham Aliyev"]);
  });

  it("leaves out a leader who said before the meeting he would boycott it, but not one who would skip another", () => {
    const lead = "JOHANNESBURG, Nov 22 - South African President Cyril Ramaphosa met Brazilian President Luiz Inacio Lula da Silva and Indian Prime Minister Narendra Modi on Saturday at the G20 summit.";
    const boycott = parseReport(`${lead}\n\nThe United States sent no delegation after President Donald Trump said last month that he would boycott the gathering.`, { referenceDate: "2025-11-22" });
    expect(participantNames(boycott)).toEqual(["Cyril Ramaphosa", "Luiz Inacio Lula da Silva", "Narendra Modi"]);
    const another = parseReport(`${lead}\n\nUS President Donald Trump, who met Ramaphosa on Saturday, said he would skip next year's summit in Miami.`, { referenceDate: "2025-11-22" });
    expect(participantNames(another)).toContain("Donald Trump");
  });

  it("counts the leaders a report ahead of its meeting says will host, lead or attend it", () => {
    const text = [
      "RIO DE JANEIRO, July 4 (Reuters) - Leaders of the BRICS group will gather in Rio de Janeiro on Sunday and Monday for a summit.",
      "",
      "Brazilian President Luiz Inacio Lula da Silva will host the two-day meeting. Chinese Premier Li Qiang will lead Beijing's delegation. South African President Cyril Ramaphosa is also expected to attend.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-07-04" });
    expect(report.summit.date).toBe("2025-07-06");
    expect(participantNames(report)).toEqual(["Luiz Inacio Lula da Silva", "Li Qiang", "Cyril Ramaphosa"]);
  });

  it("leaves out a leader the meeting's leaders only appeal to (`urge Putin to accept ceasefire`)", () => {
    const text = "Merz, Tusk and Macron visit Kyiv, urge Putin to accept ceasefire\n\nKYIV, May 10 (Reuters) - French President Emmanuel Macron, German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk arrived in Kyiv on Saturday. They were greeted by Ukrainian President Volodymyr Zelensky.";
    const report = parseReport(text, { referenceDate: "2025-05-10" });
    expect(participantNames(report)).toEqual(["Friedrich Merz", "Donald Tusk", "Emmanuel Macron", "Volodymyr Zelensky"]);
  });

  it("leaves out a leader who reacts to the meeting from afar (`welcomed the summit on Twitter`), not a host", () => {
    const namesOf = (text: string, referenceDate: string): (string | undefined)[] => {
      const report = parseReport(text, { referenceDate });
      return participantNames(report);
    };
    const reacted = "President Moon Jae-in and North Korean leader Kim Jong-un held a summit at Panmunjom on Friday. U.S. President Donald Trump welcomed the summit on Twitter.";
    expect(namesOf(reacted, "2018-04-27")).toEqual(["Moon Jae-in", "Kim Jong Un"]);
    const hosted = "Chinese President Xi Jinping welcomed Russian President Vladimir Putin to the talks in Beijing on Monday.";
    expect(namesOf(hosted, "2018-04-24")).toEqual(["Xi Jinping", "Vladimir Putin"]);
  });

  it("places the summit in the city its dateline names before the state (`ANCHORAGE, Alaska`), not in a list of cities", () => {
    const text = "Trump and Putin meet in Alaska\n\nANCHORAGE, Alaska, Aug 15 (Reuters) - U.S. President Donald Trump and Russian President Vladimir Putin met at a military base in Alaska on Friday.";
    expect(parseReport(text, { referenceDate: "2025-08-16" }).summit.location).toBe("Anchorage");
    const list = "Leaders met in Brussels on Monday. Orlando now takes a place with Paris, Brussels, Beirut and other cities.";
    expect(parseReport(list, { referenceDate: "2016-06-13" }).summit.location).toBe("Brussels");
  });

  it("leaves out a leader who was not invited", () => {
    const text = "Anchorage, Alaska — President Donald Trump and Russian President Vladimir Putin met on Friday at Joint Base Elmendorf-Richardson.\n\nUkrainian President Volodymyr Zelensky, who was not invited, will travel to Washington on Monday to meet Trump. Zelensky said he was ready.";
    const report = parseReport(text, { referenceDate: "2025-08-16" });
    expect(participantNames(report)).toEqual(["Donald Trump", "Vladimir Putin"]);
  });

  it("leaves out a minister's counterpart at a parallel ministers' meeting", () => {
    const text = "BERLIN (dpa) - German Chancellor Olaf Scholz welcomed Indian Prime Minister Narendra Modi to the chancellery on Monday for government consultations.\n\nMinisters from both governments held parallel talks. Foreign Minister Annalena Baerbock met her counterpart Subrahmanyam Jaishankar.";
    const report = parseReport(text, { referenceDate: "2022-05-02" });
    expect(participantNames(report)).toEqual(["Olaf Scholz", "Narendra Modi"]);
  });

  it("without a reference date keeps the dateline's month and day rather than a later summit's year", () => {
    const text = "THE HAGUE, June 25 (Reuters) - NATO leaders agreed on Wednesday to raise defence spending.\n\nThe next NATO summit will be held in Turkey in 2026.";
    expect(parseReport(text).summit).toMatchObject({ location: "The Hague", date: "XXXX-06-25" });
  });

  it("dates an announced meeting by its own day, not by the day of the announcement", () => {
    const text = "WASHINGTON (AP) — President Joe Biden will meet Russian President Vladimir Putin in Geneva on June 16, the White House announced Friday, amid sharp disagreements.";
    const report = parseReport(text, { referenceDate: "2021-05-29" });
    expect(report.summit).toMatchObject({ location: "Geneva", date: "2021-06-16" });
    // `announced Friday, amid …` reports the clause before it, not one starting at the weekday.
    expect(report.attributions.map((a) => [a.source.name, a.text])).toEqual([["White House", "President Joe Biden will meet Russian President Vladimir Putin in Geneva on June 16"]]);
  });

  it("counts a leader quoted by pronoun at a bloc's summit as one at it, not one who reacts to a meeting of two", () => {
    const eu = [
      "BRUSSELS — Tensions over a trade deal with South America boiled over at a European Council summit Thursday.",
      "",
      'Polish Prime Minister Donald Tusk said his government would vote against it. "Polish farmers will not pay the price," he told reporters as he arrived.',
    ].join("\n");
    expect(participantNames(parseReport(eu, { referenceDate: "2024-12-20" }))).toEqual(["Donald Tusk"]);
    const pair = [
      "President Donald Trump and Russian President Vladimir Putin met for nearly three hours on Friday at a military base in Anchorage.",
      "",
      'Ukrainian President Volodymyr Zelenskyy said Ukraine would not give up land. "Ukraine will not give its land to the occupier," he wrote on Telegram.',
    ].join("\n");
    expect(participantNames(parseReport(pair, { referenceDate: "2025-08-16" }))).toEqual(["Donald Trump", "Vladimir Putin"]);
  });

  it("leaves out of a meeting the dated sentence pairs two leaders for a third named often only around it", () => {
    const text = [
      'WASHINGTON, Feb 12 (Reuters) - U.S. President Donald Trump said on Wednesday he had a "highly productive" phone call with Russian President Vladimir Putin.',
      "",
      "He said he would also call Ukrainian President Volodymyr Zelenskiy. Zelenskiy said he had a meaningful conversation with Trump afterwards.",
    ].join("\n");
    expect(participantNames(parseReport(text, { referenceDate: "2025-02-12" }))).toEqual(["Donald Trump", "Vladimir Putin"]);
  });

  it("reads a meeting noun set after another day's meeting as that meeting's (`days after an emergency EU summit`)", () => {
    const text = [
      "President Volodymyr Zelensky held a phone call with French President Emmanuel Macron on March 9.",
      "",
      "The call came days after an emergency EU summit in Brussels on March 6. Hungarian Prime Minister Viktor Orban refused to sign the summit's conclusions on Ukraine.",
    ].join("\n");
    expect(participantNames(parseReport(text, { referenceDate: "2025-03-09" }))).toEqual(["Volodymyr Zelensky", "Emmanuel Macron"]);
    // (A noun the dated sentence holds is this meeting's, whatever else is dated: `the summit` of a summit.)
    const own = text.replace("held a phone call with", "held a summit with").replace("The call came", "The summit came");
    expect(participantNames(parseReport(own, { referenceDate: "2025-03-09" }))).toContain("Viktor Orban");
  });

  it("takes a leader of people met at the meeting for no state's leader at it (`met indigenous leader Raoni Metuktire`)", () => {
    const text = "French President Emmanuel Macron and Brazilian President Luiz Inácio Lula da Silva met on Tuesday on Combu island, near Belém, where the two presidents met indigenous leader Raoni Metuktire.";
    const report = parseReport(text, { referenceDate: "2024-03-26" });
    expect(participantNames(report)).toHaveLength(2);
    expect(participantNames(report)).not.toContain("Raoni Metuktire");
    expect(report.people.find((p) => p.name === "Raoni Metuktire")?.roles).toEqual(["indigenous leader"]);
  });

  it("counts one who speaks to those gathered as one at the meeting, a city in an aside about a thing placing nothing", () => {
    const text = [
      "BRUSSELS — EU leaders clashed over a trade deal at a European Council summit on Thursday.",
      "",
      'French President Emmanuel Macron told his fellow leaders the deal, concluded by Commission President Ursula von der Leyen in Montevideo earlier this month, was "unacceptable".',
    ].join("\n");
    expect(participantNames(parseReport(text, { referenceDate: "2024-12-20" }))).toEqual(["Emmanuel Macron"]);
    // (Not those told elsewhere.)
    const paris = text.replace("the deal, concluded by Commission President Ursula von der Leyen in Montevideo earlier this month, was", "at a dinner in Paris on Monday that the deal was");
    expect(participantNames(parseReport(paris, { referenceDate: "2024-12-20" }))).toEqual([]);
  });

  it("takes the heads of EU institutions for the EU in the summit's countries", () => {
    const report = parseReport("Chinese Premier Li Qiang hosted European Council President Charles Michel in Beijing on Thursday for the EU-China summit.", { referenceDate: "2023-12-08" });
    expect(report.summit).toMatchObject({ countries: ["China", "European Union"], format: "bilateral" });
  });

  it("leaves out of a meeting of two those who judge it from afar or are named at another meeting", () => {
    const text = [
      "Slovak Prime Minister Robert Fico held talks with Chinese President Xi Jinping in Beijing on Monday, a visit that drew criticism from European Union leaders.",
      "",
      "Ursula von der Leyen, the head of the European Commission, called the visit \"a mistake\". Kaja Kallas said nothing.",
      "",
      "Fico travelled to Kyiv on Thursday, where he met Ukrainian President Volodymyr Zelensky. Zelensky did not comment.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2024-11-04" });
    expect([participantNames(report), report.summit.format]).toEqual([["Robert Fico", "Xi Jinping"], "bilateral"]);
  });

  it("counts a leader referred to twice by name, description or pronoun among the participants", () => {
    const text = [
      "Leaders of the G7 nations meeting in Hiroshima pledged to support Ukraine.",
      "",
      "Rishi Sunak said the UK was proud to help. The British prime minister added that Britain would train pilots.",
      "",
      "The German chancellor, Olaf Scholz, said Europe was united.",
      "",
      "The Japanese prime minister, Fumio Kishida, said the talks were frank. He thanked his guests.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2023-05-20" });
    const who = participantNames(report);
    expect(who).toEqual(["Rishi Sunak", "Olaf Scholz", "Fumio Kishida"]);
    // (Three named, but the G7's nations meet: many.)
    expect(report.summit).toMatchObject({ location: "Hiroshima", format: "multilateral" });
  });

  it("dates the meeting by the lead, not by a side meeting on its sidelines the evening before", () => {
    const text =
      "NATO leaders on Wednesday endorsed a new defense spending target in The Hague.\n\nZelensky, who attended a dinner hosted by the Dutch king on Tuesday evening, met Trump on the sidelines of the summit.";
    expect(parseReport(text, { referenceDate: "2025-06-25" }).summit.date).toBe("2025-06-25");
  });

  it("dates and places a meeting a headline names by the day of the news in the lead of an analysis", () => {
    const text =
      "Analysis: The Alaska summit shows Putin still sets the terms\n\nDonald Trump wanted a ceasefire. At Joint Base Elmendorf-Richardson in Anchorage on Friday, only one of them got what he came for.";
    const report = parseReport(text, { referenceDate: "2025-08-16" });
    expect([report.summit.location, report.summit.date]).toEqual(["Anchorage", "2025-08-15"]);
  });

  it("dates a telephone call or a virtual summit and gives it no place, unless its own sentence places it", () => {
    const call = parseReport("Russian President Vladimir Putin and U.S. President Donald Trump spoke by telephone on Monday for more than two hours, the Kremlin said.\n\nZelensky said Kyiv was ready for a ceasefire.", { referenceDate: "2025-05-19" });
    expect([call.summit.location, call.summit.date]).toEqual([null, "2025-05-19"]);
    const virtual = parseReport("President Joe Biden and Chinese leader Xi Jinping held a virtual summit on Monday evening.\n\nBiden raised China's practices in Xinjiang, Tibet and Hong Kong.", { referenceDate: "2021-11-16" });
    expect([virtual.summit.location, virtual.summit.date]).toEqual([null, "2021-11-15"]);
    const placed = parseReport("President Volodymyr Zelensky met U.S. President Donald Trump at the White House on Oct. 17, a day after Trump spoke by phone with Putin.", { referenceDate: "2025-10-18" });
    expect(placed.summit.location).toBe("Washington");
  });

  it("places a leaders' retreat in Malaysia's administrative capital and knows Singapore's prime minister", () => {
    const text = "SINGAPORE: Prime Minister Lawrence Wong and his Malaysian counterpart Anwar Ibrahim held their annual leaders' retreat on Tuesday (Jan 7) in Putrajaya.";
    const report = parseReport(text, { referenceDate: "2025-01-07" });
    expect(report.summit).toMatchObject({ location: "Putrajaya", countries: ["Singapore", "Malaysia"] });
  });

  it("dates an undated lead's meeting on the reference day over a month long before it, but keeps a stated day", () => {
    const brics = "Vladimir Putin took part in a meeting of heads of state and government of BRICS member countries in Brasilia.\n\nIn June, the first ever, and very effective, meeting took place.";
    expect(parseReport(brics, { referenceDate: "2019-11-14" }).summit.date).toBe("2019-11-14");
    const stated = "Putin and Lukashenko held talks in Sochi on September 4, 2024.";
    expect(parseReport(stated, { referenceDate: "2025-06-01" }).summit.date).toBe("2024-09-04");
  });

  it("leaves out a leader a participant only speaks of, or the talks are about, but keeps one an office reports there", () => {
    const text = [
      "Vladimir Putin and Alexander Lukashenko held talks in Sochi on Wednesday.",
      "",
      '"We have problems that are resolved quickly," Lukashenko said. "Others take longer."',
      "",
      "As the Belarusian leader noted, Vladimir Putin told him about his recent talks with the German Federal Chancellor Angela Merkel. During the meeting, the situation around the current CSTO Secretary General Yuri Khachaturov was touched upon.",
      "",
      "Kazakh President Kassym-Jomart Tokayev also attended the talks, his office said.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2018-08-23" });
    expect(participantNames(report)).toEqual(["Vladimir Putin", "Alexander Lukashenko", "Kassym-Jomart Tokayev"]);
  });

  it("counts the European Council's members named without a title among an EU summit's participants", () => {
    const text = "EU leaders agreed early on Friday to lend Ukraine €90 billion after talks at a summit in Brussels.\n\nHungary's Viktor Orbán and Slovakia's Robert Fico did not back the deal; Mette Frederiksen said it was historic.";
    const report = parseReport(text, { referenceDate: "2025-12-19" });
    expect(participantNames(report)).toEqual(["Viktor Orbán", "Robert Fico", "Mette Frederiksen"]);
  });

  it("counts a party-state's general secretary among the leaders who meet", () => {
    const text = "Party General Secretary To Lam and Indonesian President Prabowo Subianto agreed on Thursday to upgrade relations during talks in Jakarta.";
    const report = parseReport(text, { referenceDate: "2025-03-07" });
    expect(participantNames(report)).toEqual(["To Lam", "Prabowo Subianto"]);
  });

  it("places an undated lead's meeting in a resort town of the gazetteer (`met … in Queenstown`)", () => {
    const text = "Prime Minister Anthony Albanese has met his New Zealand counterpart Christopher Luxon in Queenstown.\n\n\"We're family,\" Mr Albanese told a joint press conference on Friday afternoon.";
    expect(parseReport(text, { referenceDate: "2025-08-01" }).summit.location).toBe("Queenstown");
  });

  it("leaves out a leader named in the clause of another meeting (`a day after Lee met Trump`)", () => {
    const text =
      "President Lee Jae Myung and Japanese Prime Minister Sanae Takaichi held their first summit in Gyeongju on Thursday.\n\nThe summit came a day after Lee met U.S. President Donald Trump in Gyeongju.";
    const report = parseReport(text, { referenceDate: "2025-10-30" });
    expect(participantNames(report)).toEqual(["Lee Jae-myung", "Sanae Takaichi"]);
  });

  it("places the meeting where the lead reports it when the sentence that dates it names no city", () => {
    const text = [
      "Erdogan hosts Aliyev, Pashinyan absent as regional talks stall",
      "",
      "By Al Jazeera Staff",
      "Published On 14 Mar 2025",
      "",
      "Turkish President Recep Tayyip Erdogan has hosted his Azerbaijani counterpart Ilham Aliyev in Ankara, as peace efforts stall.",
      "",
      "Speaking at a joint news conference on Friday, Erdogan said Turkey would support a just peace.",
      "",
      "Nikol Pashinyan, who was not invited to the meeting, said that Baku was making new demands.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2025-03-14" });
    // The byline lines above the lead are a heading, so that the lead is the paragraph after them.
    expect(report.blocks.map((b) => b.kind).slice(0, 3)).toEqual(["heading", "heading", "paragraph"]);
    expect([report.summit.location, report.summit.date]).toEqual(["Ankara", "2025-03-14"]);
  });

  it("dates on its reference day an undated lead that names two leaders together about a meeting, whatever its verb", () => {
    const text = [
      "Macron and Starmer unveil migration deal",
      "",
      'Emmanuel Macron and Sir Keir Starmer have announced a "one in, one out" pilot scheme for migrants, at the end of a three-day state visit by the French president to the UK.',
      "",
      "The last UK-France summit was held in Paris in March 2023.",
    ].join("\n");
    expect(parseReport(text, { referenceDate: "2025-07-10" }).summit.date).toBe("2025-07-10");
    // (A lead that names one leader, in the simple past: no day of the news; in the present perfect, the news's tense,
    // it is: `Starmer has announced a scheme, at the end of a visit`.)
    const one = "Sir Keir Starmer announced a pilot scheme for migrants, at the end of a three-day state visit.";
    expect(parseReport(one, { referenceDate: "2025-07-10" }).summit.date).toBeNull();
    expect(parseReport(one.replace("announced", "has announced"), { referenceDate: "2025-07-10" }).summit.date).toBe("2025-07-10");
  });

  it("dates a meeting by the day of words said right after talks with the other leader (`said on Tuesday after talks with Xi`)", () => {
    const text = "Xi Jinping will visit Russia next month, Vladimir Putin said on Tuesday after talks with Xi in Beijing.";
    expect(parseReport(text, { referenceDate: "2025-05-14" }).summit.date).toBe("2025-05-13");
  });

  it("dates a meeting by the day of words said while the speaker attended it (`called on … as he attended the Summit`)", () => {
    const text = [
      "KAZAN, Russia, Oct. 23 (Xinhua) -- Chinese President Xi Jinping on Wednesday called on BRICS countries to build a BRICS of peace as he attended the 16th BRICS Summit in the Russian city of Kazan.",
      "",
      "Xi arrived in Kazan on Tuesday afternoon. On the same day, he held talks with Russian President Vladimir Putin.",
    ].join("\n");
    expect(parseReport(text, { referenceDate: "2024-10-23" }).summit.date).toBe("2024-10-23");
    // (Not while attending another: the day is the saying's, and the talks date the meeting.)
    const other = text.replace("as he attended the 16th", "as he prepared for next year's");
    expect(parseReport(other, { referenceDate: "2024-10-23" }).summit.date).toBe("2024-10-22");
  });

  it("dates a preview by the time its lead gives the meeting ahead, not by a call or a statement of the days before", () => {
    const autumn = [
      "Starmer and Macron to hold UK-France summit in the autumn",
      "",
      "Sir Keir Starmer will host Emmanuel Macron for a UK-France summit this autumn, Downing Street has confirmed, the first such gathering since 2023.",
      "",
      "The prime minister spoke to the French president by phone on Thursday night. The summit is expected to take place in London in October.",
    ].join("\n");
    const report = parseReport(autumn, { referenceDate: "2025-06-20" });
    expect([report.summit.date, report.summit.location]).toEqual(["2025-FA", "London"]);
    const week = "BEIJING, May 2 (Reuters) - Chinese President Xi Jinping will travel to Moscow next week for a state visit and talks with Russian President Vladimir Putin, China's foreign ministry said on Friday.";
    expect(parseReport(week, { referenceDate: "2025-05-02" }).summit.date).toBe("2025-W19");
    // (Not a lead in the past that puts something off till a later month.)
    const deferred = "European Union leaders agreed to meet Ukraine's financing needs but put off a decision on frozen Russian assets until December. The summit in Brussels ended late Thursday.";
    expect(parseReport(deferred, { referenceDate: "2025-10-24" }).summit.date).toBe("2025-10-23");
  });

  it("leaves out those of a meeting one offers to host (`prepared to host a meeting between Putin and Zelenskiy`)", () => {
    const text = "Turkish President Recep Tayyip Erdogan said he's prepared to host a meeting between Vladimir Putin and Volodymyr Zelenskiy, as he met the Ukrainian leader in Ankara on Tuesday. Erdogan spoke with Putin by phone on Sunday.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-11-18" }))).toEqual(["Recep Tayyip Erdogan", "Volodymyr Zelensky"]);
  });

  it("reads an absence told in a relative clause as its antecedent's, a past inability as no plan (`Lula, who could not travel`)", () => {
    const text = [
      "Sheinbaum y Lula: Mexico, Brazil sign agreements on trade and energy",
      "",
      "Mexico City, Aug 27 (EFE).- Mexican President Claudia Sheinbaum received Brazilian Vice President Geraldo Alckmin at the National Palace on Wednesday.",
      "",
      "Alckmin said the visit was historic and conveyed a message from President Luiz Inácio Lula da Silva, who could not travel.",
    ].join("\n");
    expect(participantNames(parseReport(text, { referenceDate: "2025-08-27" }))).toEqual(["Claudia Sheinbaum", "Geraldo Alckmin"]);
  });

  it("dates a meeting ahead by its day, not by a lead's arrival for it (`has arrived in Nuku'alofa for the … leaders' meeting`)", () => {
    const text = [
      "Prime Minister Anthony Albanese has arrived in Nuku'alofa for the Pacific Islands Forum leaders' meeting, where he is expected to face pressure over coal.",
      "",
      "Pacific leaders will meet on Thursday and Friday. Chinese Premier Li Qiang is not expected at the forum.",
    ].join("\n");
    const report = parseReport(text, { referenceDate: "2024-08-27" });
    expect(report.summit.date).toBe("2024-08-29");
    // (One `not expected at` it stays away.)
    expect(participantNames(report)).toEqual(["Anthony Albanese"]);
  });

  it("dates an undated report of a meeting on its reference day, and leaves a report without one undated", () => {
    const text = "Vladimir Putin and Donald Trump have met in Helsinki for their first summit.";
    expect(parseReport(text, { referenceDate: "2018-07-16" }).summit.date).toBe("2018-07-16");
    expect(parseReport(text).summit.date).toBeNull();
    expect(parseReport("The leaders will meet in Helsinki.", { referenceDate: "2018-07-10" }).summit.date).toBeNull();
  });

  it("reads a bracketed day in another city as a time zone's, not the meeting's place", () => {
    const report = parseReport(
      "WASHINGTON—President Ferdinand Marcos Jr., US President Joe Biden and Japanese Prime Minister Fumio Kishida on Thursday (Friday in Manila) pledged to deepen their defense cooperation in the first-ever trilateral summit held at the White House.",
      { referenceDate: "2024-04-12" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Washington", "2024-04-11"]);
  });

  it("counts a minister the text places among those who attended, as a country's delegate", () => {
    const report = parseReport(
      "ISLAMABAD: Heads of government of the Shanghai Cooperation Organisation member states on Wednesday concluded their two-day meeting in the federal capital.\n\nChinese Premier Li Qiang, Russian Prime Minister Mikhail Mishustin and Indian External Affairs Minister S. Jaishankar were among those who attended the meeting.",
      { referenceDate: "2024-10-17" },
    );
    expect(participantNames(report)).toEqual(["Li Qiang", "Mikhail Mishustin", "S. Jaishankar"]);
  });

  it("counts every name of a list after one at the meeting, whatever the tense of the clause after it", () => {
    const report = parseReport(
      "EU leaders have agreed a financial aid package for Ukraine after Hungary's Viktor Orbán dropped his veto at a summit in Brussels on Thursday.\n\n\"We have a deal,\" European Council president Charles Michel wrote on X.\n\nDiplomats said the Hungarian prime minister had been told in a meeting with Michel, Emmanuel Macron, Olaf Scholz and Giorgia Meloni before the summit that he would face isolation if he held out.",
      { referenceDate: "2024-02-01" },
    );
    expect(participantNames(report)).toEqual(["Viktor Orbán", "Charles Michel", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"]);
  });

  it("places a meeting in the city a sentence gives its summit, over the dateline of a bureau at home", () => {
    const report = parseReport(
      "NEW DELHI: Prime Minister Narendra Modi told Russian President Vladimir Putin on Tuesday that a solution to the Ukraine conflict was not possible on the battlefield.\n\n\"As a friend, I have always said that peace is most essential,\" Modi said during the 22nd India-Russia annual summit in Moscow.",
      { referenceDate: "2024-07-10" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Moscow", "2024-07-09"]);
  });

  it("keeps the dateline when the summit in another city is another year's", () => {
    const report = parseReport(
      "INDEPENDENCE, Mo. _ Secretary of State Madeleine Albright met the foreign ministers of the Czech Republic, Hungary and Poland on Friday as they signed the documents of accession to NATO.\n\nIn July 1997, at a summit in Madrid, Spain, the alliance announced it would accept Poland.",
      { referenceDate: "1999-03-12" },
    );
    expect(report.summit.location).toBe("Independence");
  });

  it("places a venue set off before its city in that city (`met at State House, Nairobi,`)", () => {
    const report = parseReport(
      "President William Ruto and his Ugandan counterpart Yoweri Museveni have agreed to address the trade barriers between the two countries.\n\nThe two leaders met at State House, Nairobi, on Saturday, where they also witnessed the signing of agreements.",
      { referenceDate: "2023-11-26" },
    );
    expect(report.summit.location).toBe("Nairobi");
  });

  it("dates a meeting by the day of words said just ahead of it, when nothing else dates it", () => {
    const report = parseReport(
      "Taoiseach Leo Varadkar has told US president Joe Biden that the Irish people are \"deeply troubled\" by the catastrophe unfolding in Gaza.\n\nSpeaking in the Oval Office on Friday, ahead of a bilateral meeting, Mr Varadkar said there needed to be a ceasefire \"as soon as possible\".",
      { referenceDate: "2024-03-16" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Washington", "2024-03-15"]);
  });

  it("reads an opening `Earlier,` before a day weeks back as an earlier occasion, not the meeting's day", () => {
    const report = parseReport(
      "President of Ukraine Volodymyr Zelensky has held a meeting with President of Poland Andrzej Duda in Kyiv.\n\nAs reported, Duda arrived in Kyiv on Wednesday morning by train. Earlier, on May 3, the leaders spoke by phone.",
      { referenceDate: "2023-05-24" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Kyiv", "2023-05-24"]);
  });

  it("reads a bloc's summit that names three leaders as multilateral, unless the three met there", () => {
    const summit = parseReport(
      "Premier Giorgia Meloni on Saturday hailed the \"concrete results\" of the G7 summit she hosted in Puglia.\n\nUS President Joe Biden left on Friday night. Meloni denied a row with French President Emmanuel Macron.",
      { referenceDate: "2024-06-15" },
    ).summit;
    expect([summit.countries.length, summit.format]).toEqual([3, "multilateral"]);
    const three = parseReport(
      "US President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met at the G7 summit in Hiroshima on Sunday.",
      { referenceDate: "2023-05-21" },
    ).summit;
    expect([three.countries.length, three.format]).toEqual([3, "trilateral"]);
  });

  it("reads an agency's dateline that opens with its name in brackets, and its town over a wider region the lead names", () => {
    const report = parseReport(
      "(ANSA) - BORGO EGNAZIA, JUN 15 - Premier Giorgia Meloni on Saturday hailed the \"concrete results\" of the G7 summit she hosted in Puglia, saying the leaders had shown unity on Ukraine.",
      { referenceDate: "2024-06-15" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Borgo Egnazia", "2024-06-15"]);
  });

  it("counts a minister who represented a country in person when its leader joined by video link", () => {
    const report = parseReport(
      "President Cyril Ramaphosa on Thursday closed the 15th BRICS summit in Johannesburg, where Chinese President Xi Jinping and Indian Prime Minister Narendra Modi welcomed the bloc's expansion.\n\nRussian President Vladimir Putin addressed the summit by video link. Foreign Minister Sergei Lavrov represented Russia in person.",
      { referenceDate: "2023-08-24" },
    );
    expect(participantNames(report)).toContain("Sergei Lavrov");
  });

  it("keeps at the meeting one whose aside places another doing of theirs elsewhere (`who met Biden on Saturday in Lima,`)", () => {
    const report = parseReport(
      "Brazilian President Luiz Inácio Lula da Silva opened the G20 summit in Rio de Janeiro on Monday by launching a global alliance against hunger.\n\nChinese President Xi Jinping, who met US President Joe Biden on Saturday in Lima, was also in attendance.",
      { referenceDate: "2024-11-18" },
    );
    expect(participantNames(report)).toContain("Xi Jinping");
  });

  it("places a meeting at a venue its sentence says was visited (`visited the White House`)", () => {
    const report = parseReport(
      "When Indian Prime Minister Narendra Modi visited the White House on Thursday, the two leaders traded the usual compliments, and Trump called Modi a \"great friend\".",
      { referenceDate: "2025-02-14" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Washington", "2025-02-13"]);
  });

  it("reads Alaska as a state, narrowed by the city a headline gives the summit", () => {
    const report = parseReport(
      "FACTBOX-What was agreed at the Trump-Putin summit in Anchorage?\n\nU.S. President Donald Trump and Russian President Vladimir Putin met for nearly three hours at a military base in Alaska on Friday.",
      { referenceDate: "2025-08-16" },
    );
    expect(report.summit.location).toBe("Anchorage");
  });

  it("reads a wire's date without a place (`Aug 16 (Reuters) -`) as the filing's, below the day the lead gives the meeting", () => {
    const report = parseReport(
      "Aug 16 (Reuters) - U.S. President Donald Trump and Russian President Vladimir Putin met for nearly three hours at a military base in Anchorage on Friday.",
      { referenceDate: "2025-08-16" },
    );
    expect(report.summit.date).toBe("2025-08-15");
  });

  it("counts a meeting back from the day of its sentence (`on Tuesday, a day after hosting … for talks`), with those it names", () => {
    const report = parseReport(
      "Finnish President Alexander Stubb spoke to our correspondent in Helsinki on Tuesday, a day after hosting Chinese Premier Li Qiang for talks.\n\nStubb said the talks with Li had lasted \"almost three hours\".",
      { referenceDate: "2025-05-14" },
    );
    expect(report.summit.date).toBe("2025-05-12");
    expect(participantNames(report)).toEqual(["Alexander Stubb", "Li Qiang"]);
  });

  it("leaves out a leader whose visit the ministers prepare (`preparations for Putin's visit`, `his upcoming trip`)", () => {
    const report = parseReport(
      "Lavrov, Wang Yi discuss preparations for Putin's visit to China\n\nRussian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi discussed President Vladimir Putin's upcoming trip to China at talks in Beijing on Tuesday.\n\nPutin said in March that he would travel to China in May.",
      { referenceDate: "2024-04-10" },
    );
    expect(participantNames(report)).toEqual(["Sergei Lavrov", "Wang Yi"]);
  });

  it("dates a call readout by its headline's `call with`, places it nowhere, and dates no summit its words look back on (`began by reiterating`)", () => {
    const report = parseReport(
      "PM call with President Zelenskyy: 3 March 2025\n\nThe Prime Minister spoke to President Zelenskyy this evening.\n\nThe Prime Minister began by reiterating the United Kingdom's support for Ukraine, and said the leaders' summit in London on Sunday had shown that Europe was ready to step up.",
      { referenceDate: "2025-03-03" },
    );
    expect([report.summit.location, report.summit.date]).toEqual([null, "2025-03-03"]);
  });

  it("reads a bloc's heads as many states past its acronym in brackets (`Caribbean Community (CARICOM) heads of government`)", () => {
    const report = parseReport(
      "Caribbean Community (CARICOM) heads of government ended their regular meeting in Montego Bay on Tuesday.\n\nJamaica's Prime Minister Andrew Holness told journalists the region would act. Barbados Prime Minister Mia Mottley agreed.",
      { referenceDate: "2025-07-08" },
    );
    expect(report.summit.format).toBe("multilateral");
  });

  it("takes the one a leader received for a participant past the place and day the Gulf's agencies put before the object", () => {
    const report = parseReport(
      "Riyadh, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received at Al-Yamamah Palace in Riyadh today United States Secretary of State Marco Rubio.",
      { referenceDate: "2025-02-17" },
    );
    expect(participantNames(report)).toEqual(["Mohammed bin Salman", "Marco Rubio"]);
  });

  it("reads a leader's tour as a round of meetings (`the first leg of his Middle East tour in Riyadh on Tuesday`), not a tour of a place", () => {
    const report = parseReport(
      "President Donald Trump wrapped up the first leg of his Middle East tour in Riyadh on Tuesday, where he was feted by Crown Prince Mohammed bin Salman.\n\nWhat's next: Trump is due to meet Syria's interim President Ahmed al-Sharaa on Wednesday morning before flying to Doha, a senior White House official said.",
      { referenceDate: "2025-05-13" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Riyadh", "2025-05-13"]);
    const inspectors = parseReport("Scott Ritter led his team on a 10-hour tour of three suspected weapons sites on Thursday.", { referenceDate: "1998-03-06" });
    expect(inspectors.summit.date).toBeNull();
  });

  it("leaves out a country that sent no delegation, and one who stayed away past an apposition naming another", () => {
    const report = parseReport(
      "Leaders of the world's largest economies adopted a declaration at the G20 summit in Johannesburg on Saturday.\n\nSouth Africa's president, Cyril Ramaphosa, said the adoption sent a strong signal.\n\nThe US did not send a delegation after Donald Trump accused South Africa of persecuting its white minority.\n\nArgentina's president, Javier Milei, an ally of Trump, also stayed away.\n\nEmmanuel Macron, the French president, warned that the G20 might be coming to the end of a cycle.",
      { referenceDate: "2025-11-23" },
    );
    expect(participantNames(report)).toEqual(["Cyril Ramaphosa", "Emmanuel Macron"]);
  });

  it("reads a meeting added with `also` as a side event: its day and the one met are not the summit's", () => {
    const report = parseReport(
      "Sánchez and Lula sign strategic partnership in Madrid\n\nSpanish Prime Minister Pedro Sánchez and Brazilian President Luiz Inácio Lula da Silva signed a renewed strategic partnership on Wednesday at the Moncloa Palace.\n\nLula, who is on a three-day visit to Spain, said the agreement could not wait. He also met King Felipe VI at the Royal Palace on Tuesday.",
      { referenceDate: "2025-03-05" },
    );
    expect(report.summit.date).toBe("2025-03-05");
    expect(participantNames(report)).toEqual(["Luiz Inacio Lula da Silva", "Pedro Sanchez"]);
    // (With `with` after the verb too, on the meeting's day: `also met with Polish President Andrzej Duda`.)
    const warsaw = parseReport(
      "Polish Prime Minister Donald Tusk hosted German Chancellor Friedrich Merz in Warsaw on Tuesday, where the leaders discussed migration. On the same day, the German chancellor also met with Polish President Andrzej Duda.",
      { referenceDate: "2025-05-13" },
    );
    expect(participantNames(warsaw)).toEqual(["Donald Tusk", "Friedrich Merz"]);
  });

  it("reads the heads of a bloc named by its name's last word as many states (`Heads of State and Government of the Southern African Development Community`)", () => {
    const report = parseReport(
      "Heads of State and Government of the Southern African Development Community (SADC) met in Harare on Saturday for their 45th ordinary summit.\n\nZimbabwe's President Emmerson Mnangagwa urged member states to act. South Africa's Cyril Ramaphosa told the summit the bloc had to act.",
      { referenceDate: "2025-08-17" },
    );
    expect(report.summit.format).toBe("multilateral");
  });
  it("places the host's own leader, named by office alone, in the meeting city's country (`Prime Minister Philip Davis met … Rubio`, in Nassau)", () => {
    const report = parseReport(
      "Davis, Rubio discuss migration, security in Nassau\n\nPrime Minister Philip Davis met with United States Secretary of State Marco Rubio at the Office of the Prime Minister yesterday, as part of Rubio's tour of the Caribbean.",
      { referenceDate: "2026-03-27" },
    );
    expect([report.summit.location, participantNames(report), report.summit.countries, report.summit.format]).toEqual([
      "Nassau", ["Philip Davis", "Marco Rubio"], ["Bahamas", "United States"], "bilateral",
    ]);
  });

  it("reads a country's possessive before a title as part of it (`met Venezuela's Vice President Delcy Rodríguez`)", () => {
    const report = parseReport(
      "PRIME Minister Kamla Persad-Bissessar yesterday met Venezuela's Vice President Delcy Rodríguez at the Diplomatic Centre, St Ann's, in a meeting that lasted almost two hours.",
      { referenceDate: "2025-06-14" },
    );
    expect(participantNames(report)).toEqual(["Kamla Persad-Bissessar", "Delcy Rodríguez"]);
  });
  it("leaves a pilgrim's courtesy title out of a ruler's name (`Sultan Haji Hassanal Bolkiah`)", () => {
    const report = parseReport(
      "His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah, Sultan and Yang Di-Pertuan of Brunei Darussalam yesterday held a bilateral meeting with President of the Republic of Indonesia Prabowo Subianto at Istana Nurul Iman.",
      { referenceDate: "2025-04-09" },
    );
    expect([participantNames(report), report.summit.format]).toEqual([["Hassanal Bolkiah", "Prabowo Subianto"], "bilateral"]);
  });

  it("reads a headline's plain verb of failing as no part of a name (`Kurti and Vucic Fail to Agree in Brussels`)", () => {
    const report = parseReport("Kurti and Vucic Fail to Agree in Brussels, Again\n\nKosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vucic left a meeting in Brussels on Monday without an agreement.", { referenceDate: "2023-08-22" });
    expect(report.people.map((p) => p.name).sort()).toEqual(["Albin Kurti", "Aleksandar Vucic"]);
  });
  it("reads a standfirst above a byline as the header, and an analysis's past meeting over one still to come (`The summit with Putin produced a handshake`)", () => {
    const report = parseReport(
      "What Trump Got Out of Alaska\n\nThe summit with Putin produced a handshake, a red carpet, and almost nothing else.\n\nBy Anne Applebaum\n\n" +
        "When Donald Trump landed at Joint Base Elmendorf-Richardson on Friday, he seemed to believe that a deal was within reach. He did not walk out.\n\n" +
        "Zelensky, who was not invited to Alaska, will meet Trump in Washington on Monday.",
      { referenceDate: "2025-08-17" },
    );
    expect(report.blocks.slice(0, 3).map((b) => b.kind)).toEqual(["heading", "heading", "heading"]);
    expect([report.summit.location, report.summit.date, participantNames(report)]).toEqual(["Anchorage", "2025-08-15", ["Vladimir Putin", "Donald Trump"]]);
  });

  it("reads a numbered paragraph's number as part of its sentence, and the prime ministers of many states as a gathering of them (`1. We, the Prime Ministers of …`)", () => {
    const report = parseReport(
      "Joint Statement by the Prime Ministers of the Nordic-Baltic Eight\n\nRiga, 12 June 2025\n\n1. We, the Prime Ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden, met today in Riga at the invitation of Prime Minister Evika Siliņa of Latvia.\n\n2. We will meet again in Vilnius in 2026.",
      { referenceDate: "2025-06-12" },
    );
    expect(report.sentences.map((s) => report.text.slice(s.start, s.start + 6))).toEqual(["Joint ", "Riga, ", "1. We,", "2. We "]);
    expect([report.summit.location, report.summit.format]).toEqual(["Riga", "multilateral"]);
  });

  it("ends a role set off after a name at the line's end (`Tammy Bruce, Department Spokesperson` over `Washington, D.C.`)", () => {
    const report = parseReport(
      "Department Press Briefing – March 11, 2025\n\nTammy Bruce, Department Spokesperson\nWashington, D.C.\n\nMS BRUCE: Good afternoon, everyone. As you know, Secretary Rubio is in Jeddah today.\n\nQUESTION: Thank you, Tammy.\n\nMS BRUCE: I have nothing to announce.",
    );
    expect(report.people.find((p) => p.name === "Tammy Bruce")?.roles).toEqual(["Department Spokesperson"]);
  });
  it("reads those met on the same day, and those listed after them, as met at a side event (`The same day, Thongloun Sisoulith met with Prime Minister Pham Minh Chinh and …`)", () => {
    const report = parseReport(
      "Hanoi (VNA) – General Secretary To Lam held talks with President of Laos Thongloun Sisoulith in Hanoi on January 9.\n\nThe two leaders agreed to strengthen coordination.\n\nThe same day, Thongloun Sisoulith met with Prime Minister Pham Minh Chinh and National Assembly Chairman Tran Thanh Man.",
      { referenceDate: "2025-01-09" },
    );
    expect(participantNames(report)).toEqual(["To Lam", "Thongloun Sisoulith"]);
  });

  it("reads a name set off after an office as a person when its given name is `Abdul` (`The Prime Minister of …, Abdul Hamid Dbeibah, met`)", () => {
    const report = parseReport(
      "Aliyev, Erdogan Inaugurate Gas Pipeline\n\nThe Prime Minister of the Government of National Unity (GNU), Abdul Hamid Dbeibah, met on Sunday with Turkish President Recep Tayyip Erdogan in Istanbul.",
      { referenceDate: "2025-03-16" },
    );
    expect([participantNames(report), report.summit.format]).toEqual([["Recep Tayyip Erdogan", "Abdul Hamid Dbeibah"], "bilateral"]);
    expect(report.people.map((p) => p.name)).not.toContain("Erdogan Inaugurate Gas");
    // (One the lexicon does not know as well.)
    const minister = parseReport("The Minister of Finance of the Government of National Unity, Abdul Karim Haddad, met the delegation on Sunday.");
    expect(minister.people.map((p) => [p.name, p.roles[0]])).toEqual([["Abdul Karim Haddad", "Minister of Finance of the Government of National Unity"]]);
  });
  it("reads a palace named right after the meeting as a building in the dateline's town, not a town (`MUSCAT, MAY 27 - … received at Al Alam Palace`)", () => {
    const muscat = parseReport(
      "MUSCAT, MAY 27 - His Majesty Sultan Haitham bin Tarik received at Al Alam Palace on Tuesday Dr Masoud Pezeshkian, President of the Islamic Republic of Iran, who is on a state visit to the Sultanate of Oman.",
      { referenceDate: "2025-05-28" },
    );
    expect(muscat.summit.location).toBe("Muscat");
    const kuwait = parseReport(
      "KUWAIT CITY, Dec 10: The Amir received on Tuesday King Abdullah II of Jordan and his accompanying delegation at Bayan Palace.",
      { referenceDate: "2024-12-11" },
    );
    expect(kuwait.summit.location).toBe("Kuwait City");
  });

  it("leaves clerics' ranks out of names (`Acting Foreign Minister Mawlawi Amir Khan Muttaqi`, `Mullah Mohammad Hassan Akhund`)", () => {
    const report = parseReport("Acting Foreign Minister Mawlawi Amir Khan Muttaqi met Dar in Kabul on Saturday. Dar also met acting Prime Minister Mullah Mohammad Hassan Akhund.", { referenceDate: "2025-04-19" });
    expect(report.people.map((p) => p.name)).toEqual(["Amir Khan Muttaqi", "Mohammad Hassan Akhund"]);
  });

  it("reads a leader's initials in capitals as the leader (`President AKD, Modi agree …` over `President Anura Kumara Dissanayake`)", () => {
    const report = parseReport(
      "President AKD, Modi agree to deepen energy and defence ties\n\nPresident Anura Kumara Dissanayake and Indian Prime Minister Narendra Modi yesterday held bilateral talks at the Presidential Secretariat in Colombo.",
      { referenceDate: "2025-04-06" },
    );
    expect(report.people.map((p) => p.name).sort()).toEqual(["Anura Kumara Dissanayake", "Narendra Modi"]);
    expect(report.people.find((p) => p.name === "Anura Kumara Dissanayake")?.aliases).toContain("AKD");
  });
  it("reads one whose visit is still to come, or who is its subject, as no participant after talks without leaders (`the preparations for the visit of President Vladimir Putin`, `The Russian leader is expected to visit`)", () => {
    const report = parseReport(
      "Russian Foreign Minister Sergei Lavrov held talks with his Chinese counterpart Wang Yi in Beijing on Tuesday.\n\nAs Lavrov noted, the preparations for the visit of President Vladimir Putin to China are in full swing. The Russian leader is expected to visit the PRC in the autumn.",
      { referenceDate: "2025-04-02" },
    );
    expect(participantNames(report)).toEqual(["Sergei Lavrov", "Wang Yi"]);
  });

  it("reads the day a spokesman told reporters as the announcement's, not the meeting's (`… in Sochi on September 4, Kremlin spokesman Dmitry Peskov told reporters on Thursday`)", () => {
    const report = parseReport(
      "Russian President Vladimir Putin will hold talks with his Turkish counterpart Recep Tayyip Erdogan in Sochi on September 4, Kremlin spokesman Dmitry Peskov told reporters on Thursday.",
      { referenceDate: "2023-08-31" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Sochi", "2023-09-04"]);
  });

  it("reads the host of a passive meeting on a side event as no participant (`Earlier on Tuesday, Li Qiang was received by Vladimir Putin in the Kremlin`)", () => {
    const report = parseReport(
      "Prime Minister of Russia Mikhail Mishustin and Premier of the State Council of China Li Qiang held the 29th regular meeting of the heads of government of the two countries in Moscow on August 21.\n\nEarlier on Tuesday, Li Qiang was received by Vladimir Putin in the Kremlin.",
      { referenceDate: "2024-08-21" },
    );
    expect(participantNames(report)).toEqual(["Mikhail Mishustin", "Li Qiang"]);
  });

  it("reads a given name and patronymic as the person of that given name (`dear Ilham Heydarovich`)", () => {
    const report = parseReport('Azerbaijani President Ilham Aliyev arrived in Moscow on Tuesday.\n\n"We are glad to see you, dear Ilham Heydarovich," Putin said at the beginning of the meeting.', { referenceDate: "2025-10-08" });
    expect(report.people.map((p) => p.name)).toEqual(["Ilham Aliyev", "Vladimir Putin"]);
  });
  it("reads a gathering on whose eve two leaders met, and one spoken to on another occasion, as no part of their meeting (`on the eve of a summit of European leaders`, `had spoken to Mr Trump on Friday night`)", () => {
    const report = parseReport(
      "Sir Keir Starmer welcomed Volodymyr Zelensky to Downing Street on Saturday evening, on the eve of a summit of European leaders in London on Ukraine. A No 10 spokeswoman said the Prime Minister had spoken to Mr Trump on Friday night.",
      { referenceDate: "2025-03-02" },
    );
    expect([participantNames(report), report.summit.format]).toEqual([["Keir Starmer", "Volodymyr Zelensky"], "bilateral"]);
  });

  it("reads a name that ends on a street's or a square's noun as an address, not a person (`No.6 Convent Place said`, `Wall Street`)", () => {
    const report = parseReport("In a statement last night, No.6 Convent Place said the meeting had been productive. Investors on Wall Street cheered.");
    expect(report.people).toEqual([]);
  });
  it("reads a name or office whose first word opens the story in capitals as written in the text's case (`JOHN Swinney has urged`, `PRIME Minister James Marape`)", () => {
    const report = parseReport("JOHN Swinney has urged the Chancellor to protect jobs.\n\nPRIME Minister James Marape and UAE President Sheikh Mohamed met in Abu Dhabi.");
    expect(report.people.map((p) => [p.name, p.roles.at(-1)])).toEqual([["John Swinney", undefined], ["James Marape", "Prime Minister"], ["Mohamed", "UAE President"]]);
  });

  it("reads a day right after the meeting's noun and its length as the meeting's (`said after the 75-minute meeting yesterday`), over a visit still to come", () => {
    const report = parseReport(
      "TAOISEACH Simon Harris has told Prime Minister Keir Starmer that the Legacy Act must be repealed, during their first bilateral meeting in Downing Street.\n\nMr Harris said after the 75-minute meeting yesterday that it had been a very good engagement.\n\nThe Taoiseach is due to travel to Belfast this morning, where he will meet the First Minister Michelle O'Neill.",
      { referenceDate: "2024-07-18" },
    );
    expect([report.summit.location, report.summit.date, participantNames(report)]).toEqual(["London", "2024-07-17", ["Simon Harris", "Keir Starmer"]]);
  });

  it("reads a peer's style and a Welsh `ap` as parts of the name's reading (`Baroness Morgan` after `Eluned Morgan`, `Rhun ap Iorwerth`)", () => {
    const report = parseReport('Wales\' First Minister Eluned Morgan has met Prime Minister Sir Keir Starmer in Edinburgh.\n\nBaroness Morgan said the meeting was "a real step change".\n\nPlaid Cymru leader Rhun ap Iorwerth said the council was "a talking shop".');
    expect(report.people.map((p) => p.name)).toEqual(["Eluned Morgan", "Keir Starmer", "Rhun ap Iorwerth"]);
  });
  it("reads the leaders of a gathering on whose sidelines two met as no gathering of this meeting (`… on the sidelines of the APEC Leaders' Week`)", () => {
    const report = parseReport(
      "President Dina Boluarte and Chinese President Xi Jinping held a bilateral meeting at the Government Palace in Lima on Thursday, November 14, on the sidelines of the APEC Leaders' Week.",
      { referenceDate: "2024-11-15" },
    );
    expect([participantNames(report), report.summit.format]).toEqual([["Dina Boluarte", "Xi Jinping"], "bilateral"]);
  });
  it("reads a month before a reporting verb's far `that` by the verb, not by the reported words (`had said in an interview with French media in February that he would …`), and `the future` before a name as an adjective", () => {
    expect(values("Tebboune had said in an interview with French media in February that he would only talk to Macron.", { referenceDate: "2025-04-01" })).toEqual([["February", "2025-02", null]]);
    expect(values("They discussed the future EU budget. In the future, things may change.", { referenceDate: "2025-03-14" })).toEqual([["the future", "FUTURE_REF", null]]);
  });

  it("reads one met in a part of the day that opens a sentence as met at a side event (`In the evening, Stocker met Pope Leo XIV at the Vatican`)", () => {
    const report = parseReport(
      "Chancellor Christian Stocker (ÖVP) was received by Italian Prime Minister Giorgia Meloni in Rome on Monday. It was his first bilateral visit abroad since taking office in March.\n\nAt the centre of the talks were migration and the Brenner transit route, the Federal Chancellery said.\n\nIn the evening, Stocker met Pope Leo XIV at the Vatican.",
      { referenceDate: "2025-05-13" },
    );
    expect([participantNames(report), report.summit.format]).toEqual([["Christian Stocker", "Giorgia Meloni"], "bilateral"]);
  });
  it("reads a day after the leaders' own talks as their meeting's (`after their talks in Baku on Monday`), over the day one arrived", () => {
    const report = parseReport(
      "Baku, IRNA -- Iranian President Masoud Pezeshkian and his Azerbaijani counterpart Ilham Aliyev have emphasized the need to expand bilateral relations.\n\nThe two presidents made the remarks in a joint press conference after their talks in Baku on Monday.\n\nPezeshkian arrived in Baku on Sunday at the head of a high-ranking delegation.",
      { referenceDate: "2025-04-29" },
    );
    expect([report.summit.location, report.summit.date]).toEqual(["Baku", "2025-04-28"]);
  });
  it("reads a day that schedules a meeting put ahead of this one as that meeting's (`ahead of an EU-China summit planned for later this month`)", () => {
    const report = parseReport(
      "EU foreign policy chief Kaja Kallas told China's top diplomat Wang Yi on Wednesday (2 July) that Beijing's support for Russia was harming relations.\n\nThe two held a strategic dialogue in Brussels lasting about four hours, ahead of an EU-China summit planned for later this month in Beijing.",
      { referenceDate: "2025-07-03" },
    );
    expect(report.summit.date).not.toBe("2025-07");
    expect(report.timeline.map((e) => e.value)).toContain("2025-07");
  });
  it("keeps a relative clause's own present against the main clause's past (`Tusk, whose country holds the presidency until June, said …`)", () => {
    const ref = { referenceDate: "2025-01-28" };
    expect(values("The Polish prime minister, whose country holds the rotating EU Council presidency until the end of June, said that Rail Baltica must be finished.", ref)).toEqual([["the end of June", "2025-06", "END"]]);
    expect(values("Tusk, who leads the presidency until June, said the line must be finished.", ref)).toEqual([["June", "2025-06", null]]);
    expect(values("Tusk, who led the presidency until June, said the line must be finished.", ref)).toEqual([["June", "2024-06", null]]);
  });
  it("reads a participle after a noun as no verb of the past (`planned to meet officials involved in the mission before flying to Paris on Thursday`)", () => {
    const ref = { referenceDate: "2024-10-16" };
    expect(values("Voltaire also planned to meet Kenyan officials involved in the mission before flying to Paris on Thursday, council officials said.", ref)).toEqual([["Thursday", "2024-10-17", null]]);
  });
  it("reads noon and midnight after a preposition of time as a clock time (`landed at Stansted shortly after noon`, `ended before midnight`)", () => {
    const ref = { referenceDate: "2025-07-17" };
    expect(values("The chancellor landed at Stansted shortly after noon. The summit ended before midnight. It was high noon for the coalition.", ref)).toEqual([
      ["noon", "2025-07-17T12:00", null],
      ["midnight", "2025-07-17T24:00", null],
    ]);
  });
  it("reads today and tomorrow after a noun's `of` as an age, no day (`the standards of tomorrow`; `as of today` is one)", () => {
    const ref = { referenceDate: "2025-07-23" };
    expect(values("Together we can set the standards of tomorrow. The chips of choice in many of today's computers. As of today, the rules apply.", ref)).toEqual([["today", "2025-07-23", null]]);
  });
  it("keeps those listed with a representative after `represented by` among the participants, and reads a known name in its own order (`represented by António Costa, …, and Ursula von der Leyen`, `its Prime Minister, Ishiba Shigeru.`)", () => {
    const report = parseReport(
      "The 30th EU-Japan summit took place in Tokyo today. The European Union was represented by António Costa, President of the European Council, and Ursula von der Leyen, President of the European Commission. Japan was represented by its Prime Minister, Ishiba Shigeru.",
      { referenceDate: "2025-07-23" },
    );
    expect(participantNames(report).sort()).toEqual(["António Costa", "Shigeru Ishiba", "Ursula von der Leyen"]);
  });
  it("places a meeting at a venue whose name ends on its city in that city (`met at State House Nairobi on Monday`)", () => {
    const report = parseReport("NAIROBI, Kenya – Somalia's President Hassan Sheikh Mohamud and President William Ruto met at State House Nairobi on Monday.", { referenceDate: "2023-09-05" });
    expect(report.summit.location).toBe("Nairobi");
  });
  it("reads those a leader later holds a meeting with, listed past a word of tenure, as met apart (`later held a videoconference with Aoun and Syrian interim President Ahmed al-Sharaa, …`)", () => {
    const report = parseReport(
      "Lebanese President Joseph Aoun held talks with French President Emmanuel Macron at the Elysee Palace in Paris on Friday. The French President later held a videoconference with Aoun and Syrian interim President Ahmed al-Sharaa, Cypriot President Nikos Christodoulides and Greek Prime Minister Kyriakos Mitsotakis. Macron later held talks with Belgian Prime Minister Bart De Wever.",
      { referenceDate: "2025-03-28" },
    );
    expect(participantNames(report)).toEqual(["Joseph Aoun", "Emmanuel Macron"]);
  });
  it("reads day-month-year dates joined by hyphens, month first where the day cannot be (`04-04-2025`, `06-21-2024`)", () => {
    expect(values("Published 04-04-2025 (updated: 21-06-2024). Filed 06-21-2024. Call 11-12-1234.", { referenceDate: "2025-04-04" })).toEqual([
      ["04-04-2025", "2025-04-04", null],
      ["21-06-2024", "2024-06-21", null],
      ["06-21-2024", "2024-06-21", null],
    ]);
  });
  it("takes the news's day from the lead, not from a line of a date alone above it (`February 18, 2025` over `held talks in Ankara yesterday`; `earlier in the day`)", () => {
    const report = parseReport(
      "Abiy, Erdoğan sign deals in Ankara\n\nFebruary 18, 2025\n\nPrime Minister Abiy Ahmed and Turkish President Recep Tayyip Erdoğan held talks in Ankara yesterday.\n\nAbiy had earlier in the day laid a wreath at Anıtkabir.",
      { referenceDate: "2025-02-18" },
    );
    expect(report.timexes.map((t) => [t.text, t.value])).toEqual([["February 18, 2025", "2025-02-18"], ["yesterday", "2025-02-17"], ["the day", "2025-02-17"]]);
  });
  it("keeps the days that open the lines of a timeline in order, not past the one before into another year (`* March 18 - …`, `* May 19 - … Trump says … will start talks`)", () => {
    const text = "Here is a timeline of their contacts:\n\n* Feb. 12 - Trump and Putin hold a phone call.\n\n* March 18 - Putin agrees to a pause in strikes.\n\n* May 19 - Trump says Russia and Ukraine will start talks.\n\n* Aug. 6 - Witkoff meets Putin in Moscow.";
    expect(values(text, { referenceDate: "2025-08-14" }).map((v) => v[1])).toEqual(["2025-02-12", "2025-03-18", "2025-05-19", "2025-08-06"]);
  });
  it("reads a day, a month's name and a year joined by hyphens as a date (`CGTN 14-Apr-2025`)", () => {
    expect(values("CGTN\n14-Apr-2025\n\nXi held talks in Hanoi. Filed 3-sept-2024; code 12-abc-2024.", { referenceDate: "2025-04-14" })).toEqual([
      ["14-Apr-2025", "2025-04-14", null],
      ["3-sept-2024", "2024-09-03", null],
    ]);
  });
  it("reads a month's name with a stop before its day and year as one date, no sentence's end (`Posted August. 25, 2025 07:30`)", () => {
    expect(values("Lee, Ishiba agree on ties\n\nPosted August. 25, 2025 07:30\n\nLee and Ishiba held a summit.", { referenceDate: "2025-08-25" })).toEqual([
      ["August. 25, 2025", "2025-08-25", null],
      ["07:30", "2025-08-25T07:30", null],
    ]);
  });
  it("places no meeting in a city that stands for its government after `from` or `with` (`face pressure from Beijing`, then `met at the Kuala Lumpur Convention Centre`)", () => {
    const report = parseReport(
      "Anwar Ibrahim and Ferdinand Marcos Jr. agreed on Tuesday to strengthen maritime cooperation in the South China Sea, where both countries face pressure from Beijing.\n\nThe two leaders met at the Kuala Lumpur Convention Centre on the sidelines of the 46th ASEAN Summit.",
      { referenceDate: "2025-05-27" },
    );
    expect(report.summit.location).toBe("Kuala Lumpur Convention Centre");
  });
  it("takes an envoy the dated sentence names at talks without leaders, and no place from a meeting told a span of time before (`Abbas Araghchi and US envoy Steve Witkoff held … talks`, `hours after the Jordanian monarch met … Trump at the White House`)", () => {
    const talks = parseReport("Iran's Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held a second round of indirect nuclear talks in Rome on Saturday.", { referenceDate: "2025-04-19" });
    expect(participantNames(talks)).toEqual(["Abbas Araghchi", "Steve Witkoff"]);
    const call = parseReport(
      "Egyptian President Abdel-Fattah al-Sisi and Jordan's King Abdullah II on Tuesday rejected any displacement of Palestinians from the Gaza Strip, Sisi's office said, hours after the Jordanian monarch met US President Donald Trump at the White House.\n\nIn a phone call, the two leaders stressed the need to rebuild Gaza.",
      { referenceDate: "2025-02-11" },
    );
    expect([call.summit.location, participantNames(call).length]).toEqual([null, 2]);
  });
  it("reads a capitalised `Today` after a name alone on its line, or before a verb of saying, as an outlet's (`Türkiye Today` over its date line, `Georgia Today said`)", () => {
    const ref = { referenceDate: "2025-02-04" };
    expect(values("Türkiye Today\nFebruary 4, 2025 19:20\n\nGeorgia Today said so.", ref).map((v) => v[0])).toEqual(["February 4, 2025", "19:20"]);
    expect(values("Leaders Meet Today", ref)).toEqual([["Today", "2025-02-04", null]]);
  });
  it("places no meeting where a source or a government is named by its place (`lasted about 33 minutes according to the White House`)", () => {
    const report = parseReport(
      "Trump has met Syria's interim President Ahmed al-Sharaa in the Saudi capital, Riyadh.\n\nThe meeting on Wednesday, which lasted about 33 minutes according to the White House, was the first in 25 years.",
      { referenceDate: "2025-05-14" },
    );
    expect(report.summit.location).toBe("Riyadh");
  });
  it("reads an opening `Earlier,` set off by its comma as an earlier occasion wherever its day stands (`Earlier, the two leaders met in Minsk on June 27 at the Eurasian Economic Forum`)", () => {
    const report = parseReport(
      "VALAAM, July 28. /TASS/. Russian President Vladimir Putin and his Belarusian counterpart Alexander Lukashenko are holding informal talks on Valaam Island, Kremlin Spokesman Dmitry Peskov told reporters.\n\nEarlier, the two leaders met in Minsk on June 27 at the Eurasian Economic Forum.",
      { referenceDate: "2025-07-28" },
    );
    expect(report.summit.date).toBe("2025-07-28");
  });
  it("reads one a meeting was denied with as no participant (`met … Marco Rubio on Wednesday morning, but did not get a meeting with President Donald Trump`)", () => {
    const report = parseReport(
      "Swiss President Karin Keller-Sutter met US Secretary of State Marco Rubio in Washington on Wednesday morning, but did not get a meeting with President Donald Trump, the government said.",
      { referenceDate: "2025-08-07" },
    );
    expect(participantNames(report)).toEqual(["Karin Keller-Sutter", "Marco Rubio"]);
  });
  it("reads one met at a meeting `also held` with them, past its object's words, as met elsewhere (`Albanese also held a separate meeting with Prime Minister Xanana Gusmão on Thursday morning`)", () => {
    const report = parseReport(
      "The President of the Republic, José Ramos-Horta, received the Australian Prime Minister, Anthony Albanese, on Wednesday afternoon.\n\nThe two leaders discussed maritime security.\n\nAlbanese also held a separate meeting with Prime Minister Xanana Gusmão on Thursday morning.",
      { referenceDate: "2025-08-14" },
    );
    expect(participantNames(report)).toEqual(["José Ramos-Horta", "Anthony Albanese"]);
  });
  it("leaves an `earlier` that opens a span of its own to that span (`for about 30 minutes earlier this month`), not one before a clause (`two days earlier that it was …`)", () => {
    const ref = { referenceDate: "2025-10-22" };
    expect(values("The two leaders spoke by phone for about 30 minutes earlier this month.", ref)).toEqual([
      ["30 minutes", "PT30M", "APPROX"],
      ["earlier this month", "2025-10", null],
    ]);
    expect(values("The board announced two days earlier that it was beginning the search.", ref)).toEqual([["two days earlier", "2025-10-20", null]]);
  });
  it("keeps the present of a sentence that opens on a name and its verb against a past in a clause after (`Chile holds presidential elections in November, and Boric is … barred`)", () => {
    const ref = { referenceDate: "2025-08-05" };
    const text = "Milei flew back on Tuesday night.\n\nChile holds presidential elections in November, and Boric is constitutionally barred from running again.";
    expect(values(text, ref).map((v) => v[1])).toEqual(["2025-08-05TNI", "2025-11"]);
    expect(values("Xi flew in on Friday.\n\nChinese President Xi Jinping arrives in Astana on Monday for the summit, two years after the first was held.", { referenceDate: "2025-06-15" }).map((v) => v[1])).toEqual(["2025-06-13", "2025-06-16", "P2Y"]);
  });
  it("counts no one by a name that qualifies a leader's body (`amid pressure from the Trump administration`)", () => {
    const report = parseReport("President José Raúl Mulino met with US Secretary of State Marco Rubio in Panama City on Sunday, amid pressure from the Trump administration over the Panama Canal.", { referenceDate: "2025-02-02" });
    expect(participantNames(report)).toEqual(["José Raúl Mulino", "Marco Rubio"]);
  });
  it("reads a building's name over the particles of Spanish and Portuguese names (`at the Palacio de las Garzas`, `the Palácio do Planalto`)", () => {
    const location = (text: string): string | null => parseReport(text, { referenceDate: "2025-02-02" }).summit.location;
    expect(location("President José Raúl Mulino met with US Secretary of State Marco Rubio at the Palacio de las Garzas on Sunday.")).toBe("Panama City");
    expect(location("Lula received Macron at the Palácio do Planalto on Sunday.")).toBe("Brasilia");
    expect(location("Lula received Macron at the Palácio dos Leões on Sunday.")).toBe("Palácio dos Leões");
  });
  it("reads a verb of schedules after an article or a preposition as a plural noun that dates nothing (`the chairmanship of the ECOWAS Authority of Heads of State … on Sunday`)", () => {
    const text = "President Bio, who assumed the chairmanship of the ECOWAS Authority of Heads of State and Government on Sunday, said he would work closely with Nigeria.";
    expect(values(text, { referenceDate: "2025-06-24" })).toEqual([["Sunday", "2025-06-22", null]]);
  });
  it("reads one who meets the host in a sentence opening on the day already told as at a side meeting (`On the same day, the National Leader …, Gurbanguly Berdimuhamedov, met with the President of Uzbekistan`)", () => {
    const text = "President of Turkmenistan holds talks with President of Uzbekistan\n\nOn March 6, President of Turkmenistan Serdar Berdimuhamedov held talks with President of the Republic of Uzbekistan Shavkat Mirziyoyev in Tashkent.\n\nOn the same day, the National Leader of the Turkmen people, Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov, met with the President of Uzbekistan.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-03-06" }))).toEqual(["Serdar Berdimuhamedov", "Shavkat Mirziyoyev"]);
  });
  it("reads a dateline of a city, its stop, the date and an agency before a slash as no happening of its own (`Baku. 25 September. REPORT.AZ/`)", () => {
    const text = "Aliyev and Erdogan hold meeting\n\nBaku. 25 September. REPORT.AZ/ On September 25, President Ilham Aliyev and President Recep Tayyip Erdogan held a meeting in Nakhchivan, Report informs.";
    expect(extractTimeline(text, { referenceDate: "2025-09-25" }).map((e) => `${e.value} ${e.description.slice(0, 8)}`)).toEqual(["2025-09-25 On Septe"]);
  });
  it("reads one a leader is also to meet, in another sentence of a preview, as met elsewhere (`He is also expected to meet Chinese President Xi Jinping in South Korea`)", () => {
    const text = "Trump and Lula set to meet in Kuala Lumpur\n\nPresident Trump will meet Brazilian President Luiz Inácio Lula da Silva on the sidelines of the ASEAN summit in Malaysia on Sunday, two sources tell Axios.\n\nWhat's next: Trump departs for Asia on Friday evening. He is also expected to meet Chinese President Xi Jinping in South Korea later in the trip.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-10-22" }))).toEqual(["Donald Trump", "Luiz Inacio Lula da Silva"]);
  });
  it("reads an office set off in a list an agent opens past a long office before it (`accompanied by the Minister of Foreign Affairs and International Cooperation, …, and the Chief Minister, Dr David Moinina Sengeh`)", () => {
    const report = parseReport("The President was accompanied by the Minister of Foreign Affairs and International Cooperation, Timothy Musa Kabba, and the Chief Minister, Dr David Moinina Sengeh.", { referenceDate: "2025-06-24" });
    expect(report.people.map((p) => [p.name, p.roles])).toEqual([
      ["Timothy Musa Kabba", ["Minister of Foreign Affairs and International Cooperation"]],
      ["David Moinina Sengeh", ["Chief Minister"]],
    ]);
  });
  it("leaves a spokesperson who only reports a dated happening out of its participants (`The two leaders met … on Wednesday, State House spokesperson Hussein Mohamed said`)", () => {
    const text = "Ruto, Museveni agree to resolve fuel pipeline row\n\nPresident William Ruto and his Ugandan counterpart Yoweri Museveni have agreed to fast-track talks on the oil pipeline.\n\nThe two leaders met at State House, Nairobi, on Wednesday, State House spokesperson Hussein Mohamed said in a statement.\n\nMr Ruto said Kenya would support Uganda's bid to import fuel through Mombasa.";
    const report = parseReport(text, { referenceDate: "2023-05-04" });
    expect(report.timeline.map((e) => [e.value, peopleNames(report, e.participants)])).toEqual([["2023-05-03", ["William Ruto", "Yoweri Museveni"]]]);
  });
  it("reads a minister's counterpart named after the possessive as that person, no leader of the summit (`Energy Cabinet Secretary Opiyo Wandayi and his Ugandan counterpart, Ruth Nankabirwa, attended the meeting`)", () => {
    const text = "Ruto, Museveni agree to resolve fuel pipeline row\n\nPresident William Ruto and his Ugandan counterpart Yoweri Museveni met at State House, Nairobi, on Wednesday.\n\nEnergy Cabinet Secretary Opiyo Wandayi and his Ugandan counterpart, Ruth Nankabirwa, attended the meeting.";
    const report = parseReport(text, { referenceDate: "2023-05-04" });
    expect(participantNames(report)).toEqual(["William Ruto", "Yoweri Museveni"]);
    expect(report.people.find((p) => p.name === "Yoweri Museveni")?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Museveni", "his Ugandan counterpart", "Yoweri Museveni"]);
  });
  it("reads a dated meeting of others than a headline's pair as another meeting (`Zelensky meets Trump at the White House — live updates`, then `Trump met Putin in Alaska three days ago`)", () => {
    const text = [
      "Zelensky meets Trump at the White House — live updates",
      "Last updated: Aug. 18, 2025, 9:40 p.m.",
      "9:40 p.m. Kyiv time — President Volodymyr Zelensky arrived at the White House for talks with U.S. President Donald Trump, joined later by European leaders including U.K. Prime Minister Keir Starmer.",
      '9:15 p.m. — Zelensky thanked Trump ahead of the meeting. "We are ready for a trilateral meeting," he wrote on Telegram.',
      "8:30 p.m. — Trump told reporters in the Oval Office that he would call Russian President Vladimir Putin after the talks.",
      "Trump met Putin in Alaska three days ago.",
    ].join("\n\n");
    const report = parseReport(text, { referenceDate: "2025-08-18" });
    expect([report.summit.date, report.summit.location, participantNames(report)]).toEqual(["2025-08-18", "Washington", ["Volodymyr Zelensky", "Donald Trump", "Keir Starmer"]]);
  });
  it("dates a bare clock time of a preview on the day ahead its narrative reached (`will receive … Tusk … tomorrow, Wednesday`, then `will hold talks … at 10 a.m.`)", () => {
    const text = "Federal Chancellor Merz receives Polish Prime Minister Tusk\n\nPress release 211/25\nTuesday, 8 July 2025\n\nFederal Chancellor Friedrich Merz will receive the Prime Minister of the Republic of Poland, Donald Tusk, for intergovernmental consultations in Berlin tomorrow, Wednesday.\n\nThe Federal Chancellor and the Prime Minister will hold talks in the Federal Chancellery at 10 a.m.\n\nMerz spoke to reporters at 9 a.m. on Tuesday. He left for Brussels at 1.30 p.m.";
    const report = parseReport(text, { referenceDate: "2025-07-08" });
    expect(report.timexes.filter((t) => t.type === "TIME").map((t) => [t.text, t.value])).toEqual([["10 a.m.", "2025-07-09T10:00"], ["9 a.m. on Tuesday", "2025-07-08T09:00"], ["1.30 p.m.", "2025-07-08T13:30"]]);
  });
  it("reads many states counted taking part as a meeting of many (`with some 90 countries and organisations taking part`), not states counted otherwise", () => {
    const format = (text: string): string | null => parseReport(text, { referenceDate: "2024-06-15" }).summit.format;
    expect(format("Swiss president hosts Ukraine peace conference\n\nSwiss President Viola Amherd opened a two-day conference on peace in Ukraine at the Bürgenstock resort on Saturday, with some 90 countries and organisations taking part. Ukrainian President Volodymyr Zelensky said the conference could \"make history\".")).toBe("multilateral");
    expect(format("Putin, Xi meet in Beijing\n\nPutin met Xi in Beijing on Monday, as Russia trades with 90 countries and exports to them.")).toBe("bilateral");
  });
  it("reads a meeting someone is willing to hold as none held (`said he is ready to meet Russian President Vladimir Putin \"in any format\"`)", () => {
    const text = 'Zelensky says he is ready to meet Putin "in any format"\n\nUkrainian President Volodymyr Zelensky said he is ready to meet Russian President Vladimir Putin "in any format" to end the war, in an interview with CNN that aired Sunday.\n\nZelensky met US President Donald Trump at the White House on Monday.';
    const report = parseReport(text, { referenceDate: "2025-08-24" });
    expect([report.summit.date, report.summit.location, participantNames(report)]).toEqual(["2025-08-18", "Washington", ["Volodymyr Zelensky", "Donald Trump"]]);
  });
  it("leaves out a second leader of a country whose leader the dated sentence names, who only attends (`The talks were attended by HE the Prime Minister …`)", () => {
    const text = "HH the Amir, French President hold official talks\n\nDoha: His Highness the Amir Sheikh Tamim bin Hamad Al-Thani and President of the French Republic Emmanuel Macron held official talks at the Amiri Diwan on Wednesday morning.\n\nThe talks were attended by HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani and a number of Their Excellencies the Ministers.";
    expect(participantNames(parseReport(text, { referenceDate: "2024-02-29" }))).toEqual(["Tamim bin Hamad Al-Thani", "Emmanuel Macron"]);
  });
  it("reads an office's word used of the meeting after a name as no office the name qualifies (`Emmanuel Macron held official talks`)", () => {
    const text = "Amir, French President hold talks\n\nTamim bin Hamad Al-Thani and French President Emmanuel Macron held official talks in Doha on Wednesday.";
    expect(participantNames(parseReport(text, { referenceDate: "2024-02-29" }))).toEqual(["Tamim bin Hamad Al-Thani", "Emmanuel Macron"]);
  });
  it("reads `the two prime ministers` as the summit's pair, as `the two leaders` (`On Saturday morning, the two prime ministers will travel together … to Sendai`)", () => {
    const text = "Modi arrives in Tokyo for annual summit with Ishiba\n\nPrime Minister Narendra Modi arrived in Tokyo on Friday for the India-Japan Annual Summit with Prime Minister Shigeru Ishiba.\n\nOn Saturday morning, the two prime ministers will travel together by bullet train to Sendai.";
    const report = parseReport(text, { referenceDate: "2025-08-29" });
    expect(report.timeline.map((e) => [e.value, peopleNames(report, e.participants)])).toEqual([
      ["2025-08-29", ["Narendra Modi", "Shigeru Ishiba"]],
      ["2025-08-30TMO", ["Narendra Modi", "Shigeru Ishiba"]],
    ]);
  });
  it("gives an ordinal day opening a range the month its end names (`from the 2nd to the 4th of March`), and no day to an ordinal outside one", () => {
    expect(values("The French President is on a visit to the country from the 2nd to the 4th of March. It ran from 2nd to 5th March. He came 2nd to Smith.", { referenceDate: "2025-03-03" })).toEqual([
      ["the 2nd", "2025-03-02", null],
      ["the 4th of March", "2025-03-04", null],
      ["2nd", "2025-03-02", null],
      ["5th March", "2025-03-05", null],
    ]);
  });
  it("reads no `host` in the title of the one hosted after a country of two words, and a chief cabinet secretary as a spokesperson, no participant (`will host South Korean President Lee Jae-myung`)", () => {
    const text = "Takaichi to hold first summit with Lee in Nara next week\n\nPrime Minister Sanae Takaichi will host South Korean President Lee Jae-myung in her home prefecture of Nara next Tuesday and Wednesday, the government said Friday.\n\nThe two leaders are expected to discuss North Korea, trade and exchanges between young people, Chief Cabinet Secretary Minoru Kihara told a news conference.";
    const report = parseReport(text, { referenceDate: "2025-12-12" });
    expect([participantNames(report), report.people.find((p) => p.name === "Lee Jae-myung")?.roles]).toEqual([["Sanae Takaichi", "Lee Jae-myung"], ["President of South Korea", "South Korean President"]]);
  });
  it("reads the clock time of a date line the place opens as the filing's, no happening's (`KYIV, 03.09.2025 15:47`), and keeps one after the date (`March 18, 2025 19:30 The Kremlin, Moscow`)", () => {
    const filed = "Zelensky, Frederiksen discuss air defense\n\nKYIV, 03.09.2025 15:47\n\nPresident of Ukraine Volodymyr Zelensky held a meeting with Danish Prime Minister Mette Frederiksen in Copenhagen.";
    expect(extractTimeline(filed, { referenceDate: "2025-09-03" }).map((e) => e.value)).toEqual(["2025-09-03"]);
    const kremlin = "Telephone conversation with Donald Trump\n\nMarch 18, 2025 19:30 The Kremlin, Moscow\n\nVladimir Putin had a telephone conversation with President of the United States Donald Trump.";
    expect(extractTimeline(kremlin, { referenceDate: "2025-03-18" }).map((e) => e.value)).toEqual(["2025-03-18", "2025-03-18T19:30"]);
  });
  it("reads a city's dateline with the agency between slashes after the date (`New Delhi, October 14, 2025 /MONTSAME/.`), and takes no one who only invited the visit for a side of its talks", () => {
    const text = "President of Mongolia holds official talks with Prime Minister of India\n\nNew Delhi, October 14, 2025 /MONTSAME/. President of Mongolia Khurelsukh Ukhnaa, who is paying a state visit to the Republic of India on October 13-16 at the invitation of the President of India Droupadi Murmu, held official talks with Prime Minister of India Narendra Modi on October 14.";
    const report = parseReport(text, { referenceDate: "2025-10-14" });
    expect(report.summit.location).toBe("New Delhi");
    expect(participantNames(report)).toEqual(["Ukhnaagiin Khurelsukh", "Narendra Modi"]);
    // (The dateline is no happening of its own.)
    expect(report.timeline.map((e) => e.value)).toEqual(["2025-10-13", "2025-10-14"]);
  });
  it("takes the report's two leaders for a dated sentence that names them a pair (`The two Heads of State made the announcement yesterday …`), whatever a clause of the past says of one", () => {
    const text = "Samia, Ruto pledge to end trade barriers\n\nDar es Salaam. President Samia Suluhu Hassan and her Kenyan counterpart William Ruto have agreed to remove 14 non-tariff barriers.\n\nThe two Heads of State made the announcement yesterday at State House in Dar es Salaam after holding bilateral talks, the second since President Ruto took office in September 2022.\n\n\"We have directed our ministers to meet within thirty days,\" said President Samia.";
    const report = parseReport(text, { referenceDate: "2023-10-10" });
    expect([report.summit.date, report.summit.location, participantNames(report)]).toEqual(["2023-10-09", "Dar es Salaam", ["Samia Suluhu Hassan", "William Ruto"]]);
  });
  it("takes no one the meeting was attended by for a side of it, whatever country the text gives them (`The meeting was attended by Minister of Energy Prince Abdulaziz bin Salman, …`)", () => {
    const text = "Crown Prince, Erdogan hold official talks in Jeddah\n\nJEDDAH — Crown Prince and Prime Minister Mohammed bin Salman received Turkish President Recep Tayyip Erdogan at Al-Salam Palace in Jeddah on Monday.\n\nThe meeting was attended by Minister of Energy Prince Abdulaziz bin Salman, Foreign Minister Prince Faisal bin Farhan and Minister of Investment Khalid Al-Falih.";
    expect(participantNames(parseReport(text, { referenceDate: "2023-07-18" }))).toEqual(["Recep Tayyip Erdogan", "Mohammed bin Salman"]);
  });
  it("reads intergovernmental consultations as a meeting, placed in the city they are held in (`will receive … Donald Tusk, for intergovernmental consultations in Berlin tomorrow`)", () => {
    const text = "Chancellor Merz receives Polish Prime Minister Tusk\n\nFederal Chancellor Friedrich Merz will receive the Prime Minister of the Republic of Poland, Donald Tusk, for intergovernmental consultations in Berlin tomorrow, Wednesday. The talks at the Federal Chancellery will begin at 10 a.m.";
    const report = parseReport(text, { referenceDate: "2025-07-08" });
    expect([report.summit.location, report.summit.date, participantNames(report)]).toEqual(["Berlin", "2025-07-09", ["Friedrich Merz", "Donald Tusk"]]);
  });
  it("keeps the narrative on a range's start, not its end (`a visit from 25 to 27 February 2025`, then `On the same day`)", () => {
    const text = "Prime Minister Pham Minh Chinh holds talks with New Zealand Prime Minister Christopher Luxon\n\nOn the morning of 25 February 2025, in Hanoi, Prime Minister Pham Minh Chinh held talks with Prime Minister of New Zealand Christopher Luxon, who is paying an official visit to Viet Nam from 25 to 27 February 2025.\n\nOn the same day, Prime Minister Christopher Luxon is scheduled to call on General Secretary To Lam.";
    expect(extractTimexes(text, { referenceDate: "2025-02-25" }).map((t) => `${t.text}=${t.value}`)).toEqual(["the morning of 25 February 2025=2025-02-25TMO", "25=2025-02-25", "27 February 2025=2025-02-27", "the same day=2025-02-25"]);
  });
  it("reads the leaders' own meeting of a kind after `after their` (`after their annual consultation at Perdana Putra here today`), not a call planned for tomorrow", () => {
    const text = "Anwar, Prabowo seal deals on border\n\nKUALA LUMPUR: Prime Minister Datuk Seri Anwar Ibrahim and Indonesian President Prabowo Subianto witnessed the exchange of six memoranda of understanding after their annual consultation at Perdana Putra here today.\n\nThe Indonesian leader is also scheduled to meet the Yang di-Pertuan Agong, Sultan Ibrahim, at Istana Negara tomorrow.";
    const report = parseReport(text, { referenceDate: "2025-01-27" });
    expect([report.summit.date, report.summit.location, participantNames(report)]).toEqual(["2025-01-27", "Putrajaya", ["Anwar Ibrahim", "Prabowo Subianto"]]);
  });
  it("reads a word of distance as a meeting's only where it qualifies one (`a virtual summit`, `met online`), not `online scam networks`", () => {
    const lead = (what: string): string => `Paetongtarn, Anwar agree to boost border trade\n\nPrime Minister Paetongtarn Shinawatra and her Malaysian counterpart Anwar Ibrahim on Monday agreed ${what}.\n\nThe agreement was reached during the annual consultation held at Government House in Bangkok, according to government spokesman Jirayu Houngsub.`;
    const summitOf = (text: string): [string | null, string | null, (string | undefined)[]] => {
      const report = parseReport(text, { referenceDate: "2024-12-16" });
      return [report.summit.location, report.summit.date, participantNames(report)];
    };
    expect(summitOf(lead("to jointly crack down on online scam networks operating along the border"))).toEqual(["Bangkok", "2024-12-16", ["Paetongtarn Shinawatra", "Anwar Ibrahim"]]);
    expect(summitOf("Anwar, Anutin hold virtual summit\n\nPrime Minister Anutin Charnvirakul and Anwar Ibrahim held talks online on Monday.")[0]).toBeNull();
  });
  it("takes no aide who only reports a dated happening for one of its participants, as no spokesperson (`…, Kremlin aide Yury Ushakov told reporters`)", () => {
    const text = "Putin, Lukashenko begin talks in Minsk\n\nMINSK, June 26. /TASS/. Russian President Vladimir Putin and Belarusian leader Alexander Lukashenko have begun talks in Minsk.\n\nOn Thursday, Putin will attend a meeting of the Supreme Eurasian Economic Council, Kremlin aide Yury Ushakov told reporters earlier.";
    const report = parseReport(text, { referenceDate: "2025-06-26" });
    expect(report.timeline.map((e) => [e.value, peopleNames(report, e.participants)])).toEqual([
      ["2025-06-26", ["Vladimir Putin", "Alexander Lukashenko"]],
      ["2025-06-26", ["Vladimir Putin"]],
    ]);
  });
  it("places talks at a house in the town after it (`following talks at Farmleigh House in Dublin yesterday`)", () => {
    const summitPlace = (venue: string): string | null => parseReport(`Taoiseach and Starmer pledge reset\n\nTaoiseach Micheál Martin and British prime minister Keir Starmer have committed to an annual summit, following talks at ${venue} yesterday.`, { referenceDate: "2024-07-18" }).summit.location;
    expect(["Farmleigh House in Dublin", "Government Buildings in Dublin", "Dublin Castle"].map(summitPlace)).toEqual(["Dublin", "Dublin", "Dublin"]);
  });
  it("keeps one met at a side meeting out of the summit however the sentence names them again (`Lee also held separate talks with … Shigeru Ishiba later in the day, his first meeting with the Japanese leader`)", () => {
    const text = "Lee, Carney agree to expand cooperation\n\nPresident Lee Jae Myung and Canadian Prime Minister Mark Carney agreed to elevate cooperation during a summit on the sidelines of the G7 summit in Kananaskis, Alberta, Tuesday local time, according to the presidential office.\n\nLee also held separate talks with Japanese Prime Minister Shigeru Ishiba later in the day, his first meeting with the Japanese leader.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-06-18" }))).toEqual(["Mark Carney", "Lee Jae-myung"]);
  });
  it("reads a fiscal year written short as its year, as TimeBank values `fiscal 1989` (`FY2025`, `FY25`, `FY98`)", () => {
    expect(values("The FY2025 budget, the FY25 plan and the FY98 accounts were passed in fiscal 1999.")).toEqual([
      ["FY2025", "2025", null],
      ["FY25", "2025", null],
      ["FY98", "1998", null],
      ["fiscal 1999", "1999", null],
    ]);
  });
  it("gives what a relative clause about a person dates to that person and those it names (`Takaichi, who took office earlier this month …, told Lee`)", () => {
    const text = "Takaichi, Lee agree to stabilize ties\n\nGYEONGJU, South Korea, Oct. 30 Kyodo - Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae Myung agreed Thursday to develop ties.\n\nTakaichi, who took office earlier this month as Japan's first female prime minister, told Lee that the two countries were important neighbors.";
    const report = parseReport(text, { referenceDate: "2025-10-30" });
    expect(report.timeline.map((e) => [e.value, peopleNames(report, e.participants)])).toEqual([
      ["2025-10", ["Sanae Takaichi"]],
      ["2025-10-30", ["Sanae Takaichi", "Lee Jae-myung"]],
    ]);
  });
  it("takes no one named only in a `since` clause for a participant (`on his first official visit to China since taking power from his father Hun Sen last month`)", () => {
    const text = "Hun Manet meets Xi in Beijing on first official visit\n\nCambodian Prime Minister Hun Manet met with Chinese leader Xi Jinping at the Great Hall of the People on Friday, on his first official visit to China since taking power from his father Hun Sen last month.\n\nHun Manet said the meeting was warm. Xi called the two countries ironclad friends.";
    expect(participantNames(parseReport(text, { referenceDate: "2023-09-15" }))).toEqual(["Hun Manet", "Xi Jinping"]);
  });
  it("takes no third leader a live page quotes in another entry for a side of the meeting its headline pairs (`Zelenskyy meets Starmer in London …`, then `Macron: 'Europe must do more'`)", () => {
    const text = "Zelenskyy meets Starmer in London as European leaders rally behind Ukraine – live\n\n10.42 GMT\nZelenskyy arrives at Downing Street\n\nUkraine's president, Volodymyr Zelenskyy, has arrived at Downing Street, where he was greeted by Keir Starmer with a hug.\n\n09.15 GMT\nMacron: 'Europe must do more'\n\nFrench president Emmanuel Macron has told Le Figaro that Europe \"must do more, and faster\" to support Ukraine.\n\n\"We cannot leave the Ukrainians alone at the table with the Russians,\" he said.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-03-02" }))).toEqual(["Volodymyr Zelenskyy", "Keir Starmer"]);
  });
  it("reads a meeting word after a plural's possessive as another meeting's when `next` opens it (`the next Leaders' Retreat would be held in Singapore`)", () => {
    const text =
      "Anwar, Wong agree to speed up economic zone\n\n" +
      "PUTRAJAYA, Jan 7 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim and his Singaporean counterpart Lawrence Wong today witnessed the exchange of the agreement at the 11th Malaysia-Singapore Leaders' Retreat here.\n\n" +
      "Anwar added that the next Leaders' Retreat would be held in Singapore later this year.";
    expect(parseReport(text, { referenceDate: "2025-01-07" }).summit.location).toBe("Putrajaya");
  });
  it("places a meeting in Bogor, a town the gazetteer knows (`BOGOR, Indonesia: …`, `at Bogor Presidential Palace`)", () => {
    const text =
      "PM Wong, Prabowo reaffirm ties at first Leaders' Retreat in Bogor\n\n" +
      "BOGOR, Indonesia: Singapore and Indonesia will deepen cooperation in energy, Prime Minister Lawrence Wong said on Monday (Mar 17) after his first Leaders' Retreat with President Prabowo Subianto.\n\n" +
      "Speaking to Singapore media at the end of the retreat at Bogor Presidential Palace, Mr Wong said the two leaders had a \"very good and candid\" discussion.\n\n" +
      "The next retreat will be held in Singapore in 2026.";
    expect(parseReport(text, { referenceDate: "2025-03-17" }).summit.location).toBe("Bogor");
  });
  it("takes a header line's date over its place for the day the report was filed when the lead dates its news (`Jakarta ● Thu, February 13, 2025` over `… on Wednesday`)", () => {
    const text =
      "Prabowo, Erdoğan seal defense deals as Turkish leader visits Bogor\n\n" +
      "Yerica Lai (The Jakarta Post)\nJakarta ● Thu, February 13, 2025\n\n" +
      "President Prabowo Subianto hosted Turkish President Recep Tayyip Erdoğan at the Bogor Presidential Palace in West Java on Wednesday, where the two leaders oversaw the signing of 13 agreements.\n\n" +
      "Erdoğan is scheduled to fly to Pakistan later on Thursday.";
    const report = parseReport(text, { referenceDate: "2025-02-13" });
    expect(report.timeline.map((e) => `${e.value} ${e.description.slice(0, 9)}`)).toEqual(["2025-02-12 President", "2025-02-13 Erdoğan i"]);
  });
  it("reads the title before a name that opens a sentence within it, not past the last one's period (`… between Putin and U.S. President Donald Trump.` then `Trump last week …`)", () => {
    const text =
      "Putin Hosts Witkoff in Kremlin as Ceasefire Push Stalls\n\n" +
      "President Vladimir Putin met U.S. special envoy Steve Witkoff at the Kremlin on Thursday, Kremlin spokesman Dmitry Peskov told reporters.\n\n" +
      "Kremlin aide Yury Ushakov later described the talks as \"constructive and very useful,\" adding that the two sides had discussed a possible meeting between Putin and U.S. President Donald Trump.\n\n" +
      "Trump last week gave Russia a 10-day deadline to agree to a ceasefire or face new sanctions.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-08-07" }))).toEqual(["Vladimir Putin", "Steve Witkoff"]);
  });
  it("takes those a meeting still to come is between for no side of this one, however often named (`the possibility of a direct meeting between Putin and U.S. President Donald Trump`)", () => {
    const text =
      "Putin Hosts Witkoff in Kremlin as Ceasefire Push Stalls\n\n" +
      "President Vladimir Putin met U.S. special envoy Steve Witkoff at the Kremlin on Thursday, Kremlin spokesman Dmitry Peskov told reporters.\n\n" +
      "Kremlin aide Yury Ushakov later described the talks as \"constructive and very useful,\" adding that the two sides had discussed the possibility of a direct meeting between Putin and U.S. President Donald Trump.\n\n" +
      "Trump last week gave Russia a 10-day deadline to agree to a ceasefire or face new sanctions.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-08-07" }))).toEqual(["Vladimir Putin", "Steve Witkoff"]);
  });
  it("takes no one who speaks after a meeting another named person had for a side of it (`Zelensky said after Witkoff's visit that …`)", () => {
    const text =
      "Putin Hosts Witkoff in Kremlin as Ceasefire Push Stalls\n\n" +
      "President Vladimir Putin met U.S. special envoy Steve Witkoff at the Kremlin on Thursday, Kremlin spokesman Dmitry Peskov told reporters.\n\n" +
      "Ukrainian President Volodymyr Zelensky said after Witkoff's visit that Russia was \"only playing for time.\"";
    expect(participantNames(parseReport(text, { referenceDate: "2025-08-07" }))).toEqual(["Vladimir Putin", "Steve Witkoff"]);
  });
  it("gives a dated sentence whose subject is the meeting itself the meeting's participants (`The meeting, which took place … last Saturday, was President Mahama's first official visit …`)", () => {
    const text =
      "Mahama, Ouattara hold talks on security, cocoa in Abidjan\n\n" +
      "President John Dramani Mahama has held bilateral talks with his Ivorian counterpart, Alassane Ouattara, in Abidjan.\n\n" +
      "The meeting, which took place at the Presidential Palace in Abidjan last Saturday, was President Mahama's first official visit to Côte d'Ivoire since he assumed office on January 7, 2025.";
    const report = parseReport(text, { referenceDate: "2025-06-02" });
    const names = new Map(report.people.map((p) => [p.id, p.name]));
    expect(report.timeline.map((e) => `${e.value}: ${e.participants.map((id) => names.get(id) ?? id).join(", ")}`)).toEqual(["2025-01-07: John Dramani Mahama", "2025-05-31: John Dramani Mahama, Alassane Ouattara"]);
  });
  it("reads a year after a day and a slash as that day's (`Addis Ababa, February 16/2025 (ENA)`)", () => {
    expect(values("Addis Ababa, February 16/2025 (ENA) Prime Minister Abiy Ahmed held talks with Kenyan President William Ruto today.", { referenceDate: "2025-02-16" })).toEqual([
      ["February 16/2025", "2025-02-16", null],
      ["today", "2025-02-16", null],
    ]);
  });
  it("takes those of no known country a meeting was attended by, listed one after another, for no side of it (`attended by His Highness the Crown Prince … and His Highness the Prime Minister …`)", () => {
    const text =
      "His Highness the Amir receives Jordan's King\n\n" +
      "KUWAIT, Sept 15 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received at Bayan Palace on Monday His Majesty King Abdullah II bin Al-Hussein of the Hashemite Kingdom of Jordan and his accompanying delegation.\n\n" +
      "The meeting was attended by His Highness the Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah and His Highness the Prime Minister Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-09-15" }))).toEqual(["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Abdullah II"]);
  });
  it("takes a minister of no known country who attended talks the dated sentence gives two leaders for no side of them (`… and Foreign Minister Ayman Safadi attended the talks`)", () => {
    const text =
      "King, Sisi warn against displacement of Palestinians\n\n" +
      "AMMAN — His Majesty King Abdullah on Saturday held talks with Egyptian President Abdel Fattah El Sisi in Cairo, focusing on efforts to reach a ceasefire in Gaza.\n\n" +
      "Director of the Office of His Majesty Jafar Hassan and Foreign Minister Ayman Safadi attended the talks.";
    const names = participantNames(parseReport(text, { referenceDate: "2025-02-23" }));
    expect(names).toEqual(expect.arrayContaining(["Abdullah II", "Abdel Fattah al-Sisi"]));
    expect(names).not.toContain("Ayman Safadi");
  });
  it("gives the time of a `since` clause to those the clause names before it (`…, the first since the German chancellor took office in May`), and a participle's to the sentence's subject and those it names (`since taking power from his father Hun Sen`)", () => {
    const text =
      "Macron and Merz seek to relaunch Franco-German engine\n\n" +
      "Emmanuel Macron and Friedrich Merz met on Friday, August 29, in Toulon for a Franco-German council of ministers, the first since the German chancellor took office in May.\n\n" +
      "Hun Manet met Macron in Paris in 2024, his first visit since taking power from his father Hun Sen in August 2023.";
    const report = parseReport(text, { referenceDate: "2025-08-29" });
    const names = new Map(report.people.map((p) => [p.id, p.name]));
    expect(report.timeline.map((e) => `${e.value}: ${e.participants.map((id) => names.get(id) ?? id).join(", ")}`)).toEqual([
      "2023-08: Hun Manet, Hun Sen",
      "2024: Hun Manet, Emmanuel Macron, Hun Sen",
      "2025-05: Friedrich Merz",
      "2025-08-29: Emmanuel Macron, Friedrich Merz",
    ]);
  });
  it("takes those named after `the absence of` for no participants of what the sentence dates (`… overshadowed by the absence of … Xi Jinping and … Vladimir Putin`)", () => {
    const text =
      "BRICS leaders open Rio summit without Xi and Putin\n\n" +
      "RIO DE JANEIRO, July 6 (Reuters) - Leaders of the BRICS group of developing nations gathered in Rio de Janeiro on Sunday for a two-day summit overshadowed by the absence of Chinese President Xi Jinping and Russian President Vladimir Putin.";
    expect(parseReport(text, { referenceDate: "2025-07-06" }).timeline.map((e) => [e.value, e.participants.length])).toEqual([["2025-07-06", 0]]);
  });
  it("reads a city closed by a stop and a dash as a wire dateline, as Mexican papers write it (`Mexico City.- President Claudia Sheinbaum …`)", () => {
    const text = "Sheinbaum and Trump agree to 90-day extension\n\nMexico City.- President Claudia Sheinbaum held a telephone conversation this Thursday with her U.S. counterpart, Donald Trump.";
    expect(parseReport(text, { referenceDate: "2025-07-31" }).timeline.map((e) => e.description.slice(0, 28))).toEqual(["President Claudia Sheinbaum "]);
  });
  it("places no meeting the headline calls a phone call, its lead only a conversation (`Macron, Tebboune agree to \"reset\" ties in phone call`)", () => {
    const text = "Macron, Tebboune agree to \"reset\" ties in phone call\n\nPARIS (AFP) - French President Emmanuel Macron and his Algerian counterpart Abdelmadjid Tebboune agreed on Monday to relaunch relations after months of tension, the Elysee said, in their first conversation since the summer.";
    expect(parseReport(text, { referenceDate: "2025-03-31" }).summit.location).toBeNull();
  });
  it("reads a city and an agency's name with a dash glued to it as a wire dateline (`Ankara, SANA- President Ahmad al-Sharaa …`)", () => {
    const text = "President al-Sharaa holds talks with Erdogan in Ankara\n\nAnkara, SANA- President Ahmad al-Sharaa held talks on Tuesday with Turkish President Recep Tayyip Erdogan at the Presidential Complex in Ankara.";
    expect(parseReport(text, { referenceDate: "2025-02-04" }).timeline.map((e) => e.description.slice(0, 24))).toEqual(["President Ahmad al-Shara"]);
  });
  it("reads no day in `today's` before a noun of an age (`Modi told Putin that \"today's era is not of war\"`), and the day in `today's meeting`", () => {
    const text = "Modi and Putin pledge to shield trade from sanctions\n\nIndian Prime Minister Narendra Modi and Russian President Vladimir Putin met in Moscow on Monday. Modi told Putin that \"today's era is not of war,\" repeating a line he first used in Samarkand in 2022. Putin said today's meeting was \"very warm.\"";
    const report = parseReport(text, { referenceDate: "2025-02-11" });
    expect(report.timexes.map((t) => [t.text, t.value])).toEqual([["Monday", "2025-02-10"], ["2022", "2022"], ["today", "2025-02-11"]]);
    expect(report.timeline.map((e) => e.value)).toEqual(["2022", "2025-02-10", "2025-02-11"]);
  });
  it("reads no apposition's name in a list's next item after an office set off by commas (`Ravi Kumar, Minister of Foreign Affairs, and Ambassador Amit Narang`)", () => {
    const text = "His Majesty the Sultan Receives Indian Prime Minister\n\nMuscat, 18 Dec (ONA) --- His Majesty Sultan Haitham bin Tarik received Narendra Modi, Prime Minister of India, at Al Barakah Palace today.\n\nOn the Indian side, the audience was attended by Dr. Ravi Kumar, Minister of Foreign Affairs, and Ambassador Amit Narang.";
    expect(parseReport(text, { referenceDate: "2025-12-18" }).people.map((p) => [p.name, p.roles])).toEqual([
      ["Haitham bin Tarik", ["Sultan of Oman"]],
      ["Narendra Modi", ["Prime Minister of India"]],
      ["Ravi Kumar", ["Minister of Foreign Affairs"]],
      ["Amit Narang", ["Ambassador"]],
    ]);
  });
  it("reads a date line under a byline below the standfirst as the report's own time, no event (`By Sam Coates, deputy political editor` over `Thursday 18 September 2025 16:05, UK`)", () => {
    const text =
      "Starmer and Trump hail 'special relationship' at Chequers\n\n" +
      "Sir Keir Starmer and Donald Trump have signed a technology pact worth billions of pounds after talks at Chequers, on the final day of the US president's state visit.\n\n" +
      "By Sam Coates, deputy political editor\n\n" +
      "Thursday 18 September 2025 16:05, UK\n\n" +
      "The prime minister and Mr Trump met at the Buckinghamshire country retreat this morning.";
    expect(parseReport(text, { referenceDate: "2025-09-18" }).timeline.map((e) => [e.value, e.description.slice(0, 16)])).toEqual([["2025-09-18TMO", "The prime minist"]]);
  });
  it("reads a weekday after `before` and a verb in -ing as the day named before it when it is that day (`address Parliament tomorrow before returning to Lusaka on Wednesday`)", () => {
    const text = "Museveni, Hichilema pledge to deepen trade ties\n\nPresident Museveni met his Zambian counterpart, Mr Hakainde Hichilema, at State House Entebbe yesterday. Mr Hichilema is expected to address Parliament tomorrow before returning to Lusaka on Wednesday.";
    expect(parseReport(text, { referenceDate: "2025-06-10" }).timexes.map((t) => [t.text, t.value])).toEqual([["yesterday", "2025-06-09"], ["tomorrow", "2025-06-11"], ["Wednesday", "2025-06-11"]]);
  });
  it("reads a day ahead of a meeting that words in lower case qualify as no day of it (`landed in Washington on Sunday night ahead of his third meeting with U.S. President Donald Trump`)", () => {
    const text =
      "Netanyahu Lands in Washington for Third Trump Meeting\n\n" +
      "WASHINGTON – Prime Minister Benjamin Netanyahu landed in Washington on Sunday night ahead of his third meeting with U.S. President Donald Trump since the start of Trump's second term.\n\n" +
      "Netanyahu is set to meet Trump at the White House on Monday evening.";
    expect(parseReport(text, { referenceDate: "2025-07-07" }).summit.date).toBe("2025-07-07");
  });
  it("places no meeting in the city of another the news comes ahead of (`…, ahead of the informal meeting on Cyprus in New York later this month`)", () => {
    const text =
      "Christodoulides and Mitsotakis discuss Cyprus problem ahead of UN meeting\n\n" +
      "President Nikos Christodoulides and Greek Prime Minister Kyriakos Mitsotakis on Monday reviewed the latest developments on the Cyprus problem, ahead of the informal meeting on Cyprus in New York later this month.\n\n" +
      "The two leaders met at the Maximos Mansion in Athens for about an hour and a half, followed by a working lunch.";
    expect(parseReport(text, { referenceDate: "2025-06-30" }).summit.location).toBe("Athens");
  });
  it("gives a time as near a verb of saying before it as a modal after it the saying's tense (`Trump said on Thursday he would meet Putin`)", () => {
    const text = "Explainer: Why Trump and Putin are meeting in Budapest\n\nU.S. President Donald Trump said on Thursday he would meet Russian President Vladimir Putin in Budapest. Trump said that on Monday he would call Zelensky.";
    expect(parseReport(text, { referenceDate: "2025-10-17" }).timexes.map((t) => [t.text, t.value])).toEqual([["Thursday", "2025-10-16"], ["Monday", "2025-10-20"]]);
  });
  it("places a meeting at a venue written after `on`, a hill's or a street's (`met with a bipartisan group of senators on Capitol Hill`)", () => {
    const text = "Senators press Zelensky on war aims in closed-door meeting\n\nUkrainian President Volodymyr Zelensky met with a bipartisan group of senators on Capitol Hill on Thursday, pressing for new sanctions on Russia.";
    expect(parseReport(text, { referenceDate: "2025-09-18" }).summit.location).toBe("Washington");
  });
  it("reads one met later in the day, the adverb after the one met or in the clause of one who met, as at a side event (`Chancellor Friedrich Merz, who met Nawrocki later in the day at the Chancellery`)", () => {
    const lead = "Steinmeier receives Nawrocki in Berlin\n\nFederal President Frank-Walter Steinmeier received Polish President Karol Nawrocki at Bellevue Palace on Tuesday, the first visit by the new Polish head of state to Germany.\n\n";
    for (const line of ["Chancellor Friedrich Merz, who met Nawrocki later in the day at the Chancellery, said Germany was aware of its historical responsibility.", "Nawrocki met Chancellor Friedrich Merz later in the day at the Chancellery."]) {
      expect(participantNames(parseReport(lead + line, { referenceDate: "2025-09-16" })), line).toEqual(["Frank-Walter Steinmeier", "Karol Nawrocki"]);
    }
  });
  it("reads a weekday and `week` as the British say it, a week after the coming one (`will meet Emmanuel Macron in London on Thursday week`)", () => {
    const text = "Starmer and Macron to hold talks on small boats\n\nKeir Starmer will meet Emmanuel Macron in London on Thursday week, Downing Street has confirmed. The two leaders last met in Paris on Thursday.";
    expect(parseReport(text, { referenceDate: "2025-04-02" }).timexes.map((t) => [t.text, t.value])).toEqual([["Thursday week", "2025-04-10"], ["Thursday", "2025-03-27"]]);
  });
  it("counts no one whose own clause meets a participant on another day as a side of the meeting (`Ukrainian President Volodymyr Zelensky, who meets Trump on Friday, did not immediately comment`)", () => {
    const text = "Trump says Putin call was 'very productive'\n\nDonald Trump said he had a \"very productive\" phone call with Vladimir Putin on Thursday.\n\nUkrainian President Volodymyr Zelensky, who meets Trump on Friday, did not immediately comment.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-10-17" }))).toEqual(["Donald Trump", "Vladimir Putin"]);
  });
  it("places a meeting by a later sentence in which the two leaders met somewhere, not by the bureau's dateline (`ISLAMABAD: …` then `The two leaders met at the Great Hall of the People in Beijing`)", () => {
    const text = "PM Shehbaz, Chinese Premier Li discuss CPEC 2.0\n\nISLAMABAD: Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang on Tuesday agreed to accelerate work on the second phase of the China-Pakistan Economic Corridor, according to a statement issued by the PM Office.\n\nThe two leaders met at the Great Hall of the People in Beijing, where PM Shehbaz was accorded a guard of honour.";
    expect(parseReport(text, { referenceDate: "2025-09-02" }).summit.location).toBe("Beijing");
  });
  it("reads no person in a name that ends on a natural feature's word (`around the Senkaku Islands, a Japanese government official told reporters`)", () => {
    const text = "Takaichi, Xi agree to pursue ties\n\nJapanese Prime Minister Sanae Takaichi and Chinese President Xi Jinping met on Friday. Takaichi expressed \"serious concern\" over China's military activities around the Senkaku Islands, a Japanese government official told reporters.";
    expect(parseReport(text, { referenceDate: "2025-10-31" }).people.map((p) => p.name)).toEqual(["Sanae Takaichi", "Xi Jinping"]);
  });
  it("reckons no day for a happening after `a week after` that dates itself (`The meeting came a week after Takaichi … took office on Oct. 21`)", () => {
    const text = "Takaichi, Xi agree to pursue ties\n\nJapanese Prime Minister Sanae Takaichi and Chinese President Xi Jinping met on Friday.\n\nThe meeting came a week after Takaichi, Japan's first female prime minister, took office on Oct. 21.";
    expect(parseReport(text, { referenceDate: "2025-10-31" }).timeline.map((e) => e.value)).toEqual(["2025-10-21", "2025-10-31"]);
  });
  it("still reckons the day of a happening after `three days after` whose date only bounds a span (`… for their first in-person summit since 2019`)", () => {
    const text = "Putin and Trump discuss Ukraine by phone\n\nVladimir Putin and Donald Trump held a phone call on Monday evening, Kremlin aide Yuri Ushakov told journalists.\n\nThe call came three days after Putin and Trump met at a military base in Anchorage, Alaska, for their first in-person summit since 2019.";
    expect(parseReport(text, { referenceDate: "2025-08-19" }).timeline.map((e) => e.value)).toEqual(["2025-08-15", "2025-08-18TEV"]);
  });
  it("reads a headline of two sentences above the page's date line as the header, and that time on its day as the day posted (`2:15 pm, August 19, 2025`)", () => {
    const text =
      "Putin and Trump spoke by phone for more than two hours. Here's what the Kremlin says they discussed.\n\n2:15 pm, August 19, 2025\nSource: Meduza\n\n" +
      "Vladimir Putin and Donald Trump held a phone call on Monday evening that lasted more than two hours, Kremlin aide Yuri Ushakov told journalists.\n\n" +
      "Ushakov declined to say where a meeting with Volodymyr Zelensky might take place.";
    const report = parseReport(text, { referenceDate: "2025-08-19" });
    expect(report.blocks.map((b) => b.kind)).toEqual(["heading", "heading", "paragraph", "paragraph"]);
    expect(report.summit.date).toBe("2025-08-18");
    expect(report.timeline.map((e) => e.value)).toEqual(["2025-08-18TEV"]);
  });
  it("keeps out of the summit a side of a meeting someone makes arrangements or plans for (`began arrangements for a meeting between Putin and Volodymyr Zelensky`)", () => {
    const text =
      "Putin and Trump talk by phone\n\nVladimir Putin and Donald Trump held a phone call on Monday evening that lasted more than two hours, Kremlin aide Yuri Ushakov told journalists.\n\n" +
      "After the call, Trump began arrangements for a meeting between Putin and Volodymyr Zelensky.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-08-19" }))).toEqual(["Vladimir Putin", "Donald Trump"]);
  });
  it("reads a meeting only quoted in a sentence as no sign of its speaker at the summit (`Zelensky told reporters he was \"ready for a meeting\" with Putin`)", () => {
    const text =
      "Putin and Trump talk by phone\n\nVladimir Putin and Donald Trump held a phone call on Monday evening that lasted more than two hours, Kremlin aide Yuri Ushakov told journalists.\n\n" +
      "Zelensky told reporters he was \"ready for a meeting\" with Putin \"in any format.\"";
    expect(participantNames(parseReport(text, { referenceDate: "2025-08-19" }))).toEqual(["Vladimir Putin", "Donald Trump"]);
  });
  it("reads hours, minutes and seconds in brackets as a place in a recording, no time of day (`[00:01:10] RAJ MEHTA: …`)", () => {
    const text =
      "The Briefing Room: What came out of the Modi-Albanese summit?\n\nEpisode 214 | March 11, 2025\n\n" +
      "[00:00:05] HOST (Sarah Whitfield): Welcome back. Prime Minister Anthony Albanese met Indian Prime Minister Narendra Modi in New Delhi on Monday.\n\n" +
      "[00:01:10] RAJ MEHTA: Officials are now saying a trade deal is more likely by mid-2026, at 10:30 a.m. on Tuesday.";
    const report = parseReport(text, { referenceDate: "2025-03-11" });
    expect(report.timexes.map((t) => [t.text, t.value])).toEqual([["March 11, 2025", "2025-03-11"], ["Monday", "2025-03-10"], ["now", "PRESENT_REF"], ["mid-2026", "2026"], ["10:30 a.m. on Tuesday", "2025-03-11T10:30"]]);
  });
  it("makes no event of a bare date after `since`, which only opens a span, but keeps one that owns a happening (`since 2019`, `since Monday's debate`)", () => {
    const text =
      "Trump and Putin meet in Alaska\n\nTrump and Putin met at Joint Base Elmendorf-Richardson in Anchorage on Friday, their first in-person summit since 2019.\n\n" +
      "Putin's approval has risen since Monday's meeting, a poll found.";
    expect(parseReport(text, { referenceDate: "2025-08-16" }).timeline.map((e) => e.value)).toEqual(["2025-08-11", "2025-08-15"]);
  });
  it("gives the day of a participle's `since` clause to the sentence's subject and those the clause names, not to whom the subject met (`… since taking office in May`)", () => {
    const text =
      "Merz seeks reset with Erdogan\n\nGerman Chancellor Friedrich Merz met Turkish President Recep Tayyip Erdogan in Ankara on Thursday, his first trip to Turkey since taking office in May.\n\n" +
      "Cambodian Prime Minister Hun Manet met Xi Jinping on Friday, his first visit since taking power from his father Hun Sen in August 2023.";
    const report = parseReport(text, { referenceDate: "2025-10-31" });
    const namesOf = (value: string): string[] => report.timeline.find((e) => e.value === value)?.participants.map((id) => report.people.find((p) => p.id === id)?.name ?? id) ?? [];
    expect(namesOf("2025-05")).toEqual(["Friedrich Merz"]);
    expect(namesOf("2023-08").sort()).toEqual(["Hun Manet", "Hun Sen"]);
  });
  it("reads `the two heads of government` in a sentence that names two people of its own as those two, not the summit's pair", () => {
    const text =
      "King Mohammed VI receives Spanish PM Pedro Sanchez in Rabat\n\nKing Mohammed VI received Spanish Prime Minister Pedro Sanchez at the Royal Palace in Rabat on Wednesday.\n\n" +
      "Earlier in the day, Sanchez held talks with Prime Minister Aziz Akhannouch, after which the two heads of government chaired the 13th Morocco-Spain High-Level Meeting.\n\n" +
      "The two leaders also discussed migration on Wednesday.";
    const report = parseReport(text, { referenceDate: "2025-12-04" });
    const names = new Map(report.people.map((p) => [p.id, p.name]));
    expect(report.timeline.map((e) => e.participants.map((id) => names.get(id)).sort().join(", "))).toEqual(["Mohammed VI, Pedro Sanchez", "Aziz Akhannouch, Pedro Sanchez", "Mohammed VI, Pedro Sanchez"]);
  });
  it("gives a happening dated back from the sentence's day to those named after the distance, unless a pronoun there stands for someone before (`a day after Starmer arrived in India`)", () => {
    const names = (text: string, ref: string): string[][] => {
      const report = parseReport(text, { referenceDate: ref });
      const byId = new Map(report.people.map((p) => [p.id, p.name]));
      return report.timeline.map((e) => e.participants.map((id) => byId.get(id) ?? id));
    };
    const modi = "PM Modi, UK PM Starmer hold talks in Mumbai\n\nPrime Minister Narendra Modi and his British counterpart Keir Starmer held bilateral talks in Mumbai on Thursday, a day after Starmer arrived in India on his first official visit as PM.";
    expect(names(modi, "2025-10-09")).toEqual([["Keir Starmer"], ["Narendra Modi", "Keir Starmer"]]);
    const sanders = "Sanders looks ahead\n\nOn Monday I met with Bernie Sanders in his office, two days after his endorsement of Hillary Clinton.";
    expect(names(sanders, "2016-07-26")).toEqual([["Bernie Sanders", "Hillary Clinton"], ["Bernie Sanders", "Hillary Clinton"]]);
  });
  it("places a meeting at a Gulf ruler's palace in its city (`received at Bayan Palace`)", () => {
    const text = "Amir receives Lebanese President\n\nKUWAIT: His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received at Bayan Palace on Sunday Lebanese President Joseph Aoun, who is on an official visit to the country.";
    expect(parseReport(text, { referenceDate: "2025-04-14" }).summit.location).toBe("Kuwait City");
  });

  it("dates the meeting by a day its aide gives it, the aide's owner no second pair with the aide (`Nawrocki's chief of staff, Zbigniew Bogucki, told TVN24 that the meeting on Wednesday …`)", () => {
    const text =
      "Nawrocki meets Zelensky for first time\n\nPoland's President Karol Nawrocki has met Volodymyr Zelensky for the first time since taking office, with the two presidents holding talks in New York.\n\n" +
      'Nawrocki\'s chief of staff, Zbigniew Bogucki, told broadcaster TVN24 that the meeting on Wednesday was "very businesslike" and lasted around 40 minutes.';
    expect(parseReport(text, { referenceDate: "2025-09-25" }).summit.date).toBe("2025-09-24");
    // (A possessor of the meeting is one of its pair still: `Duda's meeting with Tusk on Wednesday` is another meeting.)
    const other = text.replace("Nawrocki's chief of staff, Zbigniew Bogucki, told broadcaster TVN24 that the meeting on Wednesday", "Duda's meeting with Tusk on Wednesday");
    expect(parseReport(other, { referenceDate: "2025-09-25" }).summit.date).toBe("2025-09-25");
  });

  it("counts a state's deputy leader the dated sentence names among a meeting's sides when no leader is there (`Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng began two days of talks`)", () => {
    const text = "US-China trade talks in Geneva: What we know so far\n\nUS Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng began two days of talks at a villa on the shores of Lake Geneva on Saturday, May 10.";
    const report = parseReport(text, { referenceDate: "2025-05-11" });
    expect([participantNames(report), report.summit.format]).toEqual([["Scott Bessent", "He Lifeng"], "bilateral"]);
    // (Not a firm's: `says Neal Litvack, a Fidelity vice president`.)
    const firm = parseReport("Fund managers held talks in New York on Friday, says Neal Litvack, a Fidelity vice president.", { referenceDate: "1989-10-28" });
    expect(participantNames(firm)).toEqual([]);
  });

  it("places a meeting at a building's name in the town another sentence names (`signed … at State House`, `Mottley, who arrived in Georgetown on Sunday`)", () => {
    const text =
      "Ali, Mottley sign agri-food deal\n\nPresident Irfaan Ali and Barbados Prime Minister Mia Mottley yesterday signed a memorandum of understanding on agriculture at State House.\n\n" +
      "Mottley, who arrived in Georgetown on Sunday, praised what she called Guyana's vision and courage.";
    expect(parseReport(text, { referenceDate: "2024-10-01" }).summit.location).toBe("Georgetown");
    // (With no town named, the building stays.)
    expect(parseReport(text.replace("who arrived in Georgetown on Sunday", "who arrived on Sunday"), { referenceDate: "2024-10-01" }).summit.location).toBe("State House");
  });

  it("gives a happening to the one a `he` or `she` stands for after a short opening phrase (`On Wednesday, he is scheduled to visit Kaunas`)", () => {
    const text = "Karis, Nauseda discuss defense cooperation\n\nVILNIUS - Estonian President Alar Karis and his Lithuanian counterpart Gitanas Nauseda on Tuesday discussed regional security.\n\nKaris is on a two-day state visit to Lithuania. On Wednesday, he is scheduled to visit Kaunas and meet with students.";
    const report = parseReport(text, { referenceDate: "2025-04-08" });
    const kaunas = report.timeline.find((e) => e.value === "2025-04-09");
    expect(kaunas?.participants.map((id) => report.people.find((p) => p.id === id)?.name)).toEqual(["Alar Karis"]);
  });

  it("gives a sentence whose subject is the meeting the summit's sides on a part of its day too (`The meeting, held at the Heritage Park Hotel yesterday afternoon, …`)", () => {
    const text =
      "PM Manele, NZ PM Luxon hold bilateral talks\n\nPRIME Minister Jeremiah Manele has held bilateral talks with New Zealand Prime Minister Christopher Luxon in Honiara.\n\n" +
      "The meeting, held at the Heritage Park Hotel yesterday afternoon, focused on policing and labour mobility.";
    const report = parseReport(text, { referenceDate: "2025-09-10" });
    const names = (id: string): string | undefined => report.people.find((p) => p.id === id)?.name;
    expect(report.timeline.map((e) => [e.value, e.participants.map(names)])).toEqual([["2025-09-09TAF", ["Jeremiah Manele", "Christopher Luxon"]]]);
  });

  it("reads an em dash closed up between words as a dash, not a hyphen (`TOKYO—President Ferdinand Marcos Jr.`, `Graham—who had endorsed Bush—said`)", () => {
    const text = "Marcos, Ishiba vow stronger defense ties\n\nTOKYO\u2014President Ferdinand Marcos Jr. and Japanese Prime Minister Shigeru Ishiba on Tuesday agreed to step up defense cooperation.\n\nThe President is expected to return to Manila on Thursday night.";
    expect(parseReport(text, { referenceDate: "2025-06-03" }).summit.location).toBe("Tokyo");
    const names = parseReport("On Monday, Lindsey Graham\u2014who had endorsed Jeb Bush\u2014said he would back Ted Cruz\u2014the senator from Texas.").people.map((p) => p.name);
    expect(names).toEqual(["Lindsey Graham", "Jeb Bush", "Ted Cruz"]);
  });

  it("reads a weekday's part of the day and the date after it as one expression (`Tuesday evening, September 9`)", () => {
    expect(values("Marcos is set to fly back to Manila on Tuesday evening, September 9.", { referenceDate: "2025-09-08" })).toEqual([["Tuesday evening, September 9", "2025-09-09TEV", null]]);
    // (A date after a part of the day that is no weekday's stays its own: `this evening, September 9`.)
    expect(values("They met yesterday evening, then again on September 9.", { referenceDate: "2025-09-08" }).map((v) => v[0])).toEqual(["yesterday evening", "September 9"]);
  });

  it("places a meeting in the town after a building's name and its comma (`at State House, Nairobi`), before a town a clause of another time names", () => {
    const text = "Ruto, Samia bury the hatchet\n\nPresident William Ruto on Tuesday hosted Tanzanian President Samia Suluhu Hassan at State House, Nairobi, in a meeting seen as an effort to mend ties strained by the detention of Kenyan activists in Dar es Salaam in May.";
    expect(parseReport(text, { referenceDate: "2025-10-08" }).summit.location).toBe("Nairobi");
  });

  it("reads no `after` of a headline above as opening the lead's phrase of a day (`… bury the hatchet after months of cold relations` over `… on Tuesday hosted …`)", () => {
    const text = "Ruto, Samia bury the hatchet after months of cold relations\n\nPresident William Ruto on Tuesday hosted Tanzanian President Samia Suluhu Hassan at State House, Nairobi, in a meeting seen as an effort to mend ties strained by the detention of Kenyan activists in Dar es Salaam in May.";
    expect(parseReport(text, { referenceDate: "2025-10-08" }).summit.date).toBe("2025-10-07");
  });

  it("names a meeting's sides from the lead's sentence of the meeting where only the wire dateline dates it (`MOSCOW, December 3. /TASS/. The talks between …`)", () => {
    const text = "Putin, Witkoff talks in Kremlin last almost five hours - Ushakov\n\nMOSCOW, December 3. /TASS/. The talks between Russian President Vladimir Putin and US Special Presidential Envoy Steve Witkoff in the Kremlin lasted almost five hours, Presidential Aide Yury Ushakov told reporters.";
    const report = parseReport(text, { referenceDate: "2025-12-03" });
    expect([participantNames(report), report.summit.format]).toEqual([["Vladimir Putin", "Steve Witkoff"], "bilateral"]);
  });

  it("places a meeting by `The leaders met in …` under a bureau's dateline when the meeting's sentence names two leaders (`SEOUL, South Korea (AP) —` over `The leaders met in Pyongyang`)", () => {
    const text =
      "Putin and Kim sign pact pledging mutual aid\n\nSEOUL, South Korea (AP) — Russian President Vladimir Putin and North Korean leader Kim Jong Un signed an agreement Wednesday pledging mutual aid.\n\n" +
      "The leaders met in Pyongyang, where Putin was making his first visit in 24 years.";
    expect(parseReport(text, { referenceDate: "2024-06-19" }).summit.location).toBe("Pyongyang");
  });
  it("leaves out of the meeting one the dated sentence names, after the two who met, only as the owner of a thing", () => {
    const lead = (rest: string): string =>
      "Carney and Sheinbaum talk trade in Mexico City\n\nMEXICO CITY — Prime Minister Mark Carney and Mexican President Claudia Sheinbaum " + rest;
    const owner = parseReport(lead("pledged Thursday to deepen ties as both navigate U.S. President Donald Trump's tariffs."), { referenceDate: "2025-09-19" });
    expect(participantNames(owner)).toEqual(["Mark Carney", "Claudia Sheinbaum"]);
    expect(owner.summit.date).toBe("2025-09-18");
    // (One who owns the meeting is at it: `Trump's meeting with them`.)
    const host = parseReport(lead("met Thursday for Donald Trump's meeting with them."), { referenceDate: "2025-09-19" });
    expect(participantNames(host)).toContain("Donald Trump");
  });
  it("reads a host's welcome of a visitor to a place as a meeting, so a preview's week narrows to the talks' day", () => {
    const text =
      "Prime Minister to meet Chinese Premier in Wellington\n\nPrime Minister Christopher Luxon will welcome Premier of the State Council of the People's Republic of China Li Qiang to New Zealand next week.\n\n" +
      "Mr Luxon and Premier Li will hold formal talks in Wellington on 13 June and attend a business event in Auckland on 15 June.";
    const report = parseReport(text, { referenceDate: "2024-06-06" });
    expect(report.summit.date).toBe("2024-06-13");
    expect(report.summit.location).toBe("Wellington");
  });
  it("dates a preview whose lead gives no time by the first day ahead a later sentence gives its talks", () => {
    const text =
      "Prime Minister to meet Chinese Premier\n\nPrime Minister Christopher Luxon will host Premier Li Qiang in New Zealand.\n\n" +
      "Foreign Minister Winston Peters visited Beijing on 2 June.\n\nMr Luxon and Premier Li will hold formal talks in Wellington on 13 June and attend a business event in Auckland on 15 June.";
    const report = parseReport(text, { referenceDate: "2024-06-06" });
    expect(report.summit.date).toBe("2024-06-13");
    expect(participantNames(report)).toEqual(["Christopher Luxon", "Li Qiang"]);
  });
  it("places no one at the meeting whom only the judgement of analysts or experts names", () => {
    const text =
      "German Chancellor Friedrich Merz on Tuesday received Polish President Karol Nawrocki in Berlin.\n\n" +
      "Analysts say the visit shows the limits of the reset in relations that Poland's previous government under Donald Tusk had pursued.";
    const report = parseReport(text, { referenceDate: "2025-09-17" });
    expect(participantNames(report)).toEqual(["Friedrich Merz", "Karol Nawrocki"]);
    // (What officials report is the report's news: they place whom they name.)
    const told = parseReport(text.replace("Analysts say the visit shows the limits of the reset in relations that Poland's previous government under Donald Tusk had pursued.", "Officials said Lithuanian President Gitanas Nauseda also joined the talks."), { referenceDate: "2025-09-17" });
    expect(participantNames(told)).toContain("Gitanas Nauseda");
  });
  it("places at the meeting the one a `he` or `she` opening its dated sentence stands for", () => {
    const report = parseReport("Narendra Modi arrived in Tianjin on August 30th. He met Xi Jinping on August 31st.", { referenceDate: "2025-09-04" });
    expect(report.summit.date).toBe("2025-08-31");
    expect(participantNames(report)).toEqual(["Narendra Modi", "Xi Jinping"]);
  });
  it("reads a `he` or `she` after an opening phrase of time without its comma as the sentence's subject, not one after a verb", () => {
    const report = parseReport("Narendra Modi arrived in Tianjin on August 30th. The next day he met Xi Jinping.", { referenceDate: "2025-09-04" });
    expect(participantNames(report)).toEqual(["Narendra Modi", "Xi Jinping"]);
    const campaign = parseReport("Bernie Sanders spoke in Iowa. His campaign said he ended December with $28 million.", { referenceDate: "2016-01-04" });
    expect(campaign.timeline.find((e) => e.value === "2015-12")?.participants).toEqual([]);
  });
  it("leaves out one who met a side on the meeting's day, `Earlier the same day`", () => {
    const text =
      "Party General Secretary To Lam held talks with Lao President Thongloun Sisoulith in Hanoi on Tuesday.\n\nThe two leaders agreed to strengthen connectivity.\n\n" +
      "Earlier the same day, Prime Minister Pham Minh Chinh met the Lao leader and discussed the expressway project.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-09-10" }))).toEqual(["To Lam", "Thongloun Sisoulith"]);
  });
  it("dates the meeting by the day of bare `talks` after `after`, not the guest's arrival the day before", () => {
    const text =
      "Ruto and Museveni patch up oil pipeline row\n\nKenya's President William Ruto and his Ugandan counterpart Yoweri Museveni have agreed to resolve a dispute over fuel, after talks at State House in Nairobi on Saturday.\n\n" +
      "The Ugandan leader arrived in Nairobi on Friday evening for a two-day visit.";
    expect(parseReport(text, { referenceDate: "2025-03-09" }).summit.date).toBe("2025-03-08");
  });
  it("dates forward what an invitation to act names, whatever the tense of accepting it", () => {
    const report = parseReport("Presidential aide Yuri Ushakov told Russian media that Putin had accepted Xi's invitation to visit China in the autumn. He sent an invitation on Monday.", { referenceDate: "2025-01-22" });
    expect(report.timexes.map((t) => [t.text, t.value])).toEqual([
      ["the autumn", "2025-FA"],
      ["Monday", "2025-01-20"],
    ]);
  });
  it("places the meeting at a known seat that a sentence right after the lead names, dated no other time (`The signing took place at Ilaro Court following bilateral talks`)", () => {
    const lead = "Mottley, Ruto sign pact\n\nPrime Minister Mia Amor Mottley and visiting Kenyan President William Ruto yesterday signed an air services agreement.\n\n";
    const at = (seat: string): string | null => parseReport(lead + `The signing took place at ${seat} following bilateral talks.`, { referenceDate: "2025-11-19" }).summit.location;
    expect(at("the Elysee Palace")).toBe("Paris");
    expect(at("Ilaro Court")).toBe("Bridgetown");
    // (Not one an earlier meeting was held at.)
    expect(parseReport(lead + "The two last met at the Elysee Palace in 2023.", { referenceDate: "2025-11-19" }).summit.location).toBeNull();
  });
  it("takes no one who describes the meeting as something, named around it, for a side (`Michelle O'Neill, the First Minister, described the summit as \"positive\"`)", () => {
    const text =
      "Taoiseach and Prime Minister pledge new chapter\n\nMicheál Martin and Keir Starmer met on Thursday for a day of talks.\n\n" +
      'Michelle O\'Neill, the First Minister, described the summit as "positive". The Taoiseach said the talks went well.';
    expect(participantNames(parseReport(text, { referenceDate: "2025-03-07" }))).toEqual(["Micheál Martin", "Keir Starmer"]);
    // (One at the meeting who describes it stays: `Putin described the meeting as "useful"`.)
    const own = parseReport('Trump met Putin in Alaska on Friday. Putin described the meeting as "useful".', { referenceDate: "2025-08-16" });
    expect(participantNames(own)).toEqual(["Donald Trump", "Vladimir Putin"]);
  });
  it("places the meeting in the town after its venue's name, known or not (`at the Presidential Residence Kultaranta in Naantali`)", () => {
    const lead = "Stubb hosts Kristersson\n\nPresident Alexander Stubb hosted Swedish Prime Minister Ulf Kristersson at the Presidential Residence Kultaranta in Naantali, near Turku, on Tuesday 10 June.";
    expect(parseReport(lead, { referenceDate: "2025-06-11" }).summit.location).toBe("Naantali");
    expect(parseReport("Stubb hosts Kristersson\n\nStubb met Kristersson at the Royal Palace in Stockholm on Tuesday.", { referenceDate: "2025-06-11" }).summit.location).toBe("Stockholm");
  });
  it("takes a meeting that is prepared for as one still to come, whose city places no other (`discussed preparations for the NATO summit in The Hague`)", () => {
    const text =
      "Stubb hosts Kristersson\n\nPresident Alexander Stubb hosted Swedish Prime Minister Ulf Kristersson at the Presidential Residence Kultaranta in Naantali on Tuesday 10 June.\n\n" +
      "The discussions focused on preparations for the NATO summit in The Hague at the end of the month.";
    expect(parseReport(text, { referenceDate: "2025-06-11" }).summit.location).toBe("Naantali");
  });
  it("reads a day of a month named from the reference as one date (`On the 3rd of this month`, `the 28th of last month`), and anchors the evening before on it", () => {
    const text = "On the 3rd of this month, the presidents met in Uzgen. The previous evening, Mirziyoyev had arrived in Osh. He had left Tashkent on the 28th of last month.";
    const report = parseReport(text, { referenceDate: "2025-09-05" });
    expect(report.timexes.map((t) => [t.text, t.value])).toEqual([
      ["the 3rd of this month", "2025-09-03"],
      ["The previous evening", "2025-09-02TEV"],
      ["the 28th of last month", "2025-08-28"],
    ]);
    expect(parseReport("They meet on the 2nd of next month.").timexes.map((t) => t.value)).toEqual(["XXXX-XX-02"]);
  });
  it("takes no city a leader returns to for the meeting's place (`Chakwera returned to Lilongwe the same afternoon`)", () => {
    const text =
      "Chakwera, Hichilema commission border post\n\nMalawi President Lazarus Chakwera and his Zambian counterpart Hakainde Hichilema on Friday jointly commissioned the Mwami-Mchinji One Stop Border Post.\n\n" +
      "The two leaders held talks before the ceremony. Chakwera returned to Lilongwe the same afternoon.";
    expect(parseReport(text, { referenceDate: "2025-05-17" }).summit.location).toBeNull();
  });
  it("goes on in a past sentence from the last day up to the reference, not from a day still to come (`… will host … on June 24 and 25. Schoof returned … the same evening`)", () => {
    const text = "Schoof travelled to Berlin on Monday for a meeting with Merz. They also discussed the Nato summit, which the Netherlands will host in The Hague on June 24 and 25. Schoof returned to The Hague the same evening.";
    expect(parseReport(text, { referenceDate: "2025-05-13" }).timexes.map((t) => t.value)).toEqual(["2025-05-12", "2025-06-24", "2025-05-12TEV"]);
    // (A sentence that looks ahead still goes on from the day to come.)
    const ahead = "Trump will travel to Alaska on Friday. He will meet Putin the same evening.";
    expect(parseReport(ahead, { referenceDate: "2025-08-12" }).timexes.map((t) => t.value)).toEqual(["2025-08-15", "2025-08-15TEV"]);
  });
  it("places the meeting at a known seat after a word of it rather than at the bureau's dateline (`told a joint press conference … at the Merdeka Palace` under `KUALA LUMPUR, June 27 —`)", () => {
    const lead = "KUALA LUMPUR, June 27 — Prime Minister Anwar Ibrahim and Indonesian President Prabowo Subianto today agreed to pursue joint development of the Ambalat block.\n\n";
    const seat = '"We can start with joint development," he told a joint press conference with Prabowo at the Merdeka Palace.';
    expect(parseReport(lead + seat, { referenceDate: "2025-06-27" }).summit.location).toBe("Jakarta");
    // (Not one a quotation names.)
    expect(parseReport(lead + '"We first met at the Merdeka Palace," he told a joint press conference.', { referenceDate: "2025-06-27" }).summit.location).toBe("Kuala Lumpur");
  });
  it("takes no one whose invitation the visit answers for a side, when an office of theirs holds `of` (`at the invitation of King Charles III`)", () => {
    const text =
      "LONDON, Nov. 27 (Yonhap) -- President Lee Jae-myung and British Prime Minister Keir Starmer agreed Thursday to begin negotiations, Lee's office said.\n\n" +
      "Lee arrived in London on Wednesday for a three-day state visit at the invitation of King Charles III.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-11-27" }))).toEqual(["Lee Jae-myung", "Keir Starmer"]);
  });
  it("gives a sentence that speaks of `the two ministers` the two sides of a ministers' meeting, not a leaders' (`The two ministers last met in Antalya in April`)", () => {
    const text = "ISTANBUL\n\nTurkish Foreign Minister Hakan Fidan met his Russian counterpart Sergey Lavrov in Istanbul on Friday.\n\nThe two ministers last met in Antalya in April.";
    const report = parseReport(text, { referenceDate: "2025-11-14" });
    const april = report.timeline.find((e) => e.value === "2025-04");
    expect(april?.participants.map((id) => report.people.find((p) => p.id === id)?.name)).toEqual(["Hakan Fidan", "Sergey Lavrov"]);
    const leaders = parseReport("Erdogan met Putin in Istanbul on Friday.\n\nThe two foreign ministers last met in Antalya in April.", { referenceDate: "2025-11-14" });
    expect(leaders.timeline.find((e) => e.value === "2025-04")?.participants).toEqual([]);
  });
  it("reads a season in quoted words that want something in the present as the one ahead (`\"Ankara wants the oil to flow again before the winter,\" he said`)", () => {
    expect(values('"Ankara wants the oil to flow again before the winter," he said.', { referenceDate: "2025-06-28" })).toEqual([["the winter", "2025-WI", null]]);
    expect(values('"The pipeline closed in the winter," he said.', { referenceDate: "2025-06-28" })).toEqual([["the winter", "2024-WI", null]]);
  });
  it("takes no one who hosts a meal beside the talks for a side of them (`Oli said at a banquet hosted in his honour by Indian President Droupadi Murmu last night`)", () => {
    const text =
      "Prime Minister KP Sharma Oli and his Indian counterpart Narendra Modi have agreed to resolve the boundary issues.\n\n" +
      "The two prime ministers held talks at Hyderabad House in New Delhi yesterday, a day after Oli arrived in the Indian capital.\n\n" +
      '"Our relations are unique," Oli said at a banquet hosted in his honour by Indian President Droupadi Murmu last night.';
    expect(participantNames(parseReport(text, { referenceDate: "2025-09-17" }))).toEqual(["KP Sharma Oli", "Narendra Modi"]);
  });
  it("takes no one a relative clause has host the summit on whose margins two leaders met for a side of their talks (`Antonio Costa, who hosted the summit`)", () => {
    const text =
      "Serbian President Aleksandar Vucic and Croatian Prime Minister Andrej Plenkovic met on Wednesday on the margins of the EU-Western Balkans summit in Brussels.\n\n" +
      "According to diplomatic sources, the meeting was arranged at the initiative of European Council President Antonio Costa, who hosted the summit.\n\n" +
      "The two leaders last met in Dubrovnik in July 2023.";
    const report = parseReport(text, { referenceDate: "2025-12-17" });
    expect(participantNames(report)).toEqual(["Aleksandar Vucic", "Andrej Plenković"]);
    expect(report.timeline.find((e) => e.value === "2023-07")?.participants.length).toBe(2);
  });
  it("knows the Sultan of Brunei's palace and Jamaica House as seats in their capitals (`held the 26th Annual Leaders' Consultation … at Istana Nurul Iman`)", () => {
    const text = "Sultan Haji Hassanal Bolkiah and Prime Minister of Malaysia Anwar Ibrahim yesterday held the 26th Annual Leaders' Consultation at Istana Nurul Iman.";
    expect(parseReport(text, { referenceDate: "2025-08-12" }).summit).toMatchObject({ location: "Bandar Seri Begawan", date: "2025-08-11" });
    const kingston = "Prime Minister Andrew Holness and Guyanese President Irfaan Ali yesterday signed two agreements at Jamaica House.";
    expect(parseReport(kingston, { referenceDate: "2025-05-07" }).summit.location).toBe("Kingston");
  });
  it("dates the meeting by its own verb's day, not a span before it, when a meeting's verb opens the dated sentence (`met Merz in Berlin on Tuesday, a day after his meeting with … Steinmeier`)", () => {
    const text = "Polish President Karol Nawrocki met German Chancellor Friedrich Merz in Berlin on Tuesday, a day after his meeting with German President Frank-Walter Steinmeier.";
    const report = parseReport(text, { referenceDate: "2025-09-16" });
    expect(report.summit.date).toBe("2025-09-16");
    expect(participantNames(report)).toEqual(["Karol Nawrocki", "Friedrich Merz"]);
  });
  it("takes no place for the meeting from a sentence whose subject is the one before (`Their last meeting was in Belgrade in July`)", () => {
    for (const before of ["Their last meeting was in Belgrade in July.", "The previous meeting was held in Belgrade in July."]) {
      expect(parseReport(`Orban and Vucic signed an agreement on Thursday. ${before}`, { referenceDate: "2025-10-16" }).summit.location).toBeNull();
    }
    expect(parseReport("Orban and Vucic signed an agreement on Thursday. The meeting was held in Belgrade.", { referenceDate: "2025-10-16" }).summit.location).toBe("Belgrade");
  });
  it("knows towns of Hungary and of the Estonian-Latvian border as places of a meeting, and a president's Chancery as a body (`The meeting took place in Szeged`, `the Latvian President's Chancery said`)", () => {
    expect(parseReport("Orban and Vucic signed an agreement on Thursday. The meeting took place in Szeged, in southern Hungary.", { referenceDate: "2025-10-16" }).summit.location).toBe("Szeged");
    const baltic = parseReport("Latvian President Edgars Rinkēvičs and Estonian President Alar Karis met in Valga on Friday. The two presidents discussed defence, the Latvian President's Chancery said.", { referenceDate: "2025-08-29" });
    expect(baltic.summit.location).toBe("Valga");
    expect(baltic.people.map((p) => p.name)).toEqual(["Edgars Rinkēvičs", "Alar Karis"]);
  });
  it("places the meeting at a known seat that a later sentence naming the meeting puts its guests at (`Following the meeting, … attended a dinner hosted by President Marcos at Malacanang Palace`)", () => {
    const lead = "On November 4, Prime Minister Kishida held a summit meeting with President Marcos.\n\n1. Prime Minister Kishida stated that Japan would provide coastal radars.\n\n2. The two leaders welcomed the start of negotiations.\n\n";
    const at = (last: string): string | null => parseReport(lead + last, { referenceDate: "2023-11-04" }).summit.location;
    expect(at("Following the meeting, Prime Minister Kishida attended a dinner hosted by President Marcos at Malacanang Palace.")).toBe("Manila");
    // (Not a seat further on in a sentence that names no meeting.)
    expect(at("Prime Minister Kishida later flew to Malaysia, where he was received at Istana Negara.")).toBeNull();
  });
  it("takes everyone a bilateral meeting was attended by, over the list's commas, for those who came along (`attended by Foreign Minister Prince Faisal bin Farhan, …, and the head of the Office of the President of Ukraine, Andriy Yermak`)", () => {
    const lead = "Saudi Crown Prince Mohammed bin Salman received Ukrainian President Volodymyr Zelensky in Jeddah on Monday.\n\n";
    const list = "The meeting was attended by Foreign Minister Prince Faisal bin Farhan, Interior Minister Prince Abdulaziz bin Saud bin Naif, and the head of the Office of the President of Ukraine, Andriy Yermak.";
    expect(participantNames(parseReport(lead + list, { referenceDate: "2025-03-10" }))).toEqual(["Mohammed bin Salman", "Volodymyr Zelensky"]);
  });
  it("takes the leader who invited a visit for its other side when the text puts the talks only in a spokesman's words (`At the invitation of Prime Minister Anwar Ibrahim, President Xi Jinping paid a state visit to Malaysia`)", () => {
    const text =
      "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on April 15, 2025\n\n" +
      "At the invitation of Prime Minister Anwar Ibrahim, President Xi Jinping paid a state visit to Malaysia from April 15 to 17.\n\n" +
      "AFP: Can you share more details on President Xi's meetings?\n\n" +
      "Lin Jian: President Xi Jinping held talks with Prime Minister Anwar Ibrahim today. The two leaders agreed to deepen cooperation.";
    const report = parseReport(text, { referenceDate: "2025-04-15" });
    expect(participantNames(report)).toEqual(["Anwar Ibrahim", "Xi Jinping"]);
    expect(report.summit.format).toBe("bilateral");
  });
  it("takes no one who invited a visit for a side where another leader of that country holds its talks (`At the invitation of President Droupadi Murmu, Prime Minister Luxon … held talks with Prime Minister Narendra Modi`)", () => {
    const text = "At the invitation of President Droupadi Murmu, Prime Minister Christopher Luxon of New Zealand held talks with Prime Minister Narendra Modi on Tuesday.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-03-18" }))).toEqual(["Christopher Luxon", "Narendra Modi"]);
    // (One who invited others to a meeting of their own sits at it.)
    const riga = "Leaders of the Baltic states met today in Riga at the invitation of Prime Minister Evika Siliņa of Latvia. Estonian Prime Minister Kristen Michal and Lithuanian Prime Minister Gintautas Paluckas attended.";
    expect(participantNames(parseReport(riga, { referenceDate: "2025-03-18" }))).toEqual(["Evika Siliņa", "Kristen Michal", "Gintautas Paluckas"]);
  });
  it("takes one whom a relative clause has host the guest, now or ahead, for a side (`Nguyen Phu Trong, who will host Xi, has pursued …`), not one who hosted another before", () => {
    const lead = "Xi Jinping will pay a two-day state visit to Vietnam from Tuesday.\n\n";
    const sides = (second: string): (string | undefined)[] => participantNames(parseReport(lead + second, { referenceDate: "2023-12-10" }));
    expect(sides("Vietnam's Communist Party chief Nguyen Phu Trong, who will host Xi, has pursued a policy of balance.")).toEqual(["Xi Jinping", "Nguyen Phu Trong"]);
    expect(sides("Nguyen Phu Trong, who hosted Macron last year, has pursued a policy of balance.")).toEqual(["Xi Jinping"]);
  });
  it("reads a known city and a stop opening the first paragraph as its dateline (`Mexico City. President Claudia Sheinbaum Pardo and …`), which places a meeting at a building it does not know", () => {
    const text = "Sheinbaum and Carney agree to strengthen trade ties\n\nMexico City. President Claudia Sheinbaum Pardo and Canadian Prime Minister Mark Carney agreed on Thursday to deepen trade, during a meeting at the National Palace.";
    expect(parseReport(text, { referenceDate: "2025-09-18" }).summit.location).toBe("Mexico City");
    // (Not a word the gazetteer does not know as a city: `Palace. …`.)
    expect(parseReport(text.replace("Mexico City.", "Update."), { referenceDate: "2025-09-18" }).summit.location).toBe("National Palace");
  });
  it("places a meeting at a known seat whose name a city's opens, not in that city (`received … at Belém Palace` is Lisbon's, not Brazil's Belém)", () => {
    const at = (seat: string): string | null => parseReport(`The President of the Republic, Marcelo Rebelo de Sousa, received Brazilian President Luiz Inácio Lula da Silva at ${seat} on Saturday.`, { referenceDate: "2023-04-22" }).summit.location;
    expect(at("Belém Palace")).toBe("Lisbon");
    expect(at("Buckingham Palace")).toBe("London");
    // (A city alone stays the city.)
    expect(at("Belém")).toBe("Belém");
  });
  it("takes no seat in the headline that speaks for those in it for the meeting's place (`Trump and Xi to meet in South Korea next week, White House says`)", () => {
    const text =
      "Trump and Xi to meet in South Korea next week, White House says\n\nWASHINGTON, Oct 23 (Reuters) - U.S. President Donald Trump will meet Chinese President Xi Jinping on the sidelines of the Asia-Pacific Economic Cooperation summit in South Korea on Oct. 30, the White House said on Thursday.\n\n" +
      "Press Secretary Karoline Leavitt told reporters that the meeting would take place in Gyeongju.";
    expect(parseReport(text, { referenceDate: "2025-10-23" }).summit.location).toBe("Gyeongju");
    // (A seat where they meet still places it: `Trump to host Xi at White House`.)
    expect(parseReport("Trump to host Xi at White House\n\nTrump will host Xi next week.", { referenceDate: "2025-10-23" }).summit.location).toBe("Washington");
  });
  it("counts no one the dated sentence names only as a visit's inviter as the leader of that country there, so one met later is a side (`At the invitation of President Droupadi Murmu, … paid a state visit to India` then `He held talks with Prime Minister Narendra Modi`)", () => {
    const text = "At the invitation of President Droupadi Murmu, Prime Minister Christopher Luxon of New Zealand paid a state visit to India on Tuesday. He held talks with Prime Minister Narendra Modi.";
    expect(participantNames(parseReport(text, { referenceDate: "2025-03-18" }))).toEqual(["Christopher Luxon", "Narendra Modi"]);
  });
});
