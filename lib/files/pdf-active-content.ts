// What a PDF may not carry into the portal: anything a reader runs or opens by itself. Staff and
// citizens open uploads in their readers (Acrobat, Foxit, the browser); a scan or a printed form
// needs none of this. Refused, not rewritten (docs/decisions/022-hostile-uploads.md). Pure: the
// bytes in, a verdict out.
//
// The whole object graph is read with pdf-lib, which parses every object in the file body (also
// those of incremental updates, whatever the cross-reference table says) and unpacks compressed
// object streams (/Type /ObjStm), where names such as /JavaScript hide from a byte search. Names
// are compared decoded (/J#61vaScript is /JavaScript). Content and image streams are not decoded:
// their bytes are not PDF objects, and searching them would refuse good scans by chance.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFInvalidObject,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFObject,
} from "pdf-lib";

export type PdfVerdict = "clean" | "active-content" | "encrypted" | "unreadable";

/** Names whose presence anywhere, as key or value, means code, launching or embedded files. */
const FORBIDDEN_NAMES = new Set([
  "JS", // a JavaScript action's script
  "JavaScript", // the document-level script tree, or an action of type JavaScript
  "Launch", // an action that starts a program or opens a file
  "EmbeddedFile", // a file carried inside the PDF
  "EmbeddedFiles", // the tree of such files
  "XFA", // XML forms with their own scripting
  "RichMedia", // Flash and video with scripts
  "RichMediaExecute",
  "SubmitForm", // sends form data to a URL
  "ImportData",
  "GoToE", // opens an embedded document
  "GoToR", // opens another file
]);

/** Action types an /OpenAction may have: going to a page of the same document. */
const HARMLESS_OPEN_ACTIONS = new Set(["GoTo"]);

const MAX_DEPTH = 64;

function nameOf(o: PDFObject | undefined): string | undefined {
  return o instanceof PDFName ? o.decodeText() : undefined;
}

/** Whether this object (and what it contains directly) carries forbidden names or actions. */
function isActive(doc: PDFDocument, root: PDFObject): boolean {
  const stack: { o: PDFObject; depth: number }[] = [{ o: root, depth: 0 }];
  while (stack.length) {
    const { o, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) continue;
    if (o instanceof PDFName) {
      if (FORBIDDEN_NAMES.has(o.decodeText())) return true;
    } else if (o instanceof PDFArray) {
      for (const item of o.asArray()) stack.push({ o: item, depth: depth + 1 });
    } else if (o instanceof PDFDict || o instanceof PDFStream) {
      const dict = o instanceof PDFStream ? o.dict : o;
      for (const [key, value] of dict.entries()) {
        const k = key.decodeText();
        if (FORBIDDEN_NAMES.has(k)) return true;
        // Automatic actions (page opened, field changed, document closed…), whatever they do.
        if (k === "AA") return true;
        if (k === "OpenAction") {
          // A destination (an array: the page and zoom to open at) is harmless; an action is
          // allowed only if it merely goes to a page.
          const action = value instanceof PDFRef ? doc.context.lookup(value) : value;
          if (action instanceof PDFDict && !HARMLESS_OPEN_ACTIONS.has(nameOf(action.get(PDFName.of("S"))) ?? ""))
            return true;
        }
        stack.push({ o: value, depth: depth + 1 });
      }
    }
  }
  return false;
}

/**
 * Bytes outside any `N G obj … endobj`: the cross-reference table and trailer of a real PDF (some
 * 20 bytes per object), or garbage. pdf-lib recovers from garbage byte by byte, about 3 s of CPU
 * per megabyte, while it skips a real file's streams by their length (a 20 MB scan: ~30 ms); a
 * file mostly made of garbage is refused before it is parsed.
 */
export const MAX_BYTES_OUTSIDE_OBJECTS = 1024 * 1024;

function bytesOutsideObjects(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const start = /\d+\s+\d+\s+obj\b/g;
  let covered = 0;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const end = text.indexOf("endobj", m.index);
    if (end < 0) break;
    covered += end + "endobj".length - m.index;
    start.lastIndex = end;
  }
  return text.length - covered;
}

/** Judges a PDF's structure: clean, carrying active content, encrypted (cannot be read), or unreadable. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfVerdict> {
  if (bytesOutsideObjects(bytes) > MAX_BYTES_OUTSIDE_OBJECTS) return "unreadable";
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    return "unreadable";
  }
  // Encrypted objects (and object streams) cannot be read without the key: nothing can be said
  // about what they hide, so such a PDF is not taken.
  if (doc.isEncrypted) return "encrypted";
  const trailer = doc.context.trailerInfo;
  for (const o of [trailer.Root, trailer.Info]) if (o && isActive(doc, o)) return "active-content";
  for (const [, o] of doc.context.enumerateIndirectObjects()) {
    // What pdf-lib could not parse, or an object stream it could not unpack, a reader may still
    // read, with whatever it hides.
    if (o instanceof PDFInvalidObject) return "unreadable";
    if (o instanceof PDFRawStream && nameOf(o.dict.get(PDFName.of("Type"))) === "ObjStm") return "unreadable";
    if (isActive(doc, o)) return "active-content";
  }
  return "clean";
}
