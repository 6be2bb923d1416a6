// Field definitions (labels shown to the clerk) and resolution of inline content to text.
import { formatChineseDate } from './chinese-date';
import type { Counts } from './counts';
import type { Draft, DraftFieldKey, FieldKey, Inline, ProfileFieldKey, UnitProfile } from './types';

export type FieldKind = 'text' | 'date' | 'year';

export interface FieldDef {
  key: FieldKey;
  label: string;
  kind: FieldKind;
}

export const DRAFT_FIELDS: FieldDef[] = [
  { key: 'title', label: '标题', kind: 'text' },
  { key: 'signer', label: '发文机关署名', kind: 'text' },
  { key: 'unitName', label: '单位名称', kind: 'text' },
  { key: 'unitShortName', label: '单位简称', kind: 'text' },
  { key: 'docDate', label: '成文日期', kind: 'date' },
  { key: 'docNumber', label: '发文字号', kind: 'text' },
  { key: 'issuer', label: '签发人', kind: 'text' },
  { key: 'deployer', label: '部署巡察的党委', kind: 'text' },
  { key: 'inspectionGroup', label: '巡察组', kind: 'text' },
  { key: 'inspectionStart', label: '巡察开始日期', kind: 'date' },
  { key: 'inspectionEnd', label: '巡察结束日期', kind: 'date' },
  { key: 'feedbackDate', label: '反馈日期', kind: 'date' },
  { key: 'year', label: '年度', kind: 'year' },
  { key: 'copyTo', label: '抄送', kind: 'text' },
  { key: 'printer', label: '印发机关', kind: 'text' },
  { key: 'printDate', label: '印发日期', kind: 'date' },
];

export const PROFILE_FIELDS: FieldDef[] = [
  { key: 'profile.fullName', label: '单位全称', kind: 'text' },
  { key: 'profile.partyGroupName', label: '党组（党委）名称', kind: 'text' },
  { key: 'profile.shortName', label: '单位简称', kind: 'text' },
  { key: 'profile.phone', label: '联系电话', kind: 'text' },
  { key: 'profile.mailAddress', label: '邮政信箱', kind: 'text' },
  { key: 'profile.postcode', label: '邮政编码', kind: 'text' },
  { key: 'profile.email', label: '电子邮箱', kind: 'text' },
];

export const FIELD_DEFS: FieldDef[] = [...DRAFT_FIELDS, ...PROFILE_FIELDS];
const DEF_BY_KEY = new Map(FIELD_DEFS.map((d) => [d.key, d]));

export function fieldDef(key: FieldKey): FieldDef | undefined {
  return DEF_BY_KEY.get(key);
}

export function isFieldKey(key: string): key is FieldKey {
  return DEF_BY_KEY.has(key as FieldKey);
}

export function isProfileKey(key: FieldKey): key is ProfileFieldKey {
  return key.startsWith('profile.');
}

/** The stored value of a field ('' when missing). */
export function fieldValue(draft: Pick<Draft, 'fields' | 'profile'>, key: FieldKey): string {
  if (isProfileKey(key)) return draft.profile[key.slice('profile.'.length) as keyof UnitProfile] ?? '';
  return draft.fields[key as DraftFieldKey] ?? '';
}

export { formatChineseDate };

/** The field as it reads in the text: dates in Chinese form. */
export function fieldText(draft: Pick<Draft, 'fields' | 'profile'>, key: FieldKey): string {
  const v = fieldValue(draft, key);
  return fieldDef(key)?.kind === 'date' ? formatChineseDate(v) : v;
}

export interface ResolveContext {
  draft: Pick<Draft, 'fields' | 'profile'>;
  counts: Counts;
  /** Text used for an empty field; export uses '', the editor a visible marker. */
  missing?: (key: FieldKey) => string;
}

export function inlineText(content: Inline[], ctx: ResolveContext): string {
  let s = '';
  for (const part of content) {
    if (part.t === 'text') s += part.text;
    else if (part.t === 'field') s += fieldText(ctx.draft, part.key) || (ctx.missing?.(part.key) ?? '');
    else s += String(ctx.counts[part.key]);
  }
  return s;
}

export function plainInline(content: Inline[]): string {
  return content.map((p) => (p.t === 'text' ? p.text : '')).join('');
}
