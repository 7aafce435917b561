// Runs once when the Next server starts. On Node, stamp each request with its socket address (lib/security/peer-stamp)
// so the write-access rule can tell a local request from a remote one that forged x-forwarded-for; and collect the
// heap's garbage once the server falls idle after a burst (lib/http/idle-collect).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerStamp } = await import("./lib/security/peer-stamp");
    installPeerStamp();
    const { installIdleCollector } = await import("./lib/http/idle-collect");
    installIdleCollector();
  }
}
