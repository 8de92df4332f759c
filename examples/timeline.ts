// When things happened: the timeline of the bundled Sochi report, in order.
//   npm run build && npx tsx examples/timeline.ts
import { parseReport } from "summit-report";
import { getSeed } from "summit-report/seeds";

/** Lines of `value  description`, in chronological order, with who is involved. */
export function timelineLines(text: string, referenceDate: string): string[] {
  const report = parseReport(text, { referenceDate });
  const nameOf = (id: string): string => report.people.find((p) => p.id === id)?.name ?? id;
  return report.timeline.map((event) => {
    const when = event.mod === null ? event.value : `${event.value} (${event.mod})`;
    const who = event.participants.length > 0 ? ` [${event.participants.map(nameOf).join(", ")}]` : "";
    return `${when.padEnd(20)} ${event.description}${who}`;
  });
}

const seed = getSeed("sochi-2018");
if (seed !== undefined && import.meta.url === `file://${process.argv[1] ?? ""}`) {
  console.log(timelineLines(seed.text, seed.publishedDate).join("\n"));
}
