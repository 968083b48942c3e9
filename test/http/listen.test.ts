import { Agent, request, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../../src/http/listen.js';
import { listenOptions } from './listen-options.js';

describe('listen', () => {
  let listening: Listening | undefined;
  afterEach(async () => {
    await listening?.close(0);
  });

  it('gives a URL on the port it got', async () => {
    listening = await listen((_req, res) => res.end('hi'), listenOptions());
    expect(listening.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(listening.url);
    expect(await res.text()).toBe('hi');
  });

  it('names localhost when listening on every interface', async () => {
    listening = await listen((_req, res) => res.end('hi'), listenOptions({}, '0.0.0.0'));
    expect(listening.url).toMatch(/^http:\/\/localhost:\d+\/$/);
  });

  it('fails when the port is taken', async () => {
    listening = await listen((_req, res) => res.end(), listenOptions());
    await expect(listen((_req, res) => res.end(), { ...listenOptions(), port: listening.port })).rejects.toThrow(/EADDRINUSE/);
  });

  it.each([
    ['before its headers are sent', false, 'close'],
    ['after its headers are sent', true, 'keep-alive'],
  ])('lets a keep-alive request under way finish %s, then closes', async (_when, headersFirst, connection) => {
    let finish: () => void = () => undefined;
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    listening = await listen(
      (_req, res) => {
        if (headersFirst) res.writeHead(200).flushHeaders();
        finish = () => res.end('finished');
        arrived();
      },
      listenOptions(),
    );
    const response = get(listening.url, new Agent({ keepAlive: true }));
    await requestArrived;
    // With a minute's grace, this settles in time only if the connection is closed once idle.
    const closed = listening.close(60_000);
    finish();
    expect(await response).toEqual({ body: 'finished', connection });
    await closed;
    await expect(fetch(listening.url)).rejects.toThrow();
  });

  it('sends the whole of a large answer already written when it closes, before closing the connection', { timeout: 30_000 }, async () => {
    const body = Buffer.alloc(30 * 1024 * 1024, 'y');
    listening = await listen((_req, res) => {
      res.setHeader('Content-Length', body.length);
      res.end(body);
    }, listenOptions());
    const socket = connect(listening.port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'));
    let received = 0;
    let closing: Promise<void> | undefined;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      // The answer is all written (the response has finished), but most of it is still buffered.
      if (closing === undefined && listening !== undefined) closing = listening.close(30_000);
    });
    await new Promise((resolve) => socket.on('close', resolve));
    await closing;
    expect(received).toBeGreaterThan(body.length);
  });

  it('answers a request pipelined behind one that ended before it closes, and says it closes', { timeout: 30_000 }, async () => {
    const held: ServerResponse[] = [];
    let heldTwo: () => void = () => undefined;
    const twoHeld = new Promise<void>((resolve) => (heldTwo = resolve));
    listening = await listen((req, res) => {
      held.push(res);
      if (held.length === 2) heldTwo();
    }, listenOptions());
    const socket = connect(listening.port, '127.0.0.1', () => {
      socket.write('GET /first HTTP/1.1\r\nHost: localhost\r\n\r\nGET /second HTTP/1.1\r\nHost: localhost\r\n\r\n');
    });
    let received = '';
    socket.setEncoding('latin1').on('data', (chunk: string) => (received += chunk));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    await twoHeld;
    const [first, second] = held as [ServerResponse, ServerResponse];
    await new Promise<void>((resolve) => first.end('one', resolve));
    // The first response has ended; the second is still under way on the same connection.
    const closing = listening.close(10_000);
    second.end('two');
    await closed;
    await closing;
    expect(received).toMatch(/one[\s\S]*HTTP\/1\.1 200[\s\S]*Connection: close[\s\S]*two$/i);
  });
});

function get(url: string, agent: Agent): Promise<{ body: string; connection: string | undefined }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ body: Buffer.concat(chunks).toString('utf8'), connection: res.headers.connection });
      });
    })
      .on('error', reject)
      .end();
  });
}
