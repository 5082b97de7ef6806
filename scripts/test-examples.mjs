// Runs the pytest suite of examples/ in the project's .venv, creating it first when needed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ensure = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-venv.mjs')], { stdio: 'inherit' });
if (ensure.status !== 0) process.exit(ensure.status ?? 1);

const result = spawnSync(join(root, '.venv', 'bin', 'python'), ['-m', 'pytest', ...process.argv.slice(2)], {
	stdio: 'inherit',
	cwd: join(root, 'examples'),
});
process.exit(result.status ?? 1);
