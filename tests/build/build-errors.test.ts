import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// A comparison page without a required field must stop the build with a message that names the
// file and the field, not a stack trace. `astro sync` runs the same content loader as the build.
test(
	'a comparison page missing `verdict` fails the build, naming the file and the field',
	{ timeout: 90_000 },
	() => {
		const root = join(import.meta.dirname, 'fixtures', 'missing-verdict');
		const result = spawnSync('astro', ['sync', '--root', root], {
			encoding: 'utf8',
			timeout: 60_000,
		});
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status, output).not.toBe(0);
		expect(output).toContain('Invalid frontmatter in src/content/docs/compare/testing.mdx');
		expect(output).toMatch(/"verdict": is missing/);
		expect(output).not.toMatch(/"summary"|"sources"|"claims"/);
	},
);
