import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/render/templates.js';
import type { BlockView } from '../../src/render/view-models/block-view.js';
import { releasePage } from '../../src/render/view-models/release-view.js';
import { seedLoaded } from '../fixtures/seed-release.js';

const VIEWS = path.join(import.meta.dirname, '../../views');

describe('the block partial', () => {
  it('has markup for every kind of block and refuses a kind it does not know', async () => {
    const templates = await loadTemplates(VIEWS);
    const { view } = releasePage(seedLoaded());
    expect(templates.release(view)).toContain('<p class="end-marker">#####</p>');
    const unknown = { kind: 'chart', text: 'x' } as unknown as BlockView;
    expect(() => templates.release({ ...view, body: [unknown] })).toThrow(/no markup for a block of kind "chart"/);
  });

});
