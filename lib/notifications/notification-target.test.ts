import { describe, expect, it } from "vitest";
import { notificationTargets, type NotificationPreferences } from "./notification-target";

const identityOnly: NotificationPreferences = {
  email: "id@example.vn",
  phone: "0912345678",
  contactEmail: null,
  contactPhone: null,
  notifyByEmail: true,
  notifyBySms: true,
};
const withContact = { ...identityOnly, contactEmail: "lienhe@example.vn", contactPhone: "0987654321" };

describe("notificationTargets", () => {
  it.each<[string, NotificationPreferences, { email: string | null; phone: string | null }]>([
    ["identity details when no contact details are set", identityOnly, { email: "id@example.vn", phone: "0912345678" }],
    ["contact details over the identity's", withContact, { email: "lienhe@example.vn", phone: "0987654321" }],
    [
      "no e-mail when e-mail notifications are off",
      { ...withContact, notifyByEmail: false },
      { email: null, phone: "0987654321" },
    ],
    [
      "no phone when SMS notifications are off",
      { ...withContact, notifyBySms: false },
      { email: "lienhe@example.vn", phone: null },
    ],
    [
      "nothing when both are off",
      { ...withContact, notifyByEmail: false, notifyBySms: false },
      { email: null, phone: null },
    ],
    [
      "null when no detail is known at all",
      { ...identityOnly, email: null, phone: null },
      { email: null, phone: null },
    ],
    [
      "blank contact details as not set",
      { ...identityOnly, contactEmail: "  ", contactPhone: "" },
      { email: "id@example.vn", phone: "0912345678" },
    ],
    [
      "the contact detail when the identity has none",
      { ...withContact, email: null, phone: null },
      { email: "lienhe@example.vn", phone: "0987654321" },
    ],
  ])("uses %s", (_what, user, expected) => {
    expect(notificationTargets(user)).toEqual(expected);
  });
});
