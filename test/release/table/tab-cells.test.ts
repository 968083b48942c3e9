import { describe, expect, it } from 'vitest';
import { tabCells } from '../../../src/release/table/tab-cells.js';

describe('tabCells, a line of cells copied from an HTML table', () => {
  it('reads the label and the cells', () => {
    expect(tabCells('Net sales\t$ 2,014\t$ 1,545')).toEqual({ label: 'Net sales', cells: ['$ 2,014', '$ 1,545'] });
  });

  it('joins a "$" to the figure after it and a "%", ")" or marker to the cell before it', () => {
    expect(tabCells('Net sales\t$\t2,014\t$\t(15\t)')).toEqual({ label: 'Net sales', cells: ['$ 2,014', '$ (15)'] });
    expect(tabCells('Margin\t12.5\t%')).toEqual({ label: 'Margin', cells: ['12.5%'] });
    expect(tabCells('Provision for income taxes\t24\t2\t(b)\t26')).toEqual({ label: 'Provision for income taxes', cells: ['24', '2 (b)', '26'] });
  });

  it('has no label when the line opens with a tab or a figure, and leaves empty cells out', () => {
    expect(tabCells('\t2024\t2024 (1)\t2023')).toEqual({ label: null, cells: ['2024', '2024 (1)', '2023'] });
    expect(tabCells('85,588\t83,150\t\t248,163')).toEqual({ label: null, cells: ['85,588', '83,150', '248,163'] });
  });
});
