/** What a comparison page can conclude. `depends` means the answer turns on the reader's situation. */
export const verdicts = ['flask', 'fastapi', 'tie', 'depends'] as const;
export type Verdict = (typeof verdicts)[number];

/** Badge text for each verdict, as shown in the matrix and the verdict box. */
export const verdictLabels: Record<Verdict, string> = {
	flask: 'Flask',
	fastapi: 'FastAPI',
	tie: 'Tie',
	depends: 'It depends',
};

/** Starlight Badge variants, chosen for contrast in both themes rather than brand colours. */
export const verdictBadgeVariants: Record<Verdict, 'note' | 'success' | 'default' | 'tip'> = {
	flask: 'note',
	fastapi: 'success',
	tie: 'default',
	depends: 'tip',
};
