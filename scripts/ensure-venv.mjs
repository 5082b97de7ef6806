// Creates or refreshes the local Python virtual environment (.venv) that the examples and the
// benchmark run in. It reinstalls only when a requirements file changed since the last install.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot as root, runOrExit, venvPython } from './lib/system.mjs';

const venv = join(root, '.venv');
const stamp = join(venv, '.requirements.sha256');
// bench/requirements.txt includes examples/requirements.txt, so one install covers both.
const requirementFiles = ['examples/requirements.txt', 'bench/requirements.txt'].filter((f) =>
	existsSync(join(root, f)),
);
const MIN_PYTHON = [3, 11]; // FastAPI 0.165.0, as pinned, declares Requires-Python >=3.11

function findPython() {
	for (const candidate of [process.env.PYTHON, 'python3', 'python'].filter(Boolean)) {
		const probe = spawnSync(
			candidate,
			['-c', 'import sys, venv; print(".".join(map(str, sys.version_info[:2])))'],
			{
				encoding: 'utf8',
			},
		);
		if (probe.status === 0) return { command: candidate, version: probe.stdout.trim() };
	}
	return undefined;
}

const hash = createHash('sha256');
for (const file of requirementFiles) hash.update(file).update(readFileSync(join(root, file)));
const wanted = hash.digest('hex');

if (existsSync(venvPython) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted) {
	process.exit(0);
}

if (!existsSync(venvPython)) {
	const python = findPython();
	if (!python) {
		console.error(
			'✖ Python 3.11 or newer with the venv module is needed for the examples and the benchmark, and none was found (tried $PYTHON, python3, python). Install it (Debian: `apt-get install python3 python3-venv`) or set PYTHON to its path.',
		);
		process.exit(1);
	}
	const [major, minor] = python.version.split('.').map(Number);
	if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
		console.error(
			`✖ ${python.command} is Python ${python.version}; FastAPI needs ${MIN_PYTHON.join('.')} or newer. Set PYTHON to a newer one.`,
		);
		process.exit(1);
	}
	console.log(`Creating .venv with ${python.command} (Python ${python.version})…`);
	runOrExit('ensure-venv', python.command, ['-m', 'venv', venv]);
}

console.log(`Installing ${requirementFiles.join(' and ')} into .venv…`);
runOrExit('ensure-venv', venvPython, [
	'-m',
	'pip',
	'install',
	'--quiet',
	'--disable-pip-version-check',
	...requirementFiles.flatMap((f) => ['-r', f]),
]);
writeFileSync(stamp, `${wanted}\n`);
