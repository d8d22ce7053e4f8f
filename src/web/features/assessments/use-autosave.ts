import { useCallback, useEffect, useRef, useState } from "react";
import { type TAssessmentProgress, type TInstrument, ZAssessmentProgress } from "../../../contracts/assessments";
import { type ApiError, apiRequest, toApiError } from "../../api/api-client";

export type TSaveStatus = "idle" | "saving" | "saved" | "error";

/**
 * Saves answers shortly after they are given: answers wait `delayMs` for company, then go in one
 * PUT; saves run one at a time, and answers of a failed save are kept for the next try.
 */
export function useAutosave(instrument: TInstrument, delayMs = 600) {
  const pending = useRef(new Map<string, number | null>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<ApiError | null>>(Promise.resolve(null));
  const [status, setStatus] = useState<TSaveStatus>("idle");
  const [error, setError] = useState<ApiError | null>(null);
  const [progress, setProgress] = useState<TAssessmentProgress | null>(null);

  const saveBatch = useCallback(async (): Promise<ApiError | null> => {
    if (pending.current.size === 0) return null;
    const batch = [...pending.current];
    pending.current.clear();
    setStatus("saving");
    try {
      const saved = await apiRequest("PUT", `/api/assessments/${instrument}/answers`, {
        body: { answers: batch.map(([id, score]) => ({ id, score })) },
        schema: ZAssessmentProgress,
      });
      setProgress(saved);
      setError(null);
      setStatus(pending.current.size > 0 ? "saving" : "saved");
      return null;
    } catch (reason) {
      // keep what failed, unless the person changed that answer meanwhile
      for (const [id, score] of batch) if (!pending.current.has(id)) pending.current.set(id, score);
      const failure = toApiError(reason);
      setError(failure);
      setStatus("error");
      return failure;
    }
  }, [instrument]);

  /** Saves everything waiting now; resolves to null when all is saved, else to the error. */
  const flush = useCallback((): Promise<ApiError | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(saveBatch, saveBatch);
    return chain.current;
  }, [saveBatch]);

  /** Queues one answer; the save follows after a short pause. */
  const queue = useCallback(
    (id: string, score: number | null) => {
      pending.current.set(id, score);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (pending.current.size > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      // leaving the page (not the site): save what is waiting
      if (pending.current.size > 0) void flush();
    };
  }, [flush]);

  return { queue, flush, status, error, progress };
}
