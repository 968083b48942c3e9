import { describe, expect, it } from 'vitest';
import { datedText } from '../../../src/render/view-models/dated-text.js';

describe('datedText', () => {
  it('marks the date inside the text', () => {
    expect(datedText('Date: January 25, 2005', 'January 25, 2005', '2005-01-25')).toEqual({
      before: 'Date: ',
      date: { iso: '2005-01-25', text: 'January 25, 2005' },
      after: '',
    });
  });

  it('marks nothing when the release states no date or the text does not hold it', () => {
    const plain = { before: 'ATLANTA -', date: null, after: '' };
    expect(datedText('ATLANTA -', null, '2005-01-25')).toEqual(plain);
    expect(datedText('ATLANTA -', 'Jan. 25, 2005', '2005-01-25')).toEqual(plain);
    expect(datedText('ATLANTA -', 'ATLANTA', null)).toEqual(plain);
  });
});
