/**
 * The comparison dimensions: the one list every page, the sidebar, the matrix and the quiz derive
 * from. Each `id` is also the page URL (`/compare/<id>/`) and the matrix row anchor
 * (`/compare/#<id>`), so ids are public and must never change once published.
 */
export interface Dimension {
	/** URL segment and anchor: lowercase words joined by hyphens. */
	readonly id: string;
	/** Name shown in the sidebar, the matrix and the quiz reasons. */
	readonly title: string;
	/** Python package folder under `examples/` holding this page's code samples. */
	readonly examplesDir: string;
}

export const dimensions = [
	{ id: 'performance', title: 'Performance', examplesDir: 'performance' },
	{ id: 'concurrency', title: 'Concurrency and async', examplesDir: 'concurrency' },
	{ id: 'data-validation', title: 'Data validation', examplesDir: 'data_validation' },
	{
		id: 'dependency-injection',
		title: 'Dependency injection',
		examplesDir: 'dependency_injection',
	},
	{ id: 'api-documentation', title: 'API documentation', examplesDir: 'api_documentation' },
	{ id: 'security', title: 'Security', examplesDir: 'security' },
	{
		id: 'community-and-ecosystem',
		title: 'Community and ecosystem',
		examplesDir: 'community_and_ecosystem',
	},
	{ id: 'flexibility', title: 'Flexibility', examplesDir: 'flexibility' },
	{
		id: 'scalability-and-deployment',
		title: 'Scalability and deployment',
		examplesDir: 'scalability_and_deployment',
	},
	{
		id: 'developer-experience',
		title: 'Developer experience',
		examplesDir: 'developer_experience',
	},
	{ id: 'testing', title: 'Testing', examplesDir: 'testing' },
	{ id: 'ml-model-serving', title: 'ML model serving', examplesDir: 'ml_model_serving' },
	{ id: 'templates-and-html', title: 'Templates and HTML', examplesDir: 'templates_and_html' },
	{
		id: 'websockets-and-streaming',
		title: 'WebSockets and streaming',
		examplesDir: 'websockets_and_streaming',
	},
	{ id: 'databases', title: 'Databases and ORMs', examplesDir: 'databases' },
] as const satisfies readonly Dimension[];

export type DimensionId = (typeof dimensions)[number]['id'];

/** All dimension ids, in display order, as a tuple usable by `z.enum`. */
export const dimensionIds = dimensions.map((d) => d.id) as unknown as readonly [
	DimensionId,
	...DimensionId[],
];

/** Looks up a dimension by id; throws on an unknown id so a typo fails the build loudly. */
export function getDimension(id: string): (typeof dimensions)[number] {
	const found = dimensions.find((d) => d.id === id);
	if (!found)
		throw new Error(`Unknown dimension id "${id}". Known ids: ${dimensionIds.join(', ')}`);
	return found;
}
