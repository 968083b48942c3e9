/** A filing that cannot be published, with the place to look. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
