// The nine indicators of the evaluation (TT 01/2018/TT-VPCP Art. 13–14) in English, for the
// citizen's language switch; the Vietnamese wording is the legal one (./rating-indicators-vi.ts).
import type { RatingIndicatorTexts } from "./rating-indicators-vi";

export const ratingIndicatorsEn: RatingIndicatorTexts = {
  TOTAL_TIME: {
    title: "Total processing time",
    question: "Total time taken to handle the procedure, compared with the time set by law",
    labels: { 2: "Early", 1: "On time", 0: "Late" },
  },
  UNIT_TIME: {
    title: "Time of each agency or unit",
    question: "Time taken by each agency or unit involved (including those consulted)",
    labels: { 2: "All early", 1: "On time", 0: "Some agency or unit was late" },
  },
  CONTACTS: {
    title: "Contacts needed",
    question: "How many times you had to contact the reception office to complete the dossier (online included)",
    labels: { 2: "None", 1: "Once", 0: "Twice or more" },
  },
  AGENCIES: {
    title: "Agencies contacted",
    question:
      "How many other agencies, units or organisations you had to contact to complete the dossier (online included)",
    labels: { 2: "No other agency or unit", 1: "One other agency or unit", 0: "Two or more other agencies or units" },
  },
  ONE_STOP: {
    title: "Handled at the one-stop office",
    question: "Reception, processing and return of the result took place at the one-stop office",
    labels: {
      2: "Entirely at the one-stop office",
      1: "Partly at the one-stop office",
      0: "Not at the one-stop office",
    },
  },
  PUBLICITY: {
    title: "Publication of the procedure",
    question: "Publication of the procedure (documents required, processing time, fees and charges…)",
    labels: { 2: "Complete and easy to find", 1: "Published but incomplete", 0: "Not published" },
  },
  ATTITUDE: {
    title: "Officers' attitude",
    question: "Attitude of the officers when guiding you, receiving the dossier and handling the procedure",
    labels: { 2: "Polite, helpful and attentive", 1: "Not helpful or attentive enough", 0: "Troublesome or harassing" },
  },
  FEEDBACK: {
    title: "Handling of feedback and complaints",
    question: "How feedback and complaints from organisations and individuals were received and answered",
    labels: { 2: "No feedback, or all answered", 1: "Partly answered", 0: "Not received or answered" },
  },
  ONLINE: {
    title: "Online public service",
    question: "Progress and quality of the competent agency's online public service",
    labels: { 2: "Fully online", 1: "Partly online", 0: "No online service" },
  },
};
