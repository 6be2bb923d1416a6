// The one error readers throw: a Chinese message the clerk can act on.

export type NoticeReadErrorCode = 'missing' | 'unreadable' | 'empty' | 'too-large' | 'binary' | 'bad-docx' | 'old-doc' | 'unsupported';

export class NoticeReadError extends Error {
  constructor(message: string, readonly code: NoticeReadErrorCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NoticeReadError';
  }
}
