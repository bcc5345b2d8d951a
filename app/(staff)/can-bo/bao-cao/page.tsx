import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCaseWorkPage } from "@/lib/auth/require-staff";
import { formatDateTime } from "@/components/ui/format";
import { orNotFound } from "@/lib/pages/or-not-found";
import { vi } from "@/lib/i18n/vi";
import { leaderAgencies } from "@/lib/statistics/access";
import { refreshNowAction } from "@/lib/statistics/actions";
import { formatNumber } from "@/lib/statistics/figures";
import { currentPeriod, KIND_PARAM, parsePeriod, PERIOD_ERRORS_VI, periodQuery } from "@/lib/statistics/period";
import { loadAgencyReport } from "@/lib/statistics/report";
import { FigureList } from "@/components/statistics/figure-list";
import { Index766Table } from "@/components/statistics/index-766-table";
import { LineTable } from "./_components/line-table";
import { OverdueTable } from "./_components/overdue-table";

export const metadata: Metadata = { title: "Báo cáo thống kê" };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** The leader's report on their agency (TT 01/2018/TT-VPCP Art. 13–15, QĐ 766/QĐ-TTg). Authorised in lib/statistics (report.ts, access.ts). */
export default async function ReportPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireCaseWorkPage("/can-bo/bao-cao");
  const led = leaderAgencies(actor);
  if (led.length === 0) notFound();
  const params = await searchParams;
  const parsed = parsePeriod({ ky: one(params.ky), nam: one(params.nam), so: one(params.so) });
  const period = "period" in parsed ? parsed.period : currentPeriod();
  const agencyCode = one(params["co-quan"]) ?? led[0].code;
  const report = "period" in parsed ? await orNotFound(loadAgencyReport(actor, { agencyCode, period })) : null;
  const query = new URLSearchParams({ ...periodQuery(period), "co-quan": agencyCode }).toString();
  const years = Array.from({ length: currentPeriod().year - 2018 + 1 }, (_, i) => currentPeriod().year - i);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Báo cáo thống kê</h1>
      <form
        method="get"
        className="grid gap-3 rounded bg-white p-3 shadow-sm sm:grid-cols-5"
        aria-label="Chọn kỳ báo cáo"
      >
        <label className="text-sm">
          Cơ quan
          <select name="co-quan" defaultValue={agencyCode} className="mt-1 block min-h-11 w-full rounded border px-2">
            {led.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Kỳ
          <select
            name="ky"
            defaultValue={KIND_PARAM[period.kind]}
            className="mt-1 block min-h-11 w-full rounded border px-2"
          >
            <option value="thang">Tháng</option>
            <option value="quy">Quý</option>
            <option value="nam">Năm</option>
          </select>
        </label>
        <label className="text-sm">
          Tháng hoặc quý
          <select
            name="so"
            defaultValue={String(period.number)}
            className="mt-1 block min-h-11 w-full rounded border px-2"
          >
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Năm
          <select
            name="nam"
            defaultValue={String(period.year)}
            className="mt-1 block min-h-11 w-full rounded border px-2"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end">
          <button className="min-h-11 w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            Xem báo cáo
          </button>
        </div>
      </form>
      {"error" in parsed && (
        <p role="alert" className="text-red-700">
          {PERIOD_ERRORS_VI[parsed.error]}
        </p>
      )}
      {report && (
        <>
          <section aria-labelledby="tong-hop" className="space-y-3">
            <h2 id="tong-hop" className="text-xl font-semibold">
              {report.agency.name}: từ {report.period.from.split("-").reverse().join("/")} đến{" "}
              {report.period.to.split("-").reverse().join("/")}
            </h2>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <span>
                {report.refreshedAt
                  ? `Số liệu cập nhật lúc ${formatDateTime(report.refreshedAt)}.`
                  : "Số liệu chưa được tổng hợp."}
              </span>
              <form action={refreshNowAction}>
                <input type="hidden" name="quay-lai" value={`/can-bo/bao-cao?${query}`} />
                <button className="min-h-11 rounded border px-3">Cập nhật số liệu ngay</button>
              </form>
              <a
                href={`/api/bao-cao?${query}&dinh-dang=xlsx`}
                className="inline-flex min-h-11 items-center rounded border px-3"
              >
                Tải bảng tính (XLSX)
              </a>
              <a
                href={`/api/bao-cao?${query}&dinh-dang=csv`}
                className="inline-flex min-h-11 items-center rounded border px-3"
              >
                Tải CSV
              </a>
            </div>
            <FigureList f={report.total.figures} t={vi.statistics} locale="vi" />
          </section>
          <section aria-labelledby="theo-thu-tuc" className="space-y-2">
            <h2 id="theo-thu-tuc" className="text-xl font-semibold">
              Theo thủ tục
            </h2>
            <LineTable
              title="Theo thủ tục"
              first="Thủ tục"
              lines={report.byProcedure}
              total={report.total}
              testId="by-procedure"
            />
          </section>
          <section aria-labelledby="theo-can-bo" className="space-y-2">
            <h2 id="theo-can-bo" className="text-xl font-semibold">
              Theo cán bộ xử lý
            </h2>
            <LineTable
              title="Theo cán bộ xử lý"
              first="Cán bộ"
              lines={report.byOfficer}
              total={report.total}
              testId="by-officer"
            />
          </section>
          <section aria-labelledby="qua-han" className="space-y-2">
            <h2 id="qua-han" className="text-xl font-semibold">
              Hồ sơ quá hạn
            </h2>
            <OverdueTable title="Đang quá hạn (đến hiện tại)" rows={report.overdue.open} finished={false} />
            <OverdueTable title="Đã giải quyết quá hạn trong kỳ" rows={report.overdue.late} finished />
          </section>
          <section aria-labelledby="danh-gia" className="space-y-2">
            <h2 id="danh-gia" className="text-xl font-semibold">
              Đánh giá của người dân (Thông tư 01/2018/TT-VPCP Điều 13)
            </h2>
            <div
              className="overflow-x-auto rounded bg-white shadow-sm"
              tabIndex={0}
              role="region"
              aria-label="Đánh giá theo 9 tiêu chí"
            >
              <table className="w-full text-sm" data-testid="evaluation">
                <thead>
                  <tr className="border-b text-left">
                    <th scope="col" className="p-2">
                      Tiêu chí
                    </th>
                    <th scope="col" className="p-2 text-right">
                      Điểm trung bình (0–2)
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.evaluation.indicators.map((i, k) => (
                    <tr key={i.code} className="border-b">
                      <th scope="row" className="p-2 text-left font-normal">
                        {k + 1}. {i.title}
                      </th>
                      <td className="p-2 text-right">{formatNumber(i.average, "vi", 2)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" className="p-2 text-left">
                      Số lượt đánh giá
                    </th>
                    <td className="p-2 text-right">{report.evaluation.ratings}</td>
                  </tr>
                  <tr>
                    <th scope="row" className="p-2 text-left">
                      Tổng điểm trung bình (tối đa 18)
                    </th>
                    <td className="p-2 text-right">{formatNumber(report.evaluation.averageTotal, "vi", 2)}</td>
                  </tr>
                  <tr>
                    <th scope="row" className="p-2 text-left">
                      Xếp loại cơ quan
                    </th>
                    <td className="p-2 text-right" data-testid="agency-class">
                      {report.evaluation.agencyClass?.label ?? "Chưa có đánh giá"}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
            <p className="text-sm text-gray-700">
              Xếp loại theo tổng điểm trung bình: từ 15 Xuất sắc, từ 12 đến dưới 15 Tốt, từ 9 đến dưới 12 Khá, từ 6 đến
              dưới 9 Trung bình, dưới 6 Yếu.
            </p>
          </section>
          <Index766Table index={report.index} t={vi.statistics.index} locale="vi" />
        </>
      )}
      <p>
        <Link href="/can-bo">← Về danh sách hồ sơ</Link>
      </p>
    </div>
  );
}
