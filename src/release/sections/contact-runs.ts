import type { Classified } from '../kinds/classified.js';

/**
 * A contact entry and the people filed after it, each a group of short lines (name,
 * organisation, phone, e-mail) set apart by blank lines: the blocks from `index` on that make
 * one contact section. A rule under a person closes the frame around the section, even where a
 * page break, not a blank line, sets it apart.
 */
export function contactRun(blocks: readonly Classified[], index: number, end = blocks.length): Classified[] {
  const run = blocks.slice(index, index + 1);
  let next = index + 1;
  while (next < end) {
    let stop = next + 1;
    while (stop < end && blocks[stop]?.block.gapBefore === false && blocks[stop]?.kind !== 'rule') stop++;
    const group = blocks.slice(next, stop);
    if (!isPerson(group)) break;
    run.push(...group);
    next = stop;
  }
  return run;
}

function isPerson(group: readonly Classified[]): boolean {
  return (
    group[0]?.block.gapBefore === true &&
    group.every((block) => block.contactLines && (block.kind === 'title' || block.kind === 'contact-lines')) &&
    group.some((block) => block.phoneOrEmail)
  );
}
