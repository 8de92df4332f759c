import { z } from "zod";

/** What a block of the article is. */
export const BlockKindSchema = z
  .enum(["heading", "paragraph", "credit", "separator", "dateline", "turn"])
  .meta({
    id: "BlockKind",
    description:
      "heading: a short line without final punctuation; paragraph: running text; credit: a photo or agency credit; separator: a rule such as `* * *`; dateline: place or time lines before the text; turn: a transcript turn opened by a speaker label.",
  });

/** What a block of the article is. */
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** One block of the article: the text between blank lines. */
export const BlockSchema = z
  .object({
    /** Position of the block in the article, from 0. */
    index: z.number().int().nonnegative(),
    /** What the block is. */
    kind: BlockKindSchema,
    /** Start of the block's text (leading spaces excluded). */
    start: z.number().int().nonnegative(),
    /** End of the block's text (trailing spaces excluded). */
    end: z.number().int().nonnegative(),
  })
  .meta({ id: "Block", description: "A block of the article: heading, paragraph, credit, separator, dateline or transcript turn." });

/** A block of the article. */
export type Block = z.infer<typeof BlockSchema>;

/** One sentence, as the segmenter split it. */
export const SentenceSchema = z
  .object({
    /** Start of the sentence. */
    start: z.number().int().nonnegative(),
    /** End of the sentence, final punctuation included. */
    end: z.number().int().nonnegative(),
    /** Index of the block that holds it. */
    block: z.number().int().nonnegative(),
  })
  .meta({ id: "Sentence", description: "A sentence of the article." });

/** A sentence of the article. */
export type Sentence = z.infer<typeof SentenceSchema>;
