import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparedVersions, serverVersions } from '../versions';

/** `name==version` pins from a requirements file, keyed by lower-case name. */
function readPins(path: string): Map<string, string> {
	const pins = new Map<string, string>();
	for (const raw of readFileSync(path, 'utf8').split('\n')) {
		const line = raw.replace(/#.*/, '').trim();
		const match = /^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==([^\s;]+)/.exec(line);
		if (match?.[1] && match[2]) pins.set(match[1].toLowerCase(), match[2]);
	}
	return pins;
}

describe('compared versions', () => {
	const pins = readPins('examples/requirements.txt');
	const { python: _python, ...packages } = comparedVersions;

	it.each(Object.entries({ ...packages, ...serverVersions }))('examples/requirements.txt pins %s at the version the site shows', (name, version) => {
		expect(pins.get(name), `examples/requirements.txt has no "${name}==" pin`).toBe(version);
	});

	it('pins every requirement exactly, so the examples run against one known set', () => {
		const unpinned = readFileSync('examples/requirements.txt', 'utf8')
			.split('\n')
			.map((l) => l.replace(/#.*/, '').trim())
			.filter((l) => l !== '' && !l.startsWith('-') && !l.includes('=='));
		expect(unpinned).toEqual([]);
	});

	it('shows a Python version the pinned FastAPI supports (3.11 or newer)', () => {
		const [major, minor] = comparedVersions.python.split('.').map(Number);
		expect(major).toBe(3);
		expect(minor).toBeGreaterThanOrEqual(11);
	});
});
