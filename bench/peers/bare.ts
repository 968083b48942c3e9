/**
 * Baseline (a): a bare node:http server that answers every request with the same bytes, read
 * once from BODY_FILE, with the headers a release page needs. Nothing is looked up or decided.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(process.env['BODY_FILE'] ?? '');
const headers = {
  'content-type': 'text/html; charset=utf-8',
  'content-encoding': 'br',
  'content-length': body.length,
  etag: process.env['ETAG'] ?? '"bare"',
  vary: 'Accept-Encoding',
};

createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(process.env['PORT']), '127.0.0.1');
