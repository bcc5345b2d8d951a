"use client";
import { useEffect, useRef, useState } from "react";
import { preparePhoto, type PreparedPhoto } from "@/lib/images/prepare-photo";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";

export type PhotoPage = { id: string; photo: PreparedPhoto; thumbnailUrl: string; kept: boolean };

/**
 * The pages of a document being photographed: added one photo at a time (shrunk on the
 * device as they come), removed, reordered, and warnings kept anyway. `announcement` is read
 * out by screen readers (role="status") after every change.
 */
export function usePhotoPages(t: Dictionary["wizard"]["photos"]) {
  const [pages, setPages] = useState<PhotoPage[]>([]);
  const [processing, setProcessing] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [failure, setFailure] = useState("");
  const urls = useRef(new Set<string>());
  // A counter, not crypto.randomUUID(): that needs a secure context, and testers open the
  // development server by its LAN address over http from their phones.
  const nextId = useRef(0);

  useEffect(() => {
    const held = urls.current;
    return () => held.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  async function add(files: File[]) {
    setProcessing(true);
    setFailure("");
    setAnnouncement(t.processing);
    const added: PhotoPage[] = [];
    const unreadable: string[] = [];
    // One photo at a time: a cheap phone cannot hold several decoded 12 MP photos at once.
    for (const file of files) {
      try {
        const photo = await preparePhoto(file);
        const thumbnailUrl = URL.createObjectURL(photo.thumbnail);
        urls.current.add(thumbnailUrl);
        added.push({ id: `trang-${(nextId.current += 1)}`, photo, thumbnailUrl, kept: false });
      } catch {
        unreadable.push(file.name);
      }
    }
    const total = pages.length + added.length; // the inputs are disabled while processing
    setPages((p) => [...p, ...added]);
    setProcessing(false);
    if (unreadable.length) setFailure(fill(t.unreadable, { names: unreadable.join(", ") }));
    const warned = added.some((a) => a.photo.issues.length > 0) ? ` ${t.warned}` : "";
    setAnnouncement(added.length ? `${fill(t.added, { n: added.length, total })}${warned}` : "");
  }

  function remove(id: string) {
    const at = pages.findIndex((p) => p.id === id);
    if (at < 0) return;
    URL.revokeObjectURL(pages[at].thumbnailUrl);
    urls.current.delete(pages[at].thumbnailUrl);
    setPages(pages.filter((p) => p.id !== id));
    setAnnouncement(fill(t.removed, { n: at + 1, left: pages.length - 1 }));
  }

  function move(id: string, by: -1 | 1) {
    const from = pages.findIndex((p) => p.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= pages.length) return;
    const next = [...pages];
    [next[from], next[to]] = [next[to], next[from]];
    setPages(next);
    setAnnouncement(fill(t.moved, { from: from + 1, to: to + 1 }));
  }

  function keep(id: string) {
    setPages(pages.map((p) => (p.id === id ? { ...p, kept: true } : p)));
    setAnnouncement(fill(t.keptPage, { n: pages.findIndex((p) => p.id === id) + 1 }));
  }

  return { pages, processing, announcement, setAnnouncement, failure, add, remove, move, keep };
}
