import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../src/release/parse.js';
import { SEED_FILE, seedRelease, seedSource } from '../fixtures/seed-release.js';

describe(`the seed release, ${SEED_FILE}`, () => {
  it('reads into the whole expected model, the one every other layer is tested with', () => {
    expect(parseRelease(seedSource.toString('utf8'), SEED_FILE)).toEqual(seedRelease());
  });
});
