import { RequestRootLayout, requestMetadata } from "@/components/layout/request-root-layout";
import { viewport as shellViewport } from "@/components/layout/site-shell";

// A root layout: this group's pages are rendered per request (components/layout/site-shell.tsx).
export const generateMetadata = requestMetadata;
export const viewport = shellViewport;
export default RequestRootLayout;
