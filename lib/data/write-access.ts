import "server-only";
import { headers } from "next/headers";
import { writeDecision } from "@/lib/security/write-access";

export function adminTokenRequired(): boolean {
  return Boolean(process.env.DUIZHAO_ADMIN_TOKEN);
}

/** For server actions and route handlers: null when this request may write, else the reason. */
export async function checkWriteAccess(formToken?: FormDataEntryValue | null): Promise<string | null> {
  const h = await headers();
  const bearer = h.get("authorization")?.replace(/^Bearer\s+/i, "") ?? null;
  const provided = typeof formToken === "string" && formToken ? formToken : (h.get("x-duizhao-token") ?? bearer);
  // Next sets x-forwarded-for from the socket when the client sent none; the first hop is the client.
  const client = h.get("x-forwarded-for")?.split(",")[0] ?? null;
  return writeDecision({ configuredToken: process.env.DUIZHAO_ADMIN_TOKEN, providedToken: provided, clientAddress: client });
}
