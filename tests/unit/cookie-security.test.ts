// Cookie names and attributes follow the configuration (PUBLIC_ORIGIN's scheme), never a request.
import { afterEach, describe, expect, it } from "vitest";
import { reloadConfig } from "../../app/lib/config";
import { cookieName, cookieOptions } from "../../app/lib/cookie-security";

const saved = process.env.PUBLIC_ORIGIN;
afterEach(() => {
  if (saved === undefined) delete process.env.PUBLIC_ORIGIN;
  else process.env.PUBLIC_ORIGIN = saved;
  reloadConfig();
});

describe("cookies", () => {
  it("are Secure and __Host- prefixed when the service is reached over HTTPS", () => {
    process.env.PUBLIC_ORIGIN = "https://consular.example.by";
    reloadConfig();
    expect(cookieName("ch_staff")).toBe("__Host-ch_staff");
    expect(cookieOptions(300)).toEqual({ httpOnly: true, sameSite: "lax", secure: true, path: "/", maxAge: 300 });
  });

  it("are plain on an http origin (a browser drops a Secure cookie there), and session cookies without a lifetime", () => {
    process.env.PUBLIC_ORIGIN = "http://localhost:3000";
    reloadConfig();
    expect(cookieName("ch_staff")).toBe("ch_staff");
    expect(cookieOptions()).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
  });
});
