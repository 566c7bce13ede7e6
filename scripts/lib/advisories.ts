// `npm audit` needs the registry's advisory endpoint, which this machine cannot reach. In its place,
// security/advisories.json records the published advisories found offline for the packages installed for
// production, each with its vulnerable range and source. This module reads that file and the lockfile and says
// which installed production package, if any, falls in a recorded range.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { z } from "zod";

export const advisorySchema = z.object({
  package: z.string().min(1),
  id: z.string().regex(/^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,})$/),
  cve: z
    .string()
    .regex(/^CVE-\d{4}-\d{4,}$/)
    .optional(),
  /** "unknown" where the source gives none. */
  severity: z.enum(["low", "moderate", "high", "critical", "unknown"]),
  vulnerable: z.string().refine((range) => semver.validRange(range) !== null, "not a valid semver range"),
  url: z.url({ protocol: /^https$/ }),
  summary: z.string().min(1),
  /** Why the advisory does not apply although the installed version is in its range; it names the file that says so. */
  mitigated: z.string().min(1).optional(),
});

export const advisoryFileSchema = z.object({
  /** The day the advisories were looked up: the record says nothing about advisories published later. */
  checkedOn: z.iso.date(),
  source: z.string().min(1),
  /** Every package name whose advisories were looked up, found or not. */
  searched: z.array(z.string().min(1)),
  advisories: z.array(advisorySchema),
  /** What the lookup could not settle: advisories without a clear range, conflicting sources. */
  notes: z.array(z.string()),
});

export type Advisory = z.infer<typeof advisorySchema>;
export type AdvisoryFile = z.infer<typeof advisoryFileSchema>;
export interface InstalledPackage {
  name: string;
  version: string;
  /** Its folder, relative to the project: where more than one copy is installed, which one. */
  location: string;
}

export function readAdvisories(root: string): AdvisoryFile {
  return advisoryFileSchema.parse(JSON.parse(readFileSync(path.join(root, "security", "advisories.json"), "utf8")));
}

const lockSchema = z.object({
  packages: z.record(
    z.string(),
    z.object({ name: z.string().optional(), version: z.string().optional(), dev: z.boolean().optional() }),
  ),
});

/**
 * What `npm install --omit=dev` leaves: the lockfile's packages not marked dev. Only those present in node_modules
 * count, since the lockfile also pins other platforms' optional binaries that are never installed here.
 */
export function productionPackages(root: string): InstalledPackage[] {
  const lock = lockSchema.parse(JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")));
  const marker = "node_modules/";
  return Object.entries(lock.packages)
    .filter(([location, p]) => location !== "" && !p.dev && p.version && existsSync(path.join(root, location)))
    .map(([location, p]) => ({
      name: p.name ?? location.slice(location.lastIndexOf(marker) + marker.length),
      version: p.version!,
      location,
    }));
}

/** Each installed copy inside an advisory's vulnerable range, with the advisory (mitigated ones included). */
export function affectedPackages(installed: InstalledPackage[], advisories: Advisory[]) {
  return advisories.flatMap((advisory) =>
    installed
      .filter((p) => p.name === advisory.package && semver.satisfies(p.version, advisory.vulnerable))
      .map((p) => ({ ...p, advisory: advisory.id, severity: advisory.severity, vulnerable: advisory.vulnerable })),
  );
}

/** Installed production package names nobody looked up: a new dependency must be checked before it lands. */
export function unsearchedPackages(installed: InstalledPackage[], searched: string[]): string[] {
  const known = new Set(searched);
  return [...new Set(installed.map((p) => p.name))].filter((name) => !known.has(name)).sort();
}
