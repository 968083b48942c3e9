import type { IncomingHttpHeaders, RequestListener } from 'node:http';
import type { Encoding, RenderedSite, Representation } from '../render/representation.js';
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

/** A recorded head, ready to be written: the request id's value goes in `line[1]`. */
interface Head {
  status: number;
  statusMessage: string;
  etag: string;
  line: string[];
}

interface Heads {
  url: string;
  /** By `slotOf` the answer. */
  slots: (Head | undefined)[];
}

/** What the application's answer depends on in a request, besides method and path. */
const NEGOTIATED = ['accept-encoding', 'if-none-match', 'if-modified-since', 'cache-control'] as const;

/**
 * The server's request listener. A GET or HEAD for a path the site holds, without a query, is
 * answered from memory by replaying the head the application sent for the same answer (same
 * path, method, status, encoding and ETag) and writing the body; everything else, and the
 * first request for each answer, goes to the application. The head is recorded by running the
 * request through the application again with no client, so headers that helmet or a route add
 * appear in fast answers without being named here; the request id, the one header of each
 * response's own, is left out of the recording and sent first, where the application sends it.
 * The head is written whole, in one `writeHead`: a header set on the response before would
 * make Node take every header one by one. Heads are kept with the representation they were
 * recorded for: an unchanged page keeps them across content changes, and a replaced one takes
 * them along when it is dropped.
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
      heads = { url, slots: [] };
      recorded.set(representation, heads);
    }
    const slot = slotOf(method, answer, representation.status);
    const head = heads.slots[slot];
    // A body made again to other bytes (it never should be) has another tag: its head is recorded anew.
    if (head?.etag !== answer.etag) {
      record(heads.slots, slot, answer, { method, url, headers: negotiated(req.headers) });
      app(req, res);
      return;
    }
    // Written synchronously: the line is the head's own, with this request's id put in.
    head.line[1] = requestId(req);
    res.writeHead(head.status, head.statusMessage, head.line);
    if (answer.body !== undefined) noteBodyLength(res, answer.body.length);
    res.end(method === 'HEAD' ? undefined : answer.body);
  };

  function record(slots: (Head | undefined)[], slot: number, answer: Answer, rehearsal: Parameters<typeof capture>[1]): void {
    capture(app, rehearsal).then(
      (head) => {
        // Kept only when the application gave the very answer this slot stands for.
        if (matches(head, answer)) {
          slots[slot] = { status: head.status, statusMessage: head.statusMessage, etag: answer.etag, line: [REQUEST_ID_HEADER, '', ...head.headers] };
        }
      },
      () => undefined,
    );
  }
}

const ENCODING_SLOT: Readonly<Record<Encoding, number>> = { identity: 0, br: 1, gzip: 2 };

/**
 * Where the head of an answer is kept among a representation's: one per method, status (the
 * representation's own, or 304) and encoding, which together fix every header but the request id.
 */
function slotOf(method: 'GET' | 'HEAD', answer: Answer, status: number): number {
  return ENCODING_SLOT[answer.encoding] * 4 + (method === 'HEAD' ? 2 : 0) + (answer.status === status ? 0 : 1);
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
