import { describe, expect, it } from 'vitest';
import { capture } from '../../src/http/capture.js';

describe('capture', () => {
  it('records status, reason and headers as the listener set them, in order, spelled as set', async () => {
    const recorded = await capture(
      (req, res) => {
        res.setHeader('X-First', req.headers['accept-encoding'] ?? 'none');
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.setHeader('Content-Length', 5);
        res.statusCode = 203;
        res.statusMessage = 'As Filed';
        res.end(req.method === 'HEAD' ? undefined : 'hello');
      },
      { method: 'GET', url: '/x', headers: { 'accept-encoding': 'br' } },
    );
    expect(recorded).toEqual({
      status: 203,
      statusMessage: 'As Filed',
      headers: ['X-First', 'br', 'set-cookie', 'a=1', 'set-cookie', 'b=2', 'Content-Length', '5'],
    });
  });

  it('leaves out the request id, which is each response\'s own', async () => {
    const recorded = await capture(
      (_req, res) => {
        res.setHeader('x-request-id', 'one-request');
        res.setHeader('X-Kept', '1');
        res.end();
      },
      { method: 'GET', url: '/', headers: {} },
    );
    expect(recorded.headers).toEqual(['X-Kept', '1']);
  });

  it('waits for a response that ends later', async () => {
    const recorded = await capture(
      (_req, res) => {
        setTimeout(() => {
          res.setHeader('X-Late', '1');
          res.end();
        }, 5);
      },
      { method: 'HEAD', url: '/', headers: {} },
    );
    expect(recorded.headers).toEqual(['X-Late', '1']);
    expect(recorded.status).toBe(200);
  });
});
