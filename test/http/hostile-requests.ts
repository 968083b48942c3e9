/** One generated request: the bytes to send and what kind of attempt it is. */
export interface HostileRequest {
  kind: string;
  bytes: string;
  /** The statuses a correct server may answer with. */
  allowed: readonly number[];
  /** Holds no request at all, so closing without an answer is right. */
  empty?: boolean;
}

const TRAVERSALS = [
  '../', '..%2f', '..%2F', '%2e%2e/', '%2e%2e%2f', '%2E%2E%2F', '%252e%252e%252f', '..%252f', '..\\', '..%5c',
  '%2e%2e%5c', '%c0%ae%c0%ae/', '..%c0%af', '%c0%ae%c0%ae%c0%af', '%e0%80%ae%e0%80%ae/', '..%e0%80%af', '.%2e/',
  '%2e./', '....//', '..;/', '%00../', '..%00/', '..%u2215', '%uff0e%uff0e/', '\u2025/',
];
const PREFIXES = ['/', '/releases/', '/assets/', '//', '/./'];
const TARGETS = ['secret.txt', 'content/../secret.txt', 'package.json', 'src/main.ts', 'etc/passwd', 'secret.txt%00.txt', 'secret.txt%00'];
const METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'MKCOL', 'PURGE', 'LINK', 'SEARCH', 'QUERY', 'ACL', 'M-SEARCH', 'FOO', 'get', 'G E T', 'GET\u0000'];
const METHOD_TARGETS = ['/', '/releases/x', '*', 'example.com:443', '/releases.json'];
const MALFORMED = ['/%', '/%%', '/%zz', '/%E0%A4%A', '/%ff%fe', '/%u002e', '/?%', '/?a=%zz&b=%', '/%%32%65', '/%0a%0d', '/%7f', '/releases/%c0', '/\u00e9', '/a b', '/\t', '/#frag', '/?', '/??', '/;', '/releases;x'];
const ABSOLUTE = ['http://evil.example/', 'http://127.0.0.1/../secret.txt', 'https://x/releases', 'file:///etc/passwd', 'http://localhost/%2e%2e/secret.txt', 'http://[::1]:80/', 'HTTP://X/'];

/** A request line and headers, with `Connection: close` so that every exchange ends with one answer. */
function request(method: string, target: string, headers: string[] = ['Host: localhost']): string {
  return `${method} ${target} HTTP/1.1\r\n${[...headers, 'Connection: close'].join('\r\n')}\r\n\r\n`;
}

const OK_OR_NOT_FOUND = [200, 301, 404, 400];

/** Thousands of requests an attacker or a broken client sends, each with the answers allowed. */
export function hostileRequests(): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const prefix of PREFIXES) {
    for (const traversal of TRAVERSALS) {
      for (let depth = 1; depth <= 4; depth += 1) {
        for (const target of TARGETS) {
          const path = `${prefix}${traversal.repeat(depth)}${target}`;
          requests.push({ kind: 'traversal', bytes: request('GET', path), allowed: [301, 404, 400] });
          if (depth === 2) requests.push({ kind: 'traversal, HEAD', bytes: request('HEAD', path), allowed: [301, 404, 400] });
        }
      }
    }
  }
  for (const method of METHODS) {
    for (const target of METHOD_TARGETS) requests.push({ kind: `method ${JSON.stringify(method)}`, bytes: request(method, target), allowed: [405, 400] });
  }
  for (const length of [1000, 8000, 15_000, 17_000, 65_000, 200_000]) {
    const allowed = length > 15_000 ? [431, 400] : [404, 414, 400];
    requests.push({ kind: `path of ${length}`, bytes: request('GET', `/${'a'.repeat(length)}`), allowed });
    requests.push({ kind: `query of ${length}`, bytes: request('GET', `/?q=${'%41'.repeat(length / 3)}`), allowed: length > 15_000 ? allowed : [200, 400] });
    requests.push({ kind: `traversal path of ${length}`, bytes: request('GET', `/${'../'.repeat(length / 3)}secret.txt`), allowed });
  }
  for (const target of MALFORMED) requests.push({ kind: 'malformed target', bytes: request('GET', target), allowed: [...OK_OR_NOT_FOUND] });
  for (const target of ABSOLUTE) requests.push({ kind: 'absolute-form', bytes: request('GET', target), allowed: [...OK_OR_NOT_FOUND] });
  for (const host of [[], ['Host:'], ['Host: evil.example'], ['Host: a', 'Host: b'], ['Host: a@evil.example'], [`Host: ${'h'.repeat(5000)}`], ['Host: [::1]'], ['Host: a b'], ['Host: localhost:99999'], ['Host : localhost']]) {
    requests.push({ kind: `host ${JSON.stringify(host).slice(0, 40)}`, bytes: request('GET', '/', host), allowed: [200, 400] });
  }
  const smuggling: [string, string][] = [
    ['duplicate Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!'],
    ['duplicate equal Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello'],
    ['Content-Length and Transfer-Encoding', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /secret.txt HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['Transfer-Encoding and Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n5c\r\nGPOST / HTTP/1.1\r\n\r\n0\r\n\r\n'],
    ['obfuscated Transfer-Encoding', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n'],
    ['Transfer-Encoding with a space before the colon', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n'],
    ['chunked, identity', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n'],
    ['a bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n'],
    ['a negative Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n'],
    ['a Content-Length with a plus', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello'],
    ['a folded header', 'GET / HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n'],
    ['bare line feeds', 'GET / HTTP/1.1\nHost: x\n\n'],
    ['bare carriage returns', 'GET / HTTP/1.1\rHost: x\r\r'],
    ['a null byte in a header', 'GET / HTTP/1.1\r\nHost: x\r\nX-Null: a\u0000b\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n'],
    ['HTTP/0.9', 'GET /\r\n\r\n'],
    ['HTTP/9.9', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'],
    ['a bad version', 'GET / HTTP/1.1x\r\nHost: x\r\n\r\n'],
    ['the HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
    ['a TLS hello on the plain port', '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003'],
    ['a GET with a body hiding a request', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 44\r\n\r\nGET /../secret.txt HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['pipelined traversal', 'GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['an upgrade to websocket', 'GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'],
    ['an upgrade to h2c', 'GET / HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n'],
    ['Expect: 100-continue', 'POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhello'],
    ['an unknown Expect', 'GET / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n\r\n'],
    ['garbage', '\u0000\u0001\u0002\u0003 not http at all\r\n\r\n'],
  ];
  for (const [kind, bytes] of smuggling) requests.push({ kind, bytes, allowed: [200, 100, 400, 405, 404, 417, 505] });
  requests.push({ kind: 'blank lines only', bytes: '\r\n\r\n', allowed: [], empty: true });
  requests.push({ kind: 'one oversized header', bytes: request('GET', '/', ['Host: x', `X-Big: ${'b'.repeat(20_000)}`]), allowed: [431, 400] });
  requests.push({ kind: 'many headers', bytes: request('GET', '/', ['Host: x', ...Array.from({ length: 300 }, (_, i) => `X-H${i}: ${'v'.repeat(60)}`)]), allowed: [431, 400] });
  requests.push({ kind: 'many small headers', bytes: request('GET', '/', ['Host: x', ...Array.from({ length: 2000 }, (_, i) => `X${i}: v`)]), allowed: [200, 431, 400] });
  return requests;
}
