import type { Dictionary } from "@/lib/i18n";
import type { CatalogueFilterOptions } from "@/lib/procedures/search";
import {
  catalogueHref,
  CATALOGUE_PATH,
  LEVEL_PARAM,
  MAX_QUERY_LENGTH,
  SERVICE_PARAM,
  type CatalogueQuery,
} from "@/lib/procedures/search-params";

const LEVELS = ["PROVINCE", "COMMUNE"] as const;
const SERVICE_LEVELS = ["FULL_ONLINE", "PARTIAL_ONLINE"] as const;

function Select({
  name,
  label,
  value,
  children,
}: {
  name: string;
  label: string;
  value?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`loc-${name}`} className="text-sm font-semibold text-gray-700">
        {label}
      </label>
      <select
        id={`loc-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="w-full rounded border bg-white px-3 py-2"
      >
        {children}
      </select>
    </div>
  );
}

/**
 * A plain GET form: it works without client JavaScript and its URL can be shared. The key
 * remounts it after a client-side navigation (the router refreshing the page), since
 * `defaultValue` alone would keep the old choices on screen.
 */
export function CatalogueFilters({
  query,
  options,
  t,
  labels,
}: {
  query: CatalogueQuery;
  options: CatalogueFilterOptions;
  t: Dictionary["catalogue"];
  labels: Dictionary["labels"];
}) {
  return (
    <form
      key={catalogueHref(query)}
      method="get"
      action={CATALOGUE_PATH}
      role="search"
      aria-label={t.filtersLabel}
      className="space-y-3 rounded bg-white p-4 shadow-sm"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="q" className="text-sm font-semibold text-gray-700">
          {t.queryLabel}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t.queryPlaceholder}
          className="rounded border px-3 py-2"
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select name="linh-vuc" label={t.field} value={query.field}>
          <option value="">{t.allFields}</option>
          {options.fields.map((f) => (
            <option key={f.code} value={f.code}>
              {f.name}
            </option>
          ))}
        </Select>
        <Select name="co-quan" label={t.agency} value={query.agency}>
          <option value="">{t.allAgencies}</option>
          {LEVELS.map((level) => (
            <optgroup key={level} label={labels.authority[level]}>
              {options.agencies
                .filter((a) => a.level === level)
                .map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
        <Select name="cap" label={t.level} value={query.level && LEVEL_PARAM[query.level]}>
          <option value="">{t.allLevels}</option>
          {LEVELS.map((level) => (
            <option key={level} value={LEVEL_PARAM[level]}>
              {labels.authority[level]}
            </option>
          ))}
        </Select>
        <Select name="muc-do" label={t.service} value={query.service && SERVICE_PARAM[query.service]}>
          <option value="">{t.allServices}</option>
          {SERVICE_LEVELS.map((s) => (
            <option key={s} value={SERVICE_PARAM[s]}>
              {labels.serviceLevel[s]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-white font-semibold">
          {t.search}
        </button>
        <a href={CATALOGUE_PATH}>{t.clearFilters}</a>
      </div>
    </form>
  );
}
