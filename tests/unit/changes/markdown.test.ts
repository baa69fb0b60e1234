import { describe, expect, it } from "vitest";
import { parseMarkdown, plainText } from "../../../app/lib/changes/markdown";
import { diffWords } from "../../../app/lib/changes/text-diff";

describe("the content blocks' Markdown subset", () => {
  it("paragraphs, lists, strong, emphasis and https links", () => {
    expect(
      parseMarkdown(
        "From **1 March** the *Embassy* accepts [e-visas](https://evisa.gov.by).\n\n- one\n- two\n\n1. first",
      ),
    ).toEqual([
      {
        type: "paragraph",
        children: [
          { type: "text", text: "From " },
          { type: "strong", children: [{ type: "text", text: "1 March" }] },
          { type: "text", text: " the " },
          { type: "em", children: [{ type: "text", text: "Embassy" }] },
          { type: "text", text: " accepts " },
          { type: "link", href: "https://evisa.gov.by", children: [{ type: "text", text: "e-visas" }] },
          { type: "text", text: "." },
        ],
      },
      { type: "list", ordered: false, items: [[{ type: "text", text: "one" }], [{ type: "text", text: "two" }]] },
      { type: "list", ordered: true, items: [[{ type: "text", text: "first" }]] },
    ]);
  });

  it("raw HTML is text, never markup; a javascript: or http: link stays the characters typed", () => {
    const typed =
      "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](http://example.com)";
    expect(parseMarkdown(typed)).toEqual([{ type: "paragraph", children: [{ type: "text", text: typed }] }]);
  });

  it("a link with a backslash stays text: browsers read it as a slash, so /\\evil.example would leave the site", () => {
    for (const typed of ["[x](/\\evil.example/login)", "[x](/\\/evil.example)", "[x](https://gov.by\\@evil.example)"])
      expect(parseMarkdown(typed)).toEqual([{ type: "paragraph", children: [{ type: "text", text: typed }] }]);
    expect(parseMarkdown("[apply](/en/request)")[0]).toMatchObject({
      children: [{ type: "link", href: "/en/request" }],
    });
  });

  it("plain text for e-mails and the feed drops the marks", () => {
    expect(plainText("From **1 March**: [apply](/en/request).\n\n- a")).toBe("From 1 March: apply.\n\n- a");
  });
});

describe("the reviewer's word diff", () => {
  it("marks the words removed and added, keeps the rest", () => {
    expect(diffWords("The fee is 60 euros.", "The fee is 80 euros.")).toEqual([
      { kind: "same", text: "The fee is " },
      { kind: "added", text: "80" },
      { kind: "removed", text: "60" },
      { kind: "same", text: " euros." },
    ]);
  });

  it("an unchanged text is one same part", () => {
    expect(diffWords("Ask the Embassy.", "Ask the Embassy.")).toEqual([{ kind: "same", text: "Ask the Embassy." }]);
  });
});
