// Draft JSON migrations by schemaVersion, separate from the SQL migrations (STYLE.md).
import type { Draft } from './types';
import { SCHEMA_VERSION } from './types';

export class DraftVersionError extends Error {
  constructor(message: string, readonly found: unknown) {
    super(message);
    this.name = 'DraftVersionError';
  }
}

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

const V0_KEYS = new Set(['schemaVersion', 'id', 'docType', 'templateId', 'meta', 'profile', 'sections', 'createdAt', 'updatedAt']);

/**
 * MIGRATIONS[n] upgrades a document of schemaVersion n to n + 1.
 * Version 0 was the pre-release shape: `meta` instead of `fields`, `sections` instead of `body`, no options.
 */
const MIGRATIONS: Record<number, Migration> = {
  0: (doc) => {
    // What version 0 did not have would be dropped by the later schema: refused instead, by name.
    const unknown = Object.keys(doc).filter((k) => !V0_KEYS.has(k));
    if (unknown.length) throw new DraftVersionError(`早期格式的文稿中有无法识别的内容（${unknown.slice(0, 5).join('、')}），为免丢失，未导入。`, 0);
    const { meta, sections, ...rest } = doc as { meta?: Record<string, unknown>; sections?: unknown[] };
    return {
      ...rest,
      fields: meta ?? {},
      body: sections ?? [],
      options: { seal: false, internal: false },
      schemaVersion: 1,
    };
  },
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Version 0 had `meta` and/or `sections` and none of the later keys. */
function looksLikeVersion0(doc: Record<string, unknown>): boolean {
  if ('body' in doc || 'fields' in doc || 'options' in doc) return false;
  const hasMeta = isRecord(doc.meta);
  const hasSections = Array.isArray(doc.sections);
  return (hasMeta || hasSections) && (doc.meta === undefined || hasMeta) && (doc.sections === undefined || hasSections);
}

/** Brings any supported older document to the current schema; refuses a newer one with a message for the clerk. */
export function migrateDraft(input: unknown): Draft {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DraftVersionError('文件内容不是起草文稿（缺少文稿数据）。', input);
  }
  let doc = input as Record<string, unknown>;
  let version = doc.schemaVersion;
  if (version === undefined || version === 0) {
    // Only a genuine pre-release document is migrated from 0; anything else without a version is refused, because
    // migrating it would drop the fields and body it does have.
    if (!looksLikeVersion0(doc)) {
      throw new DraftVersionError(
        version === undefined
          ? '文件缺少文稿格式版本号（schemaVersion），无法确定如何读取，未导入。'
          : '文稿格式版本号为 0，但内容不是早期格式的文稿，未导入。',
        version,
      );
    }
    version = 0;
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new DraftVersionError(`文稿格式版本号无效：${String(version).slice(0, 40)}（应为正整数）。`, version);
  }
  if (version > SCHEMA_VERSION) {
    throw new DraftVersionError(
      `该文稿由更新版本的起草创建（文稿格式 ${version}，本程序支持到 ${SCHEMA_VERSION}），请升级起草后再打开。`,
      version,
    );
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new DraftVersionError(`无法从文稿格式 ${v} 升级。`, v);
    doc = step(doc);
  }
  return doc as unknown as Draft;
}
