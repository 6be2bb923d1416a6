// Packs a docx Document into .docx bytes. docx compiles the package's parts and zips them with fflate (pure JS, so
// it runs in every host); a host with a native zipper passes it instead, since fflate running cold dominated a
// one-shot `qicao export` (see core/node/fs/zip.ts).
import { type Document, Packer } from 'docx';

/** Zips a package's files, in the order given. */
export type Zipper = (files: ReadonlyMap<string, string | Uint8Array>) => Uint8Array;

/** A part written over docx's own (styles, settings, font table). */
export interface PartOverride {
  path: string;
  data: string;
}

interface PackageCompiler {
  compile(file: Document, prettify: undefined, overrides: PartOverride[]): Map<string, string | Uint8Array>;
}

/** docx's compiler, the one Packer itself uses (a static field, public at run time; docx is pinned exactly). */
function packageCompiler(): PackageCompiler {
  const compiler = (Packer as unknown as { compiler?: PackageCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler not found (docx version changed?)');
  return compiler;
}

export async function packDocx(doc: Document, overrides: PartOverride[], zip?: Zipper): Promise<Uint8Array> {
  if (!zip) return new Uint8Array(await Packer.toArrayBuffer(doc, false, overrides));
  return zip(packageCompiler().compile(doc, undefined, overrides));
}
