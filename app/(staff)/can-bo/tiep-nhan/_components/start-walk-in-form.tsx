"use client";
import { useState, useTransition, type FormEvent } from "react";
import { startWalkInAction, type IntakeState } from "@/lib/intake/actions";
import { toSearchText } from "@/lib/text/normalize";
import { LabelledField } from "./labelled-field";

export type IntakeProcedure = {
  code: string;
  name: string;
  postAllowed: boolean;
  agencies: { id: string; name: string }[];
};
type Props = { procedures: IntakeProcedure[]; counters: { id: string; name: string }[] };

const INPUT = "mt-1 w-full rounded border px-3 py-2";

/** The procedure typed as its national code or picked by name from the list (the list offers both). */
function findProcedure(procedures: IntakeProcedure[], typed: string) {
  const t = toSearchText(typed);
  return t ? procedures.find((p) => p.code === typed.trim() || toSearchText(p.name) === t) : undefined;
}

/** Starts a walk-in dossier: what the procedure is, where it goes, who the applicant is. */
export function StartWalkInForm({ procedures, counters }: Props) {
  const [typed, setTyped] = useState("");
  const [state, setState] = useState<IntakeState>({});
  const [pending, startTransition] = useTransition();
  const procedure = findProcedure(procedures, typed);
  const own = procedure?.agencies.find((a) => counters.some((c) => c.id === a.id));
  const errors = state.fieldErrors ?? {};

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    // A server action that redirects navigates from here; otherwise its messages come back.
    startTransition(async () => setState(await startWalkInAction({}, data)));
  }

  const text = (
    name: string,
    label: string,
    props: {
      required?: boolean;
      type?: string;
      inputMode?: "numeric" | "tel" | "email";
      maxLength?: number;
      autoComplete?: string;
    } = {},
  ) => (
    <LabelledField id={`wi-${name}`} label={label} required={props.required} error={errors[name]}>
      {(describedBy) => (
        <input
          id={`wi-${name}`}
          name={name}
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          autoComplete={props.autoComplete ?? "off"}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT}
        />
      )}
    </LabelledField>
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="ho-so-moi" className="space-y-4 rounded bg-white p-4 shadow-sm">
      <h2 id="ho-so-moi" className="text-lg font-semibold">
        Nhập hồ sơ mới
      </h2>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Thủ tục và nơi giải quyết</legend>
        <LabelledField
          id="wi-procedure"
          label="Thủ tục (gõ tên hoặc mã thủ tục)"
          required
          error={errors.procedureCode}
          help={procedure ? `Đã chọn: ${procedure.name} (${procedure.code})` : "Ví dụ: 1.001193 hoặc Đăng ký khai sinh"}
        >
          {(describedBy) => (
            <input
              id="wi-procedure"
              list="wi-procedures"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              aria-invalid={errors.procedureCode ? true : undefined}
              aria-describedby={describedBy}
              className={INPUT}
            />
          )}
        </LabelledField>
        <datalist id="wi-procedures">
          {procedures.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </datalist>
        <input type="hidden" name="procedureCode" value={procedure?.code ?? typed} />
        <LabelledField id="wi-agencyId" label="Cơ quan giải quyết" required error={errors.agencyId}>
          {(describedBy) => (
            <select
              key={procedure?.code ?? ""}
              id="wi-agencyId"
              name="agencyId"
              defaultValue={own?.id ?? (procedure?.agencies.length === 1 ? procedure.agencies[0].id : "")}
              aria-invalid={errors.agencyId ? true : undefined}
              aria-describedby={describedBy}
              className={INPUT}
            >
              <option value="">{procedure ? "— Chọn cơ quan —" : "— Chọn thủ tục trước —"}</option>
              {procedure?.agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
        {counters.length > 1 ? (
          <LabelledField
            id="wi-receivingAgencyId"
            label="Nơi tiếp nhận hồ sơ"
            required
            error={errors.receivingAgencyId}
          >
            {(describedBy) => (
              <select
                id="wi-receivingAgencyId"
                name="receivingAgencyId"
                defaultValue=""
                aria-describedby={describedBy}
                className={INPUT}
              >
                <option value="">— Chọn quầy tiếp nhận —</option>
                {counters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
        ) : (
          <p className="text-sm">Nơi tiếp nhận: {counters[0]?.name}</p>
        )}
        <fieldset aria-describedby={errors.channel ? "wi-channel-error" : undefined}>
          <legend className="font-medium">
            Hình thức nhận hồ sơ{" "}
            <span className="text-red-700" aria-hidden>
              *
            </span>
          </legend>
          <label className="flex min-h-11 items-center gap-3">
            <input type="radio" name="channel" value="COUNTER" defaultChecked className="h-5 w-5" />
            Trực tiếp tại quầy
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name="channel"
              value="POSTAL"
              disabled={procedure?.postAllowed === false}
              className="h-5 w-5"
            />
            Qua dịch vụ bưu chính công ích
          </label>
          {procedure?.postAllowed === false && (
            <p className="text-sm text-gray-700">
              Thủ tục yêu cầu có mặt trực tiếp nên không nhận hồ sơ qua bưu chính.
            </p>
          )}
          {errors.channel && (
            <p id="wi-channel-error" className="text-sm text-red-700">
              {errors.channel}
            </p>
          )}
        </fieldset>
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="font-semibold">Người nộp hồ sơ</legend>
        {text("applicantPersonalId", "Số định danh cá nhân (12 chữ số)", {
          required: true,
          inputMode: "numeric",
          maxLength: 12,
        })}
        {text("applicantName", "Họ và tên", { required: true, maxLength: 200 })}
        {text("applicantBirthDate", "Ngày sinh", { type: "date" })}
        {text("applicantPhone", "Số điện thoại", { type: "tel", inputMode: "tel", maxLength: 10 })}
        {text("applicantEmail", "Thư điện tử", { type: "email", inputMode: "email", maxLength: 254 })}
        {text("applicantAddress", "Địa chỉ", { maxLength: 500 })}
      </fieldset>
      {state.error && (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Đang tạo…" : "Bắt đầu nhập hồ sơ"}
      </button>
    </form>
  );
}
