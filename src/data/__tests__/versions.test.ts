import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedOn, parsePins, pickPins, unpinnedLines } from '../../lib/requirements';
import { comparedVersions } from '../versions';

describe('requirements parsing', () => {
	const sample =
		'# Checked against PyPI on 2026-12-02\nflask==3.1.3  # web\npsycopg[binary]==3.3.1\n-r other.txt\nrequests>=2\n';

	it('reads exact pins, extras and comments aside', () => {
		expect([...parsePins(sample)]).toEqual([
			['flask', '3.1.3'],
			['psycopg', '3.3.1'],
		]);
	});

	it('reports ranges and bare names as unpinned', () => {
		expect(unpinnedLines(sample)).toEqual(['requests>=2']);
	});

	it('reads the checked-on date, and nothing when the line is missing', () => {
		expect(checkedOn(sample)).toBe('2026-12-02');
		expect(checkedOn('flask==1')).toBeUndefined();
	});

	it('names the file and the package when a shown pin is missing', () => {
		expect(() => pickPins(sample, ['fastapi'], 'x.txt')).toThrow(
			'x.txt has no exact pin "fastapi==…"',
		);
	});
});

describe('compared versions', () => {
	const text = readFileSync('examples/requirements.txt', 'utf8');

	it('pins every requirement exactly, so the examples run against one known set', () => {
		expect(unpinnedLines(text)).toEqual([]);
	});

	it('shows exactly what examples/requirements.txt pins', () => {
		expect(comparedVersions.fastapi).toBe(parsePins(text).get('fastapi'));
	});

	it('shows a Python version the pinned FastAPI supports (3.11 or newer)', () => {
		const [major, minor] = comparedVersions.python.split('.').map(Number);
		expect(major).toBe(3);
		expect(minor).toBeGreaterThanOrEqual(11);
	});
});
