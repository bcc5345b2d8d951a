import type { Metadata } from "next";
import Link from "next/link";
import { deleteCalendarDayAction, saveCalendarDayAction } from "@/lib/admin/actions";
import { CALENDAR_KIND_LABEL, formatIsoDate, weekdayOfIsoDate } from "@/lib/admin/calendar-rules";
import { listCalendarDays } from "@/lib/admin/queries";
import { requireAdminPage } from "@/lib/auth/require-admin";
import { dayNumberOf, isoDateOf } from "@/lib/text/vietnam-time";
import { AdminForm, Hidden, Select, TextInput } from "../_components/admin-form";
import { AdminNav } from "../_components/admin-nav";
import { LastChange } from "../_components/last-change";

export const metadata: Metadata = { title: "Ngày nghỉ lễ, ngày làm bù" };

const WEEKDAY = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const KIND_OPTIONS = [
  { value: "HOLIDAY", label: CALENDAR_KIND_LABEL.HOLIDAY },
  { value: "MAKEUP_WORKDAY", label: CALENDAR_KIND_LABEL.MAKEUP_WORKDAY },
];

function DayFields({ day }: { day?: { date: string; kind: string; name: string } }) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <TextInput name="date" label="Ngày" type="date" defaultValue={day?.date} />
      <Select name="kind" label="Loại ngày" defaultValue={day?.kind ?? "HOLIDAY"} options={KIND_OPTIONS} />
      <TextInput
        name="name"
        label="Tên ngày"
        defaultValue={day?.name}
        maxLength={200}
        help="Ví dụ: Quốc khánh 2/9; Làm bù cho ngày nghỉ 02/01."
      />
    </div>
  );
}

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<{ nam?: string }> }) {
  const { actor, scope } = await requireAdminPage("/quan-tri/ngay-nghi", { province: true });
  const requested = Number((await searchParams).nam);
  const year =
    Number.isInteger(requested) && requested >= 2000 && requested <= 2100
      ? requested
      : Number(isoDateOf(dayNumberOf(new Date())).slice(0, 4)); // this year in Vietnam
  const days = await listCalendarDays(actor, year);
  return (
    <div className="space-y-4">
      <AdminNav scope={scope} current="/quan-tri/ngay-nghi" />
      <h1 className="text-2xl font-semibold">Ngày nghỉ lễ, ngày làm bù năm {year}</h1>
      <p className="text-sm text-gray-700">
        Ngày làm việc là thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, Tết và ngày nghỉ hoán đổi; cộng thêm ngày làm bù theo
        thông báo chính thức. Thay đổi ở đây áp dụng cho các hạn giải quyết được tính sau đó; hạn đã ghi trên phiếu hẹn
        không đổi.
      </p>
      <nav aria-label="Chọn năm" className="flex gap-2">
        <Link
          href={`/quan-tri/ngay-nghi?nam=${year - 1}`}
          className="inline-flex min-h-11 items-center rounded border bg-white px-3 no-underline"
        >
          ← Năm {year - 1}
        </Link>
        <Link
          href={`/quan-tri/ngay-nghi?nam=${year + 1}`}
          className="inline-flex min-h-11 items-center rounded border bg-white px-3 no-underline"
        >
          Năm {year + 1} →
        </Link>
      </nav>
      <section aria-labelledby="them-ngay" className="rounded bg-white p-4 shadow-sm">
        <h2 id="them-ngay" className="mb-2 text-lg font-semibold">
          Thêm ngày
        </h2>
        <AdminForm action={saveCalendarDayAction} submitLabel="Thêm ngày" label="Thêm ngày nghỉ lễ hoặc ngày làm bù">
          <DayFields />
        </AdminForm>
      </section>
      <section aria-labelledby="danh-sach-ngay" className="space-y-2">
        <h2 id="danh-sach-ngay" className="text-lg font-semibold">
          Các ngày đã khai báo ({days.length})
        </h2>
        {days.length === 0 && <p className="text-sm">Chưa có ngày nào trong năm {year}.</p>}
        <ul className="space-y-2" aria-label={`Ngày nghỉ lễ, ngày làm bù năm ${year}`}>
          {days.map((d) => (
            <li key={d.date} className="rounded bg-white p-3 shadow-sm">
              <p>
                <strong>
                  {WEEKDAY[weekdayOfIsoDate(d.date)]}, {formatIsoDate(d.date)}
                </strong>{" "}
                <span
                  className={`rounded px-2 text-sm ${d.kind === "HOLIDAY" ? "bg-red-50 text-red-900" : "bg-blue-50 text-blue-900"}`}
                >
                  {CALENDAR_KIND_LABEL[d.kind]}
                </span>
              </p>
              <p className="text-sm">{d.name}</p>
              <LastChange at={d.updatedAt} by={d.updatedBy} />
              <details className="mt-2">
                <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm">Sửa hoặc xóa</summary>
                <div className="mt-2 space-y-3">
                  <AdminForm
                    action={saveCalendarDayAction}
                    submitLabel="Lưu thay đổi"
                    label={`Sửa ngày ${formatIsoDate(d.date)}`}
                  >
                    <Hidden name="originalDate" value={d.date} />
                    <DayFields day={d} />
                  </AdminForm>
                  <AdminForm
                    action={deleteCalendarDayAction}
                    submitLabel={`Xóa ngày ${formatIsoDate(d.date)}`}
                    danger
                    label={`Xóa ngày ${formatIsoDate(d.date)}`}
                  >
                    <Hidden name="date" value={d.date} />
                  </AdminForm>
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
