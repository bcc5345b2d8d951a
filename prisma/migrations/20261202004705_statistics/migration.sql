-- CreateEnum
CREATE TYPE "CompletionClass" AS ENUM ('EARLY', 'ON_TIME', 'LATE');

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "completion" "CompletionClass";

-- CreateTable
CREATE TABLE "StatDaily" (
    "day" DATE NOT NULL,
    "agencyId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "receivedDigital" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "early" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "lateApologised" INTEGER NOT NULL DEFAULT 0,
    "electronicResult" INTEGER NOT NULL DEFAULT 0,
    "timed" INTEGER NOT NULL DEFAULT 0,
    "elapsedHours" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "legalHours" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "paid" INTEGER NOT NULL DEFAULT 0,
    "paidOnline" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "ratingTotal" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "indicatorSums" INTEGER[] DEFAULT ARRAY[0, 0, 0, 0, 0, 0, 0, 0, 0]::INTEGER[],
    "feedback" INTEGER NOT NULL DEFAULT 0,
    "feedbackAnswered" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatDaily_pkey" PRIMARY KEY ("day","agencyId","procedureId","channel","assigneeId")
);

-- CreateTable
CREATE TABLE "StatMonthly" (
    "month" DATE NOT NULL,
    "agencyId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "receivedDigital" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "early" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "lateApologised" INTEGER NOT NULL DEFAULT 0,
    "electronicResult" INTEGER NOT NULL DEFAULT 0,
    "timed" INTEGER NOT NULL DEFAULT 0,
    "elapsedHours" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "legalHours" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "paid" INTEGER NOT NULL DEFAULT 0,
    "paidOnline" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "ratingTotal" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "indicatorSums" INTEGER[] DEFAULT ARRAY[0, 0, 0, 0, 0, 0, 0, 0, 0]::INTEGER[],
    "feedback" INTEGER NOT NULL DEFAULT 0,
    "feedbackAnswered" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatMonthly_pkey" PRIMARY KEY ("month","agencyId","procedureId","channel","assigneeId")
);

-- CreateIndex
CREATE INDEX "StatMonthly_agencyId_month_idx" ON "StatMonthly"("agencyId", "month");

-- CreateTable
CREATE TABLE "StatRefresh" (
    "id" TEXT NOT NULL,
    "watermark" TIMESTAMP(3) NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "fullRebuiltAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatDaily_agencyId_day_idx" ON "StatDaily"("agencyId", "day");

-- CreateIndex
CREATE INDEX "Dossier_receivedAt_idx" ON "Dossier"("receivedAt");

-- CreateIndex
CREATE INDEX "Dossier_finishedAt_idx" ON "Dossier"("finishedAt");

-- CreateIndex
CREATE INDEX "Dossier_updatedAt_idx" ON "Dossier"("updatedAt");

-- Backfill: classify every result already decided, by the rule of
-- lib/deadlines/classify-completion.ts (LATE after dueAt, EARLY on an earlier date in
-- Asia/Ho_Chi_Minh, UTC+7 all year, otherwise ON_TIME). Timestamps are stored in UTC.
UPDATE "Dossier" SET "completion" = (CASE
    WHEN "finishedAt" > "dueAt" THEN 'LATE'
    WHEN ("finishedAt" + INTERVAL '7 hours')::date < ("dueAt" + INTERVAL '7 hours')::date THEN 'EARLY'
    ELSE 'ON_TIME' END)::"CompletionClass"
WHERE "status" IN ('RESOLVED', 'RETURNED') AND "finishedAt" IS NOT NULL AND "dueAt" IS NOT NULL;
-- The summary tables (StatDaily, StatMonthly) are built from all rows by the first statistics refresh, which
-- finds no StatRefresh row and so rebuilds every day (lib/statistics/refresh.ts).
