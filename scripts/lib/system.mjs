// The few things every Node script behind an npm script needs: where the repository is, running a
// command or stopping with a clear message, finding an executable, and installing a missing
// Debian package when that is possible (root with apt-get), else one line saying how to get it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (this file lives in scripts/lib/). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's Python interpreter inside `.venv`. */
export const venvPython = join(repoRoot, '.venv', 'bin', 'python');

/**
 * Runs a command with inherited output from the repository root; on failure prints
 * `<prefix>: <what> failed (…)` and exits with the command's code.
 * @param {string} prefix  who is speaking, e.g. `bench`
 * @param {string} command
 * @param {readonly string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
export function runOrExit(prefix, command, args, options = {}) {
	const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
	const what = `\`${[command, ...args].join(' ')}\``;
	if (result.error) {
		console.error(`✖ ${prefix}: ${what} failed: ${result.error.message}`);
		process.exit(1);
	}
	if (result.status !== 0) {
		console.error(`✖ ${prefix}: ${what} failed (exit ${result.status ?? result.signal}).`);
		process.exit(result.status || 1);
	}
}

/**
 * The full path of an executable on PATH, or `null`.
 * @param {string} name
 * @returns {string | null}
 */
export function which(name) {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		if (!dir) continue;
		const candidate = join(dir, name);
		try {
			accessSync(candidate, constants.X_OK);
			return candidate;
		} catch {
			// not in this folder
		}
	}
	return null;
}

/** True when this process may install system packages with apt-get. */
export function canAptInstall() {
	return process.getuid?.() === 0 && which('apt-get') !== null;
}

/**
 * Makes sure a Debian package is installed: `isPresent()` decides; when it is false and this is
 * root on Debian, installs `packages` with apt-get; otherwise prints `hint` and exits 1.
 * @param {{ prefix: string, packages: readonly string[], isPresent: () => boolean, hint: string }} need
 */
export function ensureDebianPackages({ prefix, packages, isPresent, hint }) {
	if (isPresent()) return;
	if (!canAptInstall()) {
		console.error(`✖ ${prefix}: ${hint}`);
		process.exit(1);
	}
	console.log(`${prefix}: installing Debian's ${packages.join(', ')} (apt-get)…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	runOrExit(prefix, 'apt-get', ['update', '-qq'], { env });
	runOrExit(prefix, 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
		env,
	});
	if (!isPresent()) {
		console.error(
			`✖ ${prefix}: apt-get installed ${packages.join(', ')}, but it is still not usable. ${hint}`,
		);
		process.exit(1);
	}
}

/** True when PostgreSQL's server binaries are where scripts/throwaway_postgres.py looks. */
export function hasPostgresServer() {
	const probe = spawnSync(
		'python3',
		[join(repoRoot, 'scripts', 'throwaway_postgres.py'), '--find'],
		{ encoding: 'utf8' },
	);
	return probe.status === 0;
}

/** Installs PostgreSQL's server when missing (root on Debian), else stops with how to get it. */
export function ensurePostgres(prefix) {
	ensureDebianPackages({
		prefix,
		packages: ['postgresql'],
		isPresent: hasPostgresServer,
		hint: 'PostgreSQL server binaries (initdb, pg_ctl) are needed and were not found: install them (Debian/Ubuntu: `sudo apt-get install postgresql`, macOS: `brew install postgresql`) or set PG_BIN to the folder holding initdb.',
	});
}
