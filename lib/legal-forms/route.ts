import "server-only";
import { requireActor, type Actor } from "../auth/actor";
import { env } from "../env";
import { notFound } from "../errors";
import { errorResponse, generatedFileResponse } from "../http";
import { lookupUrlFor } from "../pdf/lookup-qr";
import { getLegalFormSource, type LegalFormSource } from "./source";

/** The public lookup page of a dossier on this portal (NEXTAUTH_URL), printed as the forms' QR code. */
export const dossierLookupUrl = (code: string) => lookupUrlFor(env.NEXTAUTH_URL, code);

/** A document printed for the actor: its bytes, the name it is saved under, its format (PDF unless said). */
export type PrintedDocument = { body: Uint8Array<ArrayBuffer>; fileName: string; contentType?: string };

/**
 * The response of every printed document (legal forms, receipts, hand-over records, the
 * tracking book): the signed-in actor (401 otherwise), the document printed from what the actor
 * may read (the query answers 404 to anyone else, as for what does not exist), or the error.
 */
export async function printedDocumentResponse(print: (actor: Actor) => Promise<PrintedDocument>): Promise<Response> {
  try {
    const { body, fileName, contentType } = await print(await requireActor());
    return generatedFileResponse(body, fileName, contentType);
  } catch (e) {
    return errorResponse(e);
  }
}

/** The GET handler of a printed document addressed by its route's parameters (`[id]`, `[paymentId]`). */
export function printedDocumentRoute<Params>(print: (actor: Actor, params: Params) => Promise<PrintedDocument>) {
  return function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
    return printedDocumentResponse(async (actor) => print(actor, await params));
  };
}

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
  return printedDocumentRoute(async (actor, { id }: { id: string }) => {
    const source = await getLegalFormSource(actor, id);
    if (form.staffOnly && !source.isAgencyStaff) throw notFound();
    const data = source.code ? form.toData(source, dossierLookupUrl(source.code)) : null;
    if (!data) throw notFound(form.missing);
    return { body: await form.render(data), fileName: `${form.fileName}-${source.code}.pdf` };
  });
}
