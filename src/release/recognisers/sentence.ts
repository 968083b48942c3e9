/** Quotes and brackets that may close a sentence after its full stop: `said."`, `(see below).` */
const CLOSERS = String.raw`["'’”)\]]*`;
const SENTENCE_END = new RegExp(String.raw`[.!?]${CLOSERS}$`);
const CLAUSE_END = new RegExp(String.raw`[.!?:;]${CLOSERS}$`);
const LIST_END = new RegExp(String.raw`[,;]${CLOSERS}$`);

/** The text ends a sentence: a full stop, question or exclamation mark, perhaps inside quotes. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** The text ends a sentence or a clause that hands over to what follows (a colon, a semicolon). */
export function endsClause(text: string): boolean {
  return CLAUSE_END.test(text.trimEnd());
}

/** The text stops at a comma or semicolon: a part of a list or sentence, never a title. */
export function endsMidSentence(text: string): boolean {
  return LIST_END.test(text.trimEnd());
}
