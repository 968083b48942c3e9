import { describe, expect, it } from 'vitest';
import { isRuleLine, ruleKind, tableContent, withoutLayout } from '../../../src/release/table/layout-characters.js';

describe('the layout characters of a table', () => {
  it('are rule lines of dashes, equals signs or underscores', () => {
    for (const rule of ['   ------         ------', '====   ====', '_______', '- - - - -', '  ---   ---']) expect(isRuleLine(rule)).toBe(true);
    for (const text of ['Total   ---   ---   12', '-0-', '- 2 -', '###', '- - Southern Company']) expect(isRuleLine(text)).toBe(false);
    expect(ruleKind('  =====   =====')).toBe('double');
    expect(ruleKind('  -----')).toBe('single');
  });

  it('are dot leaders and rule segments beside words, blanked so every other character keeps its column', () => {
    expect(withoutLayout('Net sales........  $ 100')).toBe('Net sales          $ 100');
    expect(withoutLayout('Net sales . . . .  $ 100')).toBe('Net sales          $ 100');
    expect(withoutLayout('(See Notes)   ------   ------')).toBe('(See Notes)                  ');
    expect(withoutLayout('Charge   ---   ---   12')).toBe('Charge   ---   ---   12');
  });

  it('leave nothing of a rule line', () => {
    expect(tableContent('  ======  ======')).toBe('');
    expect(tableContent('Revenue.....  12')).toBe('Revenue       12');
  });
});
