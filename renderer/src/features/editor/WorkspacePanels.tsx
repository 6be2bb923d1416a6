// The side panel's tabs: 字段, 台账, 大纲, 校对 (with its error count), 版本.
import type { Draft, FieldKey } from '../../../../core/common/model/types';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import type { useChecks } from '../checks/useChecks';
import { FieldsPanel } from '../fields/FieldsPanel';
import { lazyComponent } from '../../components/lazy';

// 字段 is the tab shown first; the others are loaded when first chosen (components/lazy.tsx).
const ChecksPanel = lazyComponent(() => import('../checks/ChecksPanel').then((m) => m.ChecksPanel));
const LedgerPanel = lazyComponent(() => import('../ledger/LedgerPanel').then((m) => m.LedgerPanel));
const OutlinePanel = lazyComponent(() => import('../outline/OutlinePanel').then((m) => m.OutlinePanel));
const VersionsPanel = lazyComponent(() => import('../versions/VersionsPanel').then((m) => m.VersionsPanel));

export type Tab = 'fields' | 'ledger' | 'outline' | 'checks' | 'versions';

export interface WorkspacePanelsProps {
  tab: Tab;
  onTab: (t: Tab) => void;
  model: Draft;
  focusField: FieldKey | null;
  onSetField: (k: FieldKey, v: string) => void;
  onFocusField: (k: FieldKey) => void;
  checks: ReturnType<typeof useChecks>;
  versionsRefresh: number;
  saveNow: () => Promise<void>;
  onRegenerateFurther: () => void;
  onReplaced: (d: Draft, notice?: string) => void;
  confirm: (r: ConfirmRequest) => Promise<boolean>;
  onNotice: (m: string) => void;
  onError: (m: string) => void;
  onMarked?: (label: string, status: string | null) => void;
}

export function WorkspacePanels(p: WorkspacePanelsProps) {
  const errors = p.checks.findings.filter((f) => f.severity === 'error').length;
  const tabs: [Tab, string, string?][] = [
    ['fields', '字段'], ['ledger', '台账'], ['outline', '大纲'],
    ['checks', '校对', errors ? String(errors) : undefined], ['versions', '版本'],
  ];
  return (
    <aside className="side-panel" aria-label="信息面板">
      <div className="tabs" role="tablist" aria-label="面板">
        {tabs.map(([t, label, badge]) => (
          <button key={t} type="button" role="tab" aria-selected={p.tab === t} className={p.tab === t ? 'on' : ''} onClick={() => p.onTab(t)}>
            {label}{badge && <span className="tab-badge" aria-label={`${badge} 个错误`}>{badge}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-body">
        {p.tab === 'fields' && <FieldsPanel draft={p.model} focusKey={p.focusField} onSet={p.onSetField} />}
        {p.tab === 'ledger' && <LedgerPanel draft={p.model} onRegenerateFurther={p.onRegenerateFurther} onReplaced={p.onReplaced} saveNow={p.saveNow} />}
        {p.tab === 'outline' && <OutlinePanel draft={p.model} />}
        {p.tab === 'checks' && (
          <ChecksPanel draft={p.model} checks={p.checks} onSetField={p.onSetField} onFocusField={p.onFocusField} onNotice={p.onNotice} />
        )}
        {p.tab === 'versions' && (
          <VersionsPanel draftId={p.model.id} basedOn={p.model.basedOn} refresh={p.versionsRefresh} saveNow={p.saveNow} onRestored={p.onReplaced} confirm={p.confirm} onError={p.onError} onMarked={p.onMarked} />
        )}
      </div>
    </aside>
  );
}
