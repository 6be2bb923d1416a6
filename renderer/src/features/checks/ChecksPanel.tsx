// 校对: findings grouped by severity; click to go there, 修正 applies the offered fix, 忽略 remembers per draft.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import { type Finding, type Severity, describeLocation } from '../../../../core/common/checks';
import type { Draft, FieldKey } from '../../../../core/common/model/types';
import { errorText } from '../../components/format';
import { $leafAt, $selectInLeaf } from '../../editor/commands/find-block';
import { applyFix, findingFieldKey } from './apply-fix';
import type { useChecks } from './useChecks';

const SEVERITIES: [Severity, string][] = [['error', '错误'], ['warning', '警告'], ['info', '提示']];

export interface ChecksPanelProps {
  draft: Draft;
  checks: ReturnType<typeof useChecks>;
  onSetField: (k: FieldKey, v: string) => void;
  onFocusField: (k: FieldKey) => void;
  onNotice: (m: string) => void;
}

export function ChecksPanel({ draft, checks, onSetField, onFocusField, onNotice }: ChecksPanelProps) {
  const [editor] = useLexicalComposerContext();
  const [showIgnored, setShowIgnored] = useState(false);
  const [fixed, setFixed] = useState<Set<string>>(new Set());
  useEffect(() => setFixed(new Set()), [checks.runs]);
  const shown = checks.findings.filter((f) => !fixed.has(f.id));
  const ignoredList = showIgnored ? checks.ignoredFindings : [];

  const go = (f: Finding): void => {
    const key = findingFieldKey(f);
    if (key) return onFocusField(key);
    editor.update(() => {
      const leaf = $leafAt(f.location);
      if (!leaf) return;
      $selectInLeaf(leaf, f.location.start, f.location.end);
      const k = leaf.getKey();
      requestAnimationFrame(() => editor.getElementByKey(k)?.scrollIntoView({ block: 'center' }));
    });
    editor.focus();
  };
  const fix = (f: Finding): void => {
    if (applyFix(f, editor, draft, onSetField)) {
      setFixed((s) => new Set(s).add(f.id));
      checks.resolved(f.id);
    }
    else onNotice('这一处无法自动修正，请在正文中手动修改。');
  };
  const ignore = (f: Finding): void => {
    checks.ignore(f).catch((e: unknown) => onNotice(errorText(e)));
  };

  const item = (f: Finding, ignored = false) => (
    <li key={f.id} className={`finding sev-${f.severity}`} data-rule={f.ruleId}>
      <button type="button" className="finding-main" title="在正文中定位" onClick={() => go(f)}>
        <span className="finding-msg">{f.message}</span>
        {f.excerpt && <span className="finding-excerpt">{f.excerpt}</span>}
        <span className="finding-where">{describeLocation(draft, f.location)}</span>
      </button>
      <span className="finding-actions">
        {!ignored && f.fix && <button type="button" title={f.fix.label} onClick={() => fix(f)}>修正<small>{f.fix.label}</small></button>}
        {!ignored && <button type="button" onClick={() => ignore(f)}>忽略</button>}
        {ignored && <button type="button" onClick={() => void checks.unignoreAll([f.id])}>取消忽略</button>}
      </span>
    </li>
  );

  return (
    <div className="checks-panel">
      <div className="checks-head">
        <span className="checks-counts" aria-label="校对统计">
          {SEVERITIES.map(([s, label]) => <span key={s} className={`count sev-${s}`}>{label} {shown.filter((f) => f.severity === s).length}</span>)}
        </span>
        <button type="button" onClick={() => {
          setFixed(new Set());
          void checks.run();
        }} disabled={checks.running}>{checks.running ? '正在校对…' : '重新校对'}</button>
      </div>
      {checks.error && <p className="error-text">{checks.error}</p>}
      {checks.note && <p className="checks-note" role="note">{checks.note}</p>}
      {checks.runs > 0 && shown.length === 0 && <p className="fields-summary">没有发现问题。</p>}
      {SEVERITIES.map(([s, label]) => {
        const list = shown.filter((f) => f.severity === s);
        if (!list.length) return null;
        return (
          <section key={s} aria-label={label}>
            <h3>{label}（{list.length}）</h3>
            <ul className="findings">{list.map((f) => item(f))}</ul>
          </section>
        );
      })}
      {checks.ignored > 0 && (
        <label className="check-row ignored-toggle">
          <input type="checkbox" checked={showIgnored} onChange={(e) => setShowIgnored(e.target.checked)} />显示已忽略（{checks.ignored}）
        </label>
      )}
      {showIgnored && ignoredList.length > 0 && (
        <section aria-label="已忽略">
          <h3>已忽略（{ignoredList.length}）</h3>
          <ul className="findings ignored">{ignoredList.map((f) => item(f, true))}</ul>
        </section>
      )}
    </div>
  );
}
