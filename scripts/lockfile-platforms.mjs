// Restores the lockfile entries of optional, platform-specific binaries (Pagefind's and Astro's
// compiler bindings for macOS, Windows, …) that `npm install` leaves out when the registry it
// talks to lacks those builds. Without them `npm ci` refuses the lockfile as "out of sync".
// Each entry carries its os/cpu, so npm skips it on other platforms, exactly as it does with a
// lockfile written against the full public registry. Run it after `npm install` changes the lock:
//   node scripts/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

/** os/cpu/libc for a platform package, from the suffix of its name. */
function platformOf(name) {
	const suffix = name.split('/').pop() ?? '';
	const rules = [
		[/darwin-arm64/, { os: ['darwin'], cpu: ['arm64'] }],
		[/darwin-x64/, { os: ['darwin'], cpu: ['x64'] }],
		[/linux-arm64-musl/, { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
		[/linux-arm64(-gnu)?$/, { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] }],
		[/linux-x64-musl/, { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
		[/linux-x64(-gnu)?$/, { os: ['linux'], cpu: ['x64'], libc: ['glibc'] }],
		[/(win32|windows)-arm64/, { os: ['win32'], cpu: ['arm64'] }],
		[/(win32|windows)-x64/, { os: ['win32'], cpu: ['x64'] }],
		[/freebsd-x64/, { os: ['freebsd'], cpu: ['x64'] }],
		[/android-arm64/, { os: ['android'], cpu: ['arm64'] }],
		[/wasm32-wasi/, { cpu: ['wasm32'] }],
	];
	const found = rules.find(([pattern]) => pattern.test(suffix));
	return found?.[1];
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
	if (!path.startsWith('node_modules/') || !entry.optionalDependencies) continue;
	for (const [name, version] of Object.entries(entry.optionalDependencies)) {
		// npm hoists these next to their parent's top-level folder.
		const target = `node_modules/${name}`;
		if (packages[target]) continue;
		const platform = platformOf(name);
		if (!platform) continue;
		packages[target] = { version, dev: entry.dev ?? undefined, optional: true, ...platform };
		added++;
	}
}

const sorted = Object.fromEntries(
	Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
	added > 0
		? `Added ${added} platform-specific optional entries to package-lock.json.`
		: 'package-lock.json already lists every platform package.',
);
