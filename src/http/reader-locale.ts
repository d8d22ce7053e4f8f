import type { Context } from "hono";
import { localeFromAcceptLanguage, type TLocale } from "../domain/shared/locale";
import type { THttpEnv } from "./env";

/** The reader's language: the one asked for in the query, else the signed-in user's own, else the browser's. */
export function readerLocale(c: Context<THttpEnv>, asked: TLocale | undefined): TLocale {
  return asked ?? c.get("session")?.user.locale ?? localeFromAcceptLanguage(c.req.header("accept-language"));
}
