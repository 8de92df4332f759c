/** Quotation marks that are never apostrophes: straight and curly double quotes, guillemets, the low opening mark. */
export const DOUBLE_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "”", "«", "»", "„"]);

/** Marks that may close a quotation, single ones included. */
export const CLOSING_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "”", "’", "'", "»"]);

/** Marks that may open a quotation, single ones included. */
export const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "‘", "«", "„"]);
