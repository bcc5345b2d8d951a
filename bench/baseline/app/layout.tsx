// The framework's own limit on this machine, for the bench's ratios: the smallest Next.js app of the same
// version and build mode, served the same way as the portal. Not part of the product.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
