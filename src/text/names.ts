import { NAME_PARTICLES } from "../lexicon/first-names.js";
import { PATTERNS } from "./patterns.js";

/** True for a family name written with its particle and a hyphen (`al-Sharaa`, `bin-Laden`). */
export function hyphenatedParticleName(text: string): boolean {
  const dash = text.indexOf("-");
  return dash > 0 && NAME_PARTICLES.has(text.slice(0, dash).toLowerCase()) && PATTERNS.upper.test(text[dash + 1] ?? "");
}
