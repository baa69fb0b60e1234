import { describe, expect, it } from "vitest";
import { ADAPTER_VERSIONS_WRITTEN_FOR, assertAdapterVersions } from "@/lib/db/adapter-versions";

describe("the Prisma adapter versions the workarounds were written for", () => {
  it("are the installed ones", () => {
    expect(() => assertAdapterVersions()).not.toThrow();
  });

  it("stop the process, naming the package, when one is upgraded", () => {
    const installed = (name: string) =>
      name === "@prisma/adapter-pg"
        ? "7.0.0"
        : ADAPTER_VERSIONS_WRITTEN_FOR[name as keyof typeof ADAPTER_VERSIONS_WRITTEN_FOR];
    expect(() => assertAdapterVersions(installed)).toThrow(/@prisma\/adapter-pg 7\.0\.0 \(written for 6\.19\.3\)/);
  });
});
