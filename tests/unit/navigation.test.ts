// Every address names its language, as the routing says (app/i18n/routing.ts), built in one place.
import { describe, expect, it } from "vitest";
import { getPathname } from "../../app/i18n/navigation";

describe("getPathname", () => {
  it("puts the language in front of the path", () => {
    expect(getPathname({ locale: "ur", href: "/check/purpose" })).toBe("/ur/check/purpose");
    expect(getPathname({ locale: "en", href: "/track/BP-7K3M-9QXT/withdraw" })).toBe("/en/track/BP-7K3M-9QXT/withdraw");
  });

  it("keeps the query as it is", () => {
    expect(getPathname({ locale: "be", href: "/check/result?nationality=PK&destination=BY" })).toBe(
      "/be/check/result?nationality=PK&destination=BY",
    );
  });

  it("gives the home page without a trailing slash, with or without a query", () => {
    expect(getPathname({ locale: "ru", href: "/" })).toBe("/ru");
    expect(getPathname({ locale: "ru", href: "/?from=mail" })).toBe("/ru?from=mail");
  });
});
