/**
 * Realistic filings for the scale benchmark, the same on every run: EDGAR-style hard-wrapped
 * text or one paragraph per line, three wires' datelines, dates over thirty years, lengths from
 * a few paragraphs to a long earnings release, and one release in five with a fixed-width
 * financial table.
 */

const FIRST_YEAR = 1995;
const YEARS = 30;
const WRAP = 76;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const CITIES: readonly (readonly [string, string])[] = [
  ['JAMESTOWN', 'N.Y.'], ['ATLANTA', 'Ga.'], ['SAN JOSE', 'Calif.'], ['CHICAGO', 'Ill.'], ['HOUSTON', 'Texas'],
  ['BOSTON', 'Mass.'], ['DENVER', 'Colo.'], ['SEATTLE', 'Wash.'], ['MINNEAPOLIS', 'Minn.'], ['RALEIGH', 'N.C.'],
];
const NAME_PARTS = [
  'Northern', 'Plains', 'Summit', 'Harbor', 'Pacific', 'Atlantic', 'Granite', 'Cedar', 'Keystone', 'Meridian',
  'Pioneer', 'Liberty', 'Sterling', 'Beacon', 'Frontier', 'Vanguard', 'Horizon', 'Evergreen', 'Orion', 'Delta',
];
const INDUSTRIES = ['Energy', 'Semiconductor', 'Bancorp', 'Systems', 'Pharmaceuticals', 'Industries', 'Foods', 'Networks'];
const SUFFIXES = ['Inc.', 'Corporation', 'Company', 'Holdings, Inc.', 'Group Incorporated'];
const EVENTS = [
  'Reports Fourth Quarter and Full Year Results', 'Announces First Quarter Earnings', 'Declares Quarterly Dividend',
  'Completes Acquisition of', 'Names New Chief Financial Officer', 'Extends Supply Contract With',
  'Opens New Manufacturing Plant', 'Announces Share Repurchase Program', 'Raises Full Year Guidance',
];
const WORDS = (
  'the company said revenue net income quarter compared with same period last year increase decrease ' +
  'customers growth results operating margin share per cents million billion fiscal sales products market ' +
  'expects continued demand pricing services segment strong reported performance board directors approved ' +
  'management believes investment capital plant capacity contract agreement announced today period ended'
).split(' ');
const WIRES = ['bw', 'prn', 'plain'] as const;

/** A small, fast generator with a fixed seed, so every run writes the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedRelease {
  file: string;
  text: string;
}

/** The `index`th release of the set; the same index always gives the same text. */
export function generateRelease(index: number): GeneratedRelease {
  const next = random(index * 7919 + 17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const between = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const company = `${pick(NAME_PARTS)} ${pick(NAME_PARTS)} ${pick(INDUSTRIES)} ${pick(SUFFIXES)}`;
  const ticker = company.replace(/[^A-Z]/g, '').slice(0, 4);
  const year = FIRST_YEAR + (index % YEARS);
  const month = between(0, 11);
  const day = between(1, 28);
  const dateText = `${MONTHS[month] ?? 'January'} ${day}, ${year}`;
  const [city, state] = pick(CITIES);
  const wire = pick(WIRES);
  const wrapped = next() < 0.7;
  const event = pick(EVENTS);
  const headline = `${company.replace(/,? (Inc\.|Corporation|Company|Holdings, Inc\.|Group Incorporated)$/, '')} ${event}${event.endsWith('of') || event.endsWith('With') ? ` ${pick(NAME_PARTS)} ${pick(INDUSTRIES)}` : ''} (No. ${index})`;

  const sentence = (): string => {
    const words = Array.from({ length: between(8, 24) }, () => pick(WORDS));
    const figure = next() < 0.4 ? ` of $${between(1, 999)}.${between(0, 9)} million` : '';
    const text = `${words.join(' ')}${figure}.`;
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const paragraph = (): string => Array.from({ length: between(2, 6) }, sentence).join(' ');
  const layout = (text: string, indent = ''): string => (wrapped ? wrap(indent + text, WRAP) : indent + text);

  const dateline =
    wire === 'bw'
      ? `${city}, ${state}--(BUSINESS WIRE)--${dateText}--`
      : wire === 'prn'
        ? `${city}, ${state}, ${dateText} /PRNewswire/ --`
        : `${city}, ${state} (${dateText}) --`;
  const lines: string[] = [];
  if (next() < 0.5) lines.push(`${' '.repeat(66)}Exhibit 99.1`, '');
  if (next() < 0.6) {
    lines.push(
      `Contact: ${pick(NAME_PARTS)} ${pick(['Smith', 'Jones', 'Olson', 'Hart', 'Rice', 'Kundert'])}`,
      `         ${company}`,
      `         (${between(201, 989)}) ${between(200, 999)}-${String(between(0, 9999)).padStart(4, '0')}`,
      '',
    );
  }
  lines.push('FOR IMMEDIATE RELEASE', '', centre(headline.toUpperCase(), WRAP), '');
  const body = between(2, 22);
  lines.push(layout(`${dateline} ${company} (NASDAQ: ${ticker}) ${paragraph()}`, wrapped ? '     ' : ''), '');
  const tableAt = index % 5 === 0 ? between(1, body) : -1;
  for (let n = 1; n < body; n++) {
    if (n === tableAt) lines.push(...financialTable(year, between, next), '');
    if (next() < 0.1) lines.push(pick(['Highlights', 'Outlook', 'About the Company', 'Conference Call']), '');
    lines.push(layout(paragraph(), wrapped ? '     ' : ''), '');
  }
  if (next() < 0.7) {
    lines.push('Safe Harbor Statement under the Private Securities Litigation Reform Act of 1995', '');
    lines.push(layout(`This release contains forward-looking statements. ${paragraph()}`), '');
  }
  lines.push(centre('###', WRAP), '');
  return { file: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}-${String(index).padStart(5, '0')}.txt`, text: lines.join('\n') };
}

function financialTable(year: number, between: (min: number, max: number) => number, next: () => number): string[] {
  const rows = ['Operating revenues', 'Operating expenses', 'Operating income', 'Net income', 'Earnings per share', 'Shares outstanding'];
  const money = (): string => (next() < 0.2 ? `(${between(1, 999)},${String(between(0, 999)).padStart(3, '0')})` : `${between(1, 999)},${String(between(0, 999)).padStart(3, '0')}`);
  return [
    `${' '.repeat(40)}Three Months Ended December 31,`,
    `${' '.repeat(40)}${'-'.repeat(31)}`,
    `${' '.repeat(43)}${String(year)}${' '.repeat(12)}${String(year - 1)}`,
    ...rows.map((label) => `${label.padEnd(40)}$ ${money().padStart(9)}      $ ${money().padStart(9)}`),
  ];
}

/** Hard-wraps at `width`, as EDGAR filings of the time were. */
function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') out.push(line);
  return out.join('\n');
}

function centre(text: string, width: number): string {
  return text.length >= width ? text : `${' '.repeat(Math.floor((width - text.length) / 2))}${text}`;
}
