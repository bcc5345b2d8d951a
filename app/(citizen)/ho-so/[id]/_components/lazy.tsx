"use client";
import dynamic from "next/dynamic";

// The dossier page serves many states (each wizard step, a submitted dossier, a result to
// rate). Each interactive part is its own chunk, fetched only when the page shows it, so a
// phone downloads the code of the step in front of it and not of all the others.
const loading = () => <p role="status">Đang tải…</p>;

export const LazyComponentUploads = dynamic(() => import("./component-uploads").then((m) => m.ComponentUploads), { loading });
export const LazySectionStep = dynamic(() => import("./section-step").then((m) => m.SectionStep), { loading });
export const LazyDeliveryStep = dynamic(() => import("./delivery-step").then((m) => m.DeliveryStep), { loading });
export const LazySubmitButton = dynamic(() => import("./submit-button").then((m) => m.SubmitButton), { loading });
export const LazySupplementAnswer = dynamic(() => import("./supplement-answer").then((m) => m.SupplementAnswer), { loading });
export const LazyWithdrawForm = dynamic(() => import("./withdraw-form").then((m) => m.WithdrawForm), { loading });
export const LazyRatingForm = dynamic(() => import("./rating-form").then((m) => m.RatingForm), { loading });
export const LazyFeedbackForm = dynamic(() => import("./feedback-form").then((m) => m.FeedbackForm), { loading });
