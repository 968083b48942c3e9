import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

/** WCAG 2.2 A and AA as axe checks them, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe in the page (or in one frame of it). The content security policy allows no script element, so axe's
 * source is evaluated through the devtools protocol instead, which the policy does not govern.
 */
export async function axeViolations(page: Page | Frame): Promise<AxeFinding[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const injected = (window as unknown as { axe: typeof axe }).axe;
    const results = await injected.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary ?? '',
      })),
    }));
  }, TAGS);
}

/** One finding per paragraph, each node with what axe says to fix. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .map((finding) =>
      [
        `${finding.rule} (${finding.impact}): ${finding.help}`,
        ...finding.nodes.map((node) => `  at ${node.target}\n    ${node.summary.replace(/\n/g, '\n    ')}`),
      ].join('\n'),
    )
    .join('\n\n');
}
