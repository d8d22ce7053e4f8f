import { updateUser } from "../../db/auth-repo";
import type { TLocale } from "../../domain/shared/locale";
import type { TAppContext } from "../shared/context";

/** Remembers the user's language. */
export async function updateMe(ctx: Pick<TAppContext, "db">, userId: string, input: { locale: TLocale }) {
  await updateUser(ctx.db, userId, { locale: input.locale });
}
