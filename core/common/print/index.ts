// The print view's public surface.
export { type PrintHtmlOptions, buildPrintHtml, headHeightPt } from './print-html';
export { printCss } from './print-css';
