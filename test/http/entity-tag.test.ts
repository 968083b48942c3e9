import { describe, expect, it } from 'vitest';
import { entityTag } from '../../src/http/entity-tag.js';

describe('entityTag', () => {
  it('suffixes the tag for each encoding, quoted or not', () => {
    expect(entityTag('"abc"', 'identity')).toBe('"abc"');
    expect(entityTag('"abc"', 'br')).toBe('"abc-br"');
    expect(entityTag('abc', 'gzip')).toBe('"abc-gz"');
    expect(entityTag('W/"abc"', 'gzip')).toBe('"abc-gz"');
  });
});
