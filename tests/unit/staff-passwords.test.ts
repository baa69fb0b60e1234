// Staff passwords are checked against zxcvbn's common-password dictionary, not a hand-made list.
import { describe, expect, it } from "vitest";
import { newAccount, password } from "../../app/lib/staff/accounts";
import { isWeakPassword } from "../../app/lib/staff/passwords";

describe("weak staff passwords", () => {
  it.each(["passwordpassword", "Password1234", "qwertyuiop123", "iloveyou2026", "123456789012"])(
    "refuses %s",
    (value) => {
      expect(isWeakPassword(value)).toBe(true);
      expect(password.safeParse(value).error?.issues.map((i) => i.message)).toEqual(["weakPassword"]);
    },
  );

  it("accepts a long passphrase of unrelated words", () => {
    expect(isWeakPassword("lantern orbit velvet cactus")).toBe(false);
    expect(password.safeParse("lantern orbit velvet cactus").success).toBe(true);
  });

  it("refuses a password made from the person's own e-mail or name", () => {
    const account = { email: "tatsiana.kavalenka@embassy.by", name: "Tatsiana Kavalenka", role: "officer" };
    expect(newAccount.safeParse({ ...account, password: "lantern orbit velvet cactus" }).success).toBe(true);
    const own = newAccount.safeParse({ ...account, password: "kavalenka2026!" });
    expect(isWeakPassword("kavalenka2026!")).toBe(false); // strong enough for somebody else
    expect(own.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "weakPassword"]]);
  });

  it("still says when a password is too short", () => {
    expect(password.safeParse("short").error?.issues[0]!.message).toBe("password");
  });
});
