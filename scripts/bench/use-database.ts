// The data layer reads DATABASE_URL once, when it first builds its client (prisma/client getDb). The bench process
// points it at one bench database at a time; switching disconnects the old client first.
import { closeDb } from "@/prisma/client";

export async function bindDatabase(url: string) {
  if (process.env.DATABASE_URL === url) return;
  await closeDb();
  process.env.DATABASE_URL = url;
}

export async function releaseDatabase() {
  await closeDb();
}
