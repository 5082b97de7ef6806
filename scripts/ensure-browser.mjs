// Makes sure the end-to-end tests have a Chromium. On a fresh Debian machine as root it installs
// Debian's package; anywhere else it stops with one line saying how to get one.
import { findChromium, SYSTEM_CHROMIUM_PATHS } from './browser.mjs';
import { ensureDebianPackages } from './lib/system.mjs';
import { existsSync } from 'node:fs';

const found = await findChromium().catch((error) => {
	console.error(`✖ ${error.message}`);
	process.exit(1);
});

if (!found) {
	ensureDebianPackages({
		prefix: 'test:e2e',
		packages: ['chromium'],
		isPresent: () => SYSTEM_CHROMIUM_PATHS.some((path) => existsSync(path)),
		hint: 'No Chromium for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
	});
}

const chromium = found ?? (await findChromium());
console.log(`Using Chromium at ${chromium?.path} (${chromium?.source}).`);
