-- AlterTable
ALTER TABLE "ReviewCard" ADD COLUMN "buriedUntil" DATETIME;

