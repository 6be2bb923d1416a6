// The app's main toolbar: what a clerk starts from (新建, 导入) and the library-wide settings (单位信息, 备份).
export interface AppToolbarProps {
  onNew: () => void;
  onImport: () => void;
  onImportLedger?: () => void;
  onProfile: () => void;
  onBackups: () => void;
}

export function AppToolbar(p: AppToolbarProps) {
  return (
    <header className="toolbar" role="toolbar" aria-label="主工具栏">
      <span className="brand">起草</span>
      <button type="button" onClick={p.onNew}>新建文稿</button>
      <button type="button" onClick={p.onImport}>导入</button>
      {p.onImportLedger && <button type="button" onClick={p.onImportLedger}>从台账新建</button>}
      <span className="spacer" />
      <button type="button" onClick={p.onProfile}>单位信息</button>
      <button type="button" onClick={p.onBackups}>备份</button>
    </header>
  );
}
