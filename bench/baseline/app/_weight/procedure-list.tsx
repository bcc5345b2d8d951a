// Page weight without the portal: a list shaped like the catalogue's (a card per procedure,
// Vietnamese text, utility classes), so that the framework's own cost of serving a page of a
// given size can be set beside a portal page of that size (docs/performance.md,
// "Ratios in one run, against the framework's own pages"). Each item adds about the same bytes to the HTML and to its inlined Flight copy.
const FIELDS = ["Hộ tịch", "Đất đai", "Xây dựng", "Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội"];

export function ProcedureList({ items }: { items: number }) {
  return (
    <ul className="space-y-2">
      {Array.from({ length: items }, (_, i) => (
        <li key={i} className="rounded bg-white p-4 shadow-sm">
          <a href={`/thu-tuc/1.${String(1000 + i).padStart(6, "0")}`} className="font-semibold text-brand-700">
            Thủ tục đăng ký và cấp giấy chứng nhận số {i + 1} cho công dân
          </a>
          <p className="text-sm text-gray-600">
            {FIELDS[i % FIELDS.length]} · Cấp tỉnh · Dịch vụ công trực tuyến toàn trình
          </p>
        </li>
      ))}
    </ul>
  );
}
