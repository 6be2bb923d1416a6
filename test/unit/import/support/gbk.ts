// A GBK encoder for tests: Node decodes GB18030 but cannot encode it, so the two-byte range is decoded once and reversed.

let table: Map<string, [number, number]> | null = null;

function reverseTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  return table;
}

/** Encodes text as GBK; characters outside GBK become "?" (fixtures only use a bullet or two of those). */
export function encodeGbk(text: string): Buffer {
  const t = reverseTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = t.get(ch);
      if (pair) out.push(pair[0], pair[1]);
      else out.push(0x3f);
    }
  }
  return Buffer.from(out);
}

export function encodeUtf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) {
    const x = le[i]!;
    le[i] = le[i + 1]!;
    le[i + 1] = x;
  }
  return le;
}
