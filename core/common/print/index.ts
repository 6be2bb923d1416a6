// The print view's public surface.
export { type PrintHtmlOptions, buildPrintHtml } from './print-html';
export { printCss } from './print-css';
