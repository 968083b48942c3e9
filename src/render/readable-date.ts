const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2004-10-13" as a reader writes it: "October 13, 2004". Independent of the server's locale and zone. */
export function readableDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!ISO_DATE.test(iso) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new Error(`not an ISO date: ${iso}`);
  return LONG_DATE.format(date);
}
