/**
 * The forms of a regular English verb, so that word lists can name a verb
 * once: base, third person (`stresses`, `replies`), past (`noted`,
 * `replied`) and, when asked, the -ing form (`noting`). Verbs that double a
 * consonant (`admitted`) or are irregular (`said`) are listed as written.
 */
export function regularForms(base: string, withIng: boolean): string[] {
  const consonantY = base.length > 1 && base.endsWith("y") && !"aeiou".includes(base.at(-2) ?? "");
  const third = consonantY ? `${base.slice(0, -1)}ies` : SIBILANT_ENDINGS.some((e) => base.endsWith(e)) ? `${base}es` : `${base}s`;
  const past = base.endsWith("e") ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${base}ed`;
  if (!withIng) return [base, third, past];
  const ing = base.endsWith("e") && !base.endsWith("ee") ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, third, past, ing];
}

/** Endings after which the third person takes `-es`. */
const SIBILANT_ENDINGS = ["s", "sh", "ch", "x", "z"];
