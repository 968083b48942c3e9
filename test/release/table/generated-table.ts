import fc from 'fast-check';

/**
 * Fixed-width financial tables as filers set them, generated with what a reader should find
 * in them: a caption, column headings (a spanning one over pairs of columns, the years),
 * rules, rows with labels (some wrapped onto a second line, some indented), figures with "$"
 * set apart or attached, parentheses, dashes and percentages, section labels, blank lines
 * and a page break.
 */
export interface GeneratedTable {
  /** The lines as filed. */
  lines: string[];
  caption: string | null;
  years: string[];
  /** Spanning headings and the number of columns each spans, when there are some. */
  spans: { text: string; colspan: number }[] | null;
  rows: ExpectedRow[];
}

export interface ExpectedRow {
  label: string;
  /** One per column, as a reader copies it: spaces collapsed, '' when empty. */
  cells: string[];
}

const word = fc.constantFrom('revenue', 'cost', 'sales', 'net', 'income', 'operating', 'expenses', 'interest', 'taxes', 'equity', 'assets', 'goods', 'services', 'segment', 'margin', 'research', 'development', 'other', 'gross', 'deferred');
const capitalised = word.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`);
const label = fc.tuple(capitalised, fc.array(word, { minLength: 0, maxLength: 3 })).map(([first, rest]) => [first, ...rest].join(' '));
const wrapped = fc.tuple(label, fc.array(word, { minLength: 1, maxLength: 2 })).map(([first, rest]) => ({ first: `${first} and`, second: rest.join(' ') }));

interface Figure { kind: 'amount' | 'negative' | 'dash' | 'percent' | 'decimal' | 'empty'; magnitude: number; dollar: 'none' | 'attached' | 'apart' }

const figure: fc.Arbitrary<Figure> = fc.record({
  kind: fc.constantFrom('amount', 'amount', 'amount', 'negative', 'dash', 'percent', 'decimal', 'empty'),
  magnitude: fc.integer({ min: 0, max: 9_999_999 }),
  dollar: fc.constantFrom('none', 'none', 'attached', 'apart'),
});

function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

/** The figure as filed, and whether a ")" hangs past the column's right edge. */
function written(f: Figure): { text: string; hangs: boolean } {
  const dollar = f.dollar === 'attached' ? '$' : '';
  switch (f.kind) {
    case 'amount':
      return { text: `${dollar}${grouped(f.magnitude)}`, hangs: false };
    case 'negative':
      return { text: `${dollar}(${grouped(f.magnitude + 1)})`, hangs: true };
    case 'dash':
      return { text: ['-', '--', '---', '—'][f.magnitude % 4] ?? '-', hangs: false };
    case 'percent':
      return { text: `${(f.magnitude % 1000) / 10}%`, hangs: false };
    case 'decimal':
      return { text: `${dollar}${(f.magnitude % 10000) / 100}`, hangs: false };
    case 'empty':
      return { text: '', hangs: false };
  }
}

const rowShape = fc.record({
  label: fc.oneof(label.map((text) => ({ text, wrap: null })), wrapped.map((parts) => ({ text: `${parts.first} ${parts.second}`, wrap: parts }))),
  level: fc.integer({ min: 0, max: 2 }),
  figures: fc.array(figure, { minLength: 6, maxLength: 6 }),
  sectionBefore: fc.option(capitalised.map((w) => `${w}:`), { nil: null, freq: 6 }),
  blankBefore: fc.boolean(),
  ruleBefore: fc.constantFrom(null, null, null, '-', '='),
});

export const generatedTable: fc.Arbitrary<GeneratedTable> = fc
  .record({
    columns: fc.integer({ min: 2, max: 6 }),
    widths: fc.array(fc.integer({ min: 7, max: 12 }), { minLength: 6, maxLength: 6 }),
    gap: fc.integer({ min: 2, max: 6 }),
    indent: fc.integer({ min: 0, max: 4 }),
    caption: fc.option(fc.tuple(capitalised, capitalised, fc.constantFrom('(In thousands)', '(In millions, except per share data)', '(unaudited)')), { nil: null }),
    spanning: fc.boolean(),
    headerRule: fc.boolean(),
    rows: fc.array(rowShape, { minLength: 3, maxLength: 12 }),
    pageBreakAfter: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
    firstYear: fc.integer({ min: 1995, max: 2030 }),
  })
  .map((g) => {
    const columns = g.columns;
    const labelWidth = 4 + g.indent + 2 * 2 + Math.max(...g.rows.map((r) => Math.max(r.label.wrap ? Math.max(r.label.wrap.first.length, r.label.wrap.second.length + 1) : r.label.text.length, r.sectionBefore?.length ?? 0)));
    // A column is as wide as its widest figure with a "$" set apart, at least.
    const widths = Array.from({ length: columns }, (_, c) => Math.max(g.widths[c] ?? 8, ...g.rows.map((r) => {
      const f = r.figures[c] ?? { kind: 'empty', magnitude: 0, dollar: 'none' };
      return Math.max(written(f).text.length, written({ ...f, kind: 'amount' }).text.length) + 2;
    })));
    // How far left of its right edge each column's widest figure reaches.
    const inked = Array.from({ length: columns }, (_, c) => Math.max(4, ...g.rows.map((r, index) => {
      const f = r.figures[c] ?? { kind: 'empty', magnitude: 0, dollar: 'none' };
      const shown = index === 0 && f.kind === 'empty' ? { ...f, kind: 'amount' as const } : f;
      return written(shown).text.length + (shown.dollar === 'apart' ? 2 : 0);
    })));
    const rights: number[] = [];
    let right = labelWidth + g.gap;
    for (let c = 0; c < columns; c += 1) {
      right += widths[c] ?? 8;
      rights.push(right);
      right += g.gap;
    }
    const lefts = rights.map((r, c) => r - (widths[c] ?? 8));
    const place = (line: string, text: string, end: number): string => line.padEnd(end - text.length) + text;
    const years = Array.from({ length: columns }, (_, c) => String(g.firstYear - (c % 2)));
    const lines: string[] = [];
    let caption: string | null = null;
    const tableWidth = rights.at(-1) ?? 40;
    if (g.caption) {
      const parts = [`${g.caption[0]} ${g.caption[1]} Corporation`, 'Consolidated Statements', g.caption[2]];
      for (const part of parts) lines.push(' '.repeat(Math.max(1, Math.floor((tableWidth - part.length) / 2))) + part);
      lines.push('');
      caption = parts.join(' ');
    }
    let spans: GeneratedTable['spans'] = null;
    if (g.spanning && columns >= 2) {
      spans = [];
      let line = '';
      for (let c = 0; c < columns; c += 2) {
        const last = Math.min(c + 1, columns - 1);
        const text = c + 1 < columns ? (c === 0 ? 'Three Months Ended' : 'Twelve Months Ended') : 'Year';
        // Centred over the figures it heads, as filers set it.
        const from = (rights[c] ?? 0) - (inked[c] ?? 4);
        const to = rights[last] ?? 0;
        const start = from + Math.floor((to - from - text.length) / 2);
        line = line.padEnd(start) + text;
        spans.push({ text, colspan: last - c + 1 });
      }
      lines.push(line);
    }
    lines.push(years.reduce((line, year, c) => place(line, year, rights[c] ?? 0), ''));
    if (g.headerRule) lines.push(rights.reduce((line, r, c) => line.padEnd(lefts[c] ?? 0) + '-'.repeat(r - (lefts[c] ?? 0)), ''));
    const rows: ExpectedRow[] = [];
    g.rows.forEach((shape, index) => {
      if (index > 0 && g.pageBreakAfter === index) lines.push('', '<PAGE>', '');
      else if (index > 0 && shape.blankBefore) lines.push('');
      const margin = ' '.repeat(g.indent);
      if (shape.sectionBefore) {
        lines.push(margin + shape.sectionBefore);
        rows.push({ label: shape.sectionBefore, cells: Array.from({ length: columns }, () => '') });
      }
      if (shape.ruleBefore && index > 0) lines.push(rights.reduce((line, r, c) => line.padEnd(lefts[c] ?? 0) + (shape.ruleBefore ?? '-').repeat(r - (lefts[c] ?? 0)), ''));
      const indent = margin + ' '.repeat(shape.level * 2);
      const figures = shape.figures.slice(0, columns);
      // Every row states at least one figure, and the first row all of them, so the columns show.
      const shown = figures.map((f, c) => (index === 0 || (c === 0 && figures.every((x) => x.kind === 'empty')) ? (f.kind === 'empty' ? { ...f, kind: 'amount' as const } : f) : f));
      let line = shape.label.wrap ? `${indent} ${shape.label.wrap.second}` : `${indent}${shape.label.text}`;
      if (shape.label.wrap) lines.push(`${indent}${shape.label.wrap.first}`);
      const cells = shown.map((f, c) => {
        const { text, hangs } = written(f);
        if (text === '') return '';
        const end = (rights[c] ?? 0) + (hangs ? 1 : 0);
        if (f.dollar === 'apart' && f.kind !== 'dash' && f.kind !== 'percent') {
          line = line.padEnd(lefts[c] ?? 0) + '$';
          line = place(line, text, end);
          return `$ ${text}`;
        }
        line = place(line, text, end);
        return text;
      });
      lines.push(line);
      rows.push({ label: shape.label.text, cells });
    });
    return { lines, caption, years, spans, rows };
  });
