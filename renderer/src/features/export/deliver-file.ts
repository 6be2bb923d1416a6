// What happens with a file the host produced: the browser host hands the bytes back for the page to download; the
// desktop host already wrote it where the clerk chose.
import type { FileResult } from '../../../../core/common/api/contract';

function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Returns the line to show the clerk, or null when there is nothing to say (cancelled). */
export function deliverFile(r: FileResult): string | null {
  if (r.outcome === 'cancelled') return null;
  if (r.outcome === 'saved') return `已保存到 ${r.path ?? r.fileName}`;
  const blob = new Blob([base64ToBytes(r.base64 ?? '')], { type: r.mime || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = r.fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `已下载：${r.fileName}`;
}
