export default function LoadingComparison() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-8 w-2/3 animate-pulse rounded bg-stone-200" />
      <p className="text-stone-500">正在对照… Comparing…</p>
      <div className="grid grid-cols-2 gap-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-6 animate-pulse rounded bg-stone-100" />
        ))}
      </div>
    </div>
  );
}
