import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
	version?: string;
	optionalDependencies?: Record<string, string>;
}

describe('package-lock.json', () => {
	const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
		packages: Record<string, LockEntry>;
	};

	it('lists every optional platform binary, so `npm ci` accepts it on any machine', () => {
		const missing: string[] = [];
		for (const [path, entry] of Object.entries(lock.packages)) {
			if (!path.startsWith('node_modules/')) continue;
			for (const name of Object.keys(entry.optionalDependencies ?? {})) {
				if (!lock.packages[`node_modules/${name}`])
					missing.push(`${name} (wanted by ${path.slice('node_modules/'.length)})`);
			}
		}
		expect(missing, 'run `node scripts/lockfile-platforms.mjs` after `npm install`').toEqual([]);
	});

	it('pins the Node 24 the scripts run on', () => {
		expect(lock.packages['node_modules/node']?.version).toMatch(/^24\./);
		expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('24');
	});
});
