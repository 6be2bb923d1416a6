// The browser host keeps one Chromium warm for PDF export: started by the first PDF, reused by the next, closed when
// idle (and started again on demand). Real Chromium through playwright-core.
import { afterEach, expect, it } from 'vitest';
import { chromiumPdf } from '../../../core/node/services/chromium-pdf';

const HTML = '<!doctype html><html><body><p>起草 PDF</p></body></html>';
const isPdf = (b: Uint8Array) => Buffer.from(b.slice(0, 5)).toString('latin1') === '%PDF-';
let port: ReturnType<typeof chromiumPdf> | null = null;
afterEach(async () => port?.close());

it('starts Chromium on the first PDF, reuses it for the second, closes it when idle and starts it again', async () => {
  port = chromiumPdf({ idleMs: 400 });
  expect(port.isWarm()).toBe(false);
  expect(isPdf(await port.pdf(HTML))).toBe(true);
  expect(port.isWarm()).toBe(true);
  const [a, b] = await Promise.all([port.pdf(HTML), port.pdf(HTML)]);
  expect(isPdf(a) && isPdf(b)).toBe(true);
  expect(port.launches()).toBe(1);
  await new Promise((r) => setTimeout(r, 1500));
  expect(port.isWarm()).toBe(false);
  expect(isPdf(await port.pdf(HTML))).toBe(true);
  expect(port.launches()).toBe(2);
}, 120_000);
