import { useCallback, useState } from "react";
import { type ApiError, toApiError } from "./api-client";

/** Runs one form submission at a time: `busy` while it runs, `error` when it failed (else cleared). */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (reason) {
      setError(toApiError(reason));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
