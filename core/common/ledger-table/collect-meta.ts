// The custom document properties a Word fill-in form (collect-docx.ts) carries: which draft and round it was made
// for, and the values as sent. Kept apart so reading a returned form does not load the DOCX writer.
export const COLLECT_DOCX_PROPERTY = 'qicao.collect';
export const SENT_DOCX_PROPERTY = 'qicao.sent';
