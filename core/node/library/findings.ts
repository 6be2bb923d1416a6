// 校对 findings the clerk chose to ignore, per draft; the checks module decides what a finding key is.
import type { Store } from '../store/store';

export class IgnoredFindings {
  constructor(private readonly store: Store) {}

  list(draftId: string): string[] {
    return this.store.run('读取已忽略的校对提示', () =>
      (this.store.prepare('SELECT finding_key FROM ignored_findings WHERE draft_id = ? ORDER BY created_at, rowid').all(draftId) as { finding_key: string }[]).map(
        (r) => r.finding_key,
      ),
    );
  }

  ignore(draftId: string, findingKey: string): void {
    this.store.run('忽略校对提示', () =>
      this.store
        .prepare('INSERT OR IGNORE INTO ignored_findings (draft_id, finding_key, created_at) VALUES (?, ?, ?)')
        .run(draftId, findingKey, this.store.clock().toISOString()),
    );
  }

  unignore(draftId: string, findingKey: string): void {
    this.store.run('恢复校对提示', () => this.store.prepare('DELETE FROM ignored_findings WHERE draft_id = ? AND finding_key = ?').run(draftId, findingKey));
  }
}
