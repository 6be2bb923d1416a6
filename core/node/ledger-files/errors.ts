// The one error ledger-file readers throw: a Chinese message the clerk can act on.

export type LedgerFileErrorCode = 'missing' | 'unreadable' | 'empty' | 'too-large' | 'encrypted' | 'legacy' | 'bad-file' | 'unsupported' | 'no-table';

export class LedgerFileError extends Error {
  constructor(message: string, readonly code: LedgerFileErrorCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LedgerFileError';
  }
}
