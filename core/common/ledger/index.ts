// The 整改台账 views: rows (shared with the XLSX writer in core/node) and the landscape DOCX table.
export { LEDGER_COLUMNS, type LedgerColumn, type LedgerLine, type LedgerRow, ledgerLines, ledgerRows, ledgerTitle, wrappedLines } from './ledger-rows';
export { buildLedgerDocx } from './ledger-docx';
