// Schemas of the feedback (phản ánh, kiến nghị) forms, shared by the forms, actions and commands.
import { z } from "zod";

const text = (missing: string, max: number, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

export const feedbackInputSchema = z.object({
  subject: text("Vui lòng nhập tiêu đề phản ánh, kiến nghị.", 200, "Tiêu đề tối đa 200 ký tự."),
  content: text("Vui lòng nhập nội dung phản ánh, kiến nghị.", 4000, "Nội dung tối đa 4000 ký tự."),
});
export type FeedbackInput = z.input<typeof feedbackInputSchema>;

export const feedbackReplySchema = z.object({
  reply: text("Vui lòng nhập nội dung trả lời.", 4000, "Nội dung trả lời tối đa 4000 ký tự."),
});
export type FeedbackReplyInput = z.input<typeof feedbackReplySchema>;
