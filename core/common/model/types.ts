// The draft model: one tree that holds the whole notice; every other view (ledger, outline, counts) derives from it.

export const SCHEMA_VERSION = 1;

export type DocType = 'rectification' | 'work-summary' | 'unknown';

/** 整改状态. `ongoing` = 正在推进/持续整改, `long-term` = 长期坚持. */
export type ProblemStatus = 'done' | 'mostly-done' | 'not-done' | 'ongoing' | 'long-term' | 'unknown';

/** Fields a draft's text refers to; values live in `Draft.fields` (or the unit profile for `profile.*`). */
export type DraftFieldKey =
  | 'title' // 标题
  | 'signer' // 发文机关署名, e.g. 中共莆田市司法局党组
  | 'unitName' // 单位名称, e.g. 莆田市司法局
  | 'unitShortName' // 单位简称, e.g. 市司法局
  | 'docDate' // 成文日期 YYYY-MM-DD
  | 'docNumber' // 发文字号, e.g. 莆司党〔2025〕3号
  | 'issuer' // 签发人
  | 'deployer' // 部署巡察的党委, e.g. 市委
  | 'inspectionGroup' // 巡察组, e.g. 八届市委巡察四组
  | 'inspectionStart' // 巡察开始 YYYY-MM-DD
  | 'inspectionEnd' // 巡察结束 YYYY-MM-DD
  | 'feedbackDate' // 反馈日期 YYYY-MM-DD
  | 'year' // 工作总结所属年度, e.g. 2021
  | 'copyTo' // 抄送
  | 'printer' // 印发机关
  | 'printDate'; // 印发日期 YYYY-MM-DD

export type ProfileFieldKey =
  | 'profile.fullName'
  | 'profile.partyGroupName'
  | 'profile.shortName'
  | 'profile.phone'
  | 'profile.mailAddress'
  | 'profile.postcode'
  | 'profile.email';

export type FieldKey = DraftFieldKey | ProfileFieldKey;

/** Counts computed from the ledger that prose may bind to ("{{problems}}个具体问题"). */
export type CountKey =
  | 'aspects'
  | 'categories'
  | 'problems'
  | 'measures'
  | 'done'
  | 'mostlyDone'
  | 'notDone'
  | 'unknown'
  | 'completionRate';

export interface TextRun {
  t: 'text';
  text: string;
}
export interface FieldRef {
  t: 'field';
  key: FieldKey;
}
/** A number bound to a computed count; `stated` keeps what an imported text said, so a mismatch can be flagged. */
export interface CountRef {
  t: 'count';
  key: CountKey;
  stated?: number;
}
export type Inline = TextRun | FieldRef | CountRef;

interface BlockBase {
  id: string;
  /** Shown to the clerk as a placeholder while the block is empty; never exported. */
  guidance?: string;
  /** Carried over from last year's draft and not yet edited (未更新). */
  carried?: boolean;
  /** Import could not place this with confidence; shown marked until the clerk confirms. */
  uncertain?: string;
}

export type ParagraphRole = 'body' | 'preamble' | 'contact' | 'closing';

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  role?: ParagraphRole;
  content: Inline[];
}

/** One item of an enumeration; `carried` marks it 未更新 on its own, so editing one item leaves its siblings marked. */
export interface EnumerationItem {
  id: string;
  content: Inline[];
  carried?: boolean;
}

/** 一是/二是… or (1)(2)… in prose; the markers are computed, never stored. */
export interface EnumerationBlock extends BlockBase {
  type: 'enumeration';
  style: 'shi' | 'paren';
  /** inline: the items run on in one paragraph after `lead`; block: one paragraph per item. */
  layout: 'inline' | 'block';
  lead: Inline[];
  items: EnumerationItem[];
}

export type SectionRole =
  | 'organisation' // 一、组织领导
  | 'rectification' // 二、整改情况 (holds the ledger)
  | 'further' // 三、需进一步整改的事项 (problems here are follow-ups, not counted again)
  | 'plan' // 四、下一步计划
  | 'review' // 工作回顾
  | 'issues' // 存在问题
  | 'aspect' // 方面
  | 'category' // 问题类别
  | 'group' // a grouping heading inside other sections, e.g. (一)基本完成整改的问题
  | 'generic';

export interface SectionBlock extends BlockBase {
  type: 'section';
  role: SectionRole;
  heading: Inline[];
  /** The first paragraph child runs on after the heading in the same printed paragraph ("(一)标题。正文…"). */
  runIn?: boolean;
  /** false for an unnumbered heading. */
  numbered?: boolean;
  /** Ordinals of levels 3 and 4 below this section do not restart under each parent (1.…15., (1)…(38)). */
  continuousNumbering?: boolean;
  required?: boolean;
  children: Block[];
}

/** 整改措施. */
export interface Measure {
  id: string;
  content: Inline[];
  status?: ProblemStatus;
  /** Carried from last year and not yet edited; the problem's own `carried` covers its title only. */
  carried?: boolean;
}

export interface LedgerFacts {
  status: ProblemStatus;
  leader?: string; // 责任领导
  unit?: string; // 责任单位
  deadline?: string; // 完成时限 (free text or YYYY-MM-DD)
  notes?: string;
  /** 整改进展 reported by the 责任单位 in collection rounds (进展征集), oldest first. */
  progress?: ProgressReport[];
}

/** One accepted progress report for a problem: what the unit wrote, when, in which round. */
export interface ProgressReport {
  text: string;
  evidence?: string;
  unit?: string;
  /** The date the unit gave (YYYY-MM-DD) or, failing that, the day it was merged. */
  date: string;
  round?: number;
}

/** The draft's collection rounds (进展征集): each fill-in workbook records the draft id and round it was made for. */
export interface CollectionState {
  round: number;
  startedAt: string;
  units: string[];
}

/** 具体问题 with its measures: one row of the 整改台账. */
export interface ProblemBlock extends BlockBase, LedgerFacts {
  type: 'problem';
  title: Inline[];
  /**
   * heading: "(1)标题。" on its own line, then "{measuresLabel}:措施…";
   * inline: one paragraph "一是{title},{statusPhrase}。(1)措施…" (numbered 一是 when it has siblings).
   */
  form: 'heading' | 'inline';
  /** The status as the text words it ("已基本完成整改,并形成长效机制"); regenerated when the status changes. */
  statusPhrase?: string;
  measuresLabel?: string; // 整改情况 / 问题整改做法与成效
  measureStyle: 'shi' | 'paren';
  measureLayout: 'inline' | 'block';
  measures: Measure[];
  /** Paragraphs after the measures, e.g. 需进一步整改的原因及下一步措施. */
  children: Block[];
}

export type Block = ParagraphBlock | EnumerationBlock | SectionBlock | ProblemBlock;

export interface UnitProfile {
  fullName: string; // 莆田市司法局
  partyGroupName: string; // 中共莆田市司法局党组
  shortName: string; // 市司法局
  phone: string;
  mailAddress: string; // 邮政信箱
  postcode: string;
  email: string;
}

export interface DraftOptions {
  /** 加盖印章: 成文日期右空四字 (GB/T 9704 7.3.5.1); otherwise 7.3.5.2. */
  seal: boolean;
  /** Internal version with 版头 (red 发文机关标志, 发文字号) and 版记; the public version has neither. */
  internal: boolean;
  /**
   * The level the draft's top headings print at: 1 (一、) normally; 2 when a notice has no 一、 level and its top
   * headings are （一）… (DESIGN.md §2). Absent = 1.
   */
  firstHeadingLevel?: 1 | 2 | 3;
}

export interface Draft {
  schemaVersion: number;
  id: string;
  docType: DocType;
  templateId: string | null;
  fields: Partial<Record<DraftFieldKey, string>>;
  profile: UnitProfile;
  body: Block[];
  options: DraftOptions;
  /** Set when the draft was started from another year's draft (以往年稿为基础新建). */
  basedOn?: { draftId: string; title: string; year?: string };
  /** The latest 进展征集 round, if any. */
  collection?: CollectionState;
  createdAt: string;
  updatedAt: string;
}

export const EMPTY_PROFILE: UnitProfile = {
  fullName: '',
  partyGroupName: '',
  shortName: '',
  phone: '',
  mailAddress: '',
  postcode: '',
  email: '',
};
