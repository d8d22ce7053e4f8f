import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";

/** Reads `?token=` from an emailed link once, then drops it from the address bar and history. */
export function useLinkToken(): string {
  const [params, setParams] = useSearchParams();
  const [token] = useState(() => params.get("token") ?? "");
  useEffect(() => {
    if (params.has("token")) setParams({}, { replace: true });
  }, [params, setParams]);
  return token;
}
