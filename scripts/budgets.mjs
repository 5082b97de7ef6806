// Measures the production build in dist/ against the size budgets in scripts/lib/budgets.ts and prints
// Markdown tables (for the README): the largest figure per budget, then every page.
// Exits non-zero when a page is over budget. Run `astro build` first.
// Usage: npm run budgets [-- --top N]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { budgetViolations, measureSite, pagesTable, summaryTable } from './lib/budgets.ts';
import { BASE, DIST as dist } from './lib/dist.ts';

if (!existsSync(join(dist, 'index.html'))) {
	console.error('✖ No build in dist/: run `npm run build` first.');
	process.exit(1);
}
const topIndex = process.argv.indexOf('--top');
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : Infinity;

const reports = await measureSite(dist, BASE);
console.log('### Size budgets (gzip level 9, 1 KB = 1024 bytes)\n');
console.log(summaryTable(reports));
console.log('\n### Per page, heaviest first visit first\n');
console.log(pagesTable(reports, top));
const problems = budgetViolations(reports);
if (problems.length > 0) {
	console.error(
		`\n✖ ${problems.length} budget problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
	);
	process.exit(1);
}
console.log(`\n✔ All ${reports.length} pages are within budget.`);
