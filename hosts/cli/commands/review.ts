// `qicao review <draft.qicao.json> <edited.docx> [--json] [--by-text] [--accept-all -o <new.qicao.json>]`:
// the leader's edited Word file against its draft; nothing is written unless --accept-all -o is given.
import { resolve } from 'node:path';
import { KIND_LABEL, type Review, ReviewError, acceptAll, applyReview, readEditedDocx, reviewDocx } from '../../../core/common/review';
import { writeDraftFile } from '../../../core/node/draft-file';
import { readEditedFile } from '../../../core/node/review';
import { loadDraftArg } from '../inputs';
import { CliError, type CliCommand, stringFlag } from '../command';

function describe(r: Review): string {
  const lines: string[] = [];
  const c = r.counts;
  lines.push(`修改稿“${r.fileName}”：修订 ${c.tracked} 处，未留修订痕迹的改动 ${c.untracked} 处，格式修改 ${c.format} 处，批注 ${c.comments} 条，涉及台账 ${c.ledger} 处。`);
  for (const n of r.notes) lines.push(`说明：${n}`);
  let place = '';
  r.changes.forEach((ch, i) => {
    const where = ch.place.map((p) => (p.length > 18 ? `${p.slice(0, 18)}…` : p)).join(' › ');
    if (where !== place) lines.push(where ? `【${where}】` : '【开头】');
    place = where;
    const who = ch.tracked ? [ch.author, ch.date.replace('T', ' ').replace(/:\d\dZ?$/, '')].filter(Boolean).join(' ') : '未留修订痕迹';
    const what = [ch.deleted && `删去“${ch.deleted}”`, ch.inserted && `加入“${ch.inserted}”`].filter(Boolean).join('，');
    lines.push(`  ${i + 1}. [${ch.id}] ${KIND_LABEL[ch.kind]}（${ch.unitLabel}，${who}）${what ? `：${what}` : ''}${ch.applicable ? '' : '（只报告）'}`);
    if (ch.note) lines.push(`     ${ch.note}`);
    if (ch.ledger) lines.push(`     台账：${ch.ledger.message}`);
  });
  for (const cm of r.comments) {
    lines.push(`  批注（${cm.author || '未署名'}${cm.date ? ` ${cm.date.slice(0, 10)}` : ''}）“${cm.quote}”：${cm.text}`);
    for (const re of cm.replies) lines.push(`    回复（${re.author}）：${re.text}`);
  }
  return `${lines.join('\n')}\n`;
}

export const reviewCommand: CliCommand = {
  name: 'review',
  usage: 'qicao review <draft.qicao.json> <edited.docx> [--json] [--by-text] [--accept-all -o <new.qicao.json>]',
  summary: '导入修改稿：列出领导在 Word/WPS 中的修订、改动和批注，可全部接受 / review the edited Word file',
  async run(args, io) {
    const [draftPath, docxPath] = args.positional;
    if (!draftPath || !docxPath) throw new CliError(`需要文稿文件和修改稿：${this.usage}`, 2);
    const out = stringFlag(args, 'o', 'out');
    const accept = args.flags.has('accept-all');
    if (accept && !out) throw new CliError('--accept-all 需要用 -o 指定新文稿文件（原文稿不会被改写）。', 2);
    if (out && !accept) throw new CliError('-o 只与 --accept-all 一起使用。', 2);
    if (out && resolve(out) === resolve(draftPath)) throw new CliError(`输出文件不能与文稿文件“${draftPath}”相同。`, 2);
    const draft = loadDraftArg(draftPath);
    const opts = { byText: args.flags.has('by-text') };
    try {
      const file = readEditedFile(docxPath);
      const doc = await readEditedDocx(file.bytes, file.name);
      const review = reviewDocx(draft, doc, file.name, opts);
      if (args.flags.has('json')) io.out(`${JSON.stringify({ ...review, sha256: file.sha256 })}\n`);
      else io.out(describe(review));
      if (accept && out) {
        const r = applyReview(draft, draft, doc, file.name, acceptAll(review), opts);
        writeDraftFile(out, { ...r.draft, updatedAt: new Date().toISOString() });
        for (const n of r.notes) io.err(`提示：${n}\n`);
        io.err(`已接受 ${r.applied.length} 处改动，新文稿已保存到“${out}”（修改稿 ${file.name}，SHA-256 ${file.sha256}）。\n`);
      }
      return 0;
    } catch (e) {
      if (e instanceof ReviewError) throw new CliError(e.message);
      throw e;
    }
  },
};
