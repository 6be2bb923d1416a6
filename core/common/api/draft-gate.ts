// The one gate for drafts from outside: shape limits (depth, size, prototype keys) checked without recursion, then
// the schemaVersion migration, then the draft schema. A refused draft never reaches the library or the editor; the
// clerk reads one Chinese sentence naming what is wrong.
import * as v from 'valibot';
import { DraftVersionError, migrateDraft } from '../model/migrations';
import type { Draft } from '../model/types';
import { DRAFT_LIMITS, draftSchema } from './draft-schema';
import { issueText } from './issue-text';

export class DraftRejectedError extends Error {
  readonly code = 'invalid-draft';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DraftRejectedError';
  }
}

/** Keys that would reach an object's prototype if anyone ever copied them with Object.assign or a merge. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ShapeLimits {
  depth: number;
  nodes: number;
  /** Total characters in strings; omit for inputs that legitimately carry one big text (a paste). */
  chars?: number;
}

/**
 * Walks a parsed JSON value with an explicit stack (a 10,000-level document must not overflow ours or the
 * validator's) and returns what is wrong, or null.
 */
export function shapeProblem(value: unknown, limits: ShapeLimits): string | null {
  const stack: [unknown, number][] = [[value, 1]];
  let nodes = 0;
  let chars = 0;
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (++nodes > limits.nodes) return `内容过多（超过 ${limits.nodes} 个数据项），远超一篇文稿的规模`;
    if (typeof x === 'string') {
      chars += x.length;
      if (limits.chars !== undefined && chars > limits.chars) return `文字过多（超过 ${limits.chars} 字），远超一篇文稿的篇幅`;
      continue;
    }
    if (typeof x !== 'object' || x === null) continue;
    if (depth > limits.depth) return `层级嵌套过深（超过 ${limits.depth} 层），不是正常的文稿结构`;
    if (Array.isArray(x)) {
      for (const item of x) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(x)) {
      if (FORBIDDEN_KEYS.has(key)) return `含有不允许的键名“${key}”`;
      stack.push([(x as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

export const DRAFT_SHAPE: ShapeLimits = { depth: DRAFT_LIMITS.depth, nodes: DRAFT_LIMITS.nodes, chars: DRAFT_LIMITS.chars };

/** Accepts a draft of any supported schemaVersion (migrated) and returns it validated; throws DraftRejectedError. */
export function admitDraft(input: unknown): Draft {
  const shape = shapeProblem(input, DRAFT_SHAPE);
  if (shape) throw new DraftRejectedError(`文稿内容无效：${shape}。`);
  let migrated: Draft;
  try {
    migrated = migrateDraft(input);
  } catch (e) {
    if (e instanceof DraftVersionError) throw new DraftRejectedError(e.message, { cause: e });
    throw e;
  }
  return schemaCheck(migrated);
}

function schemaCheck(input: unknown): Draft {
  const r = v.safeParse(draftSchema, input);
  if (!r.success) throw new DraftRejectedError(`文稿内容无效：${issueText(r.issues[0])}。`);
  return r.output;
}

/** The shape and schema checks, for a draft already at the current schemaVersion (a save, an import's output). */
export function validateDraft(input: unknown): Draft {
  const shape = shapeProblem(input, DRAFT_SHAPE);
  if (shape) throw new DraftRejectedError(`文稿内容无效：${shape}。`);
  return schemaCheck(input);
}
