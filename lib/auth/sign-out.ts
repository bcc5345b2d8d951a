"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

// Signing out is forgetting the session cookie (a JWT, chunked when large): no client library
// needed, so every page keeps that JavaScript off the phone.
export async function signOutAction() {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name)) jar.delete(name);
  }
  redirect("/");
}
