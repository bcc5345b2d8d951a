import { formatDateTime } from "@/components/ui/format";

/** Who last changed a record and when; nothing for records no administrator has touched (seeded). */
export function LastChange({
  at,
  by,
  verb = "Sửa lần cuối",
}: {
  at: Date;
  by: string | null | undefined;
  verb?: string;
}) {
  if (!by) return null;
  return (
    <p className="text-xs text-gray-700">
      {verb}: {formatDateTime(at)}, {by}
    </p>
  );
}
