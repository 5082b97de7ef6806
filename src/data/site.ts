/** The one `syncKey` every Flask/FastAPI tab set uses, so a reader's choice follows them across pages. */
export const FRAMEWORK_TABS_SYNC_KEY = 'framework';
