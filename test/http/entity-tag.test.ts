import { describe, expect, it } from 'vitest';
import { entityTag, heldTag } from '../../src/http/entity-tag.js';

describe('entityTag', () => {
  it('suffixes the tag for each encoding, quoted or not', () => {
    expect(entityTag('"abc"', 'identity')).toBe('"abc"');
    expect(entityTag('"abc"', 'br')).toBe('"abc-br"');
    expect(entityTag('abc', 'gzip')).toBe('"abc-gz"');
  });
});

describe('heldTag', () => {
  it('finds the variant the client holds, in a list, weak or strong', () => {
    expect(heldTag('"abc"', '"abc"', 'br')).toBe('"abc"');
    expect(heldTag('W/"abc-gz"', '"abc"', 'br')).toBe('"abc-gz"');
    expect(heldTag('"other", W/"abc-br" ,"more"', '"abc"', 'identity')).toBe('"abc-br"');
  });

  it('answers * with the chosen variant', () => {
    expect(heldTag(' * ', '"abc"', 'gzip')).toBe('"abc-gz"');
  });

  it('gives null when nothing matches', () => {
    expect(heldTag(undefined, '"abc"', 'br')).toBeNull();
    expect(heldTag('"abcd"', '"abc"', 'br')).toBeNull();
    expect(heldTag('"abc-zz"', '"abc"', 'br')).toBeNull();
    expect(heldTag('abc', '"abc"', 'identity')).toBeNull();
  });
});
