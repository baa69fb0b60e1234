// The tracking session token and the tracking addresses: what a browser may hold and be sent to.
import { describe, expect, it } from "vitest";
import { readSessionToken, sessionToken, TRACKING_SESSION_SECONDS } from "../../../app/lib/requests/tracking-access";
import { trackPath } from "../../../app/lib/requests/track-paths";

const access = { reference: "BP-7K3M-9QXT", codeHash: "h1.example-hash" };

describe("the tracking session token", () => {
  const now = Date.UTC(2026, 11, 1, 12);
  const token = sessionToken(access, now);

  it("names its request and holds neither the code nor its hash", () => {
    expect(token.startsWith("BP-7K3M-9QXT.")).toBe(true);
    expect(token).not.toContain("example-hash");
    expect(readSessionToken(token, "BP-7K3M-9QXT", now)).toMatch(/^[\w-]{22}$/);
  });

  it("opens no other request, and nothing once expired", () => {
    expect(readSessionToken(token, "BP-0000-0001", now)).toBeNull();
    expect(readSessionToken(token, "BP-7K3M-9QXT", now + TRACKING_SESSION_SECONDS * 1000)).toBeNull();
    expect(readSessionToken(token, "BP-7K3M-9QXT", now + TRACKING_SESSION_SECONDS * 1000 - 1)).not.toBeNull();
  });

  it("is refused when any part is changed", () => {
    const [reference, expires, tag, sig] = token.split(".") as [string, string, string, string];
    for (const forged of [
      [reference, String(Number(expires) + 3_600_000), tag, sig],
      ["BP-0000-0001", expires, tag, sig],
      [reference, expires, tag.replace(/^./, (c) => (c === "A" ? "B" : "A")), sig],
      [reference, expires, tag, sig.slice(0, -2)],
    ]) {
      expect(readSessionToken(forged.join("."), forged[0]!, now)).toBeNull();
    }
    expect(readSessionToken("", reference, now)).toBeNull();
    expect(readSessionToken("a.b.c", reference, now)).toBeNull();
  });
});

describe("tracking addresses", () => {
  it("carry the reference and the outcome, never a code", () => {
    expect(trackPath("ru", { reference: "BP-7K3M-9QXT", outcome: "notFound" })).toBe(
      "/ru/track?reference=BP-7K3M-9QXT&outcome=notFound",
    );
    expect(trackPath("en", { request: "BP-7K3M-9QXT", outcome: "replied" })).toBe(
      "/en/track/BP-7K3M-9QXT?outcome=replied",
    );
    expect(trackPath("ur", { request: "BP-7K3M-9QXT", withdraw: true })).toBe("/ur/track/BP-7K3M-9QXT/withdraw");
    expect(trackPath("be", { newCode: true, reference: "BP-7K3M-9QXT" })).toBe(
      "/be/track/new-code?reference=BP-7K3M-9QXT",
    );
  });
});
