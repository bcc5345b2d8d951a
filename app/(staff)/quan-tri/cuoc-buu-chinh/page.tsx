import type { Metadata } from "next";
import { removeTariffRowAction, saveTariffRowAction } from "@/lib/postal/actions";
import { requireAdminPage } from "@/lib/auth/require-admin";
import { listTariffForAdmin } from "@/lib/postal/queries";
import { ZONE_LABEL } from "@/lib/postal/tariff";
import { formatVnd } from "@/lib/payments/money";
import { AdminForm, Hidden, Select, TextInput } from "../_components/admin-form";
import { AdminNav } from "../_components/admin-nav";

export const metadata: Metadata = { title: "Cước bưu chính công ích" };

const ZONES = ["SAME_COMMUNE", "WITHIN_PROVINCE", "OTHER_PROVINCE"] as const;
const ZONE_OPTIONS = ZONES.map((z) => ({ value: z, label: ZONE_LABEL[z] }));

function RowFields({ row }: { row?: { zone: string; maxGrams: number; priceVnd: number } }) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Select name="zone" label="Vùng" defaultValue={row?.zone ?? "SAME_COMMUNE"} options={ZONE_OPTIONS} />
      <TextInput name="maxGrams" label="Đến khối lượng (gam)" inputMode="numeric" defaultValue={row?.maxGrams} />
      <TextInput
        name="priceVnd"
        label="Giá cước (đồng)"
        inputMode="numeric"
        defaultValue={row?.priceVnd}
        help="Số nguyên, ví dụ 15000."
      />
    </div>
  );
}

export default async function PostalTariffPage() {
  const { actor, scope } = await requireAdminPage("/quan-tri/cuoc-buu-chinh", { province: true });
  const rows = await listTariffForAdmin(actor);
  return (
    <div className="space-y-4">
      <AdminNav scope={scope} current="/quan-tri/cuoc-buu-chinh" />
      <h1 className="text-2xl font-semibold">Cước bưu chính công ích</h1>
      <p className="text-sm text-gray-700">
        Giá chuyển phát hồ sơ và kết quả theo vùng (từ xã, phường của cơ quan đến nơi nhận) và nấc khối lượng, theo hợp
        đồng với doanh nghiệp bưu chính (QĐ 45/2016/QĐ-TTg). Giá mới áp dụng cho lựa chọn được lưu sau đó; cước đã tính
        cho hồ sơ không đổi.
      </p>
      <section aria-labelledby="them-nac" className="rounded bg-white p-4 shadow-sm">
        <h2 id="them-nac" className="mb-2 text-lg font-semibold">
          Thêm nấc cước
        </h2>
        <AdminForm action={saveTariffRowAction} submitLabel="Thêm nấc cước" label="Thêm nấc cước">
          <RowFields />
        </AdminForm>
      </section>
      {ZONES.map((zone) => {
        const bands = rows.filter((r) => r.zone === zone);
        return (
          <section key={zone} aria-labelledby={`vung-${zone}`} className="space-y-2">
            <h2 id={`vung-${zone}`} className="text-lg font-semibold">
              Vùng {ZONE_LABEL[zone]} ({bands.length} nấc)
            </h2>
            {bands.length === 0 && (
              <p className="text-sm">
                Chưa có nấc cước: lựa chọn nhận qua bưu chính ở vùng này sẽ không tính được cước.
              </p>
            )}
            <ul className="space-y-2" aria-label={`Nấc cước vùng ${ZONE_LABEL[zone]}`}>
              {bands.map((r) => (
                <li key={r.id} className="rounded bg-white p-3 shadow-sm">
                  <p>
                    Đến {r.maxGrams.toLocaleString("vi-VN")} g: <strong>{formatVnd(r.priceVnd)}</strong>
                  </p>
                  <details className="mt-2">
                    <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm">Sửa hoặc xóa</summary>
                    <div className="mt-2 space-y-3">
                      <AdminForm
                        action={saveTariffRowAction}
                        submitLabel="Lưu thay đổi"
                        label={`Sửa nấc đến ${r.maxGrams} g vùng ${ZONE_LABEL[zone]}`}
                      >
                        <Hidden name="id" value={r.id} />
                        <RowFields row={r} />
                      </AdminForm>
                      <AdminForm
                        action={removeTariffRowAction}
                        submitLabel="Xóa nấc này"
                        danger
                        label={`Xóa nấc đến ${r.maxGrams} g vùng ${ZONE_LABEL[zone]}`}
                      >
                        <Hidden name="id" value={r.id} />
                      </AdminForm>
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
