import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths, useTheme } from './site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// axe marks this rule experimental. It flags Starlight's search button, whose accessible name is
// its visible label "Search"; the "Ctrl K" shortcut hint beside the label is not part of the label.
const DISABLED_RULES = ['label-content-name-mismatch'];

for (const theme of ['light', 'dark'] as const) {
	for (const path of sitemapPaths()) {
		test(`axe: /${path} in the ${theme} theme`, async ({ page }) => {
			await useTheme(page, theme);
			await page.goto(path);
			// Expressive Code makes overflowing code blocks focusable after a debounced idle
			// callback; checking before it runs would report a scrollable region it is about to fix.
			await page.waitForFunction(() =>
				[...document.querySelectorAll('.expressive-code pre')].every(
					(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
				),
			);
			const results = await new AxeBuilder({ page })
				.withTags(WCAG_TAGS)
				.disableRules(DISABLED_RULES)
				.analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
			);
			expect(summary).toEqual([]);
		});
	}
}
