/**
 * Grades a server with Mozilla's HTTP Observatory, on the given ports, and prints the result
 * as JSON: `node --import tsx test/observatory/grade.ts HOST HTTP_PORT HTTPS_PORT`.
 * The observatory's own `scan()` only reaches default ports; this does what it does (retrieve,
 * run every test, add the score modifiers, extra credit only from an A) with ports given.
 * Run it in a process of its own with NODE_EXTRA_CA_CERTS naming the CA that signed the
 * server's certificate: Node reads that variable only at start-up.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ALL_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';
import { retrieve } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';

const [host = 'localhost', httpPort = '80', httpsPort = '443'] = process.argv.slice(2);

// Installed without its install script, the package lacks its HSTS preload list: an empty one
// means no host is preloaded, so the grade rests on the headers alone.
const preloadList = path.join(path.dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json')), 'conf/hsts-preload.json');
if (!existsSync(preloadList)) writeFileSync(preloadList, '{}\n');

const retrieval = await retrieve(host, { httpPort: Number(httpPort), httpsPort: Number(httpsPort) });
if (retrieval.responses.auto === null) throw new Error(`${host} could not be reached`);

let withExtraCredit = 100;
let withoutExtraCredit = 100;
const tests: Record<string, { pass: boolean; result: string | null; modifier: number }> = {};
for (const test of ALL_TESTS) {
  const output = test(retrieval);
  const modifier = output.result === null ? 0 : getScoreModifier(output.result);
  withExtraCredit += modifier;
  if (modifier < 0) withoutExtraCredit += modifier;
  tests[output.constructor.name] = { pass: output.pass === true, result: output.result, modifier };
}
const { grade, score } = getGradeForScore(withoutExtraCredit >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : withoutExtraCredit);
process.stdout.write(`${JSON.stringify({ grade, score, status: retrieval.responses.auto.status, tests })}\n`);
