import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { dimensionIds } from './data/dimensions';
import { claims } from './data/claims';
import { verdicts } from './data/verdicts';
import { formatFrontmatterErrors } from './lib/frontmatter';
import { isComparisonPageId } from './lib/comparison';

const knownClaimIds = new Set<string>(claims.map((claim) => claim.id));

/** Fields every page under `src/content/docs/compare/` (except the matrix) must declare. */
const comparisonFields = z.object({
	dimension: z.enum(dimensionIds),
	verdict: z.enum(verdicts),
	summary: z
		.string()
		.min(20)
		.max(160, 'must be at most 160 characters')
		.refine(
			(s) => /[.!?]$/.test(s.trim()) && !/[.!?]\s+[A-Z]/.test(s.trim()),
			'must be exactly one sentence',
		),
	reviewed: z.coerce.date(),
	claims: z.array(
		z.string().superRefine((id, ctx) => {
			if (!knownClaimIds.has(id))
				ctx.addIssue({
					code: 'custom',
					message: `unknown claim id "${id}" (see src/data/claims.ts)`,
				});
		}),
	),
	sources: z
		.array(z.object({ title: z.string().min(3), url: z.url({ protocol: /^https$/ }) }))
		.min(2, 'needs at least two sources'),
});

const docs = docsLoader();

/**
 * Starlight's docs loader, plus the rule Zod alone cannot express: a schema does not know which
 * file it is parsing, so the comparison fields are optional in the schema and required here for
 * pages under `compare/`. A failure stops the build with the file and the field named.
 */
const docsWithComparisonRules: Loader = {
	name: 'docs-with-comparison-rules',
	async load(context) {
		await docs.load(context);
		const errors: string[] = [];
		for (const [id, entry] of context.store.entries()) {
			if (!isComparisonPageId(id)) continue;
			const filePath = entry.filePath ?? `src/content/docs/${id}.mdx`;
			const missing = Object.keys(comparisonFields.shape).filter(
				(field) => entry.data[field] === undefined,
			);
			if (missing.length > 0) {
				errors.push(
					formatFrontmatterErrors(
						filePath,
						missing.map((field) => ({ path: [field], message: 'is missing' })),
					),
				);
				continue;
			}
			const result = comparisonFields.safeParse(entry.data);
			if (!result.success) {
				errors.push(formatFrontmatterErrors(filePath, result.error.issues));
				continue;
			}
			const slug = id.slice('compare/'.length);
			if (result.data.dimension !== slug) {
				errors.push(
					formatFrontmatterErrors(filePath, [
						{
							path: ['dimension'],
							message: `is "${result.data.dimension}" but the file is compare/${slug}: they must match`,
						},
					]),
				);
			}
		}
		if (errors.length > 0) throw new Error(errors.join('\n\n'));
	},
};

export const collections = {
	docs: defineCollection({
		loader: docsWithComparisonRules,
		schema: docsSchema({ extend: comparisonFields.partial() }),
	}),
};
