// Worker thread of the browser host: parses notice text into a draft off the event loop (see worker-parser.ts).
import { parentPort } from 'node:worker_threads';
import { importNoticeText } from '../../core/common/import';

parentPort?.on('message', (m: { id: number; text: string; now: string }) => {
  try {
    const { draft, report } = importNoticeText(m.text, { now: m.now });
    parentPort!.postMessage({ id: m.id, ok: true, draft, report });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
