// Short random ids for blocks; globalThis.crypto exists in Node ≥ 19, Chromium and Electron alike.

export function newId(prefix = 'b'): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(36).padStart(2, '0');
  return `${prefix}_${s.slice(0, 12)}`;
}
