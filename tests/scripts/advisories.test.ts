import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  affectedPackages,
  productionPackages,
  readAdvisories,
  unsearchedPackages,
  type Advisory,
  type InstalledPackage,
} from "../../scripts/lib/advisories";

const root = path.resolve(import.meta.dirname, "../..");
const record = readAdvisories(root);
const installed = productionPackages(root);

describe("the offline advisory check itself", () => {
  const advisory: Advisory = {
    package: "katex",
    id: "GHSA-2222-3333-4444",
    severity: "moderate",
    vulnerable: ">=0.11.0 <0.16.10",
    url: "https://example.org/advisory",
    summary: "a test row",
  };
  const copy = (version: string, location = "node_modules/katex"): InstalledPackage => ({
    name: "katex",
    version,
    location,
  });

  test.each([
    { label: "a version inside the range", versions: ["0.16.9"], flagged: ["0.16.9"] },
    { label: "the first fixed version", versions: ["0.16.10"], flagged: [] },
    { label: "a version below the range", versions: ["0.10.2"], flagged: [] },
    { label: "a prerelease of a fixed version", versions: ["0.17.0-beta.1"], flagged: [] },
    { label: "one bad copy among two", versions: ["0.16.47", "0.12.0"], flagged: ["0.12.0"] },
  ])("$label", ({ versions, flagged }) => {
    const copies = versions.map((v, i) => copy(v, `node_modules/x${i}/node_modules/katex`));
    expect(affectedPackages(copies, [advisory]).map((a) => a.version)).toEqual(flagged);
  });

  test("another package of the same version is not flagged", () => {
    expect(affectedPackages([{ ...copy("0.16.9"), name: "katex-lite" }], [advisory])).toEqual([]);
  });

  test("a production package nobody looked up is named", () => {
    expect(unsearchedPackages([copy("0.16.47"), { ...copy("1.0.0"), name: "left-pad" }], ["katex"])).toEqual([
      "left-pad",
    ]);
  });
});

describe("the installed production packages against security/advisories.json", () => {
  test("the lockfile's production packages are found on disk", () => {
    // The app's own runtime dependencies at least; an empty list would make every check below pass vacuously.
    const names = new Set(installed.map((p) => p.name));
    for (const name of ["next", "next-auth", "react", "katex", "mathjs", "@prisma/client", "better-sqlite3", "zod"])
      expect(names, name).toContain(name);
  });

  test("every package installed for production had its advisories looked up", () => {
    expect(unsearchedPackages(installed, record.searched)).toEqual([]);
  });

  const label = (a: Advisory) => ({ ...a, label: `${a.package} ${a.id} (${a.severity}, ${a.vulnerable})` });

  test.each(record.advisories.filter((a) => !a.mitigated).map(label))(
    "$label: no installed copy is in the vulnerable range",
    (advisory) => {
      expect(affectedPackages(installed, [advisory])).toEqual([]);
    },
  );

  // An advisory marked as not applying must still hit an installed copy (else the mark is stale and should go) and
  // must name a file of this project that makes it not apply.
  test.each(record.advisories.filter((a) => a.mitigated).map(label))(
    "$label: installed in range, and its mitigation names an existing file",
    (advisory) => {
      expect(affectedPackages(installed, [advisory])).not.toEqual([]);
      const files = advisory.mitigated?.match(/[\w-]+(\/[\w.-]+)+\.\w+/g) ?? [];
      expect(files).not.toEqual([]);
      for (const file of files) expect(existsSync(path.join(root, file)), file).toBe(true);
    },
  );

  test("no high or critical advisory applies to an installed production package", () => {
    const serious = affectedPackages(installed, record.advisories).filter(
      (a) => a.severity === "high" || a.severity === "critical",
    );
    expect(serious).toEqual([]);
  });
});
