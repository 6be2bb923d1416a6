// 署名 and 成文日期 placement (GB/T 9704 7.3.5.1 with seal, 7.3.5.2 without), as right indents counted in 字.

/** Width in 字: 汉字 and full-width marks count 1, half-width digits/letters ½ (Std 3.1 unit, GBT9704.md §4 calc). */
export function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  return w;
}

export interface SignaturePlacement {
  /** Right indent of the 署名 line in 字. */
  signerRight: number;
  /** Right indent of the 成文日期 line in 字. */
  dateRight: number;
  /** Empty lines between the last body text and the 署名. */
  blankLinesBefore: number;
}

/**
 * With seal (7.3.5.1): date 右空四字, signer centred over the date. Without (7.3.5.2): signer 右空二字, the date
 * starts 2 字 right of the signer's first character; a longer date takes 右空二字 and pushes the signer left.
 */
export function placeSignature(signer: string, date: string, seal: boolean): SignaturePlacement {
  const ws = widthInChars(signer);
  const wd = widthInChars(date);
  if (seal) {
    // Practice leaves room for the seal, whose top must be within one line of the text above (7.3.5.1).
    return { signerRight: Math.max(0, 4 + (wd - ws) / 2), dateRight: 4, blankLinesBefore: 2 };
  }
  if (!signer) return { signerRight: 2, dateRight: 2, blankLinesBefore: 1 };
  const dateRight = Math.max(2, ws - wd);
  return { signerRight: dateRight + wd + 2 - ws, dateRight, blankLinesBefore: 1 };
}
