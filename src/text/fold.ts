import { PATTERNS } from "./patterns.js";

const folded = new Map<string, string>();
/** Most folded forms kept between calls. */
const MAX_FOLDED = 10_000;

/**
 * Lower case without accents (`Nausėda` → `nauseda`, `Brasília` → `brasilia`): {@link foldAccents}, memoised for the
 * names asked of again and again.
 */
export function foldName(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = foldAccents(s.toLowerCase());
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(s, f);
  }
  return f;
}

/** True when every character of `s` is ASCII: a word that folding leaves as it is (once lower-cased). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Lower-case text without its accents, not memoised, for callers that fold each string once (the tokenizer, each
 * distinct word; a place's name, each new name); the text itself when nothing changes (`don’t`), so that no second
 * copy of it is kept.
 */
export function foldAccents(lower: string): string {
  if (isAscii(lower)) return lower;
  const folded = lower.normalize("NFKD").replace(PATTERNS.combiningMark, "");
  return folded === lower ? lower : folded;
}

/** Vowels, for the `i` (or `y`) that transliterations put between two of them or leave out (`Tokayev`, `Tokaev`). */
const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/**
 * A name's key with the letters transliterations disagree on made one, so that `Kassym-Zhomart Tokaev` finds
 * `Kassym-Jomart Tokayev`, `Ilkham Aliev` `Ilham Aliyev` and `Nikol Pashinian` `Nikol Pashinyan`: lower case without
 * accents, `zh` as `j`, `kh` as `h`, `y` as `i`, an `i` between vowels left out, a doubled letter single.
 */
export function transliterationKey(name: string): string {
  const s = foldAccents(name.toLowerCase()).split("zh").join("j").split("kh").join("h").split("y").join("i");
  let key = "";
  for (let k = 0; k < s.length; k++) {
    const c = s[k] ?? "";
    const last = key[key.length - 1] ?? "";
    if (c === last) continue;
    if (c === "i" && VOWELS.has(last) && VOWELS.has(s[k + 1] ?? "")) continue;
    key += c;
  }
  return key;
}
