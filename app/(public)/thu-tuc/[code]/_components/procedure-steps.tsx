import { splitSteps } from "@/lib/procedures/steps";

import { fill } from "@/lib/i18n/locales";

/** The steps as published (Vietnamese); only "Bước n:" follows the UI language. */
export function ProcedureSteps({ text, stepLabel }: { text: string; stepLabel: string }) {
  const { intro, steps } = splitSteps(text);
  return (
    <>
      {intro && <p lang="vi">{intro}</p>}
      {steps.length > 0 && (
        <ol className="space-y-2">
          {steps.map((step, i) => (
            <li key={i}>
              <span className="font-semibold">{fill(stepLabel, { n: i + 1 })}</span> <span lang="vi">{step}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
