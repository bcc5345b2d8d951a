import type { Metadata } from "next";
import { getDictionary } from "@/lib/i18n/server";
import { NotFoundText } from "./not-found-text";

// "Page not found" inside a route group rendered per request (each group's not-found.tsx
// re-exports it), in the request's language, under that group's header.
export async function requestNotFoundMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).notFound.title };
}

export async function RequestNotFound() {
  return <NotFoundText t={(await getDictionary()).notFound} />;
}
