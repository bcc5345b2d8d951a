"use client";
import { lazy, Suspense, type ComponentType } from "react";

// The dossier page serves many states (each wizard step, a submitted dossier, a result to
// rate). Each interactive part is its own chunk, fetched only when the page shows it, so a
// phone downloads the code of the step in front of it and not of all the others. React.lazy
// rather than next/dynamic: the same split (next/dynamic wraps React.lazy too) without its
// ~1.5 kB gzipped of loader code, which the e-form steps cannot spare under the 150 kB budget.
// The server still renders each part in full, so the page reads the same before it hydrates.
function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Part = lazy(() => load().then((component) => ({ default: component })));
  function LazyPart(props: P) {
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <Part {...props} />
      </Suspense>
    );
  }
  return LazyPart;
}

export const LazyComponentUploads = lazyPart(() => import("./component-uploads").then((m) => m.ComponentUploads));
export const LazySectionStep = lazyPart(() => import("./section-step").then((m) => m.SectionStep));
export const LazyDeliveryStep = lazyPart(() => import("./delivery-step").then((m) => m.DeliveryStep));
export const LazySubmitButton = lazyPart(() => import("./submit-button").then((m) => m.SubmitButton));
export const LazySupplementAnswer = lazyPart(() => import("./supplement-answer").then((m) => m.SupplementAnswer));
export const LazyWithdrawForm = lazyPart(() => import("./withdraw-form").then((m) => m.WithdrawForm));
export const LazyRatingForm = lazyPart(() => import("./rating-form").then((m) => m.RatingForm));
export const LazyFeedbackForm = lazyPart(() => import("./feedback-form").then((m) => m.FeedbackForm));
