import { describe, expect, it } from 'vitest';
import { ExportError } from '../../src/static-export/export-error.js';
import { fileFor } from '../../src/static-export/file-path.js';

const HTML = 'text/html; charset=utf-8';

describe('fileFor', () => {
  it.each([
    ['/', HTML, 'index.html'],
    ['/releases/2004-10-13-postal-contract', HTML, 'releases/2004-10-13-postal-contract.html'],
    ['/releases/2004-10-13-postal-contract.txt', 'text/plain; charset=utf-8', 'releases/2004-10-13-postal-contract.txt'],
    ['/releases.json', 'application/json; charset=utf-8', 'releases.json'],
    ['/releases/2004/', HTML, 'releases/2004/index.html'],
    ['/assets/style.d7a3ecc5.css', 'text/css; charset=utf-8', 'assets/style.d7a3ecc5.css'],
  ])('writes %s to %s', (url, contentType, file) => {
    expect(fileFor(url, contentType)).toBe(file);
  });

  it.each([
    ['/feed', 'application/json'],
    ['/releases/2004/', 'application/json'],
    ['/releases/../secret', HTML],
    ['/a b', HTML],
    ['/%2e%2e/x', HTML],
    ['relative', HTML],
  ])('refuses %s (%s), which a static server could not serve as it is', (url, contentType) => {
    expect(() => fileFor(url, contentType)).toThrow(ExportError);
  });
});
