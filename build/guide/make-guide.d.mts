// Types for make-guide.mjs.
export function renderGuide(md: string): { body: string; images: string[] };
export function guideHtml(md: string): string;
