import { ResultsSkeleton } from "./results-skeleton";

export default function LoadingSearch() {
  return (
    <div className="space-y-6">
      <div className="h-8 w-48 animate-pulse rounded bg-stone-200" />
      <div className="h-24 animate-pulse rounded-lg bg-stone-100" />
      <ResultsSkeleton />
    </div>
  );
}
