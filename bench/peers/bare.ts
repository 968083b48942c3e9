/**
 * Baseline (a): a bare node:http server that answers every request with the same response, read
 * once from files: the body from BODY_FILE, and the headers from HEAD_FILE (names and values,
 * alternating, as Pressroom sent them for the same page), but those Node writes itself. Nothing
 * is looked up or decided.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** Node writes these on every response, in both servers. */
const WRITTEN_BY_NODE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

const body = readFileSync(process.env['BODY_FILE'] ?? '');
const sent = JSON.parse(readFileSync(process.env['HEAD_FILE'] ?? '', 'utf8')) as string[];
const headers: string[] = [];
for (let i = 0; i + 1 < sent.length; i += 2) {
  const [name, value] = [sent[i] ?? '', sent[i + 1] ?? ''];
  if (!WRITTEN_BY_NODE.has(name.toLowerCase())) headers.push(name, value);
}

createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(process.env['PORT']), '127.0.0.1');
