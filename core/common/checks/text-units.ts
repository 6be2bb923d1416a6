// Collects every piece of text a clerk types (headings, paragraphs, titles, measures, fields) with where it lives.
import type { Counts } from '../model/counts';
import { type ResolveContext, fieldText } from '../model/fields';
import type { Block, Draft, DraftFieldKey, Inline, ProfileFieldKey } from '../model/types';
import { walk } from '../model/walk';
import type { TextUnit } from './types';

export interface ResolvedText {
  text: string;
  locked: [number, number][];
}

/** The text as printed (field values, computed counts), with the ranges that are not typed text. */
export function resolveInlines(content: Inline[], ctx: ResolveContext): ResolvedText {
  let text = '';
  const locked: [number, number][] = [];
  for (const part of content) {
    if (part.t === 'text') {
      text += part.text;
      continue;
    }
    const value = part.t === 'field' ? fieldText(ctx.draft, part.key) : String(ctx.counts[part.key]);
    if (value) locked.push([text.length, text.length + value.length]);
    text += value;
  }
  return { text, locked };
}

/** Draft fields that are free text a clerk types (dates and 发文字号 have rules of their own). */
const TEXT_FIELDS: DraftFieldKey[] = ['title', 'signer', 'unitName', 'unitShortName', 'issuer', 'deployer', 'inspectionGroup', 'copyTo', 'printer'];
const PROFILE_TEXT_FIELDS: ProfileFieldKey[] = ['profile.fullName', 'profile.partyGroupName', 'profile.shortName', 'profile.mailAddress', 'profile.phone'];

export function collectUnits(draft: Draft, counts: Counts): TextUnit[] {
  const ctx: ResolveContext = { draft, counts };
  const units: TextUnit[] = [];
  for (const key of [...TEXT_FIELDS, ...PROFILE_TEXT_FIELDS]) {
    const text = fieldText(draft, key);
    if (text) units.push({ location: { blockId: null, field: key }, text, locked: [], kind: 'field', ancestors: [], base: 0 });
  }
  walk(draft.body, (b, w) => {
    for (const slot of blockSlots(b)) {
      const r = resolveInlines(slot.content, ctx);
      units.push({ location: slot.location, text: r.text, locked: r.locked, kind: slot.kind, block: b, ancestors: w.ancestors, base: 0 });
    }
  });
  return units;
}

export interface InlineSlot {
  content: Inline[];
  location: TextUnit['location'];
  kind: TextUnit['kind'];
}

/** Every inline text a block holds, with the location a finding in it points to. */
export function blockSlots(b: Block): InlineSlot[] {
  switch (b.type) {
    case 'section':
      return [{ content: b.heading, location: { blockId: b.id, field: 'heading' }, kind: 'heading' }];
    case 'paragraph':
      return [{ content: b.content, location: { blockId: b.id, field: 'content' }, kind: 'prose' }];
    case 'enumeration':
      return [
        { content: b.lead, location: { blockId: b.id, field: 'lead' }, kind: 'prose' },
        ...b.items.map((it): InlineSlot => ({ content: it.content, location: { blockId: b.id, field: 'item', itemId: it.id }, kind: 'prose' })),
      ];
    case 'problem':
      return [
        { content: b.title, location: { blockId: b.id, field: 'title' }, kind: b.form === 'heading' ? 'heading' : 'prose' },
        ...(b.statusPhrase ? [{ content: [{ t: 'text', text: b.statusPhrase }], location: { blockId: b.id, field: 'statusPhrase' }, kind: 'prose' } as InlineSlot] : []),
        ...b.measures.map((m): InlineSlot => ({ content: m.content, location: { blockId: b.id, field: 'measure', measureId: m.id }, kind: 'prose' })),
      ];
  }
}

/** Bare text (a fixture line, a pasted paragraph): one prose unit per line, offsets in the whole text. */
export function textUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  let base = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) units.push({ location: { blockId: null, field: 'content' }, text: line, locked: [], kind: 'prose', ancestors: [], base });
    base += line.length + 1;
  }
  return units;
}
