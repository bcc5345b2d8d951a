"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import type { PostalActionState } from "@/lib/postal/actions";

type Props = {
  action: (prev: PostalActionState, fd: FormData) => Promise<PostalActionState>;
  hidden: Record<string, string>;
  submit: string;
  label: string;
  children?: ReactNode;
};

/**
 * A plain form posting to a postal server action, with its answer announced (works on any phone,
 * and before the script loads). With the script, what was typed stays after a refusal, so the
 * officer corrects one field; after a success the form is cleared for the next scan.
 */
export function PostalForm({ action, hidden, submit, label, children }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) ref.current?.reset();
  }, [state]);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} aria-label={label} className="space-y-3">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      {state.error && (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      )}
      {state.ok && (
        <p role="status" className="text-green-800">
          {state.ok}
        </p>
      )}
      <button
        disabled={pending}
        className="min-h-11 w-full rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-60 sm:w-auto"
      >
        {submit}
      </button>
    </form>
  );
}
