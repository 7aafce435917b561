import "server-only";
// Requests for a comparison nobody stored yet. A small pair (every seed pair: milliseconds) is computed on the request,
// as before; a large one becomes a job in a bounded pool of worker threads (compare-worker.ts), and the request answers
// "computing" at once: the page shows 正在计算对照… and refreshes, the API answers 202 with Retry-After. A request for a
// pair that is already being computed joins its job. docs/decisions/011c-compare-jobs.md
import { isMainThread } from "node:worker_threads";
import { LRUCache } from "lru-cache";
import { computeComparison, resolveComparison, storedComparison, warmViews, type Comparison, type ComparisonTarget } from "./comparisons";
import { createWorkerPool, envNumber, type WorkerPool } from "./worker-pool";
import { formatBudget } from "@/lib/format/duration";
import type { KindChoice } from "@/lib/compare/types";

export interface CompareJobSettings {
  /** Worker threads at most (DUIZHAO_COMPARE_WORKERS; 0 computes every pair on the request, as before). */
  size: number;
  /** Per-comparison time budget in ms (DUIZHAO_COMPARE_BUDGET_MS). */
  budgetMs: number;
  /** Pairs of at least this many sentences (both reports together) go to a worker (DUIZHAO_COMPARE_WORKER_MIN_SENTENCES). */
  minSentences: number;
  /** Pairs of more sentences than this are refused with a reason (DUIZHAO_COMPARE_MAX_SENTENCES). */
  maxSentences: number;
}

export function compareJobSettings(env: NodeJS.ProcessEnv = process.env): CompareJobSettings | null {
  const size = Math.floor(envNumber(env.DUIZHAO_COMPARE_WORKERS, 1));
  if (size <= 0) return null;
  return {
    size,
    budgetMs: envNumber(env.DUIZHAO_COMPARE_BUDGET_MS, 120_000),
    minSentences: envNumber(env.DUIZHAO_COMPARE_WORKER_MIN_SENTENCES, 4000),
    maxSentences: envNumber(env.DUIZHAO_COMPARE_MAX_SENTENCES, 100_000),
  };
}

export type CompareJobInput = { left: string; right: string; l: KindChoice; r: KindChoice };
export type CompareFailureCode = "too-large" | "too-slow" | "worker-crashed" | "not-found";
export type CompareJobOutcome = { status: "stored" } | { status: "failed"; code: CompareFailureCode; message: string };

export type ComparisonRequest =
  | { status: "ready"; comparison: Comparison }
  | { status: "computing"; target: ComparisonTarget; since: number; retryAfter: number }
  | { status: "failed"; target: ComparisonTarget; code: CompareFailureCode; message: string };

/** A failed job is remembered this long, so that a page refreshing every few seconds does not start it again. */
const FAILURE_TTL_MS = 10 * 60_000;

interface JobState {
  key: string;
  settings: CompareJobSettings;
  pool: WorkerPool<CompareJobInput, CompareJobOutcome>;
  running: Map<string, Job>;
  failed: LRUCache<string, { code: CompareFailureCode; message: string }>;
}
const STATE = Symbol.for("duizhao.compareJobs");

interface Job {
  since: number;
  /** Settles when the worker stored the comparison or gave up (a failure is remembered in `failed`). */
  done: Promise<CompareJobOutcome>;
}

/** The running job of a key, or a new one in the pool. */
function startJob(state: JobState, key: string, input: CompareJobInput, now = Date.now()): Job {
  const running = state.running.get(key);
  if (running) return running;
  const done = state.pool
    .run(input)
    .catch((error: Error): CompareJobOutcome => ({ status: "failed", code: "worker-crashed", message: `对照计算出错 / the comparison stopped: ${error.message}` }))
    .then((outcome) => {
      if (outcome.status === "failed") state.failed.set(key, { code: outcome.code, message: outcome.message });
      return outcome;
    })
    .finally(() => state.running.delete(key));
  const job = { since: now, done };
  state.running.set(key, job);
  return job;
}

/** One pool and one job table per process (on globalThis: Next bundles pages and route handlers separately). */
function jobState(settings: CompareJobSettings): JobState {
  const store = globalThis as unknown as Record<symbol, JobState | undefined>;
  const key = JSON.stringify(settings);
  if (store[STATE]?.key !== key) {
    void store[STATE]?.pool.close();
    const pool = createWorkerPool<CompareJobInput, CompareJobOutcome>({
      script: "lib/data/compare-worker.ts",
      size: settings.size,
      budgetMs: settings.budgetMs,
      // The worker keeps no parsed results: the server reads the stored row.
      env: { DUIZHAO_COMPARE_CACHE_MB: "1" },
      overran: (ms) => {
        const budget = formatBudget(ms);
        return { status: "failed", code: "too-slow", message: `对照计算超过 ${budget.zh}，已放弃 / the comparison took longer than ${budget.en} and was abandoned: compare fewer sentences (目标 or 实绩 only) or smaller reports` };
      },
      crashed: (why) => ({ status: "failed", code: "worker-crashed", message: `对照计算出错 / the comparison stopped: ${why.message}` }),
    });
    store[STATE] = { key, settings, pool, running: new Map(), failed: new LRUCache({ max: 500, ttl: FAILURE_TTL_MS }) };
  }
  return store[STATE]!;
}

/** How many sentences a comparison aligns: both reports', or one report's once when it is compared with itself. */
function sentencesToCompare(target: ComparisonTarget): number {
  return target.left.sentenceCount + (target.right.id === target.left.id ? 0 : target.right.sentenceCount);
}

/** Seconds until a client should ask again: soon at first, less often for a long computation. */
export function retryAfterSeconds(elapsedMs: number): number {
  return elapsedMs < 10_000 ? 2 : 5;
}

/**
 * The comparison when it is stored (or small enough to compute now); otherwise its job, started or joined, or the
 * reason it cannot be computed. Null when a report does not exist.
 */
export async function requestComparison(options: CompareJobInput, now = Date.now()): Promise<ComparisonRequest | null> {
  const target = await resolveComparison(options);
  if (!target) return null;
  const stored = await storedComparison(target);
  if (stored) return { status: "ready", comparison: stored };
  const settings = isMainThread ? compareJobSettings() : null;
  const sentences = sentencesToCompare(target);
  if (!settings || sentences < settings.minSentences) {
    const computed = await computeComparison(target);
    return computed ? { status: "ready", comparison: computed } : null;
  }
  if (sentences > settings.maxSentences) {
    const message = `两份报告共 ${sentences} 句，超过对照上限 ${settings.maxSentences} 句 / the two reports have ${sentences} sentences together, over the limit of ${settings.maxSentences}: compare smaller reports or parts of them`;
    return { status: "failed", target, code: "too-large", message };
  }
  const state = jobState(settings);
  const failure = state.failed.get(target.key);
  if (failure) return { status: "failed", target, ...failure };
  const job = startJob(state, target.key, options, now);
  return { status: "computing", target, since: job.since, retryAfter: retryAfterSeconds(now - job.since) };
}

/**
 * A comparison for work that is not a page request and can wait for it (the promise tracker, warming at import):
 * stored → served; otherwise computed by the compare pool, whatever its size, so that this thread stays free for
 * reads (issue 16). A worker thread (the import worker) or a process without the pool computes it itself. Null when
 * a report does not exist or the computation was refused or failed (its reason is remembered like a request's).
 */
export async function comparisonOffThread(options: CompareJobInput): Promise<Comparison | null> {
  const target = await resolveComparison(options);
  if (!target) return null;
  const stored = await storedComparison(target);
  if (stored) return stored;
  const settings = isMainThread ? compareJobSettings() : null;
  if (!settings) return computeComparison(target);
  const sentences = sentencesToCompare(target);
  if (sentences > settings.maxSentences) return null;
  const state = jobState(settings);
  if (state.failed.get(target.key)) return null;
  const outcome = await startJob(state, target.key, options).done;
  return outcome.status === "stored" ? storedComparison(target) : null;
}

/**
 * Compute and store, at import, the comparisons a new report is most often opened in (the library's quick links):
 * its own results against its targets, and a news article against its report. Readers then never wait for them.
 * They are computed off the importing thread (comparisonOffThread). Off with DUIZHAO_WARM_COMPARISONS=0 (bulk loads
 * that care only for throughput).
 */
export async function warmComparisons(options: { slug: string }): Promise<number> {
  if (process.env.DUIZHAO_WARM_COMPARISONS === "0") return 0;
  const views = await warmViews(options);
  for (const view of views) await comparisonOffThread(view);
  return views.length;
}
