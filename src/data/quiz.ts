/**
 * The decision quiz: questions, options, weights and the reasons shown with a result. The quiz
 * page, its static decision table and the client-side scoring all read this one list, so a change
 * here changes every view of the quiz at once.
 *
 * Weights: negative points toward Flask, positive toward FastAPI, 0 is neutral. Keep them small
 * integers (-3..3); the clarity of a result is measured against the largest weight each answered
 * question offers on that side, so one outsized weight would drown out every other answer. Not
 * every question needs a Flask-side and a FastAPI-side option: add one only when it is true (the
 * comparison page it links to must say so), never to balance the totals.
 *
 * Question ids and option values appear in shared links (`/quiz/?build=api&io=slow-io`), so once
 * published they must not change; add new values instead of renaming old ones.
 */
import { dimensions, type DimensionId } from './dimensions';

/** The H2 anchors every comparison page (`/compare/<id>/`) has, in page order. */
export const comparisonAnchors = [
	'in-short',
	'how-flask-does-it',
	'how-fastapi-does-it',
	'side-by-side',
	'claims-this-page-settles',
	'when-it-matters',
	'sources',
] as const;

export type ComparisonAnchor = (typeof comparisonAnchors)[number];

/** The heading text behind each anchor, used to name the section a quiz reason links to. */
export const comparisonAnchorTitles: Readonly<Record<ComparisonAnchor, string>> = {
	'in-short': 'In short',
	'how-flask-does-it': 'How Flask does it',
	'how-fastapi-does-it': 'How FastAPI does it',
	'side-by-side': 'Side by side',
	'claims-this-page-settles': 'Claims this page settles',
	'when-it-matters': 'When it matters',
	sources: 'Sources',
};

/** The names a quiz reason's link is shown under: its page's title and its section's heading. */
export interface QuizLabels {
	/** Page title by dimension id ("Data validation"). */
	readonly dimensions: ReadonlyMap<string, string>;
	/** Section heading by anchor ("How Flask does it"). */
	readonly sections: ReadonlyMap<string, string>;
}

/** The site's labels, passed to the quiz's scoring by the page and the tests. */
export const quizLabels: QuizLabels = {
	dimensions: new Map(dimensions.map((d) => [d.id, d.title])),
	sections: new Map(Object.entries(comparisonAnchorTitles)),
};

/** Why an answer points where it does, and which comparison section backs it up. */
export interface QuizReason {
	/** One sentence, plain text (never HTML). */
	readonly text: string;
	readonly dimension: DimensionId;
	readonly anchor: ComparisonAnchor;
}

export interface QuizOption {
	/** Appears in shared links: short, lowercase, url-safe. Unique within its question. */
	readonly value: string;
	readonly label: string;
	/** Negative toward Flask, positive toward FastAPI, 0 neutral. */
	readonly weight: number;
	/** Required when `weight` is not 0. */
	readonly reason?: QuizReason;
}

export interface QuizQuestion {
	/** Appears in shared links as the parameter name: short, lowercase, url-safe. */
	readonly id: string;
	readonly prompt: string;
	readonly help?: string;
	readonly options: readonly QuizOption[];
}

/**
 * How scores become results. `eitherMargin` is absolute so that one weak answer on its own cannot
 * produce a recommendation; the ratios are relative to the largest score the answered questions
 * could reach on the side the score points to, so the same thresholds work for two answers or for
 * all of them, and for Flask as for FastAPI although more options point toward FastAPI.
 */
export interface QuizThresholds {
	/** A score whose magnitude is at most this is a tie: `either`. */
	readonly eitherMargin: number;
	/** Below this share of the reachable maximum the result is `either` (close). */
	readonly closeRatio: number;
	/** From this share of the reachable maximum on, the result is `clear`; between the two, `leaning`. */
	readonly clearRatio: number;
	/** An answer at least this strong against a clear result still earns an "also consider" line. */
	readonly counterWeight: number;
}

export const quizThresholds: QuizThresholds = {
	eitherMargin: 1,
	closeRatio: 0.15,
	clearRatio: 0.4,
	counterWeight: 2,
};

export const quizQuestions: readonly QuizQuestion[] = [
	{
		id: 'build',
		prompt: 'What are you building?',
		options: [
			{
				value: 'api',
				label: 'A JSON API for other clients (a single-page app, mobile apps, other services)',
				weight: 2,
				reason: {
					text: 'FastAPI is built around JSON endpoints: it parses requests and serialises responses from the types you declare, which is most of the work in an API.',
					dimension: 'data-validation',
					anchor: 'how-fastapi-does-it',
				},
			},
			{
				value: 'site',
				label: 'A server-rendered website (HTML pages, forms, logins)',
				weight: -3,
				reason: {
					text: 'Flask ships Jinja templates, sessions and message flashing, and Flask-WTF and Flask-Login cover forms and logins; FastAPI can render Jinja templates but has no form or login layer.',
					dimension: 'templates-and-html',
					anchor: 'how-flask-does-it',
				},
			},
			{
				value: 'both',
				label: 'Both: HTML pages and a JSON API in one app',
				weight: -1,
				reason: {
					text: 'Both frameworks can serve pages and JSON from one app, but Flask has templates, sessions and flashing ready out of the box, which the HTML half will use.',
					dimension: 'templates-and-html',
					anchor: 'when-it-matters',
				},
			},
		],
	},
	{
		id: 'io',
		prompt: 'What does a typical request spend its time on?',
		help: 'Think of the slowest common request, not the average one.',
		options: [
			{
				value: 'slow-io',
				label: 'Waiting on other services: many slow HTTP or API calls',
				weight: 3,
				reason: {
					text: 'With async def endpoints and async client libraries, one FastAPI process keeps many requests waiting on slow services at once, while each Flask worker thread waits on one request at a time.',
					dimension: 'concurrency',
					anchor: 'how-fastapi-does-it',
				},
			},
			{
				value: 'streaming',
				label: 'Holding connections open: WebSockets, Server-Sent Events or streaming',
				weight: 3,
				reason: {
					text: 'FastAPI has WebSocket routes, streaming responses and Server-Sent Events built in; Flask needs an extension for WebSockets, and under WSGI every open connection ties up a worker thread.',
					dimension: 'websockets-and-streaming',
					anchor: 'how-fastapi-does-it',
				},
			},
			{
				value: 'quick-db',
				label: 'Mostly quick database queries or computation',
				weight: 0,
				reason: {
					text: 'For quick queries or computation, our benchmark found the setup mattering as much as the framework: the best FastAPI setup served up to about a third more than the best Flask one, and setups of one framework differed about as much, so this favours neither.',
					dimension: 'performance',
					anchor: 'when-it-matters',
				},
			},
			{
				value: 'blocking',
				label:
					'Waiting on libraries that only have blocking clients (a synchronous database driver or SDK)',
				weight: -1,
				reason: {
					text: 'With only synchronous libraries FastAPI runs your endpoints in a thread pool much as a threaded Flask worker would, so its async advantage disappears, and one blocking call slipped into an async def endpoint stalls the whole worker.',
					dimension: 'concurrency',
					anchor: 'when-it-matters',
				},
			},
		],
	},
	{
		id: 'db',
		prompt: 'How will the service reach its database?',
		options: [
			{
				value: 'sync-orm',
				label:
					'Through synchronous ORM code we keep (Flask-SQLAlchemy models, SQLAlchemy sessions)',
				weight: -1,
				reason: {
					text: 'Flask runs synchronous ORM code as it is, while FastAPI gains nothing from it beyond def endpoints in a thread pool and needs plain SQLAlchemy sessions in place of Flask-SQLAlchemy’s.',
					dimension: 'databases',
					anchor: 'when-it-matters',
				},
			},
			{
				value: 'async',
				label: 'Through an async driver (asyncpg or psycopg’s async mode), or we can adopt one',
				weight: 2,
				reason: {
					text: 'With an async driver and SQLAlchemy’s AsyncSession, FastAPI’s async def endpoints hold no thread while a query runs, though the connection pool still caps how many queries run at once.',
					dimension: 'databases',
					anchor: 'how-fastapi-does-it',
				},
			},
			{ value: 'none', label: 'No database, or it does not matter here', weight: 0 },
		],
	},
	{
		id: 'docs',
		prompt: 'Do you need generated API documentation or typed clients?',
		options: [
			{
				value: 'yes',
				label: 'Yes: an OpenAPI schema, interactive docs or generated client code',
				weight: 3,
				reason: {
					text: 'FastAPI derives an OpenAPI schema from your endpoints and serves Swagger UI at /docs and ReDoc at /redoc by default, and client generators can read that schema.',
					dimension: 'api-documentation',
					anchor: 'how-fastapi-does-it',
				},
			},
			{
				value: 'nice',
				label: 'Nice to have',
				weight: 1,
				reason: {
					text: 'Flask can publish OpenAPI through extensions such as flask-smorest, APIFlask or Flask-OpenAPI3, so occasional docs are only a small edge for FastAPI, which needs no extra package.',
					dimension: 'api-documentation',
					anchor: 'how-flask-does-it',
				},
			},
			{ value: 'no', label: 'No', weight: 0 },
		],
	},
	{
		id: 'validation',
		prompt: 'How much input validation do you need?',
		options: [
			{
				value: 'heavy',
				label: 'A lot: nested JSON bodies from clients you do not control',
				weight: 2,
				reason: {
					text: 'FastAPI validates request data against Pydantic models declared in the endpoint signature and answers bad input with a 422 response that lists each error; core Flask has no validation layer.',
					dimension: 'data-validation',
					anchor: 'how-fastapi-does-it',
				},
			},
			{
				value: 'forms',
				label: 'Mostly HTML form input',
				weight: -1,
				reason: {
					text: 'Flask-WTF validates HTML forms with CSRF protection and re-renders them with error messages, a workflow FastAPI does not provide.',
					dimension: 'data-validation',
					anchor: 'how-flask-does-it',
				},
			},
			{ value: 'light', label: 'Little: a few simple parameters', weight: 0 },
		],
	},
	{
		id: 'team',
		prompt: 'What does your team already have?',
		options: [
			{
				value: 'flask-code',
				label:
					'Flask code in production or Flask extensions we rely on (Flask-Login, Flask-Admin, Flask-WTF)',
				weight: -3,
				reason: {
					text: 'Extensions such as Flask-Login, Flask-Admin and Flask-WTF have no drop-in FastAPI equivalents, so switching means rewriting the code that depends on them.',
					dimension: 'community-and-ecosystem',
					anchor: 'when-it-matters',
				},
			},
			{
				value: 'flask-skills',
				label: 'Flask experience, but no code we must keep',
				weight: -1,
				reason: {
					text: 'Knowing Flask shortens delivery, but with no code to keep the cost of switching is mostly learning FastAPI’s type-driven style and dependency injection.',
					dimension: 'developer-experience',
					anchor: 'how-flask-does-it',
				},
			},
			{
				value: 'async-skills',
				label: 'FastAPI, async Python or Pydantic experience',
				weight: 2,
				reason: {
					text: 'A team used to async/await and Pydantic is productive in FastAPI from the start and knows to avoid its main pitfall: blocking calls inside async def endpoints.',
					dimension: 'developer-experience',
					anchor: 'how-fastapi-does-it',
				},
			},
			{ value: 'new', label: 'Neither: we start from scratch', weight: 0 },
		],
	},
	{
		id: 'ml',
		prompt: 'Will the service serve machine-learning models?',
		options: [
			{
				value: 'yes',
				label: 'Yes: model inference behind an API',
				weight: 1,
				reason: {
					text: 'FastAPI is now the common pick for model endpoints, with Pydantic schemas for inputs and outputs, but inference usually dominates the request time, so how you run the model matters more than the framework.',
					dimension: 'ml-model-serving',
					anchor: 'when-it-matters',
				},
			},
			{ value: 'no', label: 'No', weight: 0 },
		],
	},
	{
		id: 'types',
		prompt: 'How much does your code rely on type hints?',
		options: [
			{
				value: 'strict',
				label: 'Fully typed and checked with mypy or pyright',
				weight: 2,
				reason: {
					text: 'FastAPI reads the type hints themselves to parse, validate and document requests, so annotations you already write also drive runtime behaviour.',
					dimension: 'developer-experience',
					anchor: 'how-fastapi-does-it',
				},
			},
			{ value: 'some', label: 'Some hints, not checked everywhere', weight: 0 },
			{
				value: 'none',
				label: 'Rarely: we prefer untyped code',
				weight: -2,
				reason: {
					text: 'Flask ignores type hints, while most of what FastAPI adds depends on them, so without annotations FastAPI loses much of its advantage.',
					dimension: 'developer-experience',
					anchor: 'how-flask-does-it',
				},
			},
		],
	},
	{
		id: 'stability',
		prompt: 'How much version stability do you need?',
		options: [
			{
				value: 'high',
				label: 'High: a long-lived app that we upgrade rarely',
				weight: -2,
				reason: {
					text: 'FastAPI is still 0.x and its docs say any minor release may include breaking changes, whereas Flask is classified Production/Stable.',
					dimension: 'community-and-ecosystem',
					anchor: 'when-it-matters',
				},
			},
			{
				value: 'pinned',
				label: 'Normal: we pin versions and upgrade deliberately',
				weight: 0,
				reason: {
					text: 'With pinned versions and tests, FastAPI’s 0.x releases are manageable; read the release notes before each minor upgrade.',
					dimension: 'community-and-ecosystem',
					anchor: 'when-it-matters',
				},
			},
		],
	},
];
