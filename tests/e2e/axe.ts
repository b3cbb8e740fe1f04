import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

// @axe-core/playwright needs Node ≥ 22.12; this is what it does, on Node 20: inject axe-core, run it, read
// the violations. page.evaluate runs in the page as the debugger does, so the app's CSP cannot block it
// (an inline <script> from addScriptTag would be).
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** What the issue counts: minor findings are left to review, everything from moderate up fails. */
const COUNTED_IMPACTS: ReadonlySet<string> = new Set(["moderate", "serious", "critical"]);

export type AxeViolation = { id: string; impact: string; help: string; targets: string[] };

type RawViolation = { id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> };

/** The moderate, serious and critical axe violations of the page as it is now, one entry per rule. */
export const axeViolations = async (page: Page): Promise<AxeViolation[]> => {
  await page.evaluate(AXE_SOURCE);
  const raw = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: RawViolation[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? "", help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  });
  return raw
    .filter((v) => COUNTED_IMPACTS.has(v.impact))
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
};

/** One line per violation, so a failing test names the rule and the elements to fix. */
export const describeViolations = (violations: readonly AxeViolation[]) =>
  violations.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.targets.slice(0, 5).join(" | ")}`);
