// One import worker process: imports the files listed in argv[3] (a JSON file) into argv[2] through importReport,
// `argv[4]` imports in flight, and prints one JSON line per file ({ ms, status, chars }) for the parent to add up.
import { readFileSync } from "node:fs";
import path from "node:path";

async function main() {
  const [url, listFile, inFlight] = process.argv.slice(2);
  process.env.DATABASE_URL = url; // before the data layer builds its client
  const { importReport } = await import("@/lib/data/report-imports");
  const { getDb } = await import("@/lib/data/db");
  const files = JSON.parse(readFileSync(listFile, "utf8")) as string[];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const bytes = readFileSync(file);
      const start = performance.now();
      const outcome = await importReport({ bytes: new Uint8Array(bytes), fileName: path.basename(file) });
      const line = { ms: performance.now() - start, status: outcome.status, chars: bytes.toString("utf8").length, file: path.basename(file), message: outcome.status === "failed" ? outcome.message : undefined };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(inFlight) || 1) }, worker));
  await getDb().$disconnect();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
