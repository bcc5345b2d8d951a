import type { Metadata } from "next";
import Link from "next/link";
import { saveAgencyAction } from "@/lib/admin/actions";
import { listAgenciesForAdmin, type AdminAgency } from "@/lib/admin/queries";
import { requireAdminPage } from "@/lib/auth/require-admin";
import { AUTHORITY_LABEL } from "@/lib/procedures/labels";
import { AdminForm, Hidden, Select, TextInput } from "../_components/admin-form";
import { AdminNav } from "../_components/admin-nav";
import { LastChange } from "../_components/last-change";

export const metadata: Metadata = { title: "Cơ quan, đơn vị" };

type Data = Awaited<ReturnType<typeof listAgenciesForAdmin>>;

function AgencyFields({ agency, data }: { agency?: AdminAgency; data: Data }) {
  const parents = [
    { value: "", label: "— Không có —" },
    ...data.agencies.filter((a) => a.id !== agency?.id).map((a) => ({ value: a.id, label: `${a.code} · ${a.name}` })),
  ];
  const units = [
    { value: "", label: "— Chọn —" },
    ...data.units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` })),
  ];
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextInput
        name="code"
        label="Mã cơ quan (QCVN 102:2016)"
        defaultValue={agency?.code}
        maxLength={20}
        help="Dạng 000.21.01.H80. Mã là phần đầu của mọi mã hồ sơ."
      />
      <TextInput name="name" label="Tên cơ quan" defaultValue={agency?.name} maxLength={300} />
      <TextInput
        name="shortName"
        label="Tên viết tắt (không bắt buộc)"
        defaultValue={agency?.shortName}
        maxLength={100}
      />
      <Select
        name="level"
        label="Cấp"
        defaultValue={agency?.level ?? "COMMUNE"}
        options={[
          { value: "PROVINCE", label: AUTHORITY_LABEL.PROVINCE },
          { value: "COMMUNE", label: AUTHORITY_LABEL.COMMUNE },
        ]}
      />
      <Select name="parentId" label="Cơ quan cấp trên" defaultValue={agency?.parentId ?? ""} options={parents} />
      <Select name="unitCode" label="Đơn vị hành chính" defaultValue={agency?.unitCode ?? ""} options={units} />
      <TextInput name="address" label="Địa chỉ (không bắt buộc)" defaultValue={agency?.address} maxLength={500} />
      <TextInput
        name="phone"
        label="Số điện thoại (không bắt buộc)"
        type="tel"
        defaultValue={agency?.phone}
        maxLength={20}
      />
      <TextInput
        name="email"
        label="Thư điện tử (không bắt buộc)"
        type="email"
        defaultValue={agency?.email}
        maxLength={254}
      />
    </div>
  );
}

export default async function AgenciesPage({ searchParams }: { searchParams: Promise<{ sua?: string }> }) {
  const { actor, scope } = await requireAdminPage("/quan-tri/co-quan", { province: true });
  const [data, { sua }] = await Promise.all([listAgenciesForAdmin(actor), searchParams]);
  const editing = data.agencies.find((a) => a.id === sua);
  return (
    <div className="space-y-4">
      <AdminNav scope={scope} current="/quan-tri/co-quan" />
      <h1 className="text-2xl font-semibold">Cơ quan, đơn vị</h1>
      {editing ? (
        <section aria-labelledby="sua-co-quan" className="rounded bg-white p-4 shadow-sm">
          <h2 id="sua-co-quan" className="mb-2 text-lg font-semibold">
            Sửa: {editing.name}
          </h2>
          <AdminForm action={saveAgencyAction} submitLabel="Lưu thông tin cơ quan" label="Sửa cơ quan">
            <Hidden name="id" value={editing.id} />
            <AgencyFields agency={editing} data={data} />
          </AdminForm>
          <Link href="/quan-tri/co-quan" className="mt-2 inline-flex min-h-11 items-center text-sm">
            Thêm cơ quan mới thay vì sửa
          </Link>
        </section>
      ) : (
        <section aria-labelledby="them-co-quan" className="rounded bg-white p-4 shadow-sm">
          <h2 id="them-co-quan" className="mb-2 text-lg font-semibold">
            Thêm cơ quan
          </h2>
          <AdminForm action={saveAgencyAction} submitLabel="Thêm cơ quan" label="Thêm cơ quan">
            <AgencyFields data={data} />
          </AdminForm>
        </section>
      )}
      <section aria-labelledby="danh-sach-co-quan">
        <h2 id="danh-sach-co-quan" className="mb-2 text-lg font-semibold">
          Danh sách ({data.agencies.length})
        </h2>
        <ul className="space-y-2">
          {data.agencies.map((a) => (
            <li key={a.id} className="rounded bg-white p-3 text-sm shadow-sm">
              <p>
                <strong className="font-mono">{a.code}</strong> · {a.name}{" "}
                <span className="text-gray-700">({AUTHORITY_LABEL[a.level]})</span>
              </p>
              <p className="text-gray-700">
                {a.parent ? `Trực thuộc: ${a.parent.name} · ` : ""}Đơn vị hành chính: {a.unit.name}
              </p>
              <LastChange at={a.updatedAt} by={a.updatedBy?.fullName} />
              <Link
                href={`/quan-tri/co-quan?sua=${a.id}`}
                className="inline-flex min-h-11 items-center"
                aria-label={`Sửa ${a.name}`}
              >
                Sửa
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
