import { useCallback, useEffect, useState } from "react";
import type { z } from "zod";
import { type ApiError, api, toApiError } from "./api-client";

export type TResource<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
};

/** Loads `path` (null: nothing to load) and reloads when the path changes or `reload` is called. */
export function useResource<T>(path: string | null, schema: z.ZodType<T>): TResource<T> {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({
    loading: path !== null,
  });

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    api.get(path, { schema, signal: controller.signal }).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ error: toApiError(error), loading: false });
      },
    );
    return () => controller.abort();
    // the schema is a module constant: reloading on its identity would only add needless requests
  }, [path, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
