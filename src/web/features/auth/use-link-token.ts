import { useEffect, useState } from "react";

/** The token of an emailed link: in the fragment (`#token=…`, never sent to a server) or, for old links, `?token=`. */
export function readLinkToken(location: Pick<Location, "hash" | "search">): string {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, "")).get("token");
  return fromHash ?? new URLSearchParams(location.search).get("token") ?? "";
}

/** Reads the emailed link's token once, then drops it from the address bar and history. */
export function useLinkToken(): string {
  const [token] = useState(() => readLinkToken(window.location));
  useEffect(() => {
    if (window.location.hash || window.location.search) {
      window.history.replaceState(window.history.state, "", window.location.pathname);
    }
  }, []);
  return token;
}
