import { describe, expect, it } from 'vitest';
import { BOUNDED_FROM_BYTES, boundHeapGrowth } from '../../src/process/heap-growth.js';

describe('boundHeapGrowth', () => {
  it('leaves a heap below the threshold to V8, as collecting a small heap often saves nothing worth having', () => {
    expect(boundHeapGrowth(BOUNDED_FROM_BYTES - 1)).toBe(false);
    expect(boundHeapGrowth(20 * 1024 * 1024)).toBe(false);
  });
});
