/**
 * Formats a date the same way everywhere on the site ("November 24, 2026"), in UTC so a build
 * machine's time zone can never shift a reviewed date by a day.
 */
export function formatDate(date: Date): string {
	return date.toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });
}

/** `YYYY-MM-DD` in UTC, for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
