import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadGenerator } from '../../bench/harness/drive.js';

describe("the benchmarks' load generator", () => {
  it('is wrk, and its figures are read', async () => {
    const drive = loadGenerator();
    expect(drive.tool).toMatch(/^wrk/);
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const result = await drive.run(`http://127.0.0.1:${port}/`, { connections: 4, seconds: 1, headers: { 'Accept-Encoding': 'br' } });
      expect(result.requestsPerSecond).toBeGreaterThan(0);
      expect(result.p50).toBeGreaterThan(0);
      expect(result.p99).toBeGreaterThanOrEqual(result.p50);
    } finally {
      server.close();
    }
  });

  it('fails a run that meets errors, rather than report it', async () => {
    const server = createServer((_req, res) => {
      res.statusCode = 500;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await expect(loadGenerator().run(`http://127.0.0.1:${port}/`, { connections: 2, seconds: 1, headers: {} })).rejects.toThrow(/not 2xx or 3xx/);
    } finally {
      server.close();
    }
  });
});
