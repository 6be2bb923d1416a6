// Every CLI command, in the order `qicao --help` lists them. Add a command: one file here, one entry below.
// Each entry imports its module only when run (esbuild splits them into chunks): start-up stays at Node's own cost.
import type { CliCommand } from '../command';

export const COMMANDS: CliCommand[] = [
  {
    name: 'templates',
    usage: 'qicao templates [--json]',
    summary: '列出内置模板 / list the built-in templates',
    load: async () => (await import('./templates')).runTemplates,
  },
  {
    name: 'new',
    usage: 'qicao new --template <id> -o <draft.qicao.json> [--profile unit.json] [--force]',
    summary: '用模板新建文稿 / start a draft from a template',
    load: async () => (await import('./new')).runNew,
  },
  {
    name: 'serve',
    usage: 'qicao serve [--port N] [--data DIR]',
    summary: '在本机浏览器中运行起草（仅 127.0.0.1）/ run the app in a local browser (loopback only)',
    load: async () => (await import('./serve')).runServe,
  },
  {
    name: 'check',
    usage: 'qicao check <draft.qicao.json> [--json] [--previous <上年文稿.qicao.json>]',
    summary: '校对文稿（结构、计数、日期、标点、数字、雷同）/ proofread a draft',
    load: async () => (await import('./check')).runCheck,
  },
  {
    name: 'import',
    usage: 'qicao import <通报.txt|.docx> -o <draft.qicao.json> [--json]',
    summary: '导入往年通报（文本或 Word）为结构化文稿 / import a published notice into a draft',
    load: async () => (await import('./import')).runImport,
  },
  {
    name: 'summary',
    usage: 'qicao summary <通报.txt|.docx|draft.qicao.json>',
    summary: '输出通报或文稿的结构摘要（JSON）/ print a one-object JSON summary',
    load: async () => (await import('./summary')).runSummary,
  },
  {
    name: 'export',
    usage: 'qicao export <draft.qicao.json> --docx <out.docx> [--pdf <out.pdf>] [--ledger <out.xlsx|.docx>]',
    summary: '按 GB/T 9704-2012 导出 Word/PDF 及整改台账 / export Word, PDF and the ledger',
    load: async () => (await import('./export')).runExport,
  },
];

/** Flags that take a value, across all commands. */
export const VALUE_FLAGS = new Set(['o', 'out', 'template', 'docx', 'pdf', 'ledger', 'port', 'data', 'profile', 'from']);
