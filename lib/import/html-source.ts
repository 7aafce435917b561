// The source an HTML page declares about itself: <link rel=canonical>, og:url, og:site_name and the publication
// date metas that Chinese government sites (publishdate, PubDate) and news sites (article:published_time) use.
import { parse } from "node-html-parser";
import { isoDay, validSourceFields, type ReportSource } from "./report-source";

const DATE_METAS = ["article:published_time", "publishdate", "pubdate", "publish_date", "firstpublishedtime", "dc.date", "dcterms.issued", "date"];

export function htmlSource(html: string): ReportSource {
  const head = parse(html.slice(0, 200_000), { comment: false });
  const meta = (name: string) =>
    head.querySelectorAll("meta").find((m) => (m.getAttribute("property") ?? m.getAttribute("name") ?? "").toLowerCase() === name)?.getAttribute("content")?.trim();
  const canonical = head.querySelectorAll("link").find((l) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"))?.getAttribute("href")?.trim();
  const published = DATE_METAS.map((name) => isoDay(meta(name))).find(Boolean);
  return validSourceFields({ url: canonical ?? meta("og:url"), publisher: meta("og:site_name"), published });
}
