// After the last test: the extra servers' databases left over (a server stopped by a failed test keeps its own) and the
// pass's templates.
import { dropPassCopiesAndTemplates } from "./databases";

export default async function globalTeardown() {
  await dropPassCopiesAndTemplates();
}
