import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runBehindServing } from '../../src/content/background-priority.js';

describe('runBehindServing', () => {
  it('leaves the priority alone where threads share the process priority, rather than lowering the whole process', () => {
    const before = getPriority();
    expect(runBehindServing('darwin')).toBe(false);
    expect(runBehindServing('win32')).toBe(false);
    expect(getPriority()).toBe(before);
  });
});
