import { PATTERNS } from "../../text/patterns.js";
import { isSpace } from "../../text/spans.js";

/** Longest markup attribute value skipped as a whole. */
const MAX_ATTRIBUTE_LENGTH = 200;

/** Families of quotation marks: a closing mark only closes an opening mark of its own family. */
export type MarkFamily = "double" | "single" | "guillemet" | "low";

/** How a mark can act. `either` is decided by pairing (straight quotes). */
export type MarkRole = "open" | "close" | "either";

/** A quotation mark found in the text. */
export interface Mark {
  readonly at: number;
  readonly family: MarkFamily;
  readonly role: MarkRole;
  /** The mark is a straight quote (`"` or `'`) whose role comes from pairing. */
  readonly straight: boolean;
  /** A straight double quote where a closing mark would stand (after a word or punctuation, before a space or the end); false for any other mark. */
  readonly closes: boolean;
}

/**
 * Finds every quotation mark in `[from, to)` of the view in one pass, telling
 * apostrophes (`it's`, `Lukashenko's`, `'90s`, `rock 'n' roll`) from single
 * quotes by the characters on either side.
 */
export function findMarks(view: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = view.charCodeAt(i);
    switch (c) {
      case 0x22: // "
        // `datetime="…"`: an attribute value left over from markup, not a quotation.
        if (view.charCodeAt(i - 1) === 0x3d) {
          const close = view.indexOf('"', i + 1);
          if (close > i && close < to && close - i <= MAX_ATTRIBUTE_LENGTH) i = close;
          break;
        }
        marks.push({ at: i, family: "double", role: "either", straight: true, closes: gluedAfterWord(view, i) });
        break;
      case 0x201c: // “ opens, unless it stands glued to the end of words (`…Iowa,“ said`): then it is a mistyped ”.
        marks.push({ at: i, family: "double", role: gluedAfterWord(view, i) ? "close" : "open", straight: false, closes: false });
        break;
      case 0x201d: // ”
        marks.push({ at: i, family: "double", role: "close", straight: false, closes: false });
        break;
      case 0x201e: // „ opens; “ or ” closes it (German style).
        marks.push({ at: i, family: "low", role: "open", straight: false, closes: false });
        break;
      case 0xab: // «
        marks.push({ at: i, family: "guillemet", role: "open", straight: false, closes: false });
        break;
      case 0xbb: // »
        marks.push({ at: i, family: "guillemet", role: "close", straight: false, closes: false });
        break;
      case 0x2018: // ‘
        marks.push({ at: i, family: "single", role: "open", straight: false, closes: false });
        break;
      case 0x2019: // ’ closes only where it cannot be an apostrophe.
      case 0x27: {
        const role = singleRole(view, i);
        if (role !== null) marks.push({ at: i, family: "single", role, straight: c === 0x27, closes: false });
        break;
      }
      default:
        break;
    }
  }
  return marks;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && PATTERNS.wordChar.test(ch);
}

/** The role of a single quote or apostrophe at `i`, or null for an apostrophe. */
function singleRole(view: string, i: number): MarkRole | null {
  const before = view[i - 1];
  const after = view[i + 1];
  const wordBefore = isWordChar(before);
  const wordAfter = isWordChar(after);
  if (wordBefore && wordAfter) return null; // it's, Lukashenko's
  if (!wordBefore && wordAfter) {
    // '90s, 'n', 'em: an elision, not an opening quote.
    if (after !== undefined && after >= "0" && after <= "9") return null;
    const rest = view.slice(i + 1, i + 4).toLowerCase();
    if (rest.startsWith("n'") || rest.startsWith("n’") || rest === "em " || rest.startsWith("til")) return null;
    return before === undefined || isSpace(before.charCodeAt(0)) || "([{-\"“«/".includes(before) ? "open" : null;
  }
  if (wordBefore && !wordAfter) {
    // leaders' summit, rock 'n' roll: possessive or elision unless it can close an open quote.
    return "close";
  }
  if (!wordBefore && !wordAfter && before !== undefined && ".,!?;:…".includes(before)) return "close";
  return null;
}

/** True when a mark follows a non-space character and is followed by space, punctuation or the end. */
function gluedAfterWord(view: string, i: number): boolean {
  const before = view.charCodeAt(i - 1);
  const after = view[i + 1];
  if (Number.isNaN(before) || isSpace(before)) return false;
  return after === undefined || isSpace(after.charCodeAt(0)) || ",.;:!?)".includes(after);
}
