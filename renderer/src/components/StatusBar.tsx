// Bottom line while no draft is open: which host serves the app (an open draft has WorkspaceStatusBar).
export function StatusBar({ host }: { host: 'electron' | 'browser' | null }) {
  return (
    <footer className="status-bar">
      <span>未打开文稿</span>
      <span className="spacer" />
      <span>{host === 'browser' ? '浏览器模式（仅本机访问）' : host === 'electron' ? '桌面版' : ''}</span>
    </footer>
  );
}
