// Makes sure the end-to-end tests have a Chromium. On a fresh Debian machine as root it installs
// Debian's package; anywhere else it stops with one line saying how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

let found = await findChromium().catch((error) => {
	console.error(`✖ ${error.message}`);
	process.exit(1);
});

if (!found) {
	const isRoot = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
		found = await findChromium();
	}
}

if (!found) {
	console.error(
		'✖ No Chromium for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
	);
	process.exit(1);
}

console.log(`Using Chromium at ${found.path} (${found.source}).`);
