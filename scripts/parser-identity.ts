/**
 * `tsx scripts/parser-identity.ts record|compare SNAPSHOT [FOLDER ...]`: reads every `.txt` file
 * of the folders (the test fixtures, and 2,000 generated releases, unless folders are given) as
 * the content store does, and records a digest of what each one gives (its release model,
 * front matter, meta and warnings, as JSON, or the problem it was refused for); `compare` says
 * which files give anything else now. A change meant to make reading faster must compare equal.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFiles, type FileOutcome } from '../src/content/load.js';
import { parseRelease } from '../src/release/parse.js';
import { generateRelease } from '../bench/scale/generate-releases.js';

const GENERATED = 2000;
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const [mode, snapshot, ...given] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || snapshot === undefined) {
  process.stderr.write('usage: tsx scripts/parser-identity.ts record|compare SNAPSHOT [FOLDER ...]\n');
  process.exit(2);
}

async function releaseFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function digest(outcome: FileOutcome): string {
  const read = outcome.kind === 'release'
    ? { release: outcome.release, frontMatter: outcome.frontMatter, meta: outcome.meta, warnings: outcome.warnings }
    : { problem: outcome.problem };
  return createHash('sha256').update(JSON.stringify(read)).digest('hex');
}

async function digestsOf(dir: string, into: Map<string, string>): Promise<void> {
  const files = await releaseFiles(dir);
  const outcomes = await readFiles(dir, files, { maxFileBytes: MAX_FILE_BYTES, parse: parseRelease });
  for (const [file, outcome] of outcomes) into.set(`${dir}/${file}`, digest(outcome));
}

const digests = new Map<string, string>();
const generated = given.length === 0 ? await mkdtemp(path.join(tmpdir(), 'pressroom-identity-')) : null;
try {
  if (generated !== null) {
    for (let index = 0; index < GENERATED; index++) {
      const release = generateRelease(index);
      await writeFile(path.join(generated, release.file), release.text);
    }
  }
  const folders = given.length > 0 ? given : ['test/fixtures'];
  for (const folder of folders) await digestsOf(path.resolve(folder), digests);
  if (generated !== null) {
    const own = new Map<string, string>();
    await digestsOf(generated, own);
    for (const [file, value] of own) digests.set(`generated/${path.basename(file)}`, value);
  }
} finally {
  if (generated !== null) await rm(generated, { recursive: true, force: true });
}

if (mode === 'record') {
  await writeFile(snapshot, JSON.stringify(Object.fromEntries(digests), null, 1));
  process.stdout.write(`recorded ${digests.size} files in ${snapshot}\n`);
} else {
  const recorded = new Map(Object.entries(JSON.parse(await readFile(snapshot, 'utf8')) as Record<string, string>));
  const differ = [...new Set([...recorded.keys(), ...digests.keys()])].filter((file) => recorded.get(file) !== digests.get(file));
  for (const file of differ) process.stdout.write(`differs: ${file}\n`);
  process.stdout.write(`${digests.size} files, ${differ.length} differ\n`);
  process.exitCode = differ.length === 0 ? 0 : 1;
}
