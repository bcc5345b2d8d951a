// When a signed-in session stops being valid, and what the identity levels allow. Pure: the clock
// and the limits are passed in, so each rule is tested without waiting.
//
// Levels of assurance of an electronic identification account (NĐ 69/2024/NĐ-CP Art. 12):
// level 1 is registered without the person being verified in person, level 2 after the police
// verified the person and their chip-based CCCD. The portal lets a citizen use a level-1 account
// (what the national public-service portal accepts for online filing), but staff and
// administrators act on other people's records and decide on them: they must sign in at level 2
// (docs/decisions/024-server-side-sessions.md).

export type SessionPolicy = {
  /** Minutes without a request after which a staff session ends (anyone with a role). */
  staffIdleMinutes: number;
  /** The same for citizens. */
  citizenIdleMinutes: number;
  /** Hours after sign-in at which any session ends, whatever the activity. */
  maxHours: number;
  /** Minutes after authenticating within which an administrator may change roles, holidays or procedures. */
  reauthMinutes: number;
};

/** What the checks read of a session row and its user. */
export type SessionFacts = {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  acr: string | null;
  userDisabledAt: Date | null;
  isStaff: boolean;
};

/**
 * Why a session no longer lets its holder in, or null while it does:
 * - `disabled`: the user's account was disabled by an administrator (told so, not "expired");
 * - `ended`: revoked (signed out, role changed) or past its absolute end;
 * - `idle`: no request for longer than the idle limit;
 * - `level`: a staff member's session below level 2 (a role given to someone signed in at level 1).
 */
export type SessionProblem = "disabled" | "ended" | "idle" | "level";

const MINUTE = 60_000;

/** lastSeenAt is written at most this often, so that reading pages does not write a row each time. */
export const LAST_SEEN_GRANULARITY_MS = MINUTE;

export function sessionProblem(s: SessionFacts, now: Date, policy: SessionPolicy): SessionProblem | null {
  if (s.userDisabledAt) return "disabled";
  if (s.revokedAt || now >= s.expiresAt) return "ended";
  const idleMinutes = s.isStaff ? policy.staffIdleMinutes : policy.citizenIdleMinutes;
  if (now.getTime() - s.lastSeenAt.getTime() > idleMinutes * MINUTE) return "idle";
  if (s.isStaff && !isLevel2(s.acr)) return "level";
  return null;
}

/** Whether lastSeenAt is old enough to be written again. */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_GRANULARITY_MS;
}

/** The absolute end of a session started at `start`. */
export function sessionExpiry(start: Date, policy: SessionPolicy): Date {
  return new Date(start.getTime() + policy.maxHours * 60 * MINUTE);
}

/**
 * Level 2 or above. The national SSO names the levels LoA1/LoA2 (acr, or the last entry of loAs);
 * anything unknown or missing counts as below level 2.
 */
export function isLevel2(acr: string | null | undefined): boolean {
  const level = /^LoA(\d+)$/.exec(acr ?? "");
  return level !== null && Number(level[1]) >= 2;
}

/** Whether an authentication at `authTime` is recent enough for an administrative change. */
export function isRecentAuth(authTime: Date, now: Date, policy: SessionPolicy): boolean {
  const age = now.getTime() - authTime.getTime();
  return age <= policy.reauthMinutes * MINUTE;
}

// Each browser's own token first: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:A|iOS)?\/(\d+)/, "Edge"],
  [/OPR\/(\d+)/, "Opera"],
  [/(?:Firefox|FxiOS)\/(\d+)/, "Firefox"],
  [/(?:Chrome|CriOS)\/(\d+)/, "Chrome"],
  [/Version\/(\d+)[^]*Safari\//, "Safari"],
];

/** The browser and its platform in a few words ("Chrome 131 · Android"), never the whole header. */
export function userAgentSummary(header: string | null | undefined): string | null {
  if (!header) return null;
  const browser = BROWSERS.map(([re, name]) => [re.exec(header), name] as const).find(([m]) => m);
  // Android also says "Linux", an iPhone also "Mac OS X": the more particular first.
  const platform =
    ["Android", "iPhone", "iPad", "Windows", "Mac OS X", "Linux"].find((p) => header.includes(p)) ?? null;
  const summary = [browser && `${browser[1]} ${browser[0]![1]}`, platform].filter(Boolean).join(" · ");
  return (summary || header).slice(0, 120);
}

/** Shown when a session that existed no longer lets its holder in (pages, forms, API). */
export const SESSION_ENDED_MESSAGE = "Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.";

/** Shown to a person whose account an administrator disabled. */
export const ACCOUNT_DISABLED_MESSAGE = "Tài khoản của bạn đã bị khóa trên cổng. Vui lòng liên hệ quản trị viên.";

/** Shown to a staff member or administrator who signed in below level 2. */
export const STAFF_LEVEL_MESSAGE = "Cán bộ phải đăng nhập bằng tài khoản định danh điện tử mức độ 2.";
