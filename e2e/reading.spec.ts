import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

// How the Flask/FastAPI samples read at each width, without JavaScript and on paper, and the
// fact-check index. The tab behaviour itself (sync, persistence) is in navigation.spec.ts.

const COMPARISON = 'compare/data-validation/';

/** The first Flask/FastAPI sample's two panels, in source order (Flask, then FastAPI). */
function panels(page: Page): { flask: Locator; fastapi: Locator } {
	const sample = page.locator('.framework-code').first();
	return {
		flask: sample.locator('[role="tabpanel"]').nth(0),
		fastapi: sample.locator('[role="tabpanel"]').nth(1),
	};
}

/** How many characters of the code font fit on one line of each of the sample's code blocks. */
async function visibleColumns(sample: Locator): Promise<number[]> {
	return sample.locator('pre').evaluateAll((pres) =>
		pres.map((pre) => {
			const line = pre.querySelector<HTMLElement>('.ec-line .code');
			const probe = document.createElement('span');
			probe.textContent = 'x'.repeat(100);
			probe.style.font = getComputedStyle(pre.querySelector('code') ?? pre).font;
			probe.style.whiteSpace = 'pre';
			document.body.append(probe);
			const charWidth = probe.getBoundingClientRect().width / 100;
			probe.remove();
			const padding = line
				? parseFloat(getComputedStyle(line).paddingLeft) +
					parseFloat(getComputedStyle(line).paddingRight)
				: 0;
			return (pre.clientWidth - padding) / charWidth;
		}),
	);
}

/** Both files are on screen, one after the other, each under its framework's name, with no tabs. */
async function expectBothStacked(page: Page): Promise<void> {
	const { flask, fastapi } = panels(page);
	await expect(flask).toBeVisible();
	await expect(fastapi).toBeVisible();
	await expect(flask.locator('.framework-code-label')).toHaveText('Flask');
	await expect(fastapi.locator('.framework-code-label')).toHaveText('FastAPI');
	await expect(page.locator('.framework-code').first().getByRole('tablist')).toBeHidden();
	const [a, b] = [await flask.boundingBox(), await fastapi.boundingBox()];
	expect(b!.y, 'FastAPI comes below Flask').toBeGreaterThanOrEqual(a!.y + a!.height);
}

test.describe('at 1440 px', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('a comparison shows both files side by side, tops aligned, at least 60 columns each', async ({
		page,
	}) => {
		await page.goto(COMPARISON);
		const sample = page.locator('.framework-code').first();
		const { flask, fastapi } = panels(page);
		await expect(flask).toBeVisible();
		await expect(fastapi).toBeVisible();
		const [a, b] = [(await flask.boundingBox())!, (await fastapi.boundingBox())!];
		expect(Math.abs(a.y - b.y), 'tops aligned').toBeLessThanOrEqual(1);
		expect(b.x, 'FastAPI to the right of Flask').toBeGreaterThanOrEqual(a.x + a.width);
		expect(b.x + b.width, 'inside the window').toBeLessThanOrEqual(1440);
		for (const columns of await visibleColumns(sample)) expect(columns).toBeGreaterThanOrEqual(60);
		// The wider sample takes the desktop table of contents' room; the contents move to the bar
		// at the top, so nothing sits over the code.
		await expect(page.locator('.right-sidebar-panel')).toBeHidden();
		await expect(page.locator('#starlight__on-this-page--mobile')).toBeVisible();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
			'no sideways scroll',
		).toBeLessThanOrEqual(0);
	});

	test('the side-by-side layout passes axe', async ({ page }) => {
		await page.goto(COMPARISON);
		await page.waitForFunction(() =>
			[...document.querySelectorAll('.expressive-code pre')].every(
				(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
			),
		);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.disableRules(['label-content-name-mismatch'])
			.analyze();
		expect(
			results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
			),
		).toEqual([]);
	});
});

test.describe('at 375 px', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	test('a comparison shows one file at a time, switched by tabs', async ({ page }) => {
		await page.goto(COMPARISON);
		const sample = page.locator('.framework-code').first();
		const { flask, fastapi } = panels(page);
		await expect(flask).toBeVisible();
		await expect(fastapi).toBeHidden();
		await expect(
			flask.locator('.framework-code-label'),
			'the tab already names the framework',
		).toBeHidden();
		await sample.getByRole('tab', { name: 'FastAPI' }).click();
		await expect(fastapi).toBeVisible();
		await expect(flask).toBeHidden();
		await expect(sample.getByRole('tab', { name: 'FastAPI' })).toHaveAttribute(
			'aria-selected',
			'true',
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('both files are shown, each labelled', async ({ page }) => {
		await page.goto(COMPARISON);
		await expectBothStacked(page);
	});

	test('the fact-check index is a plain table of all 25 claims, with no filter', async ({
		page,
	}) => {
		await page.goto('fact-check/');
		const index = page.locator('.fact-check-index');
		await expect(index.locator('tbody tr')).toHaveCount(25);
		for (const row of await index.locator('tbody tr').all()) await expect(row).toBeVisible();
		await expect(index.getByRole('group')).toBeHidden();
	});
});

test('printed, both files are shown, each labelled', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(COMPARISON);
	await expectBothStacked(page);
});

test.describe('the fact-check index', () => {
	test('lists every claim with its status, linking to its row', async ({ page }) => {
		await page.goto('fact-check/');
		const rows = page.locator('.fact-check-index tbody tr');
		await expect(rows).toHaveCount(25);
		for (let n = 1; n <= 25; n += 1) {
			const row = rows.nth(n - 1);
			await expect(row.getByRole('link', { name: `C${n}`, exact: true })).toHaveAttribute(
				'href',
				`#c${n}`,
			);
			const status = await page.locator(`#c${n} .claim-status .sl-badge`).textContent();
			await expect(row.locator('.sl-badge')).toHaveText(status ?? '');
		}
		await rows.nth(7).getByRole('link', { name: 'C8' }).click();
		await expect(page).toHaveURL(/#c8$/);
		await expect(page.locator('#c8')).toBeInViewport();
	});

	test('filters by status, keeps the choice in the address, and explains a bad one', async ({
		page,
	}) => {
		await page.goto('fact-check/');
		const index = page.locator('.fact-check-index');
		const wrong = await page
			.locator('.claim-row .claim-status .sl-badge[data-status="wrong"]')
			.count();
		expect(wrong).toBeGreaterThan(0);
		await index.getByRole('radio', { name: /^Wrong/ }).check();
		await expect(index.locator('tbody tr:visible')).toHaveCount(wrong);
		for (const row of await index.locator('tbody tr:visible').all())
			await expect(row.locator('.sl-badge')).toHaveText('Wrong');
		await expect(index.getByRole('status')).toHaveText(`Showing ${wrong} of 25 claims: Wrong.`);
		await expect(page).toHaveURL(/\?status=wrong$/);

		await page.reload();
		await expect(index.getByRole('radio', { name: /^Wrong/ })).toBeChecked();
		await expect(index.locator('tbody tr:visible')).toHaveCount(wrong);
		await index.getByRole('radio', { name: /^All/ }).check();
		await expect(index.locator('tbody tr:visible')).toHaveCount(25);
		await expect(page).toHaveURL(/\/fact-check\/$/);

		await page.goto('fact-check/?status=mostly-true');
		await expect(index.getByRole('status')).toHaveText(
			'There is no status called “mostly-true”. Showing all 25 claims.',
		);
		await expect(index.locator('tbody tr:visible')).toHaveCount(25);
	});

	test('claim titles render inline code as code, in the index and the rows', async ({ page }) => {
		await page.goto('fact-check/');
		await expect(page.locator('#c5-title code').first()).toHaveText('async def');
		await expect(
			page.locator('.fact-check-index tbody tr').nth(4).locator('code').first(),
		).toHaveText('async def');
		await expect(page.locator('.fact-check')).not.toContainText('`');
	});
});
