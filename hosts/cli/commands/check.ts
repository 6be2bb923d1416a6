// `qicao check <draft.qicao.json> [--json] [--previous <last-year.qicao.json>]`: the proofreading (校对) findings.
// Findings are data, not failures: the exit code is 0 whenever the draft could be read and checked.
import { checkDraft, countBySeverity, describeLocation } from '../../../core/common/checks/index';
import type { Finding, Severity } from '../../../core/common/checks/index';
import type { Draft } from '../../../core/common/model/types';
import { loadDraftArg } from '../inputs';
import { CliError, type CliCommand } from '../command';

const HEADING: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function formatFindings(draft: Draft, findings: Finding[], name: string): string {
  const c = countBySeverity(findings);
  const lines = [`校对“${name}”：错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项。`];
  if (!findings.length) lines.push('', '未发现问题。');
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    const group = findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    lines.push('', `${HEADING[sev]}（${group.length}）`);
    group.forEach((f, i) => {
      lines.push(`  ${i + 1}. ${describeLocation(draft, f.location)}：${f.message}`);
      if (f.excerpt) lines.push(`     原文：${f.excerpt}`);
      if (f.fix) lines.push(`     建议：${f.fix.label}`);
      lines.push(`     规则：${f.ruleId}  编号：${f.id}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'qicao check <draft.qicao.json> [--json] [--previous <上年文稿.qicao.json>]',
  summary: '校对文稿（结构、计数、日期、标点、数字、雷同）/ proofread a draft',
  async run(args, io) {
    const [file, extra] = args.positional;
    if (!file) throw new CliError('需要一个文稿文件：qicao check <draft.qicao.json>', 2);
    // --previous takes a value but is not in the shared VALUE_FLAGS list: accept "--previous=x" and "--previous x".
    const prevFlag = args.flags.get('previous');
    const prevPath = typeof prevFlag === 'string' ? prevFlag : prevFlag === true ? extra : undefined;
    if (prevFlag === true && !extra) throw new CliError('参数 --previous 需要上年文稿文件。', 2);
    const draft = loadDraftArg(file);
    const previous = prevPath ? loadDraftArg(prevPath) : undefined;
    const findings = checkDraft(draft, previous ? { previous } : {});
    if (args.flags.has('json')) {
      io.out(`${JSON.stringify({ counts: countBySeverity(findings), findings }, null, 2)}\n`);
    } else {
      io.out(formatFindings(draft, findings, file.split(/[\\/]/).pop() ?? file));
    }
    return 0;
  },
};
