// Web-page chrome around a published notice: navigation, publication metadata, share/print links, link lists.

export interface TextLine {
  text: string;
  /** 1-based line number in the cleaned source text, for the import report. */
  line: number;
  /** Leading spaces the source line had (a paragraph's first-line indent), before trimming. */
  indent?: number;
  /** Characters removed from the source line (converter pinyin), counted in its width. */
  dropped?: number;
}

const CHROME_LINE: RegExp[] = [
  /^网站支持IPv?6/i,
  /^(当前位置|您现在的位置|你的位置|您的位置|所在位置)[：:]?/,
  /^首页\s*[>＞»›]/,
  /[>＞»›]\s*(政务公开|通知公告|工作动态|信息公开|政府信息公开|新闻中心)/,
  /^[【[［(（]?\s*(信息|文章|稿件|新闻|内容)?来源[：:]/,
  /^[【[［(（]?\s*(发布|更新|生成|成文|发文|公开)?(日期|时间)[：:]\s*\d{4}/,
  /^[【[［(（]?\s*(发布|更新|生成|成文)(日期|时间)[：:]/,
  /^[【[［(（]?\s*(作者|编辑|审核|审校|责任编辑|供稿|撰稿|摄影)[：:].{0,30}$/,
  /^(微信|微博|QQ空间|QQ好友|腾讯微博|新浪微博|人人网|豆瓣)(\s+(微信|微博|QQ空间|QQ好友|腾讯微博|新浪微博))*$/,
  /(访问量|浏览次数|浏览量|点击数|点击量|阅读数|阅读次数|阅读量)[：:]\s*\d*/,
  /字号[：:]?\s*([【[［(（]?\s*[大中小]\s*[】\]］)）]?\s*)*$/,
  /[【[［]?\s*字体[：:]?\s*[【[［(（]?\s*[大中小]/,
  /^[【[［(（]?\s*[大中小]\s+[大中小]\s+[大中小]\s*[】\]］)）]?$/,
  /^(附件下载|相关链接|相关文章|相关阅读|相关新闻|扫一扫|分享到|分享至|打印本页|关闭窗口|上一篇|下一篇|【打印】|【关闭】|【我要打印】|【打印此页】|【收藏】|【返回顶部】|责任编辑|索引号[：:]|发布机构[：:]|主题分类[：:]|公开方式[：:]|公开范围[：:]|所属机构[：:])/,
  /^(打印|关闭|收藏|返回顶部|返回|顶部|TOP|分享|纠错|我要纠错|大|中|小|【大\s*中\s*小】)$/i,
  /(【打印本页】|【关闭窗口】|\[打印本页\]|\[关闭窗口\]|打印本页\s*关闭窗口)/,
  /^(在手机上查看|手机扫码|用手机扫描|微信扫一扫)/,
  /^[•·●◆▪■◇○□]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*$/,
  /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(\s+\d{1,2}[:：]\d{2}(:\d{2})?)?\s*$/,
];

/** A publication line such as "2025年02月17日 17:21 来源:莆田市司法局 字号:" (not the 成文日期 after the signer). */
const PUBLICATION_LINE = /^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}.*(来源|作者|浏览|字号)/;

export function isChromeLine(text: string): boolean {
  if (text.length > 80) return false;
  if (PUBLICATION_LINE.test(text)) return true;
  if (/^(\d{4}[-年/][\d\s月日:：-]{0,20})?(信息)?(来源|作者|发布者)[：:].{0,40}(字号|浏览|点击|访问|发布)/.test(text)) return true;
  return CHROME_LINE.some((re) => re.test(text));
}

/** A link-list item after the body: "• 标题 2016-09-19" or a bare bullet. */
function isLinkListLine(text: string): boolean {
  if (text.length > 80) return false;
  return /^[•·●◆▪■◇○□]/.test(text) || /\s\d{4}-\d{2}-\d{2}\s*$/.test(text);
}

export interface ChromeResult {
  lines: TextLine[];
  removed: TextLine[];
}

/** Drops chrome lines anywhere, and everything from the first chrome/link line after the body's last date line. */
export function stripChrome(lines: TextLine[], isFull: (l: TextLine) => boolean = () => false): ChromeResult {
  const removed: TextLine[] = [];
  let kept: TextLine[] = [];
  // A chrome line filled to a hard wrap's width may run on into the notice: judged again once lines are joined.
  for (const l of lines) (isChromeLine(l.text) && !isFull(l) ? removed : kept).push(l);
  // Trailing link lists ("• 2016-09-19", "相关文章…") after the body.
  while (kept.length > 0 && isLinkListLine(kept[kept.length - 1]!.text)) removed.push(kept.pop()!);
  // Consecutive duplicate lines (a page repeats the title in the banner).
  kept = kept.filter((l, i) => i === 0 || l.text !== kept[i - 1]!.text || l.text.length > 60);
  return { lines: kept, removed };
}
