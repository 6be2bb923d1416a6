// The benchmark format: each test/bench/*.bench.ts default-exports a list of these; scripts/bench.mjs runs them.

export interface Benchmark {
  /** Row name in the table, e.g. "导入 putian 通报 (50 KB)". */
  name: string;
  /** The target it is measured against, as text for the table, e.g. "≤ 150 ms". */
  target?: string;
  /** Timed runs (after `warmup` untimed ones). */
  runs?: number;
  warmup?: number;
  setup?: () => Promise<void> | void;
  /** Timed as a whole, unless it returns `{ ms }`: then that is the run's time (e.g. one of two programs timed side by side). */
  run: () => Promise<unknown> | unknown;
  teardown?: () => Promise<void> | void;
  /** Extra figures to print beside the timing (e.g. memory, p95 latency measured inside the run). */
  extra?: () => Record<string, string>;
}
