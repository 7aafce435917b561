import { notFound } from "next/navigation";
import { getReportSummary } from "@/lib/data/reports";

/** Checked here, above the loading boundary, so an unknown slug answers with a real 404 status. */
export default async function ReportLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await getReportSummary({ slug: (await params).slug }))) notFound();
  return children;
}
