/** Where the web app lands after a sign-in when no (acceptable) return path was given. */
export const DEFAULT_RETURN_PATH = "/";

/**
 * A return path that can only lead within Sterk: an absolute path on the same origin ("/plans?x=1"),
 * never a scheme, a host ("//evil.test", "/\\evil.test"), control characters or the API itself.
 * Anything else becomes the default.
 */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 512) return DEFAULT_RETURN_PATH;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return DEFAULT_RETURN_PATH;
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return DEFAULT_RETURN_PATH;
  if (/^\/api(\/|$|\?|#)/i.test(candidate)) return DEFAULT_RETURN_PATH;
  return candidate;
}
