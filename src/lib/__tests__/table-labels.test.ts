import { describe, expect, it } from 'vitest';
import { labelTableCells } from '../table-labels';

const table = `<table><thead><tr><th>Flask</th><th>FastAPI</th><th>What <em>changes</em></th></tr></thead><tbody><tr><td><code>abort(404)</code></td><td><code>raise HTTPException(404)</code></td><td>JSON body &amp; status</td></tr><tr><td>a</td><td>b</td></tr></tbody></table>`;

describe('labelTableCells', () => {
	it('labels each body cell with its column header, markup in the header reduced to text', () => {
		const out = labelTableCells(table);
		expect(out).toContain('<td data-label="Flask"><code>abort(404)</code></td>');
		expect(out).toContain('<td data-label="FastAPI"><code>raise HTTPException(404)</code></td>');
		expect(out).toContain('<td data-label="What changes">JSON body &amp; status</td>');
		expect(out).toContain('<td data-label="Flask">a</td><td data-label="FastAPI">b</td>');
	});
	it('leaves header cells, tables without a header and other markup alone', () => {
		const bare = '<p>Intro</p><table><tbody><tr><td>x</td></tr></tbody></table>';
		expect(labelTableCells(bare)).toBe(bare);
		expect(labelTableCells(table)).toContain('<thead><tr><th>Flask</th>');
	});
	it('escapes a header that contains quotes', () => {
		const quoted =
			'<table><thead><tr><th>say "hi"</th></tr></thead><tbody><tr><td>x</td></tr></tbody></table>';
		expect(labelTableCells(quoted)).toContain('<td data-label="say &quot;hi&quot;">x</td>');
	});
	it('keeps a label the author already set', () => {
		const own =
			'<table><thead><tr><th>A</th></tr></thead><tbody><tr><td data-label="Mine">x</td></tr></tbody></table>';
		expect(labelTableCells(own)).toContain('<td data-label="Mine">x</td>');
	});
});
