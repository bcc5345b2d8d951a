import type { Metadata } from "next";
import { grantStaffRoleAction, revokeStaffRoleAction, setUserDisabledAction } from "@/lib/admin/actions";
import { listStaffForAdmin } from "@/lib/admin/queries";
import { STAFF_ROLE_LABEL, STAFF_ROLES } from "@/lib/admin/roles";
import { requireAdminPage } from "@/lib/auth/require-admin";
import { orNotFound } from "@/lib/pages/or-not-found";
import { AdminForm, Hidden, Select, TextInput } from "../_components/admin-form";
import { AdminNav } from "../_components/admin-nav";
import { LastChange } from "../_components/last-change";

export const metadata: Metadata = { title: "Cán bộ và vai trò" };

const ROLE_OPTIONS = STAFF_ROLES.map((r) => ({ value: r, label: STAFF_ROLE_LABEL[r] }));

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ "co-quan"?: string }> }) {
  const { actor, scope } = await requireAdminPage("/quan-tri/can-bo");
  // An agency outside the administrator's scope (or none) is a page that does not exist.
  const { agencies, agency, memberships } = await orNotFound(listStaffForAdmin(actor, (await searchParams)["co-quan"]));
  return (
    <div className="space-y-4">
      <AdminNav scope={scope} current="/quan-tri/can-bo" />
      <h1 className="text-2xl font-semibold">Cán bộ và vai trò</h1>
      {agencies.length > 1 && (
        <form method="get" className="flex flex-wrap items-end gap-2 rounded bg-white p-3 shadow-sm">
          <label className="text-sm">
            Cơ quan
            <select
              name="co-quan"
              defaultValue={agency.id}
              className="mt-1 block min-h-11 w-full max-w-full rounded border bg-white px-2"
            >
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.code} · {a.name}
                </option>
              ))}
            </select>
          </label>
          <button className="min-h-11 rounded border bg-white px-4">Xem</button>
        </form>
      )}
      <section aria-labelledby="giao-vai-tro" className="rounded bg-white p-4 shadow-sm">
        <h2 id="giao-vai-tro" className="mb-2 text-lg font-semibold">
          Giao vai trò tại {agency.name}
        </h2>
        <AdminForm action={grantStaffRoleAction} submitLabel="Giao vai trò" label="Giao vai trò">
          <Hidden name="agencyId" value={agency.id} />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextInput
              name="person"
              label="Số định danh cá nhân hoặc họ tên"
              maxLength={200}
              help="Người được giao phải đã đăng nhập cổng bằng VNeID ít nhất một lần."
            />
            <Select name="role" label="Vai trò" defaultValue="COUNTER_OFFICER" options={ROLE_OPTIONS} />
          </div>
        </AdminForm>
      </section>
      <section aria-labelledby="danh-sach-can-bo">
        <h2 id="danh-sach-can-bo" className="mb-2 text-lg font-semibold">
          Vai trò tại {agency.name} ({memberships.length})
        </h2>
        <ul className="space-y-2">
          {memberships.map((m) => (
            <li
              key={m.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded bg-white p-3 text-sm shadow-sm"
            >
              <p>
                <strong>{m.user.fullName}</strong>{" "}
                <span className="text-gray-700">({m.user.personalId ?? "chưa có số định danh"})</span>
                <br />
                {STAFF_ROLE_LABEL[m.role]}
                {m.user.disabledAt && (
                  <>
                    <br />
                    <strong className="text-red-800">Tài khoản đã bị khóa</strong>
                  </>
                )}
              </p>
              <LastChange at={m.createdAt} by={m.grantedBy?.fullName} verb="Giao" />
              <AdminForm
                action={revokeStaffRoleAction}
                submitLabel="Thu hồi"
                danger
                label={`Thu hồi vai trò ${STAFF_ROLE_LABEL[m.role]} của ${m.user.fullName}`}
              >
                <Hidden name="membershipId" value={m.id} />
              </AdminForm>
              {/* Disabling ends every session of the person at once and refuses their sign-in. */}
              <AdminForm
                action={setUserDisabledAction}
                submitLabel={m.user.disabledAt ? "Mở khóa tài khoản" : "Khóa tài khoản"}
                danger={!m.user.disabledAt}
                label={`${m.user.disabledAt ? "Mở khóa" : "Khóa"} tài khoản của ${m.user.fullName}`}
              >
                <Hidden name="userId" value={m.user.id} />
                <Hidden name="disabled" value={m.user.disabledAt ? "false" : "true"} />
              </AdminForm>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
