import type { Metadata } from "next";
import { getProcedureForAdmin } from "@/lib/admin/queries";
import { requireAdminPage } from "@/lib/auth/require-admin";
import { orNotFound } from "@/lib/pages/or-not-found";
import { AdminNav } from "../../_components/admin-nav";
import { LastChange } from "../../_components/last-change";
import { ComponentsSection } from "./_components/components-section";
import { FeesSection } from "./_components/fees-section";
import { FormDefinitionSection } from "./_components/form-definition-section";
import { SettingsSection } from "./_components/settings-section";
import { StepsSection } from "./_components/steps-section";
import { TimingsSection } from "./_components/timings-section";

export const metadata: Metadata = { title: "Sửa thủ tục hành chính" };

export default async function AdminProcedurePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { actor, scope } = await requireAdminPage(`/quan-tri/thu-tuc/${code}`, { province: true });
  const procedure = await orNotFound(getProcedureForAdmin(actor, code));
  return (
    <div className="space-y-4">
      <AdminNav scope={scope} current="/quan-tri/thu-tuc" />
      <h1 className="text-2xl font-semibold">{procedure.name}</h1>
      <p className="font-mono text-sm">{procedure.code}</p>
      <LastChange at={procedure.updatedAt} by={procedure.updatedBy?.fullName} />
      <nav aria-label="Các phần của thủ tục" className="flex flex-wrap gap-x-4 text-sm">
        {[
          ["#cai-dat", "Cài đặt chung"],
          ["#thanh-phan", "Thành phần hồ sơ"],
          ["#thoi-han", "Thời hạn"],
          ["#phi-le-phi", "Phí, lệ phí"],
          ["#quy-trinh", "Quy trình"],
          ["#to-khai", "Tờ khai điện tử"],
        ].map(([href, label]) => (
          <a key={href} href={href} className="inline-flex min-h-11 items-center">
            {label}
          </a>
        ))}
      </nav>
      <SettingsSection procedure={procedure} />
      <ComponentsSection procedure={procedure} />
      <TimingsSection procedure={procedure} />
      <FeesSection procedure={procedure} />
      <StepsSection procedure={procedure} />
      <FormDefinitionSection procedure={procedure} />
    </div>
  );
}
