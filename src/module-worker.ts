import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module `name` that sits beside `callerUrl` (the caller's
 * `import.meta.url`). Built, it is the JavaScript module; run from the TypeScript sources
 * (tests, benchmarks), it is loaded through tsx, as the sources themselves are.
 */
export function startModuleWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  const compiled = callerUrl.endsWith('.js');
  const entry = new URL(`./${name}${compiled ? '.js' : '.ts'}`, callerUrl);
  if (compiled) return new Worker(entry, options);
  const script = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(script, { ...options, eval: true });
}
