export default function LoadingTerms() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-8 w-2/3 animate-pulse rounded bg-stone-200" />
      <p className="text-stone-500">正在统计用词… Counting terms…</p>
      <div className="h-64 animate-pulse rounded bg-stone-100" />
    </div>
  );
}
