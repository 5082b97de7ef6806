#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --output PATH]`: runs the Flask vs FastAPI benchmark.
// Makes sure everything it needs is there (the Python venv with bench/requirements.txt, wrk,
// PostgreSQL's server binaries: installed with apt-get when run as root on Debian, otherwise one
// line saying how to get them), then hands over to `.venv/bin/python -m bench`, forwarding its
// arguments, output and exit code. See bench/README.md.
import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { join } from 'node:path';
import {
	ensureDebianPackages,
	ensurePostgres,
	repoRoot,
	runOrExit,
	venvPython,
	which,
} from './lib/system.mjs';

const prefix = 'bench';

// 1. The venv: scripts/ensure-venv.mjs installs examples/ and bench/requirements.txt, and does
//    nothing when they have not changed since the last install.
runOrExit(prefix, process.execPath, [join(repoRoot, 'scripts', 'ensure-venv.mjs')]);

// 2. The load generator and the CPU pinning tool.
ensureDebianPackages({
	prefix,
	packages: ['wrk'],
	isPresent: () => which('wrk') !== null,
	hint: 'wrk, the load generator, is not installed: `sudo apt-get install wrk` (Debian/Ubuntu) or `brew install wrk` (macOS), then rerun.',
});
ensureDebianPackages({
	prefix,
	packages: ['util-linux'],
	isPresent: () => which('taskset') !== null,
	hint: 'taskset, which pins the servers and the load generator to separate CPUs, is missing: install util-linux.',
});

// 3. PostgreSQL's server binaries; the runner starts (and always removes) its own throwaway cluster.
ensurePostgres(prefix);

// 4. The runner.
const child = spawn(venvPython, ['-m', 'bench', ...process.argv.slice(2)], {
	cwd: repoRoot,
	stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	// Ctrl-C reaches the runner directly (same process group); forward the others, so it can stop
	// its servers and remove the cluster before exiting.
	process.on(signal, () => {
		if (signal !== 'SIGINT') child.kill(signal);
	});
}
child.on('error', (error) => {
	console.error(`✖ ${prefix}: could not start ${venvPython}: ${error.message}`);
	process.exit(1);
});
child.on('exit', (code, signal) => {
	process.exit(code ?? 128 + (signal ? osConstants.signals[signal] : 0));
});
