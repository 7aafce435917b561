"use client";
// While a comparison is computed: asks the server again every few seconds (the page becomes the comparison, or its
// refusal, once the job is done). A <meta> refresh does this without JavaScript (in <noscript>), since a timed meta
// refresh is an accessibility failure for axe (WCAG 2.2.1) when scripts can do it in place.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
