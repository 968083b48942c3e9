const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "2004-10-13" as a reader writes it: "October 13, 2004". Independent of the server's locale. */
export function readableDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) throw new Error(`not an ISO date: ${iso}`);
  return `${month} ${Number(match[3])}, ${match[1]}`;
}
