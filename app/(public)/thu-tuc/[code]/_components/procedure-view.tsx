import { durationText } from "@/lib/procedures/labels";
import { fill } from "@/lib/i18n/locales";
import type { Dictionary } from "@/lib/i18n";
import type { ProcedureDetail } from "@/lib/procedures/queries";
import { catalogueHref, CATALOGUE_PATH } from "@/lib/procedures/search-params";
import { formatVnd } from "@/components/ui/format";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { SignInButton } from "@/components/auth/sign-in-button";
import { StartDossierForm } from "./start-dossier-form";
import { DocumentComponents } from "./document-components";
import { ProcedureSteps } from "./procedure-steps";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-4 sm:gap-4">
      <dt className="font-semibold text-gray-700">{label}</dt>
      <dd className="sm:col-span-3 whitespace-pre-line">{children}</dd>
    </div>
  );
}

/**
 * A procedure for a language: the same markup per request (signed in: the form to apply) and
 * prerendered for visitors without a session (app/(static): the sign-in button).
 */
export function ProcedureView({
  dictionary,
  procedure,
  signedIn,
}: {
  dictionary: Dictionary;
  procedure: ProcedureDetail;
  signedIn: boolean;
}) {
  const t = dictionary.procedure;
  const labels = dictionary.labels;

  return (
    <article className="space-y-6">
      <Breadcrumb
        items={[
          { href: "/", label: dictionary.common.home },
          { href: CATALOGUE_PATH, label: dictionary.catalogue.title },
          { href: catalogueHref({ q: "", field: procedure.field.code, page: 1 }), label: procedure.field.name },
        ]}
        current={procedure.name}
        label={dictionary.common.breadcrumb}
      />
      <header>
        <p className="text-sm text-gray-600">
          {fill(t.codeAndField, { code: procedure.code, field: procedure.field.name })}
        </p>
        <h1 className="text-2xl font-semibold" lang="vi">
          {procedure.name}
        </h1>
        <p className="mt-2 flex flex-wrap gap-2 text-sm">
          <span className="rounded-full bg-gray-200 px-3 py-1">{labels.authority[procedure.authorityLevel]}</span>
          <span className="rounded-full bg-brand-50 px-3 py-1 text-blue-900">
            {fill(t.onlineService, { level: labels.serviceLevel[procedure.serviceLevel].toLowerCase() })}
          </span>
        </p>
      </header>

      <section aria-labelledby="nop" className="rounded bg-white p-4 shadow-sm">
        <h2 id="nop" className="text-lg font-semibold mb-2">
          {t.applyTitle}
        </h2>
        {signedIn ? (
          <StartDossierForm
            procedureCode={procedure.code}
            agencies={procedure.agencies.map((a) => a.agency)}
            t={{
              agencyLabel: t.agencyLabel,
              chooseAgency: t.chooseAgency,
              apply: t.apply,
              errorSummary: dictionary.wizard.errorSummary,
            }}
          />
        ) : (
          <div className="space-y-2">
            <p>{t.signInToApply}</p>
            <SignInButton callbackUrl={`/thu-tuc/${procedure.code}`} label={dictionary.signIn.button} />
          </div>
        )}
      </section>

      <dl className="divide-y rounded bg-white px-4 shadow-sm">
        {/* The values are the catalogue as published (Vietnamese); only the labels follow the UI language. */}
        <Row label={t.field}>
          <span lang="vi">{procedure.field.name}</span>
        </Row>
        <Row label={t.level}>{labels.authority[procedure.authorityLevel]}</Row>
        <Row label={t.serviceLevel}>
          <strong>{labels.serviceLevel[procedure.serviceLevel]}</strong>:{" "}
          {labels.serviceDescription[procedure.serviceLevel]}
        </Row>
        <Row label={t.steps}>
          <ProcedureSteps text={procedure.steps} stepLabel={t.step} />
        </Row>
        <Row label={t.method}>
          <span lang="vi">{procedure.method}</span>
          {procedure.requiresPersonalPresence && <p className="mt-1 font-semibold">{t.inPerson}</p>}
        </Row>
        <Row label={t.deadline}>
          <ul>
            {procedure.timings.map((m) => (
              <li key={m.channel}>
                {labels.channel[m.channel]}: {durationText(labels, m.amount, m.unit)}
                {m.description && <span lang="vi"> — {m.description}</span>}
              </li>
            ))}
          </ul>
        </Row>
        <Row label={t.fees}>
          {procedure.fees.length === 0 ? (
            dictionary.common.none
          ) : (
            <ul>
              {procedure.fees.map((f, i) => (
                <li key={i}>
                  {labels.feeKind[f.kind]}: {f.amountVnd === 0 ? t.free : formatVnd(f.amountVnd)} —{" "}
                  <span lang="vi">{f.description}</span>
                </li>
              ))}
            </ul>
          )}
          {procedure.paymentBeforeProcessing && <p className="mt-1">{t.payFirst}</p>}
        </Row>
        <Row label={t.applicants}>
          <span lang="vi">{procedure.applicants}</span>
        </Row>
        <Row label={t.conditions}>
          {procedure.conditions ? <span lang="vi">{procedure.conditions}</span> : dictionary.common.none}
        </Row>
        <Row label={t.result}>
          <span lang="vi">{procedure.result}</span>
        </Row>
        <Row label={t.legalBasis}>
          <span lang="vi">{procedure.legalBasis}</span>
        </Row>
        <Row label={t.agencies}>
          <ul lang="vi">
            {procedure.agencies.map((a) => (
              <li key={a.agency.id}>{a.agency.name}</li>
            ))}
          </ul>
        </Row>
      </dl>

      <section aria-labelledby="thanh-phan" className="rounded bg-white p-4 shadow-sm">
        <h2 id="thanh-phan" className="text-lg font-semibold mb-2">
          {t.components}
        </h2>
        <DocumentComponents
          components={procedure.components}
          t={t}
          labels={labels}
          yesNo={[dictionary.common.yes, dictionary.common.no]}
        />
      </section>
    </article>
  );
}
