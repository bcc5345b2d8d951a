// Splits "trình tự thực hiện" into its steps. The catalogue writes each step as a line
// starting "Bước 1:", "Bước 2." …; a step may run on over several lines. Safe for the browser.

const STEP_START = /^\s*Bước\s+\d+\s*[:.]\s*/iu;

export type ProcedureSteps = { intro: string; steps: string[] };

/** Text before the first "Bước N" line is the intro; without any such line it is all intro. */
export function splitSteps(text: string): ProcedureSteps {
  const intro: string[] = [];
  const steps: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (STEP_START.test(line)) steps.push([line.replace(STEP_START, "")]);
    else if (steps.length > 0) steps[steps.length - 1].push(line);
    else intro.push(line);
  }
  return { intro: intro.join("\n").trim(), steps: steps.map((s) => s.join("\n").trim()).filter(Boolean) };
}
