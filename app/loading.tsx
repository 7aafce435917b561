export default function Loading() {
  return <p className="py-10 text-stone-500" aria-busy="true">正在载入… Loading…</p>;
}
