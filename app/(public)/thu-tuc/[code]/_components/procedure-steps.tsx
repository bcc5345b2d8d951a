import { splitSteps } from "@/lib/procedures/steps";

export function ProcedureSteps({ text }: { text: string }) {
  const { intro, steps } = splitSteps(text);
  return (
    <>
      {intro && <p>{intro}</p>}
      {steps.length > 0 && (
        <ol className="space-y-2">
          {steps.map((step, i) => (
            <li key={i}><span className="font-semibold">Bước {i + 1}:</span> {step}</li>
          ))}
        </ol>
      )}
    </>
  );
}
