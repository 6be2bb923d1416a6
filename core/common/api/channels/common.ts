// Validators and result shapes shared by the channel groups.
import * as v from 'valibot';

export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
export const empty = v.object({});
export const docType = v.picklist(['rectification', 'work-summary', 'unknown']);
/** A file's bytes on the wire (base64), capped so a paste or pick cannot exhaust the host. */
export const fileBytes = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(260)),
  base64: v.pipe(v.string(), v.maxLength(48 * 1024 * 1024)),
});

/** A file the host produced: written where the clerk chose, cancelled, or handed back for the page to download. */
export interface FileResult {
  outcome: 'saved' | 'cancelled' | 'download';
  fileName: string;
  mime: string;
  path?: string;
  /** Present when outcome is 'download'. */
  base64?: string;
}
