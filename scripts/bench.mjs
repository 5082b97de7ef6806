#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --output PATH]`: runs the Flask vs FastAPI benchmark.
// Makes sure the Python venv (with the benchmark's extras) and wrk are there, then hands over to
// `.venv/bin/python bench/run.py`, forwarding its arguments, output and exit code.
// Node ESM, no dependencies. See bench/README.md.
import { spawnSync, spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const python = join(root, '.venv', 'bin', 'python');
const args = process.argv.slice(2);

/** Runs a command with inherited stdio; exits with its code when it fails. */
function runOrExit(command, commandArgs, what, options = {}) {
	const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
	if (result.error) {
		console.error(`bench: ${what} failed: ${result.error.message}`);
		process.exit(1);
	}
	if (result.status !== 0) {
		console.error(`bench: ${what} failed (exit ${result.status ?? result.signal}).`);
		process.exit(result.status || 1);
	}
}

/** The full path of an executable on PATH, or null. */
function which(name) {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		if (!dir) continue;
		const candidate = join(dir, name);
		try {
			accessSync(candidate, constants.X_OK);
			return candidate;
		} catch {
			// not here
		}
	}
	return null;
}

// 1. The Python venv (created by the project's ensure-venv script), plus uvloop and httptools.
if (!existsSync(python)) {
	console.log('bench: no .venv yet; creating it with scripts/ensure-venv.mjs');
	runOrExit(process.execPath, [join(root, 'scripts', 'ensure-venv.mjs')], 'scripts/ensure-venv.mjs');
	if (!existsSync(python)) {
		console.error(`bench: scripts/ensure-venv.mjs finished but ${python} is still missing.`);
		process.exit(1);
	}
}
const extras = spawnSync(python, ['-c', 'import uvloop, httptools'], { cwd: root, stdio: 'ignore' });
if (extras.status !== 0) {
	console.log('bench: installing the benchmark extras (bench/requirements.txt) into .venv');
	runOrExit(python, ['-m', 'pip', 'install', '--quiet', '-r', join(root, 'bench', 'requirements.txt')], 'pip install -r bench/requirements.txt');
}

// 2. wrk, the load generator (Debian/Ubuntu package "wrk").
if (!which('wrk')) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && which('apt-get')) {
		console.log('bench: wrk not found; installing it with apt-get');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		runOrExit('apt-get', ['update'], 'apt-get update', { env });
		runOrExit('apt-get', ['install', '-y', 'wrk'], 'apt-get install -y wrk', { env });
	} else {
		console.error('bench: wrk is not installed; install it (Debian/Ubuntu: `sudo apt-get install -y wrk`, macOS: `brew install wrk`) and rerun.');
		process.exit(1);
	}
}

// 3. The runner itself.
const child = spawn(python, [join(root, 'bench', 'run.py'), ...args], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	// Ctrl-C reaches the runner directly (same process group); forward the others so it can stop its servers.
	process.on(signal, () => {
		if (signal !== 'SIGINT') child.kill(signal);
	});
}
child.on('error', (error) => {
	console.error(`bench: could not start ${python}: ${error.message}`);
	process.exit(1);
});
child.on('exit', (code, signal) => {
	process.exit(code ?? 128 + (osConstants.signals[signal] ?? 0));
});
