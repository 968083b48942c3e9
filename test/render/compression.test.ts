import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressOffThread, workQueue } from '../../src/render/compression.js';

describe('compressOffThread', () => {
  it('gives the same bytes for the same body every time, in both encodings', async () => {
    const body = Buffer.from('<p>Quarterly results</p>\n'.repeat(40));
    const [br, brAgain, gzip, gzipAgain] = await Promise.all([
      compressOffThread(body, 'br', 'text/html; charset=utf-8'),
      compressOffThread(body, 'br', 'text/html; charset=utf-8'),
      compressOffThread(body, 'gzip', 'text/html; charset=utf-8'),
      compressOffThread(body, 'gzip', 'text/html; charset=utf-8'),
    ]);
    expect(br.equals(brAgain)).toBe(true);
    expect(gzip.equals(gzipAgain)).toBe(true);
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gzip).equals(body)).toBe(true);
    expect(br.length).toBeLessThan(body.length / 10);
  });
});

describe('workQueue', () => {
  it('runs at most so many jobs at once, every one of them, in order', async () => {
    const queue = workQueue(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const job = (n: number) => async (): Promise<number> => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return n;
    };
    const jobs = [1, 2, 3, 4, 5].map((n) => queue.run(job(n)));
    expect(queue.waiting()).toBe(3);
    expect(queue.wouldWait()).toBe(true);
    expect(await Promise.all(jobs)).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(queue.waiting()).toBe(0);
    expect(queue.wouldWait()).toBe(false);
  });

  it('goes on after a job fails', async () => {
    const queue = workQueue(1);
    const failing = queue.run(() => Promise.reject(new Error('no')));
    const next = queue.run(() => Promise.resolve('yes'));
    await expect(failing).rejects.toThrow('no');
    expect(await next).toBe('yes');
  });
});
