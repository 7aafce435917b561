/** The chart's data as CSV (opens in a spreadsheet) and as JSON (the same shape as `npx duizhao track --json`). */
export function DownloadLinks({ api, table, line }: { api: string; table: "targets" | "years"; line?: string }) {
  const query = `${table === "years" ? "&table=years" : ""}${line ? `&line=${encodeURIComponent(line)}` : ""}`;
  return (
    <span className="ml-1 whitespace-nowrap">
      下载数据 Download：
      <a href={`${api}&format=csv${query}`} className="text-blue-800 underline" download>CSV</a>
      {" · "}
      <a href={`${api}${line ? `&line=${encodeURIComponent(line)}` : ""}`} className="text-blue-800 underline">JSON</a>
    </span>
  );
}
