/**
 * The logic behind `npm run freshness`: which pins lag the registry and which reviews are old.
 * No I/O here; scripts/freshness.mjs fetches and reads, these functions decide and format.
 * Kept free of TypeScript-only syntax so Node can import it directly.
 */

/** How many days a review or a claim check stays fresh. */
export const MAX_AGE_DAYS = 90;

/**
 * Compares two release versions by their numeric parts (`0.165.0` < `0.166.0` < `1.0`), the way
 * PyPI and npm order ordinary releases. Pre-release suffixes are ignored: the registries' "latest"
 * answers are final releases.
 * @returns negative, zero or positive, like a sort comparator
 */
export function compareVersions(a: string, b: string): number {
	const parts = (v: string) =>
		v
			.split(/[.+-]/)
			.map((p) => Number.parseInt(p, 10))
			.filter((n) => !Number.isNaN(n));
	const [pa, pb] = [parts(a), parts(b)];
	for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
		const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (diff !== 0) return diff;
	}
	return 0;
}

/** Whole days from an ISO date (YYYY-MM-DD) to `today`. */
export function ageInDays(isoDate: string, today: Date): number {
	const then = Date.parse(`${isoDate}T00:00:00Z`);
	if (Number.isNaN(then)) throw new Error(`"${isoDate}" is not a YYYY-MM-DD date`);
	const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
	return Math.floor((now - then) / 86_400_000);
}

/** A pinned package and what its registry serves as latest (`undefined` when it could not say). */
export interface PinCheck {
	registry: 'PyPI' | 'npm';
	name: string;
	pinned: string;
	latest: string | undefined;
	/** Where the pin is written, e.g. `examples/requirements.txt`. */
	file: string;
}

/** Something with a date a person set when they last checked it. */
export interface Dated {
	what: string;
	date: string;
}

/** One Markdown table of the pins that lag, or a line saying none does. */
export function driftTable(checks: readonly PinCheck[]): string {
	const behind = checks.filter(
		(c) => c.latest !== undefined && compareVersions(c.pinned, c.latest) < 0,
	);
	if (behind.length === 0)
		return `All ${checks.filter((c) => c.latest).length} checked pins are at the latest release.`;
	const rows = behind.map(
		(c) => `| ${c.registry} | ${c.name} | ${c.pinned} | ${c.latest} | ${c.file} |`,
	);
	return [
		'| Registry | Package | Pinned | Latest | Pinned in |',
		'| --- | --- | --- | --- | --- |',
		...rows,
	].join('\n');
}

/** The items whose date is more than `maxAge` days before `today`, oldest first. */
export function staleItems(
	items: readonly Dated[],
	today: Date,
	maxAge = MAX_AGE_DAYS,
): (Dated & { age: number })[] {
	return items
		.map((item) => ({ ...item, age: ageInDays(item.date, today) }))
		.filter((item) => item.age > maxAge)
		.sort((a, b) => b.age - a.age);
}
