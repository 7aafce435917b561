export default function LoadingTracker() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-8 w-2/3 animate-pulse rounded bg-stone-200" />
      <p className="text-stone-500">正在核对历年目标… Loading the promise tracker…</p>
      <div className="h-64 animate-pulse rounded bg-stone-100" />
    </div>
  );
}
