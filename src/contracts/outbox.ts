import { z } from "zod";
import { ZUuid } from "./common";

export const ZOutboxMessage = z.object({
  id: ZUuid,
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(["pending", "sent", "failed"]),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type TOutboxMessage = z.infer<typeof ZOutboxMessage>;
export const ZOutboxList = z.object({ items: z.array(ZOutboxMessage) });
