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
		if (!claim) throw new Error(`Unknown claim id "${id}"; known ids: ${all.map((c) => c.id).join(', ')}`);
		return claim;
	});
}
