// The learner's day: it starts at `dayStartHour` in their time zone, not at UTC midnight, so a review at
// 1 a.m. still counts for the evening before. Intl does the time-zone arithmetic; no date library needed.

function zonedParts(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant of a wall-clock time in a zone (re-checked once so DST changes land right). */
function zonedToUtc(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** When the learner's current day began. */
export function startOfLearnerDay(now: Date, timeZone: string, dayStartHour: number): Date {
  const p = zonedParts(now.getTime(), timeZone);
  const base = new Date(Date.UTC(p.year, p.month - 1, p.day));
  if (p.hour < dayStartHour) base.setUTCDate(base.getUTCDate() - 1);
  return zonedToUtc(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), dayStartHour, timeZone);
}

/** The learner's calendar date (YYYY-MM-DD) of an instant, for heatmaps and streaks. */
export function learnerDate(instant: Date, timeZone: string, dayStartHour: number): string {
  const start = startOfLearnerDay(instant, timeZone, dayStartHour);
  const p = zonedParts(start.getTime() + 12 * 3600 * 1000, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}
