import net from "node:net";
import type { IncomingMessage } from "node:http";
import { PEER_HEADER } from "./client-address";

const INSTALLED = Symbol.for("duizhao.peerStamp");

/** Overwrite (or remove) the peer header with the socket's address: a client can never choose its value. */
export function stampPeer(req: IncomingMessage): void {
  delete req.headers[PEER_HEADER];
  const address = req.socket?.remoteAddress;
  if (address) req.headers[PEER_HEADER] = address;
}

/**
 * Next hides the socket from route handlers and server actions, so stamp its address on each request as the HTTP
 * server emits it, before Next sees the request. net.Server covers http and https servers alike.
 */
export function installPeerStamp(): void {
  const proto = net.Server.prototype as unknown as Record<PropertyKey, unknown> & { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: net.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" || event === "checkContinue" || event === "checkExpectation") stampPeer(args[0] as IncomingMessage);
    return emit.call(this, event, ...args);
  };
  proto[INSTALLED] = true;
}
