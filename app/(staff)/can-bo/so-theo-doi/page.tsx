import type { Metadata } from "next";
import Link from "next/link";
import { CASE_WORK_ROLES } from "@/lib/auth/actor";
import { requireCaseWorkPage } from "@/lib/auth/require-staff";
import { dayNumberOf, isoDateOf } from "@/lib/text/vietnam-time";
import { listTrackingBook } from "@/lib/tracking-book/queries";
import { MAX_RANGE_DAYS, parseTrackingRange, type RangeErrors, type TrackingRange } from "@/lib/tracking-book/schemas";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "Sổ theo dõi hồ sơ" };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

function DateField({ name, label, value, error }: { name: string; label: string; value: string; error?: string }) {
  return (
    <label className="text-sm">
      {label}
      <input
        type="date"
        name={name}
        defaultValue={value}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-loi` : undefined}
        className="mt-1 block min-h-11 w-full rounded border px-2 py-1"
      />
      {error && (
        <span id={`${name}-loi`} className="mt-1 block text-red-700">
          {error}
        </span>
      )}
    </label>
  );
}

/** Mẫu 06 (TT 01/2018/TT-VPCP): the dossiers received by the officer's agencies in a period, to print or download. */
export default async function TrackingBookPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireCaseWorkPage("/can-bo/so-theo-doi");
  const params = await searchParams;
  const today = isoDateOf(dayNumberOf(new Date()));
  const asked = one(params["tu-ngay"]) !== undefined || one(params["den-ngay"]) !== undefined;
  const input = { from: one(params["tu-ngay"]) ?? `${today.slice(0, 8)}01`, to: one(params["den-ngay"]) ?? today };
  const parsed = parseTrackingRange(input);
  const errors: RangeErrors = asked && "errors" in parsed ? parsed.errors : {};
  const range: TrackingRange | null = "range" in parsed ? parsed.range : null;
  const book = range ? await listTrackingBook(actor, range) : null;
  const query = range ? new URLSearchParams({ "tu-ngay": range.from, "den-ngay": range.to }) : null;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Sổ theo dõi hồ sơ (Mẫu 06)</h1>
      <p className="text-sm text-gray-700">
        Hồ sơ được tiếp nhận trong khoảng thời gian đã chọn (tối đa {MAX_RANGE_DAYS} ngày), của:{" "}
        {[...new Set(actor.memberships.filter((m) => CASE_WORK_ROLES.includes(m.role)).map((m) => m.agencyName))].join(
          ", ",
        )}
        .
      </p>
      <form
        method="get"
        noValidate
        className="grid gap-3 rounded bg-white p-3 shadow-sm sm:grid-cols-3"
        aria-label="Chọn khoảng thời gian"
      >
        <DateField name="tu-ngay" label="Từ ngày" value={input.from} error={errors.from} />
        <DateField name="den-ngay" label="Đến ngày" value={input.to} error={errors.to} />
        <div className="flex items-end">
          <button className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white">Xem sổ</button>
        </div>
      </form>
      {book && query && Object.keys(errors).length === 0 && (
        <section aria-labelledby="so-ket-qua" className="space-y-3">
          <h2 id="so-ket-qua" className="text-lg font-semibold">
            {book.rows.length} hồ sơ{book.truncated ? " (quá nhiều: vui lòng chọn khoảng ngắn hơn)" : ""}
          </h2>
          {!book.truncated && (
            <p className="flex flex-wrap gap-3">
              <a
                href={`/api/so-theo-doi?${query}&dinh-dang=pdf`}
                target="_blank"
                rel="noreferrer"
                className="inline-flex min-h-11 items-center rounded border px-4"
              >
                Tải sổ (PDF, A4)
              </a>
              <a
                href={`/api/so-theo-doi?${query}&dinh-dang=xlsx`}
                className="inline-flex min-h-11 items-center rounded border px-4"
              >
                Tải bảng tính (XLSX)
              </a>
            </p>
          )}
          {/* Focusable, so that keyboard users can scroll the wide table on a phone. */}
          <div
            className="overflow-x-auto rounded bg-white shadow-sm"
            tabIndex={0}
            role="region"
            aria-label="Hồ sơ trong sổ"
          >
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b text-left">
                  <th className="p-2">Mã hồ sơ</th>
                  <th>Thủ tục</th>
                  <th>Người nộp</th>
                  <th>Nhận hồ sơ</th>
                  <th>Hẹn trả</th>
                  <th>Trạng thái</th>
                </tr>
              </thead>
              <tbody>
                {book.rows.slice(0, 50).map((r) => (
                  <tr key={r.code} className="border-b align-top">
                    <td className="p-2">{r.code}</td>
                    <td className="pr-2">{r.procedure}</td>
                    <td className="pr-2">{r.applicant}</td>
                    <td className="pr-2">{formatDateTime(r.receivedAt)}</td>
                    <td className="pr-2">{formatDateTime(r.dueAt)}</td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                  </tr>
                ))}
                {book.rows.length === 0 && (
                  <tr>
                    <td colSpan={6} className="p-4">
                      Không có hồ sơ được tiếp nhận trong khoảng thời gian này.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          {book.rows.length > 50 && (
            <p className="text-sm">Trang này hiển thị 50 hồ sơ đầu; tải sổ để xem đủ {book.rows.length} hồ sơ.</p>
          )}
        </section>
      )}
      <p>
        <Link href="/can-bo">← Về danh sách hồ sơ</Link>
      </p>
    </div>
  );
}
