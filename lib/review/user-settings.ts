import "server-only";
import { db } from "@/lib/server/db";
import { DEFAULT_SETTINGS, type ReviewSettings } from "@/lib/srs/settings";

/**
 * One learner's stored settings, by id: for lib/review's own modules, once they hold the signed-in user. Pages,
 * routes and actions ask settingsOf (lib/review/data.ts), which reads the session itself; the lint keeps app/ and
 * components/ from importing this module.
 */
export async function settingsFor(userId: string): Promise<ReviewSettings> {
  const row = await db.reviewSettings.findUnique({ where: { userId } });
  return row
    ? {
        desiredRetention: row.desiredRetention,
        newPerDay: row.newPerDay,
        dayStartHour: row.dayStartHour,
        timeZone: row.timeZone,
      }
    : DEFAULT_SETTINGS;
}
