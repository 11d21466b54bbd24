import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let source: string | undefined;

type AxeNode = { target: unknown[]; failureSummary?: string };
type AxeViolation = { id: string; impact?: string | null; help: string; nodes: AxeNode[] };

/** The violations axe-core finds on the page as it is now (WCAG 2.x A and AA rules). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // The app's Content-Security-Policy (default-src 'self') refuses the inline <script> that
  // page.addScriptTag would add, and bypassing the CSP would hide the app's own CSP mistakes;
  // evaluating the source through the DevTools protocol is not subject to the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) {
    source ??= readFileSync(AXE, 'utf8');
    await page.evaluate(source);
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: [] }> } }).axe;
    const result = await axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations;
  });
}

/** One line per violation and element, readable in a test failure. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    …and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Every violation seen by `checkA11y`, serious or not, for the run's report. */
export const a11yLog: { screen: string; id: string; impact: string; nodes: number }[] = [];

/**
 * Fails when axe-core finds a serious or critical violation on `screen`; lesser ones are
 * logged and kept in `a11yLog`.
 */
export async function checkA11y(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  for (const v of violations)
    a11yLog.push({ screen, id: v.id, impact: v.impact ?? 'unknown', nodes: v.nodes.length });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0)
    console.warn(`axe (${screen}), not blocking:\n${describeViolations(minor)}`);
  if (blocking.length > 0) {
    throw new Error(
      `Accessibility: ${blocking.length} serious or critical axe violation(s) on ${screen} (${page.url()}):\n${describeViolations(blocking)}`,
    );
  }
}
