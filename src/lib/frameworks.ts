/** The two frameworks the site compares: the one definition of their ids and display names. */
export const frameworks = ['flask', 'fastapi'] as const;

export type Framework = (typeof frameworks)[number];

/** How each project spells its name. */
export const frameworkNames: Readonly<Record<Framework, string>> = {
	flask: 'Flask',
	fastapi: 'FastAPI',
};
