/**
 * Reading a pip requirements file: the exact `name==version` pins and the date they were last
 * checked against the package index (a `# Checked against PyPI on YYYY-MM-DD` line).
 */

/** Exact pins keyed by lower-case package name (extras and comments dropped). */
export function parsePins(text: string): Map<string, string> {
	const pins = new Map<string, string>();
	for (const raw of text.split('\n')) {
		const line = raw.replace(/#.*/, '').trim();
		const match = /^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==([^\s;]+)/.exec(line);
		if (match?.[1] && match[2]) pins.set(match[1].toLowerCase(), match[2]);
	}
	return pins;
}

/** Requirement lines that are not exact pins (ranges, bare names), to reject them. */
export function unpinnedLines(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.replace(/#.*/, '').trim())
		.filter((l) => l !== '' && !l.startsWith('-') && !l.includes('=='));
}

/** The ISO date of the `# Checked against PyPI on YYYY-MM-DD` line, or undefined. */
export function checkedOn(text: string): string | undefined {
	return /^#\s*Checked against PyPI on (\d{4}-\d{2}-\d{2})\b/m.exec(text)?.[1];
}

/**
 * The pinned version of each named package; throws naming the file and the package when one is
 * missing, so a removed pin fails the build instead of showing "undefined" on every page.
 */
export function pickPins<const Name extends string>(
	text: string,
	names: readonly Name[],
	file: string,
): Record<Name, string> {
	const pins = parsePins(text);
	const picked = {} as Record<Name, string>;
	for (const name of names) {
		const version = pins.get(name);
		if (version === undefined)
			throw new Error(`${file} has no exact pin "${name}==…", which the site shows.`);
		picked[name] = version;
	}
	return picked;
}
