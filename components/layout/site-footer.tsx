export function SiteFooter() {
  return (
    <footer className="border-t bg-white text-sm text-gray-600">
      <div className="max-w-5xl mx-auto px-4 py-4">
        Cổng Dịch vụ công tỉnh Tây Ninh — Trung tâm Phục vụ hành chính công tỉnh. Tổng đài hỗ trợ: 1900 0000.
      </div>
    </footer>
  );
}
