import { RequestNotFound, requestNotFoundMetadata } from "@/components/layout/request-not-found";

// A notFound() of this group's pages, under its own root layout (components/layout/site-shell.tsx).
export const generateMetadata = requestNotFoundMetadata;
export default RequestNotFound;
