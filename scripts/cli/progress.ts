/** A one-line progress bar on stderr; on a non-terminal it prints a line every 10% (or every file, with everyFile). */
export function createProgress(total: number, options: { everyFile?: boolean; stream?: NodeJS.WriteStream } = {}) {
  const stream = options.stream ?? process.stderr;
  let lastDecile = -1;
  const started = Date.now();
  return {
    tick(done: number, label: string) {
      const ratio = total ? done / total : 1;
      const width = 28;
      const filled = Math.round(ratio * width);
      const line = `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${Math.round(ratio * 100)}% ${label}`;
      if (stream.isTTY) stream.write(`\r${line.slice(0, (stream.columns ?? 100) - 1).padEnd(Math.min(stream.columns ?? 100, 100) - 1)}`);
      else if (options.everyFile || Math.floor(ratio * 10) > lastDecile || done === total) {
        lastDecile = Math.floor(ratio * 10);
        stream.write(`${line}\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write("\n");
      return (Date.now() - started) / 1000;
    },
  };
}
