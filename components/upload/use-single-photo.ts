"use client";
import { useState } from "react";
import { jpegName } from "@/lib/images/file-names";
import { isPhoto, preparePhoto } from "@/lib/images/prepare-photo";
import type { PhotoIssue } from "@/lib/images/quality";

export type SinglePhoto = { checking: true } | { checking: false; file: File; issues: PhotoIssue[] };

/**
 * A photo chosen in a component's ordinary file input: shrunk and re-encoded on the device
 * before it is sent, and held back with a warning when it looks unreadable, until the
 * citizen keeps it or picks another. PDFs and anything the device cannot decode go as they
 * are: the server judges them by content.
 */
export function useSinglePhoto(send: (slot: string, file: File) => void) {
  const [photos, setPhotos] = useState<Record<string, SinglePhoto | undefined>>({});
  const set = (slot: string, photo: SinglePhoto | undefined) => setPhotos((p) => ({ ...p, [slot]: photo }));

  async function choose(slot: string, file: File) {
    if (!isPhoto(file)) return send(slot, file);
    set(slot, { checking: true });
    let ready = file;
    let issues: PhotoIssue[] = [];
    try {
      const photo = await preparePhoto(file);
      // A fresh lastModified: the upload's resume fingerprint must not match another encoding.
      ready = new File([photo.jpeg], jpegName(file.name), { type: "image/jpeg", lastModified: Date.now() });
      issues = photo.issues;
    } catch {
      // Not decodable here (an odd format behind a .jpg name): the server decides.
    }
    if (issues.length > 0) return set(slot, { checking: false, file: ready, issues });
    set(slot, undefined);
    send(slot, ready);
  }

  function keep(slot: string) {
    const held = photos[slot];
    set(slot, undefined);
    if (held && !held.checking) send(slot, held.file);
  }

  const drop = (slot: string) => set(slot, undefined);

  return { photos, choose, keep, drop };
}
