// The import report the clerk reads before going on: what was found (方面、具体问题、状态) and what is uncertain.
import { STATUS_LABEL, STATUSES } from '../../../../core/common/model/status';
import type { ImportReport } from '../../../../core/common/import/report';
import { CONFIDENCE_LABEL } from '../../../../core/common/import/confidence';

export function ImportReportView({ report, text }: { report: ImportReport; text: string }) {
  const c = report.counts;
  const statuses = STATUSES.filter((s) => report.statuses[s] > 0).map((s) => `${STATUS_LABEL[s]} ${report.statuses[s]}`);
  return (
    <div className="import-report">
      {report.title && <p className="import-title">{report.title}</p>}
      <p className="import-counts" aria-label="导入统计">
        {c.aspects} 个方面、{c.problems} 个具体问题、{c.measures} 项整改措施
        {statuses.length > 0 && <>；状态：{statuses.join('、')}</>}
      </p>
      <p className={`import-confidence confidence-${report.confidence.level}`} aria-label="导入可信度">
        导入可信度：<b>{CONFIDENCE_LABEL[report.confidence.level]}</b>（已放入文稿 {Math.round(report.confidence.placed * 100)}% 的文字，{report.confidence.uncertainBlocks} 处需要核对）
        {report.script === 'traditional' && <>；原文为繁体字，已转换为简体字</>}
      </p>
      {report.confidence.emptyLedger && (
        <p className="warn-box" role="alert">原文报告了反馈问题的整改情况，但未能识别出具体问题，整改台账为空。请核对原文的层次，或打开文稿后在台账中手动添加问题。</p>
      )}
      {report.statedCounts.some((s) => s.stated !== s.computed) && (
        <p className="warn-box">
          原文所述数量与识别结果不一致：
          {report.statedCounts.filter((s) => s.stated !== s.computed).map((s) => `原文 ${s.stated}，识别 ${s.computed}`).join('；')}
        </p>
      )}
      {report.uncertain.length > 0 && (
        <section aria-label="需要核对">
          <h3>需要核对（{report.uncertain.length}）</h3>
          <ul className="import-items">{report.uncertain.map((u, i) => <li key={i}>{u.message}{u.text && <q>{u.text}</q>}</li>)}</ul>
        </section>
      )}
      {report.unplaced.length > 0 && (
        <section aria-label="未能放入文稿">
          <h3>未能放入文稿（{report.unplaced.length}）</h3>
          <ul className="import-items">{report.unplaced.map((u, i) => <li key={i}>{u.message}{u.text && <q>{u.text}</q>}</li>)}</ul>
        </section>
      )}
      <details>
        <summary>完整报告</summary>
        <pre className="import-report-text">{text}</pre>
      </details>
    </div>
  );
}
