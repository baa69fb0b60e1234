// The Embassy's telephone numbers are empty until it enters them (no source gives them): no
// message may tell people to telephone it unless the message carries the number itself.
import { describe, expect, it } from "vitest";
import en from "../../app/i18n/messages/en.json";

function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe("telling people to telephone the Embassy", () => {
  it("happens only in a message that gives the number", () => {
    const asks = strings(en).filter(([, text]) => /\b(tele)?phone (the Embassy|us)\b|\bcall the Embassy\b/i.test(text));
    expect(asks.filter(([, text]) => !/\{phone\}/.test(text)).map(([path]) => path)).toEqual([]);
    expect(asks.map(([path]) => path)).toContain("Contacts.reachEmbassy.phone"); // the one that does, with its number
  });
});
