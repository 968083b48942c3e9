import type { Block } from '../../release/model.js';

export type BlockJson =
  | { type: 'paragraph' | 'heading'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'preformatted'; text: string };

/** Blocks as published in JSON; end markers and wire trailers carry no content and are left out. */
export function blocksJson(blocks: readonly Block[]): BlockJson[] {
  return blocks.flatMap((block): BlockJson[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'preformatted':
        return [{ type: block.type, text: block.text }];
      case 'list':
        return [{
          type: 'list',
          items: block.items.map((item) => (block.ordered ? `${item.marker} ${item.text}` : item.text)),
        }];
      case 'marker':
        return [];
    }
  });
}
