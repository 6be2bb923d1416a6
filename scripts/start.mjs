// `npm start`: the Electron app; where the Electron runtime is missing (it cannot be downloaded here), say so in one
// line and start the browser host instead, opening it with the system's opener when there is one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The Electron executable if it is installed. Read from the package's files rather than `require('electron')`: that
 * call tries to download the binary when it is missing, which is a network request (and fails offline).
 */
function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(p) ? p : null;
  }
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

const electron = electronBinary();
if (electron) {
  const child = spawn(electron, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('未找到 Electron 运行时，改为在浏览器中打开起草。 / Electron runtime not found: starting the browser host instead.');
  const child = spawn(process.execPath, ['bin/qicao.mjs', 'serve', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'inherit'] });
  let opened = false;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(String(chunk));
    if (m && !opened) {
      opened = true;
      openUrl(m[1]);
    }
  });
  const forward = (sig) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

function openUrl(url) {
  const opener = process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]]
    : process.platform === 'darwin' ? ['open', [url]]
    : ['xdg-open', [url]];
  if (process.platform === 'linux' && spawnSync('sh', ['-c', 'command -v xdg-open'], { stdio: 'ignore' }).status !== 0) {
    console.log('请在浏览器中打开上面的地址。 / Open the address above in a browser.');
    return;
  }
  const p = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true });
  p.on('error', () => console.log('请在浏览器中打开上面的地址。 / Open the address above in a browser.'));
  p.unref();
}
