import { z } from "zod";
import { operatorErrorSchema, operatorEventRequestSchema, operatorEventResponseSchema } from "./schemas";
import { REPLAY_WINDOW_SECONDS, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./signature";

// The postal operator's part of the integration API's OpenAPI 3.1 document (/api/v1/openapi.json):
// a `paths` fragment and its security schemes, merged into the document by lib/api. The JSON
// Schemas come from the zod schemas the route validates with (zod 4 z.toJSONSchema).

const schema = (s: z.ZodType, io: "input" | "output") => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { target: "draft-2020-12", io }) as Record<string, unknown>;
  return rest;
};
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: schema(operatorErrorSchema, "output") } },
});

export const postalOperatorSecuritySchemes = {
  PostalSignature: {
    type: "apiKey",
    in: "header",
    name: "X-Postal-Signature",
    description: `"sha256=" followed by the hex HMAC-SHA256, with the secret shared with the operator (POSTAL_OPERATOR_SECRET), of "<X-Postal-Timestamp>.<raw request body>".`,
  },
  PostalTimestamp: {
    type: "apiKey",
    in: "header",
    name: "X-Postal-Timestamp",
    description: `Unix time of the request in seconds; refused when more than ${REPLAY_WINDOW_SECONDS} seconds from the server's clock.`,
  },
} as const;

export const postalOperatorPaths = {
  "/api/v1/postal/events": {
    post: {
      operationId: "recordPostalEvent",
      summary: "Record a shipment event from the postal operator's system",
      description:
        "Pick-up, out for delivery, delivery (with the recipient's identity check) or a failed attempt of a shipment of the public postal service. " +
        "Signed with HMAC-SHA256 over the timestamp and the body; idempotent by eventId: a repeated event answers result=duplicate and changes nothing. " +
        "Delivery of a result marks the dossier returned (status 10).",
      tags: ["Bưu chính công ích"],
      security: [{ PostalSignature: [], PostalTimestamp: [] }],
      parameters: [
        { name: TIMESTAMP_HEADER, in: "header", required: true, schema: { type: "string", pattern: "^\\d{1,12}$" } },
        {
          name: SIGNATURE_HEADER,
          in: "header",
          required: true,
          schema: { type: "string", pattern: "^sha256=[0-9a-f]{64}$" },
        },
      ],
      requestBody: {
        required: true,
        content: { "application/json": { schema: schema(operatorEventRequestSchema, "input") } },
      },
      responses: {
        "200": {
          description: "Recorded, or already recorded (duplicate).",
          content: { "application/json": { schema: schema(operatorEventResponseSchema, "output") } },
        },
        "400": error("The body is not a valid event, or the event lacks what it needs (identity check, reason)."),
        "401": error("Unsigned, expired (outside the replay window) or badly signed; nothing was changed."),
        "404": error("No shipment has this tracking number."),
        "409": error("The event cannot follow the shipment's current status."),
      },
    },
  },
} as const;
