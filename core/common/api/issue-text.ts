// Valibot issues as one Chinese sentence for the clerk: where (named as the clerk knows it) and what is wrong.
import type * as v from 'valibot';
import { FIELD_DEFS } from '../model/fields';

const KEY_NAMES: Record<string, string> = {
  schemaVersion: '文稿格式版本号', id: '编号', docType: '文稿类型', templateId: '模板', fields: '字段', profile: '单位信息',
  body: '正文', options: '文稿选项', basedOn: '上年文稿信息', createdAt: '创建时间', updatedAt: '修改时间',
  seal: '加盖印章', internal: '内部版本', firstHeadingLevel: '首级标题层级', draftId: '文稿编号', title: '标题', year: '年度',
  content: '文字', heading: '标题', lead: '引语', text: '文字', type: '块类型', role: '类别', status: '整改状态',
  form: '问题写法', style: '序号样式', layout: '排列方式', guidance: '填写提示', carried: '未更新标记', uncertain: '待确认说明',
  leader: '责任领导', unit: '责任单位', deadline: '完成时限', notes: '备注', statusPhrase: '状态说明', measuresLabel: '措施标签',
  measureStyle: '措施序号样式', measureLayout: '措施排列方式', runIn: '标题接排', numbered: '编号', continuousNumbering: '连续编号',
  required: '必需', stated: '原文数字', key: '字段名', t: '内容类型', draft: '文稿', fileName: '文件名', name: '名称', label: '名称',
  query: '检索词', base64: '文件内容', base: '所依据的修改时间',
};
const FIELD_LABELS = new Map(FIELD_DEFS.map((d) => [d.key.replace(/^profile\./, ''), d.label]));

const LIST_NAMES: Record<string, (n: number) => string> = {
  body: (n) => `正文第${n}块`,
  children: (n) => `第${n}个下级内容`,
  measures: (n) => `第${n}条整改措施`,
  items: (n) => `第${n}项`,
};

/** "正文第3块 › 第2条整改措施 › 文字" for a path into a draft (or into any channel input). */
export function describePath(path: readonly v.IssuePathItem[] | undefined): string {
  if (!path?.length) return '';
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const item = path[i]!;
    const key = item.key as unknown;
    const parent = (i > 0 ? path[i - 1]!.key : undefined) as unknown;
    if (typeof key === 'number') {
      const name = typeof parent === 'string' ? LIST_NAMES[parent] : undefined;
      if (name) parts[parts.length - 1] = name(key + 1);
      else if (['content', 'heading', 'lead', 'title'].includes(String(parent))) continue; // runs are not a clerk's notion
      else parts.push(`第${key + 1}项`);
      continue;
    }
    const k = String(key);
    if ((parent === 'fields' || parent === 'profile') && FIELD_LABELS.has(k)) {
      parts[parts.length - 1] = `字段“${FIELD_LABELS.get(k)!}”`;
      continue;
    }
    if (item.origin === 'key' || !(k in KEY_NAMES)) parts.push(`“${k.slice(0, 40)}”`);
    else parts.push(KEY_NAMES[k]!);
  }
  return parts.join(' › ');
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字', number: '数字', boolean: '是/否', array: '列表', object: '对象', literal: '规定的值', picklist: '规定的值',
  null: '空值', record: '对象', variant: '已知的类型', integer: '整数',
};

/** What is wrong, in Chinese, without valibot's English text. */
export function describeProblem(issue: v.BaseIssue<unknown>): string {
  const req = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'max_length':
      return Array.isArray(issue.input) ? `项数过多（上限 ${String(req)} 项）` : `过长（上限 ${String(req)} 字）`;
    case 'min_length':
      return '不能为空';
    case 'max_value':
    case 'min_value':
      return `超出允许的范围（${issue.type === 'max_value' ? '最大' : '最小'} ${String(req)}）`;
    case 'integer':
      return '应为整数';
    case 'regex':
      return '格式不正确';
    case 'check':
    case 'custom':
      if (issue.received === 'undefined') return '缺失';
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '内容不符合要求';
    case 'picklist':
    case 'literal':
    case 'variant':
      return issue.received === 'undefined' ? '缺失' : `取值无效（${String(issue.received).slice(0, 40)}）`;
    default:
      if (issue.received === 'undefined') return '缺失';
      return `类型不对（应为${TYPE_NAMES[issue.type] ?? issue.type}）`;
  }
}

/** One sentence: "正文第3块 › 文字：过长（上限 100000 字）". */
export function issueText(issue: v.BaseIssue<unknown>): string {
  const where = describePath(issue.path);
  return `${where ? `${where}：` : ''}${describeProblem(issue)}`;
}
