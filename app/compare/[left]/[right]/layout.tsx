import { notFound } from "next/navigation";
import { getReportSummary } from "@/lib/data/reports";

/** Both reports are checked before the page renders, so a bad link answers with a real 404 status. */
export default async function CompareLayout({ children, params }: { children: React.ReactNode; params: Promise<{ left: string; right: string }> }) {
  const { left, right } = await params;
  const [l, r] = await Promise.all([getReportSummary({ slug: left }), getReportSummary({ slug: right })]);
  if (!l || !r) notFound();
  return children;
}
