import "server-only";
import type { Actor } from "../../auth/actor";
import { requireProvinceAdmin } from "../../auth/require-admin";
import { requireRecentAuth } from "../../auth/step-up";
import { db } from "../../db";
import type { Tx } from "../../db/create-client";
import { AppError } from "../../errors";
import { recordAdminChange, securityTarget } from "../../security-log/record";
import { agencySchema, type AgencyData } from "../agency-rules";
import { fieldError, parseAdminInput, type FormInput } from "../../forms/input-error";
import { isUniqueViolation } from "../../db/unique-violation";

const codeTaken = (code: string, name: string) =>
  fieldError("code", `Mã cơ quan ${code} đã được dùng cho "${name}". Mỗi cơ quan có một mã riêng.`);

/** The parent must exist, be of the agency's level or above, and not be the agency or one of its descendants. */
async function checkParent(tx: Tx, data: AgencyData, id: string | undefined) {
  if (!data.parentId) return;
  let cursor: string | null = data.parentId;
  const parent = await tx.agency.findUnique({ where: { id: data.parentId }, select: { level: true } });
  if (!parent) throw fieldError("parentId", "Không tìm thấy cơ quan cấp trên đã chọn.");
  if (parent.level === "COMMUNE" && data.level === "PROVINCE")
    throw fieldError("parentId", "Cơ quan cấp tỉnh không thể trực thuộc cơ quan cấp xã.");
  for (let hops = 0; cursor && hops < 50; hops += 1) {
    if (cursor === id)
      throw fieldError("parentId", "Cơ quan cấp trên không thể là chính cơ quan này hoặc một đơn vị trực thuộc nó.");
    cursor = (await tx.agency.findUnique({ where: { id: cursor }, select: { parentId: true } }))?.parentId ?? null;
  }
}

/**
 * Creates an agency, or edits agency `id` (province administrators). The QCVN 102:2016 code is
 * unique and starts every dossier code of the agency (TT 01/2018/TT-VPCP Art. 19): once the agency
 * has dossiers its code is fixed, or the codes already issued would no longer match it.
 */
export async function saveAgency(actor: Actor, input: FormInput, id?: string): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      await requireProvinceAdmin(actor, tx);
      requireRecentAuth(actor);
      const data = parseAdminInput(agencySchema, input);
      const current = id ? await tx.agency.findUnique({ where: { id }, select: { code: true } }) : null;
      if (id && !current) throw new AppError("NOT_FOUND", "Không tìm thấy cơ quan.");
      const sameCode = await tx.agency.findUnique({ where: { code: data.code }, select: { id: true, name: true } });
      if (sameCode && sameCode.id !== id) throw codeTaken(data.code, sameCode.name);
      if (
        id &&
        current &&
        current.code !== data.code &&
        (await tx.dossier.count({ where: { OR: [{ agencyId: id }, { receivingAgencyId: id }] } })) > 0
      ) {
        throw fieldError(
          "code",
          `Cơ quan đã có hồ sơ mang mã ${current.code}: không đổi được mã cơ quan (mã hồ sơ đã cấp bắt đầu bằng mã này).`,
        );
      }
      const unit = await tx.administrativeUnit.findUnique({ where: { code: data.unitCode }, select: { level: true } });
      if (!unit) throw fieldError("unitCode", "Không tìm thấy đơn vị hành chính đã chọn.");
      if (unit.level !== data.level)
        throw fieldError(
          "unitCode",
          data.level === "PROVINCE"
            ? "Cơ quan cấp tỉnh phải thuộc đơn vị hành chính cấp tỉnh."
            : "Cơ quan cấp xã phải thuộc một xã, phường.",
        );
      await checkParent(tx, data, id);
      const record = { ...data, updatedById: actor.userId };
      if (id) {
        await tx.agency.update({ where: { id }, data: record });
        await recordAdminChange(actor, securityTarget.agency(id), "agency-changed", tx);
        return { id };
      }
      const created = await tx.agency.create({ data: record, select: { id: true } });
      await recordAdminChange(actor, securityTarget.agency(created.id), "agency-added", tx);
      return created;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw fieldError("code", "Mã cơ quan này vừa được dùng cho một cơ quan khác. Mỗi cơ quan có một mã riêng.");
    throw e;
  }
}
