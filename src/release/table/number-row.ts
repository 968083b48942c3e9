import { hasDigit, type Span, trailingEntries } from './tokens.js';
import { isEntry } from './value.js';

/** Figures set apart by this many spaces stand in columns, whatever they look like. */
const COLUMN_GAP = 2;

/**
 * The figures of a row of numbers, in the order filed, or null when the line is not one: a
 * line that ends in two or more figures standing in columns (set apart by a tab or by two
 * spaces, or written as amounts: "$11,506", "(1,234)", "12.5%"). Prose never ends that way
 * ("rose from 1,200 to 1,500"), nor does a phone number ("+44 20 7946 0958").
 */
export function numberRowFigures(filed: string): string[] | null {
  const figures = filed.includes('\t') ? tabbedFigures(filed) : spacedFigures(trailingEntries(filed));
  return figures.length >= 2 ? figures : null;
}

/** The same for a line without tabs whose trailing entries are already read. */
export function numberRowOf(entries: readonly Span[]): boolean {
  return spacedFigures(entries).length >= 2;
}

function tabbedFigures(filed: string): string[] {
  const cells = filed.split('\t').map((cell) => cell.trim());
  const figures: string[] = [];
  for (let index = cells.length - 1; index >= 0; index -= 1) {
    const cell = cells[index] ?? '';
    if (cell === '' || cell === '$' || cell === '%') continue;
    if (!isEntry(cell) && !/^\(?[a-z\d]\)$|^\*+$/.test(cell)) break;
    if (isEntry(cell) && /\d/.test(cell)) figures.unshift(cell);
  }
  return figures;
}

function spacedFigures(entries: readonly Span[]): string[] {
  let run: Span[] = [];
  for (const entry of entries) {
    const previous = run.at(-1);
    if (previous && !(entry.start - previous.end >= COLUMN_GAP || (isAmount(previous) && isAmount(entry)))) run = [];
    run.push(entry);
  }
  return run.filter(hasDigit).map((span) => span.text);
}

function isAmount(span: Span): boolean {
  return /[$(),.%]/.test(span.text);
}
