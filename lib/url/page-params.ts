import { z } from "zod";
import { firstValues, type RawSearchParams } from "./search-params";

/**
 * Where in a long list a page is: `page` (1-based, omitted when 1) and `at`, an anchor id (#r-12, #s-40) whose page
 * the server finds. Kept apart from the view params so every existing link (tiles, swap, filters) starts on page 1.
 */
export const pageParamsSchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
  /** The indicator table's own page (a 5 MB report has thousands of pairs). */
  ipage: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
  at: z.string().trim().max(120).regex(/^[\p{L}\p{N}_-]+$/u).optional().catch(undefined),
});

export type PageParams = z.output<typeof pageParamsSchema>;

export function parsePageParams(raw: RawSearchParams | URLSearchParams): PageParams {
  return pageParamsSchema.parse(firstValues(raw));
}

/** A view's href on another page: page 1 is the view's own URL, so shared links without `page` keep their meaning. */
export function withPage(href: string, page: number, hash = "", key: "page" | "ipage" = "page"): string {
  const [path, query = ""] = href.split("#")[0].split("?");
  const params = new URLSearchParams(query);
  params.delete(key);
  params.delete("at");
  if (page > 1) params.set(key, String(page));
  const text = params.toString();
  return `${path}${text ? `?${text}` : ""}${hash}`;
}

/** A view's href aimed at an item on whichever page holds it: the server reads `at`, the browser the #id. */
export function atHref(href: string, id: string): string {
  const [path, query = ""] = href.split("#")[0].split("?");
  const params = new URLSearchParams(query);
  params.delete("page");
  params.delete("ipage");
  params.set("at", id);
  return `${path}?${params}#${id}`;
}
