// Highlight every quote in the original text with <mark>, using the offsets.
//   npm run build && npx tsx examples/highlight.ts
import { extractQuotes } from "summit-report";

/** The text with each top-level quote wrapped in `<mark data-speaker="…">`. */
export function highlightQuotes(text: string): string {
  const quotes = extractQuotes(text).filter((q) => q.nestedIn === null);
  let out = "";
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.start) + `<mark data-speaker="${q.speaker?.name ?? ""}">` + text.slice(q.start, q.end) + "</mark>";
    at = q.end;
  }
  return out + text.slice(at);
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  console.log(highlightQuotes('"We had a very friendly atmosphere," Lukashenko said after meeting Vladimir Putin.'));
}
