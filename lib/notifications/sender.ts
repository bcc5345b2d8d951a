import type { OutboxChannel } from "../generated/prisma/enums";

/** One outbox row as the worker hands it to a channel. */
export type OutgoingMessage = {
  id: string;
  channel: OutboxChannel;
  topic: string;
  recipient: string;
  payload: unknown;
  dossierId: string | null;
  attempts: number;
};

/**
 * Delivers one message or throws. Senders must be idempotent per message id (the e-mail's
 * Message-ID, the HTTP APIs' Idempotency-Key): delivery is at least once.
 */
export type Sender = (message: OutgoingMessage) => Promise<void>;

/** A channel without a sender (null) is skipped: its rows stay PENDING, untouched, for later. */
export type Senders = Partial<Record<OutboxChannel, Sender | null>>;
