import Link from "next/link";

export default function ReportNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">找不到这份报告</h1>
      <p className="mt-2 text-stone-600">Report not found. It may have been deleted, or the link is mistyped.</p>
      <Link href="/" className="mt-6 inline-block rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">返回报告库 / Back to the library</Link>
    </div>
  );
}
