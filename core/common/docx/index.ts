// The DOCX builder's public surface.
export { type BuildDocxOptions, buildDocument, buildDocx, markText } from './build-docx';
