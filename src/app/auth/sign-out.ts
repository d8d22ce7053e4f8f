import { deleteSession } from "../../db/auth-repo";
import { hashSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

/** Ends the session; the cookie's token no longer works anywhere. */
export async function signOut(ctx: Pick<TAppContext, "db">, token: string): Promise<void> {
  await deleteSession(ctx.db, hashSecret(token));
}
