import { request, type IncomingHttpHeaders } from 'node:http';
import { request as secureRequest } from 'node:https';
import { type PeerCertificate, TLSSocket } from 'node:tls';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The certificate the server showed, over HTTPS. */
  certificate: PeerCertificate | null;
}

/** One request over HTTP or HTTPS (trusting `ca`), with the Host header given or derived. */
export function ask(url: string, options: { ca?: string; method?: string; headers?: Record<string, string>; path?: string } = {}): Promise<Answer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const send = secure ? secureRequest : request;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        hostname: target.hostname,
        port: target.port,
        path: options.path ?? `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        agent: false,
        ...(secure && options.ca !== undefined ? { ca: options.ca } : {}),
      },
      (res) => {
        const certificate = res.socket instanceof TLSSocket ? res.socket.getPeerCertificate() : null;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body, certificate }); });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
