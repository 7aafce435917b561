// Page weight and render time of long inputs (issue 13 point 6): a generated 100,000-character pair, and the reader
// and compare pages of the 4.9 MB report that the reads-during-import step imported. Each page is fetched cold once
// (the first request computes the comparison, or starts it in a worker: then it waits until the page is ready) and
// then a few times; a page that fails is recorded, not fatal. The 4.9 MB report against itself, all sentences and
// unfolded, takes minutes to compute: it is measured with --large-all only.
import { longReport } from "./corpus";
import { timeGets, type GetStats } from "./http";

export interface LargePage extends Partial<GetStats> {
  path: string;
  label: string;
  error?: string;
}

async function importText(base: string, name: string, text: string): Promise<string> {
  const res = await fetch(`${base}/api/import?name=${name}`, { method: "POST", body: text, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = (await res.json()) as { outcomes?: { slug?: string; status?: string; message?: string }[] };
  const slug = body.outcomes?.[0]?.slug;
  if (!slug) throw new Error(`import of ${name} failed: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  return slug;
}

export async function largePages(base: string, largeSlug: string | null, opts: { all: boolean } = { all: false }): Promise<LargePage[]> {
  const a = await importText(base, "bench-100k-a.txt", longReport(31, 100_000, 2023));
  const b = await importText(base, "bench-100k-b.txt", longReport(32, 100_000, 2023));
  const targets: { label: string; path: string }[] = [{ label: "generated 100k pair, compare", path: `/compare/${a}/${b}` }];
  if (largeSlug) {
    targets.push(
      { label: "4.9 MB report, reader", path: `/reports/${largeSlug}` },
      { label: "4.9 MB report, reader, page 50", path: `/reports/${largeSlug}?page=50` },
      { label: "4.9 MB report, compare results vs targets", path: `/compare/${largeSlug}/${largeSlug}?l=achievement&r=goal` },
    );
    if (opts.all) targets.push({ label: "4.9 MB report, compare all, unfolded", path: `/compare/${largeSlug}/${largeSlug}?collapse=0` });
  }
  const out: LargePage[] = [];
  for (const t of targets) {
    try {
      out.push({ label: t.label, ...(await timeGets(base, t.path, { warmup: 1, runs: 3, timeoutMs: 900_000 })) });
    } catch (error) {
      out.push({ ...t, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}
