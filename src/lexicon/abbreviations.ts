/** Abbreviations whose final period does not end a sentence (lower case, without the period). Data only. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "adm", "sgt", "rev",
  "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
  "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd", "dept",
  "est", "approx", "fig", "vol", "pp", "ed", "eds", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "mt", "ft",
  "ave", "blvd", "govt", "min", "max", "h.e", "amb", "pres", "maj", "brig", "cmdr", "cdr", "supt", "insp",
  // US states as wire copy abbreviates them (`Louisville, Ky., said`, `R-Ky.`), save those that are words (Ill., Mass.).
  "ky", "calif", "wis", "fla", "tex", "ala", "ariz", "colo", "conn", "ga", "md", "mich", "minn", "mont", "neb", "nev",
  "okla", "tenn", "vt", "va", "wyo", "n.y", "n.j", "n.h", "n.m", "n.c", "n.d", "s.c", "s.d", "r.i", "w.va",
]);

/**
 * Given names as the press of some countries abbreviates them, opening a full name (`Ma. Theresa Lazaro` in Manila,
 * `Md. Touhid Hossain` in Dhaka, `Mohd. Na'im Mokhtar` in Kuala Lumpur). Lower case, without the period.
 */
export const GIVEN_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(["ma", "md", "mohd", "muhd"]);
