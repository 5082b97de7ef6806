/**
 * The versions the whole site compares: shown on every comparison page and pinned in
 * `examples/requirements.txt` (a unit test fails when the two disagree). Bump them here first,
 * then in the requirements file, then re-run `npm test` and re-review the pages.
 */
export const comparedVersions = {
	python: '3.11',
	flask: '3.1.3',
	werkzeug: '3.1.9',
	fastapi: '0.165.0',
	starlette: '1.10.0',
	pydantic: '2.14.3',
} as const;

/** Servers used by the benchmark and the deployment examples, pinned the same way. */
export const serverVersions = {
	uvicorn: '0.54.0',
	gunicorn: '27.0.1',
} as const;

/** The day the pins above were checked against what PyPI served. */
export const versionsCheckedOn = '2026-11-24';

export type PackageName = keyof typeof comparedVersions | keyof typeof serverVersions;

/** Display names for the packages, as their projects spell them. */
export const packageLabels: Record<PackageName, string> = {
	python: 'Python',
	flask: 'Flask',
	werkzeug: 'Werkzeug',
	fastapi: 'FastAPI',
	starlette: 'Starlette',
	pydantic: 'Pydantic',
	uvicorn: 'Uvicorn',
	gunicorn: 'Gunicorn',
};
