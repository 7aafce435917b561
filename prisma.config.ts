import { defineConfig } from "prisma/config";

// Prisma 7 runs no seed by itself: `prisma db seed` (and npm run db:seed) call this.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx --conditions=react-server seeds/seed.ts",
  },
});
