import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateSlugs, EMPTY_LEDGER, type Allocation, type SlugClaim, type SlugLedger } from '../../src/content/slug-ledger.js';

function claim(identity: number, file: string, wanted: string, extra: Partial<SlugClaim> = {}): SlugClaim {
  return { identity, file, wanted, explicit: false, line: 1, aliases: new Map(), ...extra };
}

/** Allocates, then hands the next call what a store would: the ledger and every slug as served. */
function run(claims: SlugClaim[], ledger: SlugLedger = EMPTY_LEDGER, served?: ReadonlySet<string>): Allocation {
  const allServed = served ?? new Set([...ledger.held.values()].map(({ slug }) => slug));
  return allocateSlugs(claims, ledger, allServed);
}

const slugs = (allocation: Allocation): Record<number, string | undefined> =>
  Object.fromEntries([...allocation.slugs].map(([identity, slug]) => [identity, slug]));

describe('allocateSlugs', () => {
  it('never gives a served slug to a file added later, even one whose name sorts first', () => {
    const first = run([claim(1, 'original.txt', 'results')]);
    const second = run([claim(1, 'original.txt', 'results'), claim(2, 'a-copy.txt', 'results')], first.ledger);
    expect(slugs(second)).toEqual({ 1: 'results', 2: 'results-2' });
    expect(second.problems).toEqual([
      {
        severity: 'warning',
        file: 'a-copy.txt',
        line: 1,
        reason: 'slug "results" is taken (it is the slug of original.txt), so this release is published as "results-2"; give one of them its own slug in front matter ("slug: ...")',
      },
    ]);
  });

  it('at start-up, gives colliding slugs in file order', () => {
    expect(slugs(run([claim(1, 'original.txt', 'results'), claim(2, 'a-copy.txt', 'results')]))).toEqual({ 1: 'results-2', 2: 'results' });
  });

  it('keeps a served slug answering for its release when an edit changes it, and says so once', () => {
    const first = run([claim(1, 'a.txt', 'acme-typo')]);
    const second = run([claim(1, 'a.txt', 'acme-fixed')], first.ledger);
    expect(slugs(second)).toEqual({ 1: 'acme-fixed' });
    expect([...second.redirects]).toEqual([['acme-typo', 1]]);
    expect(second.changes).toEqual([{ identity: 1, file: 'a.txt', from: 'acme-typo', to: 'acme-fixed', aliased: false }]);

    const third = run([claim(1, 'a.txt', 'acme-final'), claim(2, 'b.txt', 'acme-typo')], second.ledger);
    expect(slugs(third)).toEqual({ 1: 'acme-final', 2: 'acme-typo-2' });
    expect(new Map(third.redirects)).toEqual(new Map([['acme-typo', 1], ['acme-fixed', 1]]));
    expect(third.changes.map((change) => change.from)).toEqual(['acme-fixed']);
  });

  it('lets a release take back an old slug of its own', () => {
    const first = run([claim(1, 'a.txt', 'acme')]);
    const second = run([claim(1, 'a.txt', 'acme-oops')], first.ledger);
    const third = run([claim(1, 'a.txt', 'acme')], second.ledger);
    expect(slugs(third)).toEqual({ 1: 'acme' });
    expect([...third.redirects]).toEqual([['acme-oops', 1]]);
  });

  it('needs no redirect for a slug that was never served (under embargo), nor one an alias keeps', () => {
    const first = run([claim(1, 'a.txt', 'secret-deal'), claim(2, 'b.txt', 'results')]);
    const second = run([claim(1, 'a.txt', 'deal'), claim(2, 'b.txt', 'results-q4', { aliases: new Map([['results', 3]]) })], first.ledger, new Set(['results']));
    expect([...second.redirects]).toEqual([['results', 2]]);
    expect(second.changes).toEqual([{ identity: 2, file: 'b.txt', from: 'results', to: 'results-q4', aliased: true }]);
  });

  it('frees the slugs of a deleted release', () => {
    const first = run([claim(1, 'a.txt', 'results'), claim(2, 'b.txt', 'other')]);
    const second = run([claim(1, 'a.txt', 'results-new')], first.ledger);
    const third = run([claim(3, 'c.txt', 'results')], second.ledger);
    expect(slugs(third)).toEqual({ 3: 'results' });
    expect(third.redirects.size).toBe(0);
  });

  it('says when a release keeps a suffixed slug whose plain form is free again', () => {
    const first = run([claim(1, 'a.txt', 'results'), claim(2, 'b.txt', 'results')]);
    const second = run([claim(2, 'b.txt', 'results')], first.ledger);
    expect(slugs(second)).toEqual({ 2: 'results-2' });
    expect(second.problems[0]?.reason).toMatch(/was in use when this release was added, so it is published as "results-2" until a restart; add "slug: results-2"/);
  });

  const base = fc.constantFrom('a', 'a-2', 'a-3', 'b', 'b-2', 'results', '2004-10-13-results');
  const claimSpec = fc.record({ wanted: base, explicit: fc.boolean(), aliases: fc.uniqueArray(base, { maxLength: 2 }) });
  const toClaims = (specs: { wanted: string; explicit: boolean; aliases: string[] }[], offset: number): SlugClaim[] =>
    specs.map((spec, i) =>
      claim(offset + i, `f${String(offset + i).padStart(3, '0')}.txt`, spec.wanted, {
        explicit: spec.explicit,
        aliases: new Map(spec.aliases.map((alias) => [alias, 2])),
      }),
    );

  it('never moves a slug when files are added', () => {
    fc.assert(
      fc.property(fc.array(claimSpec, { maxLength: 12 }), fc.array(claimSpec, { maxLength: 12 }), (before, added) => {
        const existing = toClaims(before, 0);
        const first = run(existing);
        const second = run([...toClaims(added, 100), ...existing].reverse(), first.ledger);
        for (const { identity } of existing) expect(second.slugs.get(identity)).toBe(first.slugs.get(identity));
        for (const [slug, identity] of first.redirects) expect(second.redirects.get(slug)).toBe(identity);
      }),
    );
  });

  it('keeps every slug and old slug unique, and well formed', () => {
    fc.assert(
      fc.property(fc.array(claimSpec, { maxLength: 12 }), fc.array(claimSpec, { maxLength: 12 }), (before, after) => {
        const first = run(toClaims(before, 0));
        const second = run(toClaims(after, 0), first.ledger);
        for (const allocation of [first, second]) {
          const given = [...allocation.slugs.values()];
          expect(new Set(given).size).toBe(given.length);
          for (const slug of allocation.redirects.keys()) expect(given).not.toContain(slug);
          for (const slug of given) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        }
      }),
    );
  });

  it('gives the same slugs for the same files at every start-up, in any order', () => {
    fc.assert(
      fc.property(fc.array(claimSpec, { maxLength: 12 }), (specs) => {
        const claims = toClaims(specs, 0);
        expect(slugs(run([...claims].reverse()))).toEqual(slugs(run(claims)));
      }),
    );
  });
});
