/** The shape of the results while they load. */
export function ResultsSkeleton() {
  return (
    <div className="space-y-3" aria-busy="true">
      <p className="text-sm text-stone-500">正在搜索… Searching…</p>
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <div className="h-4 w-1/3 animate-pulse rounded bg-stone-200" />
          <div className="h-5 animate-pulse rounded bg-stone-100" />
        </div>
      ))}
    </div>
  );
}
