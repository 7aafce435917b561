// The data layer reads DATABASE_URL once, when it first builds its client (prisma/client getDb). The bench process
// points it at one bench database at a time; switching disconnects the old client first.
const state = globalThis as unknown as { duizhaoDb?: { $disconnect(): Promise<void> } };

export async function bindDatabase(url: string) {
  if (process.env.DATABASE_URL === url && state.duizhaoDb) return;
  await state.duizhaoDb?.$disconnect().catch(() => undefined);
  state.duizhaoDb = undefined;
  process.env.DATABASE_URL = url;
}

export async function releaseDatabase() {
  await state.duizhaoDb?.$disconnect().catch(() => undefined);
  state.duizhaoDb = undefined;
}
