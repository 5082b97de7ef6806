// Runs the Python test suites in the project's .venv (creating it first when needed): every
// sample under examples/, then the benchmark harness's own tests under bench/. The database
// samples run against a throwaway PostgreSQL, so its server binaries must be there first.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensurePostgres, repoRoot, venvPython } from './lib/system.mjs';

const ensure = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'ensure-venv.mjs')], {
	stdio: 'inherit',
});
if (ensure.status !== 0) process.exit(ensure.status ?? 1);

ensurePostgres('test:examples');

const suites = [
	{ cwd: join(repoRoot, 'examples'), args: [] },
	{ cwd: repoRoot, args: ['bench', '-p', 'no:cacheprovider'] },
];
for (const suite of suites) {
	const result = spawnSync(venvPython, ['-m', 'pytest', ...suite.args, ...process.argv.slice(2)], {
		stdio: 'inherit',
		cwd: suite.cwd,
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}
