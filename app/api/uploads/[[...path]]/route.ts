import { handleResumableUpload } from "@/lib/attachments/tus-server";

// Resumable uploads (tus 1.0): POST /api/uploads creates an upload (Upload-Length and
// Upload-Metadata dossierId, componentId, filename), HEAD /api/uploads/:id tells how many
// bytes arrived, PATCH appends the next ones, DELETE abandons it. No GET: files are read only
// through /api/attachments/:id. Rules and storage live in lib/attachments/tus-server.ts.
export const POST = handleResumableUpload;
export const HEAD = handleResumableUpload;
export const PATCH = handleResumableUpload;
export const DELETE = handleResumableUpload;
export const OPTIONS = handleResumableUpload;
