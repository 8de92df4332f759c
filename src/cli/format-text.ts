import type { SummitReport } from "../model/index.js";

/**
 * A readable summary of a report: the summit frame, quotes grouped by
 * speaker, reported speech and the timeline. Pure: no I/O.
 */
export function formatText(report: SummitReport): string {
  const lines: string[] = [];
  const nameOf = (id: string): string => report.people.find((p) => p.id === id)?.name ?? id;
  const s = report.summit;
  lines.push("SUMMIT");
  lines.push(`  where: ${s.location ?? "?"}   when: ${s.date ?? "?"}   format: ${s.format ?? "?"}`);
  lines.push(`  who:   ${s.participants.map(nameOf).join(", ") || "?"}${s.countries.length > 0 ? ` (${s.countries.join(", ")})` : ""}`);

  lines.push("", "QUOTES BY SPEAKER");
  const bySpeaker = new Map<string, typeof report.quotes>();
  for (const q of report.quotes) {
    if (q.kind !== "direct" && q.kind !== "partial") continue;
    const key = q.speaker?.name ?? "(unattributed)";
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  for (const [speaker, quotes] of bySpeaker) {
    lines.push(`  ${speaker} (${String(quotes.length)})`);
    for (const q of quotes) {
      const cue = q.cue === null ? "" : ` [${report.text.slice(q.cue.start, q.cue.end)}]`;
      lines.push(`    ${q.kind === "partial" ? "~" : "-"} "${clip(q.text, 100)}"${cue}`);
    }
  }

  if (report.attributions.length > 0) {
    lines.push("", "REPORTED SPEECH");
    for (const a of report.attributions) lines.push(`  ${a.source.name} [${report.text.slice(a.cue.start, a.cue.end)}]: ${clip(a.text, 100)}`);
  }

  lines.push("", "TIMELINE");
  for (const e of report.timeline) {
    const mod = e.mod === null ? "" : ` (${e.mod})`;
    lines.push(`  ${(e.value + mod).padEnd(22)} ${clip(e.description, 90)}`);
  }
  const problems = report.messages.filter((m) => m.severity !== "info");
  if (problems.length > 0) {
    lines.push("", "MESSAGES");
    for (const m of problems) lines.push(`  ${m.severity}: ${m.reason} [${m.ruleId}]`);
  }
  return `${lines.join("\n")}\n`;
}

function clip(text: string, max: number): string {
  const flat = text.split("\n").join(" ");
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
