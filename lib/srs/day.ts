// The learner's day: it starts at `dayStartHour` in their time zone, not at UTC midnight, so a review at
// 1 a.m. still counts for the evening before. Intl does the time-zone arithmetic; no date library needed.

// One formatter per zone: building one costs about a hundred times what using it does, and /progress asks for
// hundreds of day boundaries. A cache of pure values, the same in every process.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function zonedParts(instant: number, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

const DAY_MS = 86_400_000;

/**
 * The first UTC instant a zone's clocks show a wall-clock time. When a clock change skips that time (2:00 on a night
 * New York springs forward), the instant the clocks jump over it: taking the offset at the guessed instant instead
 * put the start an hour early, before the day's own first moment (and behind a `now` that asks for the day before).
 */
function zonedToUtc(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  // A day either side of a clock change lies outside it: these are the offsets before and after one, if any.
  const before = wall - offsetAt(wall - DAY_MS, timeZone);
  const after = wall - offsetAt(wall + DAY_MS, timeZone);
  // The same offset both sides: no clock change within a day of the wall time (no zone changes twice in two days),
  // so `before` shows it. Most days; /progress asks for hundreds of starts, and the checks below doubled their cost.
  if (before === after) return new Date(before);
  const shows = (instant: number) => instant + offsetAt(instant, timeZone) === wall;
  const candidates = [before, after].filter(shows);
  return new Date(candidates.length ? Math.min(...candidates) : before);
}

/** When the learner's current day began. */
export function startOfLearnerDay(now: Date, timeZone: string, dayStartHour: number): Date {
  const p = zonedParts(now.getTime(), timeZone);
  const base = new Date(Date.UTC(p.year, p.month - 1, p.day));
  if (p.hour < dayStartHour) base.setUTCDate(base.getUTCDate() - 1);
  return zonedToUtc(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), dayStartHour, timeZone);
}

/** When the learner's day after `now`'s begins: 30 hours after a day's start is always inside the next one. */
export function nextDayStart(now: Date, timeZone: string, dayStartHour: number): Date {
  const today = startOfLearnerDay(now, timeZone, dayStartHour);
  return startOfLearnerDay(new Date(today.getTime() + 30 * 3_600_000), timeZone, dayStartHour);
}

/**
 * The learner's calendar date (YYYY-MM-DD) of an instant, for heatmaps and streaks: the date their day began on.
 * (Naming it by the date 12 hours after the start gave a start hour from noon on the next date, except across a
 * clock change, where one date was named twice and the next skipped, breaking the streak.)
 */
export function learnerDate(instant: Date, timeZone: string, dayStartHour: number): string {
  return dateOfDayStart(startOfLearnerDay(instant, timeZone, dayStartHour), timeZone);
}

/** learnerDate of an instant that is a day's start (one startOfLearnerDay gave): the date it falls on there. */
export function dateOfDayStart(start: Date, timeZone: string): string {
  const p = zonedParts(start.getTime(), timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}
