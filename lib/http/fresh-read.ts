/**
 * Concurrent callers of `read` share its results, but each caller gets a result of a read that started after it
 * called: a write committed before the call is always seen. Under 50 clients every request read the stored data's
 * fingerprint itself (one query each); now a burst of requests waits for the read in flight to end and shares the one
 * that follows it (decision 013b).
 */
export function sharedFreshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    // A read is in flight, begun before this call: wait for it, then share the next one.
    queued ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}
