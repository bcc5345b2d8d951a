// Where a citizen's notifications go, from the profile preferences. Pure: used inside the
// transactions that enqueue notifications and tested on its own.

export type NotificationPreferences = {
  email: string | null; // from the identity (VNeID)
  phone: string | null; // from the identity (VNeID)
  contactEmail: string | null;
  contactPhone: string | null;
  notifyByEmail: boolean;
  notifyBySms: boolean;
};

export type NotificationTargets = { email: string | null; phone: string | null };

/** The user fields notificationTargets reads, to select with whatever query loads the user. */
export const NOTIFICATION_PREFERENCES = {
  email: true,
  phone: true,
  contactEmail: true,
  contactPhone: true,
  notifyByEmail: true,
  notifyBySms: true,
} as const;

const present = (v: string | null) => (v && v.trim() ? v.trim() : null);

/** The contact detail the citizen gave wins over the identity's; a channel turned off gets nothing. */
export function notificationTargets(user: NotificationPreferences): NotificationTargets {
  return {
    email: user.notifyByEmail ? (present(user.contactEmail) ?? present(user.email)) : null,
    phone: user.notifyBySms ? (present(user.contactPhone) ?? present(user.phone)) : null,
  };
}
