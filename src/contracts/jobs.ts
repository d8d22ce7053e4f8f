import { z } from "zod";
import { ZUuid } from "./common";

const ZJobStatus = z.enum(["pending", "running", "done", "failed"]);

export const ZJobQueue = z.object({
  queue: z.string(),
  pending: z.number().int(),
  running: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
});

export const ZJobSummary = z.object({
  id: ZUuid,
  queue: z.string(),
  status: ZJobStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
});

/** The jobs page: queue depth, recent failures and each queue's last run (the operator: every job; HR: their organisation's). */
export const ZJobOverview = z.object({
  scope: z.enum(["instance", "organisation"]),
  queues: z.array(ZJobQueue),
  failures: z.array(ZJobSummary),
  lastRuns: z.array(ZJobSummary),
});
export type TJobOverview = z.infer<typeof ZJobOverview>;
