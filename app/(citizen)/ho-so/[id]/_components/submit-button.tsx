"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { submitDossierAction } from "@/lib/submission/actions";

/**
 * Submits once; the server is idempotent too, so a double click or a retry files one dossier.
 * Once filed, opens the dossier page with its confirmation (the button stays busy until it shows).
 */
export function SubmitButton({
  dossierId,
  disabled,
  t,
}: {
  dossierId: string;
  disabled: boolean;
  t: { submit: string; submitting: string };
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <div className="space-y-2">
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      <button
        type="button"
        disabled={disabled || pending}
        onClick={() =>
          startTransition(async () => {
            const result = await submitDossierAction(dossierId);
            if (result.error) setError(result.error);
            else router.push(`/ho-so/${dossierId}?da-nop=1`);
          })
        }
        className="min-h-11 rounded bg-brand-700 px-6 py-3 font-semibold text-white disabled:opacity-60"
      >
        {pending ? t.submitting : t.submit}
      </button>
    </div>
  );
}
