import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/log/progress.js';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = 0;
  return { now: () => time, advance: (ms) => { time += ms; } };
}

describe('progress in a log', () => {
  it('says nothing about work that ends quickly', () => {
    const lines: string[] = [];
    const time = clock();
    const report = progressReporter({ label: 'loading releases', interactive: false, stream: new PassThrough(), log: (line) => lines.push(line), now: time.now });
    report(64, 100);
    time.advance(300);
    report(100, 100);
    expect(lines).toEqual([]);
  });

  it('writes a line after a second, then every few seconds, and a last one when done', () => {
    const lines: string[] = [];
    const time = clock();
    const report = progressReporter({ label: 'loading releases', interactive: false, stream: new PassThrough(), log: (line) => lines.push(line), now: time.now });
    for (let done = 64; done < 5000; done += 64) {
      report(done, 5000);
      time.advance(100);
    }
    report(5000, 5000);
    expect(lines[0]).toBe('loading releases: 704 of 5000');
    expect(lines.at(-1)).toBe('loading releases: 5000 of 5000, done');
    // 7.8 s of work: at 1 s, at 6 s, and the end.
    expect(lines).toHaveLength(3);
  });

  it('starts again for the next piece of work', () => {
    const lines: string[] = [];
    const time = clock();
    const report = progressReporter({ label: 'reading', interactive: false, stream: new PassThrough(), log: (line) => lines.push(line), now: time.now });
    report(1, 2);
    time.advance(2000);
    report(2, 2);
    report(1, 2);
    time.advance(100);
    report(2, 2);
    expect(lines).toEqual(['reading: 2 of 2, done']);
  });
});

describe('progress on a terminal', () => {
  it('draws a bar once the work has taken a second, and takes it down at the end', () => {
    const time = clock();
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let drawn = '';
    stream.on('data', (chunk: Buffer) => {
      drawn += chunk.toString('utf8');
    });
    const report = progressReporter({ label: 'loading releases', interactive: true, stream, log: () => undefined, now: time.now });
    report(64, 1000);
    expect(drawn).toBe('');
    time.advance(1500);
    report(128, 1000);
    report(1000, 1000);
    expect(drawn).toContain('loading releases [');
    expect(drawn).toContain('128/1000');
  });
});
