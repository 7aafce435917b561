import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without types
import { listenHost } from "../../scripts/start.mjs";

describe("npm start listen address", () => {
  it("binds to loopback unless an admin token is set", () => {
    expect(listenHost({})).toBe("127.0.0.1");
    expect(listenHost({ DUIZHAO_ADMIN_TOKEN: "" })).toBe("127.0.0.1");
    expect(listenHost({ DUIZHAO_ADMIN_TOKEN: "s3cret" })).toBe("0.0.0.0");
    expect(listenHost({ DUIZHAO_HOST: "::1", DUIZHAO_ADMIN_TOKEN: "s3cret" })).toBe("::1");
  });
});
