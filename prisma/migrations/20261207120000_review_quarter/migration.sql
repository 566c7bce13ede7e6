-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "review" DATETIME NOT NULL,
    "reviewQuarter" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "seed" INTEGER,
    "result" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("createdAt", "difficulty", "due", "durationMs", "id", "itemId", "learningSteps", "rating", "result", "review", "reviewQuarter", "scheduledDays", "seed", "stability", "state", "userId") SELECT "createdAt", "difficulty", "due", "durationMs", "id", "itemId", "learningSteps", "rating", "result", "review",
    -- The quarter hour of each stored review. The driver adapter writes ISO 8601 text; a number is Unix milliseconds.
    CASE WHEN typeof("review") = 'integer' THEN "review" / 900000 ELSE CAST(strftime('%s', "review") AS INTEGER) / 900 END,
    "scheduledDays", "seed", "stability", "state", "userId" FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_review_idx" ON "ReviewLog"("userId", "review");
CREATE INDEX "ReviewLog_userId_itemId_review_idx" ON "ReviewLog"("userId", "itemId", "review");
CREATE INDEX "ReviewLog_userId_reviewQuarter_state_rating_idx" ON "ReviewLog"("userId", "reviewQuarter", "state", "rating");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

