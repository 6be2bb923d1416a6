// Content fingerprints: short, pure, stable across hosts. Used to recognise an exported file's draft (review) and a
// save the library already holds (the local recovery copy, api/save-recovery.ts).

/** FNV-1a over UTF-16 code units, two 32-bit lanes: pure, stable across hosts, enough to tell versions apart. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
