import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dimensions, getDimension } from '../dimensions';

describe('dimensions', () => {
	it('have unique, URL-safe ids', () => {
		const ids = dimensions.map((d) => d.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
	});

	it('each has its page, and every page under compare/ is a dimension', () => {
		const pages = readdirSync('src/content/docs/compare')
			.filter((f) => f !== 'index.mdx')
			.map((f) => f.replace(/\.mdx?$/, ''));
		expect(pages.sort()).toEqual(dimensions.map((d) => d.id).sort());
	});

	it('each page declares its own id as dimension', () => {
		for (const { id } of dimensions) {
			const text = readFileSync(`src/content/docs/compare/${id}.mdx`, 'utf8');
			expect(text, `compare/${id}.mdx`).toMatch(new RegExp(`^dimension:\\s*${id}\\s*$`, 'm'));
		}
	});

	it('each has its examples folder', () => {
		for (const { examplesDir } of dimensions)
			expect(existsSync(`examples/${examplesDir}/__init__.py`), `examples/${examplesDir}/`).toBe(
				true,
			);
	});

	it('rejects an unknown id by name', () => {
		expect(() => getDimension('speed')).toThrow(/Unknown dimension id "speed"/);
	});
});
