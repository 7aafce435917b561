// Run by scripts/e2e-server.mjs before the shared server starts: the pass's templates and its database (databases.ts).
import { prepareTemplates } from "./databases";

prepareTemplates().catch((error) => {
  console.error(error);
  process.exit(1);
});
