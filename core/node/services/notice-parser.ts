// Parsing a pasted or read notice into a draft. The browser host runs big ones on a worker thread, so a 5 MB paste
// does not hold up every other request; the default runs in-process (CLI, tests, Electron's main process).
import { type ImportResult, importNoticeText } from '../../common/import';

export type NoticeParser = (text: string, now: string) => Promise<Pick<ImportResult, 'draft' | 'report'>>;

export const inProcessParser: NoticeParser = async (text, now) => {
  const { draft, report } = importNoticeText(text, { now });
  return { draft, report };
};
