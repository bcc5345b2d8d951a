import { connection } from "next/server";
import { SubmitButton } from "./submit-button";

// The page the baseline's submit action is posted to (its id comes from the build's manifest).
export default async function SubmissionPage({ searchParams }: { searchParams: Promise<{ id?: string }> }) {
  await connection();
  const { id } = await searchParams;
  return (
    <main>
      <h1>Nộp hồ sơ</h1>
      {id && <SubmitButton id={id} />}
    </main>
  );
}
