// `npm start`'s first step: stop at once, with the reason, when the port is taken — before db:migrate and next build
// touch the database and .next under a server that is already running (issue 16: a second `npm start` failed at
// db:migrate with "External error").
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { listenHost } from "./start.mjs";

/** Resolves true when nothing listens on host:port (we could bind it), false when something does. */
export function portFree(port, host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error) => (error.code === "EADDRINUSE" || error.code === "EACCES" ? resolve(false) : reject(error)));
    server.listen(Number(port), host, () => server.close(() => resolve(true)));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const port = process.env.PORT ?? "3000";
  const host = listenHost(process.env);
  if (!(await portFree(port, host))) {
    console.error(
      `npm start: port ${port} on ${host} is already in use — probably a Duizhao server started earlier (npm start / next start) is still running.\n` +
        `  Open http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}/ to use it, or stop it first. To run a second server, give it another port and,\n` +
        `  with SQLite, its own database: PORT=3001 DATABASE_URL=file:./data/second.db npm start (nothing was migrated or built).`,
    );
    process.exit(1);
  }
}
