// Node-side export: Word, PDF (local Chromium), 整改台账 XLSX/DOCX, font detection.
export { exportDocx } from './export-docx';
export { type ExportPdfOptions, ExportTimeoutError, PDF_TIME_LIMIT_MS, exportPdf, htmlToPdf } from './export-pdf';
export { buildLedgerXlsx, exportLedgerDocx, exportLedgerXlsx } from './export-ledger';
export { BrowserNotFoundError, findBrowser, launchBrowser } from './browser';
export { type FontReport, describeMissingFonts, detectFonts } from './detect-fonts';
export { pdfPageCount, printDraftPdf } from './record-page';
