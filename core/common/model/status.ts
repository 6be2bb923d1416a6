// 整改状态: labels, the phrase written into the text, and recognition of the many phrasings found in real notices.
import type { ProblemStatus } from './types';

export const STATUS_LABEL: Record<ProblemStatus, string> = {
  done: '已完成',
  'mostly-done': '基本完成',
  'not-done': '未完成',
  ongoing: '持续推进',
  'long-term': '长期坚持',
  unknown: '未标明',
};

/** The phrase a new or re-statused problem gets in the text. */
export const STATUS_PHRASE: Record<ProblemStatus, string> = {
  done: '已完成整改',
  'mostly-done': '已基本完成整改',
  'not-done': '尚未完成整改',
  ongoing: '正在持续推进整改',
  'long-term': '已完成整改并长期坚持',
  unknown: '',
};

export const STATUSES: ProblemStatus[] = ['done', 'mostly-done', 'not-done', 'ongoing', 'long-term', 'unknown'];

// Order matters: the more specific (基本完成, 未完成) before 完成.
const PATTERNS: [RegExp, ProblemStatus][] = [
  [/(未|没有|尚未|暂未|仍未)(能)?(全部|完全)?完成(整改)?|未整改到位|整改未到位/, 'not-done'],
  [/基本完成|基本整改到位|基本到位|基本解决/, 'mostly-done'],
  [/正在(推进|整改)|持续(推进|整改)|整改中|推进中|分阶段推进/, 'ongoing'],
  [/(已|全部|完全)?(完成整改|整改完成|整改到位|完成|整改完毕)/, 'done'],
  [/长期坚持|长期推进|常态化推进/, 'long-term'],
];

/** Recognises a status phrase; null when the text states none. */
export function statusFromPhrase(text: string): ProblemStatus | null {
  for (const [re, status] of PATTERNS) if (re.test(text)) return status;
  return null;
}

/** Summary buckets of the CLI contract (DESIGN.md §5). */
export type StatusBucket = 'done' | 'mostlyDone' | 'notDone' | 'unknown';
export function statusBucket(s: ProblemStatus): StatusBucket {
  switch (s) {
    case 'done':
    case 'long-term':
      return 'done';
    case 'mostly-done':
      return 'mostlyDone';
    case 'not-done':
    case 'ongoing':
      return 'notDone';
    default:
      return 'unknown';
  }
}
