/** The largest file the web import takes: about 100 000 till lines. Bigger: `habitue import`. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** Rows the preview shows. */
export const PREVIEW_ROWS = 20;

/** Row problems kept in a report (the count says how many there were in all). */
export const REPORT_MAX_PROBLEMS = 10_000;
