// Paragraph properties shared by every DOCX paragraph: exact line height on the grid, explicit indents.
import { AlignmentType, LineRuleType } from 'docx';
import type { LayoutSpec } from '../layout/gbt9704';

/**
 * Every paragraph gets an explicit exact line: under a line grid a "single" CJK line taller than one pitch takes
 * whole extra cells (GBT9704.md §1), and renderers that ignore w:docGrid (ONLYOFFICE) still get 22 lines.
 */
export function exactSpacing(spec: LayoutSpec, line = spec.line) {
  return { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

/** 左空二字, 回行顶格 (Std 7.3.3): first-line indent, never a left indent. */
export function bodyIndent(spec: LayoutSpec) {
  return { firstLineChars: spec.firstLineChars, firstLine: spec.firstLine, left: 0, right: 0 };
}

/** Non-body paragraphs must zero the Chars value too, or they inherit the Normal 2-字 indent (GBT9704.md §9). */
export function noIndent(extra: { left?: number; right?: number } = {}) {
  return { firstLineChars: 0, firstLine: 0, left: extra.left ?? 0, right: extra.right ?? 0 };
}

export const JUSTIFIED = AlignmentType.JUSTIFIED;
