// Half-width punctuation in Chinese text becomes full-width (GB/T 15834); numbers, times, phones, emails, URLs stay.

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const CJK_OR_PUNCT = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’…—]/;
const ASCII_RUN = /[\x21-\x7e]+/g;
const URL_OR_EMAIL = /(?:https?:\/\/|www\.)[\x21-\x7e]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** URLs and email addresses, found inside short ASCII runs only (a linear scan, whatever the line holds). */
function protectedSpans(line: string): { at: number; len: number }[] {
  const out: { at: number; len: number }[] = [];
  for (const run of line.matchAll(ASCII_RUN)) {
    if (run[0].length > 300 || !/[@.]/.test(run[0])) continue;
    const m = URL_OR_EMAIL.exec(run[0]);
    if (m) out.push({ at: run.index + m.index, len: m[0].length });
  }
  return out;
}

/** A line is in Chinese context when Han characters make up a fair share of its letters. */
function isChineseLine(line: string): boolean {
  const han = line.match(HAN)?.length ?? 0;
  let latin = line.match(/[A-Za-z]/g)?.length ?? 0;
  for (const p of protectedSpans(line)) latin -= line.slice(p.at, p.at + p.len).match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han >= latin / 2;
}

function convertSegment(s: string, quoteOpen: { v: boolean }): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = s[i - 1] ?? '';
    const next = s[i + 1] ?? '';
    const digitsAround = /[0-9]/.test(prev) && /[0-9]/.test(next);
    switch (c) {
      case ',':
        out += digitsAround ? c : '，';
        break;
      case ':':
        out += digitsAround ? c : '：';
        break;
      case ';':
        out += '；';
        break;
      case '(':
        out += '（';
        break;
      case ')':
        out += '）';
        break;
      case '?':
        out += '？';
        break;
      case '!':
        out += '！';
        break;
      case '.':
        // A full stop typed after Chinese text; "1." ordinals and decimals keep the period.
        out += CJK_OR_PUNCT.test(prev) && !/[0-9]/.test(prev) && (next === '' || /\s/.test(next) || CJK_OR_PUNCT.test(next)) ? '。' : c;
        break;
      case '"':
        out += quoteOpen.v ? '”' : '“';
        quoteOpen.v = !quoteOpen.v;
        break;
      default:
        out += c;
    }
  }
  return out;
}

/** Normalises one line; lines of mostly Latin text are left as they are. */
export function normalisePunctuationLine(line: string): string {
  if (!isChineseLine(line)) return line;
  const quoteOpen = { v: false };
  let out = '';
  let last = 0;
  for (const m of protectedSpans(line)) {
    out += convertSegment(line.slice(last, m.at), quoteOpen) + line.slice(m.at, m.at + m.len);
    last = m.at + m.len;
  }
  out += convertSegment(line.slice(last), quoteOpen);
  // "1)" written for "（1）" keeps a matching opening bracket (not "3）" whose "（" a hard wrap left on the line above).
  return (/^\d{1,2}\)/.test(line) ? out.replace(/^(\d{1,2})）/, '（$1）') : out).replace(/ +(?=[，。；：、！？])/g, '');
}

export function normalisePunctuation(text: string): string {
  return text.split('\n').map(normalisePunctuationLine).join('\n');
}
