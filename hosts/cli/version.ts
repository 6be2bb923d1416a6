// The app version, injected at build time (scripts/build.mjs); '0.0.0-dev' when running from sources.
declare const __QICAO_VERSION__: string;
export const VERSION = typeof __QICAO_VERSION__ === 'string' ? __QICAO_VERSION__ : '0.0.0-dev';
