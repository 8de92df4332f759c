// Who said what: the quotes of the bundled Sochi report, grouped by speaker.
//   npm run build && npx tsx examples/quotes-by-speaker.ts
import { parseReport, type Quote } from "summit-report";
import { getSeed } from "summit-report/seeds";

/** Lines of `speaker: "quote"`, one group per speaker, multi-part quotes joined. */
export function quotesBySpeaker(text: string, referenceDate: string): string[] {
  const report = parseReport(text, { referenceDate });
  const groups = new Map<string, Quote[]>();
  for (const quote of report.quotes) {
    if (quote.kind !== "direct" && quote.kind !== "partial") continue;
    const speaker = quote.speaker?.name ?? "(unattributed)";
    groups.set(speaker, [...(groups.get(speaker) ?? []), quote]);
  }
  const lines: string[] = [];
  for (const [speaker, quotes] of groups) {
    lines.push(`${speaker} (${String(quotes.length)} quotes)`);
    const seen = new Set<string>();
    for (const q of quotes) {
      // Parts of one utterance share a groupId: print them as one.
      if (q.groupId !== null && seen.has(q.groupId)) continue;
      if (q.groupId !== null) seen.add(q.groupId);
      const parts = q.groupId === null ? [q] : quotes.filter((p) => p.groupId === q.groupId);
      lines.push(`  "${parts.map((p) => p.text).join(" … ")}"`);
    }
  }
  return lines;
}

const seed = getSeed("sochi-2018");
if (seed !== undefined && import.meta.url === `file://${process.argv[1] ?? ""}`) {
  console.log(quotesBySpeaker(seed.text, seed.publishedDate).join("\n"));
}
