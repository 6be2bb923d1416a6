// Minimal types for pngjs (no @types package installed): only what the reference-image tests use.
declare module 'pngjs' {
  export class PNG {
    width: number;
    height: number;
    data: Uint8Array;
    static sync: { read(buf: Uint8Array): PNG; write(png: PNG): Uint8Array };
  }
}
