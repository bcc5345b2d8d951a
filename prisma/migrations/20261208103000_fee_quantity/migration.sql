-- A fee charged per unit (per copy, per page) names the e-form field that gives the quantity.
ALTER TABLE "ProcedureFee" ADD COLUMN "quantityField" TEXT,
ADD COLUMN "unitName" TEXT;
