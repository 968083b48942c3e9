import { describe, expect, it } from 'vitest';
import { telHref } from '../../src/render/tel-href.js';

describe('telHref', () => {
  it('gives a ten-digit North American number its country code', () => {
    expect(telHref('(412) 422-2377')).toBe('tel:+14124222377');
    expect(telHref('412.422.2377')).toBe('tel:+14124222377');
  });

  it('reads a leading 1 on an eleven-digit number as the country code', () => {
    expect(telHref('1-800-555-1212')).toBe('tel:+18005551212');
  });

  it('keeps the digits of other numbers as written, with the + when there is one', () => {
    expect(telHref('+44 (0)20 7946 0958')).toBe('tel:+4402079460958');
    expect(telHref('020 7946 0958')).toBe('tel:02079460958');
  });
});
