/** An e-mail address written in the text. */
export interface FoundEmail {
  text: string;
  index: number;
}

const EMAIL = /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w@-])/g;

export function findEmails(text: string): FoundEmail[] {
  return [...text.matchAll(EMAIL)].map((match) => ({ text: match[0], index: match.index }));
}
