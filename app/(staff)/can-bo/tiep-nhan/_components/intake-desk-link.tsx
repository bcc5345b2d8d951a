import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { counterAgencyIds } from "@/lib/dossiers/walk-in-access";

/** On the staff home, for counter officers: the desk where walk-in and paper dossiers are filed. */
export function IntakeDeskLink({ actor }: { actor: Actor }) {
  if (counterAgencyIds(actor).length === 0) return null;
  return (
    <p>
      <Link
        href="/can-bo/tiep-nhan"
        className="inline-flex min-h-11 items-center rounded border bg-white px-4 py-2 font-semibold no-underline"
      >
        Tiếp nhận hồ sơ trực tiếp (nộp tại quầy, qua bưu chính)
      </Link>
    </p>
  );
}
