/**
 * The fact-check index's status filter, as pure functions: which rows a choice shows, what the
 * live summary says, and how the choice lives in the page address (`?status=wrong`) so a filtered
 * index can be shared. The `<claim-filter>` element (src/browser/claim-filter.ts) only wires these
 * to the page.
 */

/** The query parameter that carries the filter. */
export const STATUS_PARAM = 'status';

/** `all`, or one of the statuses the page knows. */
export type StatusFilter = 'all' | (string & {});

export interface ParsedStatusFilter {
	readonly filter: StatusFilter;
	/** The value from the address that was not a known status, so the page can say so; else null. */
	readonly rejected: string | null;
}

/**
 * Reads the filter from a query string. A missing or empty parameter means `all`; an unknown
 * value also falls back to `all` and is reported in `rejected` rather than hiding every row.
 */
export function parseStatusFilter(search: string, statuses: readonly string[]): ParsedStatusFilter {
	const value = new URLSearchParams(search).get(STATUS_PARAM)?.trim() ?? '';
	if (value === '' || value === 'all') return { filter: 'all', rejected: null };
	return statuses.includes(value)
		? { filter: value, rejected: null }
		: { filter: 'all', rejected: value };
}

/** Whether a row with this status is shown under the filter. */
export function matchesStatus(status: string, filter: StatusFilter): boolean {
	return filter === 'all' || status === filter;
}

/**
 * The query string for a filter choice, keeping every other parameter: `all` removes the
 * parameter, so the unfiltered page keeps its plain address. Returns `''` or a string starting
 * with `?`.
 */
export function searchWithStatus(search: string, filter: StatusFilter): string {
	const params = new URLSearchParams(search);
	if (filter === 'all') params.delete(STATUS_PARAM);
	else params.set(STATUS_PARAM, filter);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * The sentence the live region reads after a change, e.g. "Showing 4 of 25 claims: Wrong." A
 * rejected value from the address is named, so a mistyped shared link explains itself.
 */
export function describeStatusFilter(
	shown: number,
	total: number,
	label: string | null,
	rejected: string | null = null,
): string {
	const noun = total === 1 ? 'claim' : 'claims';
	const what =
		label === null
			? `Showing all ${total} ${noun}.`
			: `Showing ${shown} of ${total} ${noun}: ${label}.`;
	return rejected === null ? what : `There is no status called “${rejected}”. ${what}`;
}
