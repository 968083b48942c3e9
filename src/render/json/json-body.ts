/** JSON as published: two-space indents and a final newline, so it reads well in a terminal. */
export function jsonBody(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}
