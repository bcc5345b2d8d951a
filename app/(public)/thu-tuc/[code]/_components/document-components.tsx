import { COPY_TYPE_LABEL } from "@/lib/procedures/labels";
import type { ProcedureDetail } from "@/lib/procedures/queries";

/** Thành phần hồ sơ: what to submit, as original or copy, how many, and the template to fill. */
export function DocumentComponents({ components }: { components: ProcedureDetail["components"] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left border-b">
            <th scope="col" className="py-2 pr-2">STT</th>
            <th scope="col" className="pr-2">Tên giấy tờ</th>
            <th scope="col" className="pr-2">Loại</th>
            <th scope="col" className="pr-2">Số lượng</th>
            <th scope="col" className="pr-2">Bắt buộc</th>
            <th scope="col">Mẫu đơn, tờ khai</th>
          </tr>
        </thead>
        <tbody>
          {components.map((c, i) => (
            <tr key={c.id} className="border-b align-top">
              <td className="py-2 pr-2">{i + 1}</td>
              <td className="py-2 pr-2">{c.name}{c.note && <div className="text-gray-600">{c.note}</div>}</td>
              <td className="py-2 pr-2">{COPY_TYPE_LABEL[c.copyType]}</td>
              <td className="py-2 pr-2">{c.count}</td>
              <td className="py-2 pr-2">{c.required ? "Có" : "Không"}</td>
              <td className="py-2">
                {c.templateUrl ? <a href={c.templateUrl} download>Tải mẫu<span className="sr-only">: {c.name}</span></a> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
