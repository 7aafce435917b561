// Runs once when the Next server starts. On Node, stamp each request with its socket address (lib/security/peer-stamp)
// so the write-access rule can tell a local request from a remote one that forged x-forwarded-for.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerStamp } = await import("./lib/security/peer-stamp");
    installPeerStamp();
  }
}
