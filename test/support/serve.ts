// Starts `qicao serve` as a real child process (the built CLI) on a temporary data directory.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServedApp {
  url: string;
  origin: string;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `root`: the checkout whose build is served (a benchmark compares another one's). */
export async function serveApp(dataDir = mkdtempSync(join(tmpdir(), 'qicao-e2e-')), root = process.cwd()): Promise<ServedApp> {
  const child = spawn(process.execPath, ['bin/qicao.mjs', 'serve', '--data', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`qicao serve did not start: ${err}`)), 20_000);
    child.stdout!.on('data', (c) => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(String(c));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`qicao serve exited (${code}): ${err}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
