import type { Dictionary } from "@/lib/i18n";
import type { ProcedureDetail } from "@/lib/procedures/queries";

/** Thành phần hồ sơ: what to submit, as original or copy, how many, and the template to fill. */
type Props = {
  components: ProcedureDetail["components"];
  t: Dictionary["procedure"];
  labels: Dictionary["labels"];
  yesNo: [string, string];
};

export function DocumentComponents({ components, t, labels, yesNo }: Props) {
  return (
    // On a narrow phone the table scrolls sideways: the region takes focus so the keyboard can scroll it too.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t.components}>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left border-b">
            <th scope="col" className="py-2 pr-2">
              {t.number}
            </th>
            <th scope="col" className="pr-2">
              {t.documentName}
            </th>
            <th scope="col" className="pr-2">
              {t.copyType}
            </th>
            <th scope="col" className="pr-2">
              {t.count}
            </th>
            <th scope="col" className="pr-2">
              {t.required}
            </th>
            <th scope="col">{t.template}</th>
          </tr>
        </thead>
        <tbody>
          {components.map((c, i) => (
            <tr key={c.id} className="border-b align-top">
              <td className="py-2 pr-2">{i + 1}</td>
              <td className="py-2 pr-2" lang="vi">
                {c.name}
                {c.note && <div className="text-gray-600">{c.note}</div>}
              </td>
              <td className="py-2 pr-2">{labels.copyType[c.copyType]}</td>
              <td className="py-2 pr-2">{c.count}</td>
              <td className="py-2 pr-2">{c.required ? yesNo[0] : yesNo[1]}</td>
              <td className="py-2">
                {c.templateUrl ? (
                  <a href={c.templateUrl} download>
                    {t.downloadTemplate}
                    <span className="sr-only">: {c.name}</span>
                  </a>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
