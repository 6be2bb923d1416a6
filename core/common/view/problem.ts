// What a 具体问题 shows around its own text: the status phrase after an inline title, the 整改情况：lead before its
// measures, or a line of its own when it has no measures. Computed here once; the editor draws it with CSS and the
// printed paragraphs (plain text, DOCX, PDF) print it, so screen and paper cannot disagree.
import type { ProblemBlock } from '../model/types';

/** A title that already ends a sentence takes no added 。. */
const END_PUNCT = /[。！？；：…”’）》]$/u;

export type ProblemShape = Pick<ProblemBlock, 'form' | 'statusPhrase' | 'measuresLabel'> & { measureCount: number };

export interface ProblemText {
  /** Appended to the title of an inline problem: "，已完成整改。" or a closing "。"; '' for a heading problem. */
  titleSuffix: string;
  /** Printed before the first measure: "整改情况：已完成整改。"; '' when the problem has no measures. */
  measuresLead: string;
  /**
   * A heading problem without measures: its own line under the title ("整改情况：已完成整改。"), or '' — a bare
   * "整改情况：" with nothing after it is never printed.
   */
  leadLine: string;
}

export function problemText(p: ProblemShape, title: string): ProblemText {
  const status = p.statusPhrase ? `${p.statusPhrase}。` : '';
  if (p.form === 'inline') {
    const suffix = status ? `，${status}` : END_PUNCT.test(title) || !title ? '' : '。';
    return { titleSuffix: suffix, measuresLead: '', leadLine: '' };
  }
  const label = p.measuresLabel ? `${p.measuresLabel}：` : '';
  if (p.measureCount > 0) return { titleSuffix: '', measuresLead: label + status, leadLine: '' };
  return { titleSuffix: '', measuresLead: '', leadLine: status ? label + status : '' };
}
