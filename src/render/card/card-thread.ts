import type { Worker } from 'node:worker_threads';
import type { Font } from 'satori';
import { startModuleWorker } from '../../module-worker.js';
import type { CardPalette } from './card-markup.js';
import type { CardView } from './card-view.js';

/** Draws a card: the same PNG bytes for the same view, every time. */
export type DrawCard = (view: CardView) => Promise<Buffer>;

/** What the thread is started with: the card's colours and fonts, read once by the renderer. */
export interface CardThreadData {
  palette: CardPalette;
  fonts: readonly Font[];
}

export interface CardRequest {
  id: number;
  view: CardView;
}

export type CardReply = { id: number; png: Uint8Array } | { id: number; failed: string };

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Draws cards on a thread of their own, started when the first card is asked for, so that
 * nothing of it weighs on start-up: satori lays out and outlines text in JavaScript (a tenth
 * of a second a card, a second or more for the first while it loads), and none of that may hold
 * up the thread that answers requests. Idle, the thread does not keep the process alive. One
 * that dies fails the cards it was drawing; the next card starts another.
 */
export function cardThread(data: CardThreadData, startWorker: (data: CardThreadData) => Worker = startCardWorker): DrawCard {
  let worker: Worker | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const lost = (from: Worker, error: Error): void => {
    if (worker !== from) return;
    worker = null;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const started = (): Worker => {
    if (worker !== null) return worker;
    const thread = startWorker(data);
    thread.on('message', (reply: CardReply) => {
      const waiting = pending.get(reply.id);
      if (waiting === undefined) return;
      pending.delete(reply.id);
      if (pending.size === 0) thread.unref();
      if ('png' in reply) waiting.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      else waiting.reject(new Error(`the card could not be drawn: ${reply.failed}`));
    });
    thread.once('error', (error) => {
      lost(thread, error);
    });
    thread.once('exit', (code) => {
      lost(thread, new Error(`the card thread stopped (exit code ${code})`));
    });
    worker = thread;
    return thread;
  };

  return (view) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const thread = started();
      // Held while it draws, so a process waiting for a card lives to get it; let go while idle.
      if (pending.size === 0) thread.ref();
      pending.set(id, { resolve, reject });
      thread.postMessage({ id, view } satisfies CardRequest);
    });
}

function startCardWorker(data: CardThreadData): Worker {
  return startModuleWorker(import.meta.url, 'card-worker', { workerData: data });
}
