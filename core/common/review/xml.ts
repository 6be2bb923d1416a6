// Streams an OOXML part through saxes: open/close/text callbacks with qualified names ("w:p"), no tree built.
import { SaxesParser } from 'saxes';

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlError extends Error {}

export function scanXml(xml: string, h: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (t) => h.open(t.name, t.attributes as Record<string, string>));
  parser.on('closetag', (t) => h.close(t.name));
  parser.on('text', (t) => h.text(t));
  parser.on('cdata', (t) => h.text(t));
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new XmlError(e instanceof Error ? e.message : String(e));
  }
}
