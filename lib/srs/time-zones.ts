// The time zones the settings form offers, and how its search finds one. Pure: the page builds the list on the server,
// the browser filters it as the learner types.

/**
 * ICU lists some zones under names IANA has since replaced (CLDR keeps the old ids stable), so a learner in Kolkata
 * or Kyiv searched for their city and found nothing. Each new name is an alias this runtime accepts.
 */
const RENAMED: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/**
 * The zones to choose from: the runtime's (`Intl.supportedValuesOf("timeZone")`) under their current names, with
 * UTC (the default, which that list leaves out) and the account's own zone, whatever name it was stored under.
 */
export function timeZoneChoices(supported: readonly string[], current: string): string[] {
  const zones = new Set(supported.map((z) => RENAMED[z] ?? z));
  zones.add("UTC");
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b, "en"));
}

/** Lower case, with underscores, slashes and runs of spaces as one space: "America/New_York" is "america new york". */
const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_/]+/g, " ")
    .trim();

/** How well a zone matches: 0 the whole name, 1 its city's start, 2 a word's start, 3 anywhere; null not at all. */
function rank(zone: string, query: string): number | null {
  const name = normalize(zone);
  if (name === query) return 0;
  const city = normalize(zone.slice(zone.lastIndexOf("/") + 1));
  if (city.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at < 0) return null;
  return at === 0 || name[at - 1] === " " ? 2 : 3;
}

/** How many matches the list shows; past that the learner is asked to keep typing. */
export const SHOWN_ZONES = 50;

/**
 * The zones matching what was typed, best first (then in list order), at most `limit` of them, and how many matched
 * in all. Case-insensitive, anywhere in the name, with spaces for underscores: "new york" finds America/New_York. An
 * empty query matches every zone.
 */
export function searchTimeZones(
  zones: readonly string[],
  query: string,
  limit = SHOWN_ZONES,
): { shown: string[]; total: number } {
  const q = normalize(query);
  const ranked: Array<{ zone: string; rank: number; at: number }> = [];
  zones.forEach((zone, at) => {
    const r = q ? rank(zone, q) : 3;
    if (r !== null) ranked.push({ zone, rank: r, at });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.at - b.at);
  return { shown: ranked.slice(0, limit).map((r) => r.zone), total: ranked.length };
}

/** The zone in the list that is the text typed, whatever its case or spacing ("europe/paris"); null if none is. */
export function exactTimeZone(zones: readonly string[], text: string): string | null {
  const q = normalize(text);
  return q ? (zones.find((z) => normalize(z) === q) ?? null) : null;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** A zone's offset from UTC at `at`, as "UTC+05:30" ("UTC+00:00" for UTC itself); "" if the runtime cannot say. */
export function utcOffset(zone: string, at: Date): string {
  try {
    let format = offsetFormats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
      offsetFormats.set(zone, format);
    }
    const name = format.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "";
    const offset = name.replace(/^GMT/, "");
    return `UTC${offset || "+00:00"}`;
  } catch {
    return "";
  }
}
