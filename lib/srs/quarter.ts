/**
 * Time in whole quarter hours since 1970, stored beside every review (`ReviewLog.reviewQuarter`). Every time zone's
 * offset from UTC is a whole number of quarter hours (India +5:30, Nepal +5:45, Chatham +12:45), and a learner's day
 * starts on a whole hour of their zone, so each learner day is a range of quarters and a day's reviews can be counted
 * by grouping on this column: one query for a year, with SQL both databases understand.
 */
export const QUARTER_MS = 15 * 60 * 1000;

export const quarterOf = (at: Date): number => Math.floor(at.getTime() / QUARTER_MS);
