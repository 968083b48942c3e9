import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, wantsPretty } from '../../src/log/logger.js';

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { stream, text: () => text };
}

describe('createLogger', () => {
  it('writes one JSON object per line for a collector', () => {
    const { stream, text } = collect();
    createLogger({ level: 'info', pretty: false, destination: stream }).info({ url: 'http://localhost:3000/' }, 'serving press releases at http://localhost:3000/');
    const line = JSON.parse(text()) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, msg: 'serving press releases at http://localhost:3000/', url: 'http://localhost:3000/' });
  });

  it('writes a line a person can read at a terminal', () => {
    const { stream, text } = collect();
    createLogger({ level: 'info', pretty: true, destination: stream }).info({ url: 'http://localhost:3000/', component: 'content' }, 'serving press releases at http://localhost:3000/');
    expect(text()).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: serving press releases at http:\/\/localhost:3000\/\n/);
    expect(text()).not.toContain('{');
    expect(text()).not.toContain('component');
  });

  it('leaves out what the level leaves out', () => {
    const { stream, text } = collect();
    createLogger({ level: 'warn', pretty: false, destination: stream }).info('quiet');
    expect(text()).toBe('');
  });
});

describe('wantsPretty', () => {
  it.each([
    ['auto', true, true],
    ['auto', false, false],
    ['json', true, false],
    ['pretty', false, true],
  ] as const)('%s with a terminal %s: %s', (format, terminal, pretty) => {
    expect(wantsPretty(format, terminal)).toBe(pretty);
  });
});
