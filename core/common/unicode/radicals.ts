// Radicals that stand for ideographs. Fonts map one glyph to both 日 U+65E5 and the Kangxi radical ⽇ U+2F47 (or 长
// U+957F and ⻓ U+2ED3), so text extracted from PDFs, and PDFs' own text maps, often name the radical: the text then
// looks right but is not found by a search and is counted wrongly. Unicode names the ideograph each one stands for:
// NFKC for the Kangxi Radicals, EquivalentUnifiedIdeograph.txt (UCD) for the CJK Radicals Supplement.

/**
 * CJK Radicals Supplement U+2E81–U+2EF3 → the equivalent unified ideograph (UCD EquivalentUnifiedIdeograph.txt),
 * as pairs of radical and ideograph separated by spaces. U+2E80 and the unassigned U+2E9A have none.
 */
const SUPPLEMENT_PAIRS = '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕𫜹 '
  + '⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 '
  + '⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 '
  + '⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 '
  + '⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟';

const SUPPLEMENT = new Map(SUPPLEMENT_PAIRS.split(' ').map((pair) => {
  // By code point: some ideographs are outside the BMP.
  const [radical, ideograph] = [...pair];
  return [radical!, ideograph!] as const;
}));

/** A code point in the Kangxi Radicals or CJK Radicals Supplement block. */
export const isRadical = (cp: number): boolean => cp >= 0x2e80 && cp <= 0x2fdf;

/** The ideograph a radical stands for, or undefined when the character is not such a radical. */
export function ideographForRadical(ch: string): string | undefined {
  const cp = ch.codePointAt(0)!;
  if (!isRadical(cp)) return undefined;
  if (cp >= 0x2f00) {
    const n = ch.normalize('NFKC');
    return n !== ch ? n : undefined;
  }
  return SUPPLEMENT.get(ch);
}

/** The text with every radical that stands for an ideograph replaced by it. */
export const unifyRadicals = (text: string): string =>
  text.replace(/[\u2e80-\u2fdf]/g, (c) => ideographForRadical(c) ?? c);
