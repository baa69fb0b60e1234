import { describe, expect, it } from "vitest";
import { noticeFrom } from "../../app/ui/notice";
import { fieldError } from "../../app/ui/track/track-notice";

// Codes in the address come from our own redirects, but anyone can craft a link: a page shows
// only a message it has, never looks one up from whatever the address says.
describe("codes read from the address", () => {
  it("a field error is one the forms know, or none", () => {
    expect(fieldError("error:fileType")).toBe("fileType");
    expect(fieldError("error:newCodeInvalid")).toBe("newCodeInvalid");
    for (const crafted of ["error:nonsense", "error:", "error:__proto__", "error:constructor", "fileType", "replied"])
      expect(fieldError(crafted)).toBeNull();
  });

  it("a notice is one of the page's own messages, never an inherited property", () => {
    const messages = { saved: "Saved", wrongPassword: "Wrong password" };
    expect(noticeFrom({ done: "saved" }, messages)).toEqual({ kind: "done", text: "Saved" });
    expect(noticeFrom({ error: "wrongPassword" }, messages)).toEqual({ kind: "error", text: "Wrong password" });
    for (const crafted of ["constructor", "toString", "__proto__", "nonsense"]) {
      expect(noticeFrom({ error: crafted, done: crafted }, messages)).toEqual({ kind: "done", text: undefined });
    }
    expect(noticeFrom({ error: ["wrongPassword", "x"] }, messages)).toEqual({ kind: "done", text: undefined });
  });
});
