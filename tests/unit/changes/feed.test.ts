// The Atom feed stays well-formed XML whatever staff typed: a control character pasted into a
// notice would otherwise make feed readers reject every entry.
import { describe, expect, it } from "vitest";
import { atomFeed } from "../../../app/lib/changes/feed";

// XML 1.0's Char production: anything else makes the document not well-formed.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe("the Atom feed", () => {
  it("drops the characters XML forbids and escapes markup, keeping the words around them", () => {
    const feed = atomFeed({
      origin: "https://consular.example",
      locale: "en",
      title: "Changes",
      fallback: "See the page",
      entries: [
        {
          id: "v1",
          day: "2027-03-01",
          updated: new Date("2027-02-20T10:00:00Z"),
          title: "Visa <fees>",
          text: "From\u0001 1 March\u000B the fee is €60 & \uD800more 😀",
          path: "/en/visas",
        },
      ],
    });
    expect(feed).not.toMatch(NOT_XML);
    expect(feed).toContain("<summary>From 1 March the fee is €60 &amp; more 😀</summary>");
    expect(feed).toContain("<title>2027-03-01: Visa &lt;fees&gt;</title>");
  });
});
