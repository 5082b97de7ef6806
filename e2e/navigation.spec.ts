import { expect, test } from '@playwright/test';
import { expectTheme } from './site';

test('a deep link to a heading lands with that heading in view', async ({ page }) => {
	await page.goto('compare/data-validation/#when-it-matters');
	const heading = page.locator('#when-it-matters');
	await expect(heading).toBeInViewport();
	// And it is far enough down the page that being in view is not an accident.
	const top = await heading.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
	expect(top).toBeGreaterThan(1000);
});

test('every heading on a comparison page has its anchor link', async ({ page }) => {
	await page.goto('compare/data-validation/');
	// Written out, not imported from src/data/quiz.ts (comparisonAnchors): people link to these
	// anchors, so the test pins them and a rename in the data fails here.
	for (const id of [
		'in-short',
		'how-flask-does-it',
		'how-fastapi-does-it',
		'side-by-side',
		'claims-this-page-settles',
		'when-it-matters',
		'sources',
	]) {
		await expect(page.locator(`#${id}`), `#${id}`).toHaveCount(1);
		await expect(
			page.locator(`a.sl-anchor-link[href="#${id}"]`),
			`anchor link for #${id}`,
		).toHaveCount(1);
	}
});

test('a comparison page shows its verdict, review line, claims and sources', async ({ page }) => {
	await page.goto('compare/data-validation/');
	await expect(page.getByRole('complementary', { name: 'Verdict' })).toContainText(
		/Flask|FastAPI|Tie|It depends/,
	);
	await expect(page.locator('.reviewed-with')).toContainText(
		/Reviewed on \w+ \d+, \d{4} with Flask \d+\.\d+\.\d+, FastAPI \d+\.\d+\.\d+/,
	);
	await expect(page.locator('.claims-settled a[href$="/fact-check/#c8"]')).toBeVisible();
	await expect(page.locator('.claims-settled a[href$="/fact-check/#c21"]')).toBeVisible();
	expect(await page.locator('.source-list li').count()).toBeGreaterThanOrEqual(2);
	await expect(page.locator('.sl-container a[href*="/edit/"]').first()).toBeVisible();
	await expect(page.getByText(/Last updated:/)).toBeVisible();
});

test('the Flask/FastAPI tab choice syncs within a page and persists to the next page', async ({
	page,
}) => {
	await page.goto('compare/websockets-and-streaming/');
	const tabs = page.locator('starlight-tabs');
	expect(await tabs.count(), 'this page needs two tab sets to test syncing').toBeGreaterThanOrEqual(
		2,
	);
	await tabs.first().getByRole('tab', { name: 'FastAPI' }).click();
	for (const set of await tabs.all()) {
		await expect(set.getByRole('tab', { name: 'FastAPI' })).toHaveAttribute(
			'aria-selected',
			'true',
		);
	}
	await page.goto('compare/data-validation/');
	await expect(
		page.locator('starlight-tabs').first().getByRole('tab', { name: 'FastAPI' }),
	).toHaveAttribute('aria-selected', 'true');
	await expect(
		page.locator('starlight-tabs').first().getByRole('tab', { name: 'Flask' }),
	).toHaveAttribute('aria-selected', 'false');
});

test('the theme switch changes the theme and remembers it', async ({ page }) => {
	await page.goto('');
	const select = page.locator('starlight-theme-select select').first();
	await select.selectOption('dark');
	await expectTheme(page, 'dark');
	await page.reload();
	await expectTheme(page, 'dark');
	await select.selectOption('light');
	await expectTheme(page, 'light');
});

test.describe('on a 375 px screen', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	test('the menu opens and navigates', async ({ page }) => {
		await page.goto('compare/');
		const sidebarLink = page
			.locator('#starlight__sidebar')
			.getByRole('link', { name: 'Performance' });
		await expect(sidebarLink).toBeHidden();
		await page.locator('.sl-menu-button').click();
		await expect(sidebarLink).toBeVisible();
		await sidebarLink.click();
		await expect(page).toHaveURL(/\/compare\/performance\/$/);
		await expect(page.locator('h1')).toHaveText('Performance');
	});

	test('no page content is wider than the screen', async ({ page }) => {
		for (const path of [
			'',
			'compare/',
			'compare/data-validation/',
			'fact-check/',
			'guides/migrating-from-flask-to-fastapi/',
		]) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			expect(overflow, `/${path} scrolls sideways`).toBeLessThanOrEqual(0);
			// Nor is a table wider than its column, or hiding columns in a scroll box.
			const wideTables = await page.locator('main table').evaluateAll((tables) =>
				tables
					.filter((table) => {
						const column = table.closest('.sl-container')!.getBoundingClientRect();
						return (
							table.getBoundingClientRect().right > column.right + 0.5 ||
							table.scrollWidth > table.clientWidth + 0.5
						);
					})
					.map((table) => table.querySelector('th')?.textContent),
			);
			expect(wideTables, `/${path} tables wider than the column`).toEqual([]);
		}
	});

	test('the home page has the menu, with the navigation and the theme switch', async ({ page }) => {
		await page.goto('');
		await page.locator('.sl-menu-button').click();
		const menu = page.locator('#starlight__sidebar');
		await expect(menu.getByRole('link', { name: 'Decision quiz' })).toBeVisible();
		await expect(menu.locator('starlight-theme-select select')).toBeVisible();
	});

	test('the migration guide’s concept map keeps every code token whole', async ({ page }) => {
		await page.goto('guides/migrating-from-flask-to-fastapi/');
		const table = page.locator('.code-cards');
		await expect(table.locator('td[data-label="What changes"]').first()).toBeVisible();
		// A line break inside inline code may fall at a space or beside punctuation (`dependencies=` /
		// `[...]`), never inside a name or number (`register_blueprin` / `t()`).
		const broken = await table.locator('code').evaluateAll((codes) =>
			codes.flatMap((code) => {
				const text = code.textContent ?? '';
				const node = code.firstChild;
				if (!node || node.nodeType !== Node.TEXT_NODE) return [];
				const range = document.createRange();
				const tops = [...text].map((_, i) => {
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					return Math.round(range.getBoundingClientRect().top);
				});
				return tops.some(
					(top, i) =>
						i > 0 && top !== tops[i - 1] && /\w/.test(text[i - 1]!) && /\w/.test(text[i]!),
				)
					? [text]
					: [];
			}),
		);
		expect(broken).toEqual([]);
	});

	test('chart labels stay readable (11 px or more)', async ({ page }) => {
		await page.goto('compare/community-and-ecosystem/');
		const sizes = await page
			.locator('.diagram svg text')
			.evaluateAll((texts) =>
				texts.map(
					(text) =>
						parseFloat(getComputedStyle(text).fontSize) *
						((text as SVGTextElement).getScreenCTM()?.a ?? 0),
				),
			);
		expect(sizes.length).toBeGreaterThan(10);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
	});
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

	test('the copy button sits in the title bar, clear of the code', async ({ page }) => {
		await page.goto('compare/data-validation/');
		const frame = page.locator('.expressive-code .frame').first();
		await frame.scrollIntoViewIfNeeded();
		const button = await frame.getByRole('button', { name: 'Copy to clipboard' }).boundingBox();
		const firstLine = await frame.locator('.ec-line').first().boundingBox();
		expect(button!.y + button!.height).toBeLessThanOrEqual(firstLine!.y);
	});
});

test('the verdict table has one name: sidebar, page title and the home page’s links', async ({
	page,
}) => {
	await page.goto('');
	const name = 'Verdicts at a glance';
	await expect(page.getByRole('link', { name, exact: true }).first()).toHaveAttribute(
		'href',
		/\/compare\/$/,
	);
	await expect(page.getByText(/full matrix|See every verdict/)).toHaveCount(0);
	await page.goto('compare/');
	await expect(page.locator('h1')).toHaveText(name);
	await expect(
		page.locator('#starlight__sidebar').getByRole('link', { name, exact: true }),
	).toHaveAttribute('aria-current', 'page');
});

test('matrix rows have stable anchors and a working copy-link button', async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('compare/#performance');
	const row = page.locator('tr#performance');
	await expect(row).toBeInViewport();
	await row.getByRole('button', { name: /Copy link to the Performance row/ }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(new URL('compare/#performance', baseURL).href);
	await expect(row.getByRole('status')).toHaveText('Link copied');
});
