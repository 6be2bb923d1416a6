// Which files a start (or a second start) of the app was asked to open.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv } from '../../../electron/argv';

const resolve = (cwd: string, p: string) => posix.resolve(cwd, p);

describe('filesFromArgv', () => {
  it('keeps .qicao.json, .docx and .txt, made absolute against the working directory', () => {
    const argv = ['/opt/起草/qicao', '--no-sandbox', '通报.qicao.json', '/home/a/反馈意见.DOCX', 'notes/进展.txt', 'photo.png'];
    expect(filesFromArgv(argv, '/home/a/文档', resolve)).toEqual([
      '/home/a/文档/通报.qicao.json',
      '/home/a/反馈意见.DOCX',
      '/home/a/文档/notes/进展.txt',
    ]);
  });

  it('skips the executable, the dev app folder, Chromium flags and duplicates', () => {
    const argv = ['electron', '.', '--original-process-start-time=1', '--allow-file-access-from-files', 'a.txt', 'a.txt'];
    expect(filesFromArgv(argv, '/w', resolve)).toEqual(['/w/a.txt']);
  });

  it('keeps a Windows drive path as given (a second instance on Windows)', () => {
    const argv = ['C:\\Program Files\\起草\\起草.exe', 'D:\\公文\\2025 通报.qicao.json'];
    expect(filesFromArgv(argv, 'C:\\Users\\clerk', resolve)).toEqual(['D:\\公文\\2025 通报.qicao.json']);
  });

  it('does not treat a draft-looking flag value as a file', () => {
    expect(filesFromArgv(['--file=x.txt'], '/w', resolve)).toEqual([]);
  });
});
