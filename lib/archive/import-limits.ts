/**
 * What one import may hold. Everything is read in the browser's memory, so the limits keep a
 * careless or hostile input (a 50k-file folder, a zip bomb) from taking the tab down; each is
 * named in the message that refuses it.
 */

/** Files in one folder or zip; a larger set is refused whole (split it into several imports). */
export const MAX_IMPORT_FILES = 10_000;
/** One text file, as the CLI's default `--max-file-mb`: larger files are skipped with a warning. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** The text of one import in all (after unzipping). */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
/**
 * Uncompressed size / compressed size above which an entry is taken for a bomb (news text deflates
 * about 3–6×; a zip bomb thousands of times). Entries under `RATIO_FLOOR_BYTES` are never refused
 * for it: a small file of blank lines compresses well and harms no one.
 */
export const MAX_ZIP_RATIO = 200;
export const RATIO_FLOOR_BYTES = 1024 * 1024;
