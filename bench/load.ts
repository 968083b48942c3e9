/**
 * Time to load and render a content folder of many releases, against a baseline measured in
 * the same run: reading the same files from disk and nothing else.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSite } from '../src/content/load.js';
import { createRenderer } from '../src/render/renderer.js';

const COUNT = Number(process.env['BENCH_RELEASES'] ?? 500);
const corpus = new URL('../test/fixtures/corpus/', import.meta.url);
const root = new URL('../', import.meta.url);

const sources = await Promise.all(
  (await readdir(corpus)).filter((file) => file.endsWith('.txt')).map((file) => readFile(new URL(file, corpus), 'utf8')),
);
const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-bench-'));
try {
  // Each copy gets its own headline, so every release has its own slug and page.
  await Promise.all(
    Array.from({ length: COUNT }, (_, i) => {
      const source = sources[i % sources.length] ?? '';
      return writeFile(path.join(dir, `release-${String(i).padStart(5, '0')}.txt`), source.replace(/^(\s*)(\S)/, `$1Copy ${i} $2`));
    }),
  );
  const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
    const start = performance.now();
    const result = await work();
    return [result, performance.now() - start];
  };

  const [, readMs] = await time(async () => Promise.all((await readdir(dir)).map((file) => readFile(path.join(dir, file)))));
  const [site, loadMs] = await time(() => loadSite(dir, { maxFileBytes: 2 * 1024 * 1024 }));
  const render = await createRenderer({ views: path.join(root.pathname, 'views'), public: path.join(root.pathname, 'public') });
  const [rendered, renderMs] = await time(() => render(site));
  const bytes = [...rendered.resources.values()].reduce((sum, r) => sum + r.identity.length + r.gzip.length + r.br.length, 0);

  const row = (name: string, ms: number): string =>
    `${name.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / COUNT).toFixed(3).padStart(7)} ms/release  ${(ms / readMs).toFixed(1).padStart(6)}x baseline\n`;
  process.stdout.write(`${COUNT} releases (${site.releases.length} published, ${site.problems.length} problems)\n`);
  process.stdout.write(row('baseline: read every file', readMs));
  process.stdout.write(row('load: read, decode, parse, slug, sort', loadMs));
  process.stdout.write(row('render: HTML, JSON, text; gzip and brotli', renderMs));
  process.stdout.write(`${rendered.resources.size} responses held in memory, ${(bytes / 1024 / 1024).toFixed(1)} MiB with their encodings; heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
