import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadCardFonts } from '../../../src/render/card/card-fonts.js';
import { cardPalette } from '../../../src/render/card/card-palette.js';
import { cardThread, type CardRequest, type CardThreadData } from '../../../src/render/card/card-thread.js';
import { cardView } from '../../../src/render/card/card-view.js';
import { drawCard } from '../../../src/render/card/draw-card.js';
import { seedLoaded } from '../../fixtures/seed-release.js';
import { DIRS } from '../fixtures/site.js';

const view = cardView(seedLoaded(), 'Pressroom');

/** A thread that answers as told, and says whether it holds the process. */
class FakeThread extends EventEmitter {
  held = false;
  readonly requests: CardRequest[] = [];
  postMessage(request: CardRequest): void {
    this.requests.push(request);
  }
  ref(): void {
    this.held = true;
  }
  unref(): void {
    this.held = false;
  }
}

function fakeThreads(): { started: FakeThread[]; start: () => Worker } {
  const started: FakeThread[] = [];
  return {
    started,
    start: () => {
      const thread = new FakeThread();
      started.push(thread);
      return thread as unknown as Worker;
    },
  };
}

const data: CardThreadData = { palette: { bg: '#fff', text: '#000', muted: '#555', brand: '#036', onBrand: '#fff', rule: '#ccc' }, fonts: [] };

describe('the card thread', () => {
  it('draws on a thread of its own the very bytes drawn here', { timeout: 60_000 }, async () => {
    const palette = cardPalette(await readFile(path.join(DIRS.public, 'style.css'), 'utf8'));
    const fonts = await loadCardFonts();
    const draw = cardThread({ palette, fonts });
    const [there, here] = await Promise.all([draw(view), drawCard(view, palette, fonts)]);
    expect(there.equals(here)).toBe(true);
  });

  it('starts only when the first card is asked for, and holds the process only while it draws', async () => {
    const threads = fakeThreads();
    const draw = cardThread(data, threads.start);
    expect(threads.started).toHaveLength(0);
    const drawing = draw(view);
    const [thread] = threads.started;
    if (thread === undefined) throw new Error('no thread started');
    expect(thread.held).toBe(true);
    const [request] = thread.requests;
    thread.emit('message', { id: request?.id, png: new Uint8Array([1, 2, 3]) });
    expect(await drawing).toEqual(Buffer.from([1, 2, 3]));
    expect(thread.held).toBe(false);
  });

  it('fails the cards of a thread that dies, and starts another for the next', async () => {
    const threads = fakeThreads();
    const draw = cardThread(data, threads.start);
    const lost = draw(view);
    threads.started[0]?.emit('error', new Error('out of memory'));
    await expect(lost).rejects.toThrow('out of memory');
    void draw(view);
    expect(threads.started).toHaveLength(2);
  });

  it('says why a card could not be drawn', async () => {
    const threads = fakeThreads();
    const draw = cardThread(data, threads.start);
    const drawing = draw(view);
    threads.started[0]?.emit('message', { id: threads.started[0].requests[0]?.id, failed: 'bad font' });
    await expect(drawing).rejects.toThrow('the card could not be drawn: bad font');
  });
});
