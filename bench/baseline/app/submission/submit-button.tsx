"use client";
import { submitBaselineAction } from "./actions";

export function SubmitButton({ id }: { id: string }) {
  return <button onClick={() => void submitBaselineAction(id)}>Nộp</button>;
}
