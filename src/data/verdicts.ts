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

/** Starlight Badge variants: four distinct hues with Starlight's own contrast in both themes. */
export const verdictBadgeVariants: Record<Verdict, 'note' | 'success' | 'caution' | 'tip'> = {
	flask: 'note',
	fastapi: 'success',
	tie: 'caution',
	depends: 'tip',
};
