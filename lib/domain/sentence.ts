import { z } from "zod";

/** What a sentence says: a goal (目标), an achievement (实绩), or other. */
export const SENTENCE_KINDS = ["goal", "achievement", "other"] as const;
export const sentenceKindSchema = z.enum(SENTENCE_KINDS);
export type SentenceKind = z.infer<typeof sentenceKindSchema>;

/** A finer label within a kind: a problem (问题) the text admits. */
export const SUBTYPES = ["problem"] as const;
export const subtypeSchema = z.enum(SUBTYPES);
export type Subtype = z.infer<typeof subtypeSchema> | null;

/** What a sentence is shown as: its kind, or its subtype when it has one (the reader's `kind` filter, the labels). */
export const SENTENCE_LABELS = [...SENTENCE_KINDS, ...SUBTYPES] as const;
export const sentenceLabelSchema = z.enum(SENTENCE_LABELS);
export type SentenceLabel = z.infer<typeof sentenceLabelSchema>;

/** Which sentences of a side a comparison takes. */
export const KIND_CHOICES = ["goal", "achievement", "all"] as const;
export const kindChoiceSchema = z.enum(KIND_CHOICES);
export type KindChoice = z.infer<typeof kindChoiceSchema>;
