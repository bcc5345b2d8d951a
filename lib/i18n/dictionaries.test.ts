import { describe, expect, expectTypeOf, it } from "vitest";
import { checkAnswer } from "../forms/rules";
import type { FormField } from "../forms/definition";
import { en } from "./en";
import { vi } from "./vi";
import { asLocale, fill, translateMessage } from "./locales";
import { profileFieldErrors, profileInputSchema } from "../profile/schemas";
import { WORKFLOW_ACTIONS } from "../dossiers/workflow";
import type { CatalogueNote } from "../procedures/search-params";

// The type (en: Dictionary) already refuses a missing or extra key; this checks the same at run
// time, and that each English string keeps the placeholders of its Vietnamese original.
type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the dictionaries", () => {
  const viLeaves = leaves(vi as unknown as Tree);
  const enLeaves = leaves(en as unknown as Tree);

  it("have exactly the same keys", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
    expect(viLeaves.size).toBeGreaterThan(200);
  });

  it("have no empty string and the same placeholders in both languages", () => {
    for (const [key, text] of viLeaves) {
      const english = enLeaves.get(key) ?? "";
      expect(text.trim(), key).not.toBe("");
      expect(english.trim(), key).not.toBe("");
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it("really are two languages: the chrome differs", () => {
    expect(en.common.navMyDossiers).toBe("My dossiers");
    expect(vi.common.navMyDossiers).toBe("Hồ sơ của tôi");
  });
});

describe("the domain's labels", () => {
  // lib/i18n imports no feature, so the lists it words are checked against the domain here.
  it("name every step of the transition table and every note of the catalogue search", () => {
    expect(Object.keys(vi.labels.actions).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
    expectTypeOf(vi.catalogue.notes).toEqualTypeOf<Record<CatalogueNote, string>>();
  });
});

describe("fill and asLocale", () => {
  it("fills every placeholder and leaves unknown ones visible", () => {
    expect(fill("Bước {n}/{count}: {title}", { n: 2, count: 5, title: "Tờ khai" })).toBe("Bước 2/5: Tờ khai");
    expect(fill("Tối đa {max} ký tự, {x}", { max: 20 })).toBe("Tối đa 20 ký tự, {x}");
  });

  it.each([
    ["vi", "vi"],
    ["en", "en"],
    ["fr", null],
    ["", null],
    [undefined, null],
    [["en"], null],
  ])("reads %j as %j", (value, expected) => {
    expect(asLocale(value)).toBe(expected);
  });
});

describe("translateMessage", () => {
  it("words a schema's Vietnamese message in English, and leaves an unknown one alone", () => {
    const r = profileInputSchema.safeParse({
      contactPhone: "12345",
      contactEmail: null,
      notifyByEmail: true,
      notifyBySms: false,
      language: "vi",
    });
    const message = profileFieldErrors(r.error!).contactPhone!;
    expect(translateMessage(message, vi.profile.form.errors, en.profile.form.errors)).toBe(
      en.profile.form.errors.phone,
    );
    expect(translateMessage("Lỗi khác", vi.profile.form.errors, en.profile.form.errors)).toBe("Lỗi khác");
  });
});

describe("the e-form rules in English", () => {
  const field: FormField = { name: "id", label: "Số định danh", type: "personalId", required: true, maxLength: 20 };
  it.each([
    ["", en.formMessages.required],
    ["123", en.formMessages.personalId],
    ["1".repeat(21), "At most 20 characters."],
    ["072090000001", null],
  ])("%j gets the same rule's English message", (value, message) => {
    expect(checkAnswer(field, value, en.formMessages)).toBe(message);
    // The same rule fires in Vietnamese (the server's language): only the wording differs.
    expect(checkAnswer(field, value) === null).toBe(message === null);
  });
});
