import { z } from "zod";

// The operator API's messages, as zod schemas: validated here, and the source of the JSON Schemas
// of the OpenAPI document (openapi.ts), so the documentation cannot drift from the code.

export const OPERATOR_EVENT_KINDS = ["PICKED_UP", "OUT_FOR_DELIVERY", "DELIVERED", "FAILED_ATTEMPT"] as const;

export const operatorEventRequestSchema = z
  .object({
    eventId: z
      .string()
      .min(1)
      .max(100)
      .describe("The operator's own id of the event; a second request with the same id is recorded once."),
    trackingNumber: z
      .string()
      .regex(/^[A-Z]{2}\d{9}VN$/)
      .describe("S10 tracking number printed on the slip, e.g. RR123456785VN."),
    kind: z.enum(OPERATOR_EVENT_KINDS).describe("What happened to the shipment."),
    occurredAt: z.iso.datetime({ offset: true }).describe("When it happened (ISO 8601 with offset)."),
    operatorStaff: z.string().min(1).max(100).describe("The postal staff who handled it (name or staff number)."),
    recipient: z
      .object({
        name: z.string().min(2).max(100),
        idNumber: z
          .string()
          .regex(/^\d{12}$/)
          .describe("Personal identification number checked on the identity card."),
      })
      .optional()
      .describe("Required for DELIVERED: the identity check of the person who received the result."),
    note: z.string().max(500).optional().describe("Required for FAILED_ATTEMPT: the reason."),
  })
  .strict();

export type OperatorEventRequest = z.infer<typeof operatorEventRequestSchema>;

export const operatorEventResponseSchema = z.object({
  eventId: z.string(),
  result: z.enum(["recorded", "duplicate"]).describe("duplicate: the event id was already recorded; nothing changed."),
  trackingNumber: z.string(),
  shipmentStatus: z.enum([
    "CREATED",
    "PICKED_UP",
    "HANDED_TO_AGENCY",
    "OUT_FOR_DELIVERY",
    "DELIVERED",
    "FAILED_ATTEMPT",
    "RETURNED_TO_AGENCY",
  ]),
});

export const operatorErrorSchema = z.object({
  error: z.object({
    code: z.enum(["UNSIGNED", "EXPIRED", "BAD_SIGNATURE", "INVALID_INPUT", "NOT_FOUND", "TRANSITION_NOT_ALLOWED"]),
    message: z.string().describe("In Vietnamese, for the operator's staff."),
  }),
});
