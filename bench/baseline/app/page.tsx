// Static: prerendered at build time, like the portal's public pages at best.
export default function StaticPage() {
  return (
    <main>
      <h1>Trang tĩnh</h1>
      <p>Trang cơ sở để so sánh hiệu năng.</p>
    </main>
  );
}
