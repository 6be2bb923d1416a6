// `npm start`: the Electron app; where the Electron runtime is missing (it cannot be downloaded here), say so in one
// line and start the browser host instead, opening it with the system's opener when there is one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron'); // throws when the binary was never downloaded
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
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
