import Link from "next/link";

export default function CompareNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">找不到要对照的报告</h1>
      <p className="mt-2 text-stone-600">One of the two reports does not exist.</p>
      <Link href="/compare" className="mt-6 inline-block rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">重新选择 / Choose reports</Link>
    </div>
  );
}
