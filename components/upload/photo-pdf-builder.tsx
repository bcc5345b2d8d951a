"use client";
import { useEffect, useRef, useState } from "react";
import { assembledPdfName } from "@/lib/images/file-names";
import { PhotoPageItem } from "./photo-page-item";
import { usePhotoPages } from "./use-photo-pages";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";

type Props = {
  /** Makes the ids unique when several components are on the page. */
  slotId: string;
  /** The document component: the PDF's title and file name. */
  documentName: string;
  /** While another upload runs. */
  disabled: boolean;
  /** Hands the assembled PDF to the upload (resumable, like any other file). */
  onBuilt: (file: File) => void;
  t: Dictionary["wizard"]["photos"];
};

const button = "min-h-11 rounded px-4 py-2 text-sm font-medium disabled:opacity-60";

/**
 * Photos of the pages of a paper document become ONE PDF on the device, then one upload:
 * an officer reads one file in order instead of loose photos, and each photo was shrunk
 * before (lib/images/prepare-photo.ts), so a 5-page document weighs ~1–2 MB, not 25 MB.
 */
export function PhotoPdfBuilder({ slotId, documentName, disabled, onBuilt, t }: Props) {
  const { pages, processing, announcement, setAnnouncement, failure, add, remove, move, keep } = usePhotoPages(t);
  const [building, setBuilding] = useState(false);
  const [error, setError] = useState("");
  const input = useRef<HTMLInputElement>(null);
  // Buttons move or vanish with their page; focus follows to the next sensible control.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [pages]);

  const inputId = `photos-${slotId}`;
  const locked = disabled || processing || building;

  function moveAndFocus(id: string, at: number, by: -1 | 1) {
    // The same button again, unless the page reached the end where that button is disabled.
    const atEnd = by < 0 ? at + by === 0 : at + by === pages.length - 1;
    const same = by < 0 ? "up" : "down";
    focusNext.current = `${id}-${atEnd ? (same === "up" ? "down" : "up") : same}`;
    move(id, by);
  }

  function removeAndFocus(id: string, at: number) {
    const neighbour = pages[at + 1] ?? pages[at - 1];
    focusNext.current = neighbour ? `${neighbour.id}-remove` : inputId;
    remove(id);
  }

  function keepAndFocus(id: string) {
    focusNext.current = `${id}-remove`; // the kept button is gone; stay on the same page
    setError("");
    keep(id);
  }

  async function build() {
    const unchecked = pages.map((p, i) => (p.photo.issues.length > 0 && !p.kept ? i + 1 : 0)).filter(Boolean);
    if (unchecked.length) return setError(fill(t.unchecked, { pages: unchecked.join(", ") }));
    setError("");
    setBuilding(true);
    setAnnouncement(t.building);
    try {
      const { assemblePdf } = await import("@/lib/images/assemble-pdf"); // with pdf-lib, only now
      const jpegs = await Promise.all(pages.map(async (p) => new Uint8Array(await p.photo.jpeg.arrayBuffer())));
      const pdf = await assemblePdf(jpegs, documentName);
      // A fresh lastModified: the upload's resume fingerprint must never match another build.
      onBuilt(new File([pdf], assembledPdfName(documentName), { type: "application/pdf", lastModified: Date.now() }));
      setAnnouncement(fill(t.built, { n: pages.length }));
    } catch {
      setAnnouncement("");
      setError(t.buildFailed);
    } finally {
      setBuilding(false);
    }
  }

  return (
    <fieldset className="mt-3 rounded border border-gray-300 p-3">
      <legend className="px-1 text-sm font-medium">{t.legend}</legend>
      <p id={`${inputId}-help`} className="text-sm text-gray-700">
        {t.help}
      </p>
      <label htmlFor={inputId} className="mt-2 block text-sm">
        {t.choose}
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept="image/jpeg,image/png"
        capture="environment"
        multiple
        disabled={locked}
        aria-describedby={`${inputId}-help`}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (files.length) void add(files);
        }}
        className="mt-1 block w-full text-sm"
      />
      <p role="status" className="mt-1 text-sm">
        {announcement}
      </p>
      {failure && (
        <p role="alert" className="text-sm text-red-700">
          {failure}
        </p>
      )}
      {pages.length > 0 && (
        <>
          <ol aria-label={t.pagesList} className="mt-2 space-y-2">
            {pages.map((p, i) => (
              <PhotoPageItem
                key={p.id}
                page={p}
                n={i + 1}
                count={pages.length}
                disabled={locked}
                onMove={(by) => moveAndFocus(p.id, i, by)}
                onRemove={() => removeAndFocus(p.id, i)}
                onKeep={() => keepAndFocus(p.id)}
                t={t}
              />
            ))}
          </ol>
          <div className="mt-3 flex flex-wrap gap-2">
            {/* With capture, phones open the camera for one photo at a time: one more page per tap. */}
            <button
              type="button"
              className={`${button} border border-gray-400 bg-white`}
              disabled={locked}
              onClick={() => input.current?.click()}
            >
              {t.addPage}
            </button>
            <button
              type="button"
              className={`${button} bg-brand-700 text-white`}
              disabled={locked}
              onClick={() => void build()}
            >
              {t.build}
            </button>
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
