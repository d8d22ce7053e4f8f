import { useEffect } from "react";

/** Sets the document title to "<page> · Sterk", so each page is announced and tabs are told apart. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Sterk`;
  }, [title]);
}
