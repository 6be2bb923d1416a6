// The 整改台账 views: rows (shared with the XLSX writer in core/node) and the landscape DOCX table.
export { LEDGER_COLUMNS, type LedgerRow, ledgerRows, ledgerTitle } from './ledger-rows';
export { buildLedgerDocx } from './ledger-docx';
