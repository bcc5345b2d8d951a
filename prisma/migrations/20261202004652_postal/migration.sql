-- CreateEnum
CREATE TYPE "PostalZone" AS ENUM ('SAME_COMMUNE', 'WITHIN_PROVINCE', 'OTHER_PROVINCE');

-- CreateEnum
CREATE TYPE "PostagePayer" AS ENUM ('CITIZEN', 'AGENCY');

-- CreateEnum
CREATE TYPE "ShipmentDirection" AS ENUM ('DOSSIER_TO_AGENCY', 'RESULT_TO_CITIZEN');

-- CreateEnum
CREATE TYPE "ShipmentEventKind" AS ENUM ('CREATED', 'PICKED_UP', 'HANDED_TO_AGENCY', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED_ATTEMPT', 'RETURNED_TO_AGENCY');

-- CreateTable
CREATE TABLE "PostalTariff" (
    "id" TEXT NOT NULL,
    "zone" "PostalZone" NOT NULL,
    "maxGrams" INTEGER NOT NULL,
    "priceVnd" INTEGER NOT NULL,

    CONSTRAINT "PostalTariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostalChoice" (
    "dossierId" TEXT NOT NULL,
    "resultByPost" BOOLEAN NOT NULL,
    "dossierByPost" BOOLEAN NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "communeCode" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "recipientName" TEXT NOT NULL,
    "recipientPhone" TEXT NOT NULL,
    "zone" "PostalZone" NOT NULL,
    "weightGrams" INTEGER NOT NULL,
    "postageVnd" INTEGER NOT NULL,
    "payer" "PostagePayer" NOT NULL DEFAULT 'CITIZEN',
    "quotedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostalChoice_pkey" PRIMARY KEY ("dossierId")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "direction" "ShipmentDirection" NOT NULL,
    "trackingNumber" TEXT NOT NULL,
    "status" "ShipmentEventKind" NOT NULL DEFAULT 'CREATED',
    "zone" "PostalZone" NOT NULL,
    "slip" JSONB NOT NULL,
    "targetAt" TIMESTAMP(3),
    "handoverId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShipmentEvent" (
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "kind" "ShipmentEventKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "operatorStaff" TEXT,
    "recordedById" TEXT,
    "externalId" TEXT,
    "recipientName" TEXT,
    "recipientIdNumber" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShipmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostalHandover" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "direction" "ShipmentDirection" NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postConfirmedAt" TIMESTAMP(3),
    "postSignerId" TEXT,
    "postSignerName" TEXT,
    "agencyConfirmedAt" TIMESTAMP(3),
    "agencySignerId" TEXT,
    "agencySignerName" TEXT,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "PostalHandover_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PostalTariff_zone_maxGrams_key" ON "PostalTariff"("zone", "maxGrams");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_trackingNumber_key" ON "Shipment"("trackingNumber");

-- CreateIndex
CREATE INDEX "Shipment_agencyId_direction_status_idx" ON "Shipment"("agencyId", "direction", "status");

-- CreateIndex
CREATE INDEX "Shipment_dossierId_idx" ON "Shipment"("dossierId");

-- CreateIndex
CREATE INDEX "Shipment_status_targetAt_idx" ON "Shipment"("status", "targetAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentEvent_externalId_key" ON "ShipmentEvent"("externalId");

-- CreateIndex
CREATE INDEX "ShipmentEvent_shipmentId_at_idx" ON "ShipmentEvent"("shipmentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "PostalHandover_number_key" ON "PostalHandover"("number");

-- CreateIndex
CREATE INDEX "PostalHandover_agencyId_confirmedAt_idx" ON "PostalHandover"("agencyId", "confirmedAt");

-- AddForeignKey
ALTER TABLE "PostalChoice" ADD CONSTRAINT "PostalChoice_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "PostalHandover"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentEvent" ADD CONSTRAINT "ShipmentEvent_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostalHandover" ADD CONSTRAINT "PostalHandover_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
