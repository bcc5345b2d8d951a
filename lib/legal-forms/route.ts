import "server-only";
import { requireActor } from "../auth/actor";
import { env } from "../env";
import { notFound } from "../errors";
import { errorResponse, pdfResponse } from "../http";
import { lookupUrlFor } from "../pdf/lookup-qr";
import { getLegalFormSource, type LegalFormSource } from "./source";

type RouteContext = { params: Promise<{ id: string }> };

/** The public lookup page of a dossier on this portal (NEXTAUTH_URL), printed as the forms' QR code. */
export const dossierLookupUrl = (code: string) => lookupUrlFor(env.NEXTAUTH_URL, code);

/**
 * The GET handler of one legal form: the actor must be allowed to read the dossier (404
 * otherwise, as for a dossier that does not exist), and the form must exist for it yet.
 */
export function legalFormRoute<T>(form: {
  fileName: string;
  toData: (source: LegalFormSource, lookupUrl: string) => T | null;
  render: (data: T) => Promise<Uint8Array<ArrayBuffer>>;
  /** Internal forms (Mẫu 05) are for the agencies' staff only. */
  staffOnly?: boolean;
  missing: string;
}) {
  return async function GET(_request: Request, { params }: RouteContext): Promise<Response> {
    try {
      const actor = await requireActor();
      const source = await getLegalFormSource(actor, (await params).id);
      if (form.staffOnly && !source.isAgencyStaff) throw notFound();
      const data = source.code ? form.toData(source, dossierLookupUrl(source.code)) : null;
      if (!data) throw notFound(form.missing);
      return pdfResponse(await form.render(data), `${form.fileName}-${source.code}.pdf`);
    } catch (e) {
      return errorResponse(e);
    }
  };
}
