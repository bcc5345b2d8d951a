import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";

export const metadata: Metadata = {
  title: { default: "Cổng Dịch vụ công tỉnh Tây Ninh", template: "%s · Dịch vụ công Tây Ninh" },
  description: "Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến và theo dõi kết quả giải quyết.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#991b1b" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen flex flex-col">
        <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white">Bỏ qua điều hướng</a>
        <SiteHeader />
        <main id="noi-dung" className="flex-1 w-full max-w-5xl mx-auto px-4 py-6">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
