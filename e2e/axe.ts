import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe (WCAG 2.0/2.1 A and AA rules) on the page and fails with a readable list of violations. */
export async function expectAccessible(page: Page, name: string) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  const readable = (violations as Violation[]).map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(readable, `axe on ${name}`).toEqual([]);
  await expectStyled(page, name);
}

/**
 * Every Mantine class on the page (m_…) has a style rule in the page's stylesheets: the app loads
 * Mantine's styles per component (web/src/app/mantine-styles*.ts), and a component whose file is
 * missing there would show unstyled.
 */
export async function expectStyled(page: Page, name: string) {
  const unstyled = await page.evaluate(() => {
    const styled = new Set<string>();
    const collect = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) {
          for (const match of rule.selectorText.matchAll(/\.(m_[0-9a-f]+)/g)) styled.add(match[1] ?? '');
        }
        if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
    const used = new Set<string>();
    for (const element of Array.from(document.querySelectorAll('[class*="m_"]'))) {
      for (const name of Array.from(element.classList)) if (/^m_[0-9a-f]+$/.test(name)) used.add(name);
    }
    return [...used].filter((name) => !styled.has(name));
  });
  expect(unstyled, `Mantine classes without styles on ${name}`).toEqual([]);
}

/** Signs in through the API (as a fixture): the browser context gets the session cookie. */
export async function signInAs(
  context: BrowserContext,
  baseUrl: string,
  email: string,
  password = 'civitas-demo',
) {
  const response = await context.request.post(`${baseUrl}/api/auth/login`, { data: { email, password } });
  expect(response.status()).toBe(200);
}
