import type { IncomingHttpHeaders, RequestListener } from 'node:http';
import type { RenderedSite, Representation } from '../render/representation.js';
import { noteBodyLength } from './access-log.js';
import { answerFor, type Answer } from './answer.js';
import { capture, type Recorded } from './capture.js';
import { REQUEST_ID_HEADER, requestId } from './request-id.js';

export interface ListenerOptions {
  /** The application: it defines every response, and answers whatever the fast lane does not. */
  app: RequestListener;
  /** The site the application answers from. */
  site: () => RenderedSite;
}

interface Heads {
  url: string;
  /** By method, status and ETag. */
  byAnswer: Map<string, Recorded>;
}
/** What the application's answer depends on in a request, besides method and path. */
const NEGOTIATED = ['accept-encoding', 'if-none-match', 'if-modified-since', 'cache-control'] as const;

/**
 * The server's request listener. A GET or HEAD for a path the site holds, without a query, is
 * answered from memory by replaying the head the application sent for the same answer (same
 * path, status and ETag) and writing the body; everything else, and the first request for
 * each answer, goes to the application. The head is recorded by running the request through
 * the application again with no client, so headers that helmet or a route add appear in fast
 * answers without being named here; the request id, the one header of each response's own, is
 * left out of the recording and sent first, where the application sends it. The head is
 * written whole, in one `writeHead`: a header set on the response before would make Node take
 * every header one by one. Heads are kept with the representation they were recorded for: an
 * unchanged page keeps them across content changes, and a replaced one takes them along when
 * it is dropped.
 */
export function createRequestListener({ app, site }: ListenerOptions): RequestListener {
  const recorded = new WeakMap<Representation, Heads>();

  return (req, res) => {
    const { method, url } = req;
    if ((method !== 'GET' && method !== 'HEAD') || url === undefined || url.includes('?')) {
      app(req, res);
      return;
    }
    let representation: Representation | undefined;
    let answer: Answer | undefined;
    try {
      representation = site().resources.get(url);
      answer = representation && answerFor(req.headers, representation, representation.status);
    } catch {
      // The application meets the same fault and answers it with its error page.
      app(req, res);
      return;
    }
    if (representation === undefined || answer === undefined) {
      app(req, res);
      return;
    }
    let heads = recorded.get(representation);
    if (heads?.url !== url) {
      heads = { url, byAnswer: new Map() };
      recorded.set(representation, heads);
    }
    const key = `${method} ${answer.status} ${answer.etag}`;
    const head = heads.byAnswer.get(key);
    if (head === undefined) {
      record(heads.byAnswer, key, answer, { method, url, headers: negotiated(req.headers) });
      app(req, res);
      return;
    }
    res.writeHead(head.status, head.statusMessage, [REQUEST_ID_HEADER, requestId(req), ...head.headers]);
    if (answer.body !== undefined) noteBodyLength(res, answer.body.length);
    res.end(method === 'HEAD' ? undefined : answer.body);
  };

  function record(into: Map<string, Recorded>, key: string, answer: Answer, rehearsal: Parameters<typeof capture>[1]): void {
    capture(app, rehearsal).then(
      (head) => {
        // Kept only when the application gave the very answer this key stands for.
        if (matches(head, answer)) into.set(key, head);
      },
      () => undefined,
    );
  }
}

function negotiated(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {};
  for (const name of NEGOTIATED) if (headers[name] !== undefined) kept[name] = headers[name];
  return kept;
}

function matches(head: Recorded, answer: Answer): boolean {
  const value = (name: string): string | undefined => {
    for (let i = 0; i < head.headers.length; i += 2) if (head.headers[i]?.toLowerCase() === name) return head.headers[i + 1];
    return undefined;
  };
  return (
    head.status === answer.status &&
    value('etag') === answer.etag &&
    (answer.body === undefined || value('content-length') === String(answer.body.length))
  );
}
