import type { ReactNode } from "react";

/**
 * A hand-over from the React Server Components render to the HTML render of the same request (decision 012b). Next
 * runs both in one process but with separate module graphs, so the one store they share is globalThis. The server
 * component puts a part's element tree here under a fresh token and sends the browser the token only; the HTML render
 * takes it back and renders it. An entry lives for the request (a short grace after it is taken, in case the HTML
 * render is retried) and at most a minute when nobody takes it (an aborted request).
 */
interface Entry {
  tree: ReactNode;
  expires: number;
}

const TAKEN_GRACE_MS = 10_000;
const UNTAKEN_MS = 60_000;
const KEY = Symbol.for("duizhao.server-html.stash");

function store(): Map<string, Entry> {
  const holder = globalThis as { [KEY]?: Map<string, Entry> };
  return (holder[KEY] ??= new Map());
}

function sweep(entries: Map<string, Entry>, now: number) {
  for (const [token, entry] of entries) if (entry.expires < now) entries.delete(token);
}

export function stashTree(tree: ReactNode): string {
  const entries = store();
  const now = Date.now();
  sweep(entries, now);
  const token = crypto.randomUUID();
  entries.set(token, { tree, expires: now + UNTAKEN_MS });
  return token;
}

/** The tree put under `token`, or undefined when it is gone (never in the browser: the store is the server's). */
export function takeTree(token: string): ReactNode | undefined {
  const entry = store().get(token);
  if (!entry) return undefined;
  entry.expires = Math.min(entry.expires, Date.now() + TAKEN_GRACE_MS);
  return entry.tree;
}

/** How many parts wait for their HTML render (for tests). */
export function stashedCount(): number {
  return store().size;
}
