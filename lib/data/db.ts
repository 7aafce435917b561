import "server-only";
import { getDb } from "@/prisma/client";

export { getDb };
export type { Db } from "@/prisma/client";
