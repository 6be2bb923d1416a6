// Runs the registered rules over a draft (or bare text) and turns their reports into findings with stable ids.
import { computeCounts } from '../model/counts';
import { draftNumbering } from '../model/numbering';
import type { Draft } from '../model/types';
import { excerptAround, hash } from './chars';
import { RULES } from './registry';
import { collectUnits, textUnits } from './text-units';
import type { CheckOptions, Finding, Report, Rule, RuleContext, Severity, TextUnit } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkDraft(draft: Draft, opts: CheckOptions = {}, rules: Rule[] = RULES): Finding[] {
  const counts = computeCounts(draft.body);
  const units = collectUnits(draft, counts);
  const ctx = { draft, counts, units, numbering: draftNumbering(draft), previous: opts.previous };
  const sink = new FindingSink(units);
  for (const rule of rules) {
    const report = sink.reporter(rule);
    if (rule.text) for (const u of units) rule.text(u, report, ctx);
    rule.draft?.(ctx, report);
  }
  return sink.result(opts.ignored);
}

/** Text-level rules only (no structure, counts or 雷同), for pasted text and fixture lines; offsets in `text`. */
export function checkText(text: string, rules: Rule[] = RULES): Finding[] {
  const units = textUnits(text);
  const ctx: RuleContext = { units };
  const sink = new FindingSink(units);
  for (const rule of rules) {
    if (!rule.text) continue;
    const report = sink.reporter(rule);
    for (const u of units) rule.text(u, report, ctx);
  }
  return sink.result();
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

const overlaps = (a: number, b: number, ranges: [number, number][]): boolean =>
  ranges.some(([s, e]) => a < e && b > s && e > s);

interface Placed {
  finding: Finding;
  order: number;
  start: number;
}

class FindingSink {
  private readonly placed: Placed[] = [];
  private readonly seen = new Map<string, number>();
  private readonly unitOrder = new Map<TextUnit, number>();
  private readonly blockOrder = new Map<string, number>();

  constructor(units: TextUnit[]) {
    units.forEach((u, i) => {
      this.unitOrder.set(u, i);
      const id = u.location.blockId;
      if (id && !this.blockOrder.has(id)) this.blockOrder.set(id, i);
    });
  }

  reporter(rule: Rule): (r: Report) => void {
    return (r) => this.add(rule, r);
  }

  private add(rule: Rule, r: Report): void {
    const u = r.unit;
    let location = r.location ?? (u ? { ...u.location } : { blockId: null });
    let excerpt = r.excerpt ?? '';
    let offending = r.key ?? '';
    let fix = r.fix;
    if (u && r.start !== undefined) {
      const end = r.end ?? r.start;
      if (!r.allowLocked && overlaps(r.start, Math.max(end, r.start + 1), u.locked)) return;
      if (fix && overlaps(r.start, end, u.locked)) fix = undefined;
      location = { ...location, start: u.base + r.start, end: u.base + end };
      if (!r.excerpt) excerpt = excerptAround(u.text, r.start, end);
      // A few characters either side tell apart the same mark typed twice in one paragraph.
      if (!r.key) offending = u.text.slice(Math.max(0, r.start - 4), end + 4);
    } else if (u && !r.key) offending = u.text;
    const l = location;
    const where = `${l.blockId ?? 'draft'}/${l.field ?? ''}${l.measureId ? `/${l.measureId}` : ''}${l.itemId ? `/${l.itemId}` : ''}`;
    let id = `${rule.id}@${where}#${hash(offending)}`;
    const n = this.seen.get(id) ?? 0;
    this.seen.set(id, n + 1);
    if (n > 0) id += `.${n + 1}`;
    const finding: Finding = { id, ruleId: rule.id, severity: r.severity ?? rule.severity, message: r.message, location, excerpt };
    if (fix) finding.fix = fix;
    const order = u ? (this.unitOrder.get(u) ?? -1) : l.blockId ? (this.blockOrder.get(l.blockId) ?? -1) : -1;
    this.placed.push({ finding, order, start: location.start ?? 0 });
  }

  result(ignored: string[] = []): Finding[] {
    const skip = new Set(ignored);
    return this.placed
      .filter((p) => !skip.has(p.finding.id))
      .sort((a, b) => a.order - b.order || a.start - b.start || RANK[a.finding.severity] - RANK[b.finding.severity])
      .map((p) => p.finding);
  }
}
