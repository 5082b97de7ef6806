import type { Claim } from '../data/claims';

/** The fact-check anchor for a claim: `C8` → `c8`. */
export function claimAnchor(id: Claim['id']): string {
	return id.toLowerCase();
}

/**
 * Looks up claims by id, in the order given, and fails loudly on an unknown id, so a page cannot
 * cite a claim that the fact-check does not cover.
 */
export function pickClaims(all: readonly Claim[], ids: readonly string[]): Claim[] {
	return ids.map((id) => {
		const claim = all.find((c) => c.id === id);
		if (!claim)
			throw new Error(`Unknown claim id "${id}"; known ids: ${all.map((c) => c.id).join(', ')}`);
		return claim;
	});
}

/** How many claims have each status, in the order of `statuses`, leaving out statuses nobody has. */
export function countByStatus<S extends string>(
	all: readonly { readonly status: S }[],
	statuses: readonly S[],
): { status: S; count: number }[] {
	return statuses
		.map((status) => ({ status, count: all.filter((claim) => claim.status === status).length }))
		.filter((entry) => entry.count > 0);
}
