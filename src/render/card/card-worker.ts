import { parentPort, workerData } from 'node:worker_threads';
import type { CardReply, CardRequest, CardThreadData } from './card-thread.js';
import { drawCard } from './draw-card.js';

// The card thread: draws each card it is sent and replies with the PNG or the reason it failed.
const { palette, fonts } = workerData as CardThreadData;
// Buffers arrive as plain Uint8Arrays; satori's font reader wants a Buffer or an ArrayBuffer.
const readable = fonts.map((font) => ({ ...font, data: Buffer.from(font.data as Uint8Array) }));

parentPort?.on('message', ({ id, view }: CardRequest) => {
  drawCard(view, palette, readable).then(
    (png) => {
      parentPort?.postMessage({ id, png } satisfies CardReply);
    },
    (error: unknown) => {
      parentPort?.postMessage({ id, failed: error instanceof Error ? error.message : String(error) } satisfies CardReply);
    },
  );
});
