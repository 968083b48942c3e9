import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { listen } from '../../src/http/listen.js';
import { listenOptions } from './listen-options.js';

const HEADERS_TIMEOUT_MS = 1500;

interface Dribble {
  /** Milliseconds from the first byte until the server closed the connection. */
  cutAfterMs: number;
  received: string;
  bytesSent: number;
}

/** Sends a request head one byte every `everyMs`, as a slowloris client does, until the server hangs up. */
function dribble(port: number, everyMs: number, limitMs: number): Promise<Dribble> {
  const head = `GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ${'a'.repeat(10_000)}`;
  return new Promise((resolve, reject) => {
    let sent = 0;
    let received = '';
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const timer = setInterval(() => {
      if (performance.now() - started > limitMs) {
        clearInterval(timer);
        socket.destroy();
        reject(new Error(`still connected after ${limitMs} ms`));
        return;
      }
      if (socket.writable) socket.write(head.charAt(sent));
      sent += 1;
    }, everyMs);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ cutAfterMs: performance.now() - started, received, bytesSent: sent });
    });
  });
}

describe('a slowloris client', () => {
  it('is cut off at the headers timeout while other clients are served', { timeout: 30_000 }, async () => {
    const options = listenOptions({ HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS), REQUEST_TIMEOUT_MS: '3000' });
    const listening = await listen((_req, res) => res.end('served'), options);
    try {
      const slow = [dribble(listening.port, 200, 10_000), dribble(listening.port, 1000, 10_000)];
      const served: number[] = [];
      const start = performance.now();
      while (performance.now() - start < HEADERS_TIMEOUT_MS + 1000) {
        const began = performance.now();
        const res = await fetch(listening.url);
        expect(await res.text()).toBe('served');
        served.push(performance.now() - began);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const result of await Promise.all(slow)) {
        expect(result.received).toMatch(/^HTTP\/1\.1 408 /);
        // Cut at the deadline, give or take the server's check interval, not at the end of the header.
        expect(result.cutAfterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
        expect(result.cutAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 2000);
      }
      expect(served.length).toBeGreaterThan(5);
    } finally {
      await listening.close(0);
    }
  });

  it('is cut off when it connects and sends nothing', { timeout: 30_000 }, async () => {
    const listening = await listen((_req, res) => res.end('served'), listenOptions({ HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS) }));
    try {
      const socket = connect(listening.port, '127.0.0.1');
      const start = performance.now();
      let received = '';
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('latin1');
      });
      await new Promise((resolve) => socket.on('close', resolve));
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
      expect(performance.now() - start).toBeLessThan(HEADERS_TIMEOUT_MS + 2000);
    } finally {
      await listening.close(0);
    }
  });
});

describe('a client that stops reading', () => {
  it('is cut off once its connection has been silent for the request timeout', { timeout: 30_000 }, async () => {
    let closed: () => void = () => undefined;
    const cut = new Promise<void>((resolve) => {
      closed = resolve;
    });
    const body = Buffer.alloc(64 * 1024 * 1024, 'x');
    const listening = await listen((_req, res) => {
      res.on('close', closed);
      res.end(body);
    }, listenOptions({ HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '2000' }));
    const socket = connect(listening.port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'));
    socket.on('error', () => undefined);
    socket.pause();
    try {
      const start = performance.now();
      await cut;
      expect(performance.now() - start).toBeGreaterThanOrEqual(1900);
      let received = 0;
      socket.on('data', (chunk: Buffer) => {
        received += chunk.length;
      });
      socket.resume();
      await new Promise((resolve) => socket.on('close', resolve));
      expect(received).toBeLessThan(body.length);
    } finally {
      socket.destroy();
      await listening.close(0);
    }
  });
});
