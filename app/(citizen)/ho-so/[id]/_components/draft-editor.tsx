"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { FormDefinition, PrefillSource } from "@/lib/forms/definition";
import { allFields, formSchemaFor, type FormAnswers } from "@/lib/forms/to-zod";
import { saveDraftAction, submitDossierAction } from "@/lib/dossiers/actions";
import { FormFieldInput } from "@/components/form/form-field-input";
import { ComponentUploads, type StoreDocument, type UploadComponent, type UploadedFile } from "./component-uploads";

type Props = {
  dossier: { id: string; procedureName: string; agencyName: string; draftExpiresAt: string; formData: Record<string, string>; resultDelivery: string; maxDossierBytes: number };
  definition: FormDefinition;
  prefill: Partial<Record<PrefillSource, string>>;
  components: UploadComponent[];
  attachments: UploadedFile[];
  storeDocuments: StoreDocument[];
};

const DELIVERY = [
  { value: "ELECTRONIC", label: "Nhận kết quả điện tử trên Cổng" },
  { value: "COUNTER", label: "Nhận tại bộ phận một cửa" },
  { value: "POST", label: "Nhận qua dịch vụ bưu chính công ích" },
];

export function DraftEditor({ dossier, definition, prefill, components, attachments, storeDocuments }: Props) {
  const fields = allFields(definition);
  const defaults: FormAnswers = Object.fromEntries(
    fields.map((f) => [f.name, dossier.formData[f.name] ?? (f.prefill ? prefill[f.prefill] ?? "" : "")]),
  );
  const form = useForm<FormAnswers>({ resolver: zodResolver(formSchemaFor(definition)), defaultValues: defaults, mode: "onBlur" });
  const [delivery, setDelivery] = useState(dossier.resultDelivery);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  async function save(values: FormAnswers) {
    const result = await saveDraftAction(dossier.id, values, delivery);
    for (const [name, text] of Object.entries(result.fieldErrors ?? {})) form.setError(name, { message: text });
    return result;
  }

  const onSave = form.handleSubmit((values) =>
    startTransition(async () => {
      const r = await save(values);
      setMessage(r.error ? { kind: "error", text: r.error } : { kind: "ok", text: "Đã lưu tờ khai." });
    }),
  );

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const saved = await save(values);
      if (saved.error) return setMessage({ kind: "error", text: saved.error });
      const submitted = await submitDossierAction(dossier.id);
      if (submitted?.error) setMessage({ kind: "error", text: submitted.error });
    }),
  );

  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-gray-600">Hồ sơ nháp · lưu đến {dossier.draftExpiresAt}</p>
        <h1 className="text-2xl font-semibold">{dossier.procedureName}</h1>
        <p className="text-sm">Nơi tiếp nhận: {dossier.agencyName}</p>
      </header>

      <form noValidate onSubmit={onSave} className="space-y-6">
        {definition.sections.map((section) => (
          <fieldset key={section.title} className="rounded bg-white p-4 shadow-sm space-y-4">
            <legend className="text-lg font-semibold">{section.title}</legend>
            {section.fields.map((f) => (
              <FormFieldInput key={f.name} field={f} register={form.register} error={form.formState.errors[f.name]?.message} />
            ))}
          </fieldset>
        ))}
        <fieldset className="rounded bg-white p-4 shadow-sm space-y-2">
          <legend className="text-lg font-semibold">Hình thức nhận kết quả</legend>
          {DELIVERY.map((d) => (
            <label key={d.value} className="flex items-center gap-2">
              <input type="radio" name="resultDelivery" value={d.value} checked={delivery === d.value} onChange={() => setDelivery(d.value)} />
              {d.label}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={pending} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">Lưu tờ khai</button>
      </form>

      <ComponentUploads dossierId={dossier.id} components={components} initial={attachments} maxDossierBytes={dossier.maxDossierBytes} storeDocuments={storeDocuments} />

      <section className="rounded bg-white p-4 shadow-sm space-y-3">
        <h2 className="text-lg font-semibold">Nộp hồ sơ</h2>
        <p className="text-sm">Kiểm tra lại tờ khai và giấy tờ trước khi nộp. Sau khi nộp, hồ sơ được chuyển đến {dossier.agencyName}.</p>
        {message && <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "text-red-700" : "text-green-800"}>{message.text}</p>}
        <button type="button" onClick={onSubmit} disabled={pending} className="rounded bg-brand-700 px-6 py-3 text-white font-semibold disabled:opacity-60">
          Nộp hồ sơ
        </button>
      </section>
    </div>
  );
}
