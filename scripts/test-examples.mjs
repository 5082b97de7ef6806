// Runs the Python test suites in the project's .venv (creating it first when needed): every
// sample under examples/, then the benchmark harness's own tests under bench/.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const python = join(root, '.venv', 'bin', 'python');

const ensure = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-venv.mjs')], { stdio: 'inherit' });
if (ensure.status !== 0) process.exit(ensure.status ?? 1);

const suites = [
	{ cwd: join(root, 'examples'), args: [] },
	{ cwd: root, args: ['bench', '-p', 'no:cacheprovider'] },
];
for (const suite of suites) {
	const result = spawnSync(python, ['-m', 'pytest', ...suite.args, ...process.argv.slice(2)], { stdio: 'inherit', cwd: suite.cwd });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
