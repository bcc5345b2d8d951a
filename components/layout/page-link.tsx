import type { AnchorHTMLAttributes } from "react";

/**
 * A link to another page of the portal, as a plain anchor (a full page load). Citizen pages do
 * not use next/link: its client code (~6 kB gzipped) counts against the 150 kB JavaScript budget
 * of every citizen page (docs/decisions/009), and these server-rendered pages gain little from soft navigation.
 */
export function PageLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
