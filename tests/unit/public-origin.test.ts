// Links that leave the page come from PUBLIC_ORIGIN alone.
import { describe, expect, it } from "vitest";
import { rebaseLinkHeader } from "../../app/lib/public-origin";

describe("the alternate-language Link header", () => {
  it("points at PUBLIC_ORIGIN whatever host the request named", () => {
    const forged =
      '<http://phishing.example/en/visas>; rel="alternate"; hreflang="en", <https://phishing.example:8443/ur/visas>; rel="alternate"; hreflang="ur", <http://phishing.example/visas>; rel="alternate"; hreflang="x-default"';
    expect(rebaseLinkHeader(forged, "https://consular.example.by")).toBe(
      '<https://consular.example.by/en/visas>; rel="alternate"; hreflang="en", <https://consular.example.by/ur/visas>; rel="alternate"; hreflang="ur", <https://consular.example.by/visas>; rel="alternate"; hreflang="x-default"',
    );
  });
});
