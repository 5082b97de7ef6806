import { describe, expect, it } from 'vitest';
import { ageInDays, compareVersions, driftTable, staleItems } from '../freshness.ts';

describe('compareVersions', () => {
	it('orders by numeric parts, not as text', () => {
		expect(compareVersions('0.99.0', '0.165.0')).toBeLessThan(0);
		expect(compareVersions('2.14.4', '2.14.3')).toBeGreaterThan(0);
		expect(compareVersions('1.0', '1.0.0')).toBe(0);
		expect(compareVersions('27.0.1', '27.0.1')).toBe(0);
	});
});

describe('freshness report', () => {
	const today = new Date('2026-12-02T15:00:00Z');

	it('counts whole days, whatever the time of day', () => {
		expect(ageInDays('2026-12-01', today)).toBe(1);
		expect(ageInDays('2026-09-03', today)).toBe(90);
		expect(() => ageInDays('yesterday', today)).toThrow('not a YYYY-MM-DD date');
	});

	it('lists only what is older than 90 days, oldest first', () => {
		const items = [
			{ what: 'C3', date: '2026-08-19' },
			{ what: 'compare/testing', date: '2026-09-03' },
			{ what: 'C9', date: '2026-01-10' },
		];
		expect(staleItems(items, today).map((i) => i.what)).toEqual(['C9', 'C3']);
	});

	it('tables the pins that lag and ignores those the registry did not answer for', () => {
		const table = driftTable([
			{
				registry: 'PyPI',
				name: 'flask',
				pinned: '3.1.3',
				latest: '3.2.0',
				file: 'examples/requirements.txt',
			},
			{
				registry: 'PyPI',
				name: 'gone',
				pinned: '1.0',
				latest: undefined,
				file: 'bench/requirements.txt',
			},
			{ registry: 'npm', name: 'astro', pinned: '7.3.5', latest: '7.3.5', file: 'package.json' },
		]);
		expect(table).toContain('| PyPI | flask | 3.1.3 | 3.2.0 | examples/requirements.txt |');
		expect(table).not.toContain('gone');
		expect(table).not.toContain('astro');
		expect(
			driftTable([
				{ registry: 'npm', name: 'astro', pinned: '7.3.5', latest: '7.3.5', file: 'package.json' },
			]),
		).toBe('All 1 checked pins are at the latest release.');
	});
});
