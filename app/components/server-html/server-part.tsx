import type { ComponentProps, ReactNode } from "react";
import { headers } from "next/headers";
import { ServerHtml } from "./server-html";
import { stashTree } from "./stash";

/**
 * A request that gets HTML: a document navigation, or a client without Fetch Metadata (curl, scripts, tests' request
 * contexts). A script's fetch (the router's flight requests, router.refresh, server actions) says `empty`: no HTML
 * render follows, so the part must travel in the payload.
 */
async function rendersHtml(): Promise<boolean> {
  const dest = (await headers()).get("sec-fetch-dest");
  return !dest || dest === "document" || dest === "iframe";
}

/**
 * Server-rendered content sent once (decision 012b): in the HTML, not again in the page payload. `children` must be
 * plain server-side markup: host elements and synchronous components without hooks or client components inside
 * (interactive parts stay outside it, as small client islands that get ids). Keyed by its token, so a part the router
 * replaces is mounted afresh rather than patched.
 */
export async function ServerPart({ children, ...attributes }: Omit<ComponentProps<typeof ServerHtml>, "token" | "children"> & { children: ReactNode }) {
  if (!(await rendersHtml())) return <ServerHtml key="payload" {...attributes}>{children}</ServerHtml>;
  const token = stashTree(children);
  return <ServerHtml key={token} token={token} {...attributes} />;
}
