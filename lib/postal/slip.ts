import type { CopyType, ShipmentDirection } from "../generated/prisma/enums";

// The postal slip (phiếu gửi) of a shipment: who sends, who receives, for which procedure, and
// the papers inside, each as original or copy (the post office checks them at the counter).

export type SlipParty = { name: string; address: string; phone: string | null };
export type SlipDocument = { name: string; copy: string; count: number };
export type Slip = {
  dossierCode: string | null;
  sender: SlipParty;
  receiver: SlipParty;
  procedure: { code: string; name: string };
  documents: SlipDocument[];
};

export const COPY_LABEL: Record<CopyType, string> = {
  ORIGINAL: "Bản chính",
  COPY: "Bản sao",
  CERTIFIED_COPY: "Bản sao chứng thực",
  ORIGINAL_OR_COPY: "Bản chính hoặc bản sao",
};

type Source = {
  code: string | null;
  agency: { name: string; address: string | null; phone: string | null };
  procedure: {
    code: string;
    name: string;
    result: string;
    components: { name: string; copyType: CopyType; count: number }[];
  };
  choice: { recipientName: string; recipientPhone: string; street: string; communeName: string; provinceName: string };
};

export function buildSlip(direction: ShipmentDirection, s: Source): Slip {
  const citizen: SlipParty = {
    name: s.choice.recipientName,
    address: `${s.choice.street}, ${s.choice.communeName}, ${s.choice.provinceName}`,
    phone: s.choice.recipientPhone,
  };
  const agency: SlipParty = { name: s.agency.name, address: s.agency.address ?? s.agency.name, phone: s.agency.phone };
  const documents =
    direction === "RESULT_TO_CITIZEN"
      ? [{ name: `Kết quả giải quyết thủ tục hành chính: ${s.procedure.result}`, copy: COPY_LABEL.ORIGINAL, count: 1 }]
      : s.procedure.components.map((c) => ({ name: c.name, copy: COPY_LABEL[c.copyType], count: c.count }));
  return {
    dossierCode: s.code,
    sender: direction === "RESULT_TO_CITIZEN" ? agency : citizen,
    receiver: direction === "RESULT_TO_CITIZEN" ? citizen : agency,
    procedure: { code: s.procedure.code, name: s.procedure.name },
    documents,
  };
}
