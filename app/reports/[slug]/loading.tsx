export default function LoadingReport() {
  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]" aria-busy="true">
      <div className="h-40 animate-pulse rounded bg-stone-100" />
      <div className="space-y-3">
        <div className="h-8 w-2/3 animate-pulse rounded bg-stone-200" />
        <p className="text-stone-500">正在载入报告… Loading report…</p>
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-5 animate-pulse rounded bg-stone-100" />
        ))}
      </div>
    </div>
  );
}
