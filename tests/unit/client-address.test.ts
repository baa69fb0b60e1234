// The client's address is the socket peer unless that peer is a trusted proxy.
import { describe, expect, it } from "vitest";
import { decideClientAddress, trustedProxyList } from "../../app/lib/client-address";
import { clientKey } from "../../app/lib/rate-limit";

const none = trustedProxyList([]);
const nginx = trustedProxyList(["127.0.0.1/32", "::1", "10.0.0.0/8"]);

describe("the client's address", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(decideClientAddress("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(decideClientAddress("127.0.0.1", "198.51.100.1", none)).toBe("127.0.0.1");
    expect(decideClientAddress("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
  });

  it("is the right-most untrusted hop when the peer is a trusted proxy", () => {
    expect(decideClientAddress("127.0.0.1", "198.51.100.1", nginx)).toBe("198.51.100.1");
    // The client prepended a made-up hop; nginx appended the real one.
    expect(decideClientAddress("127.0.0.1", "1.1.1.1, 198.51.100.1", nginx)).toBe("198.51.100.1");
    // Two trusted proxies in a row (a load balancer, then nginx).
    expect(decideClientAddress("::1", "1.1.1.1, 198.51.100.1, 10.0.0.5", nginx)).toBe("198.51.100.1");
    expect(decideClientAddress("127.0.0.1", ["1.1.1.1", "2001:db8:1:2::7"], nginx)).toBe("2001:db8:1:2::7");
  });

  it("ignores an entry that is not an address, and a peer that is not one", () => {
    expect(decideClientAddress("127.0.0.1", "198.51.100.1, not-an-address", nginx)).toBe("127.0.0.1");
    expect(decideClientAddress("127.0.0.1", "", nginx)).toBe("127.0.0.1");
    expect(decideClientAddress(undefined, "198.51.100.1", nginx)).toBe("unknown");
  });

  it("keys an IPv6 client by its /64 after forwarding", () => {
    const a = decideClientAddress("127.0.0.1", "2001:db8:1:2:aaaa::1", nginx);
    const b = decideClientAddress("127.0.0.1", "2001:db8:1:2:bbbb::2", nginx);
    expect(clientKey(a)).toBe("2001:db8:1:2::/64");
    expect(clientKey(b)).toBe(clientKey(a));
  });
});
