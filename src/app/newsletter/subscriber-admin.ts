import {
  countSubscribers,
  findSubscriberByEmail,
  findSuppressions,
  insertConsent,
  insertSubscriber,
  listSubscribers,
  purgeUnconfirmed,
} from "../../db/newsletter-repo";
import { authorise } from "../../domain/policy/index";
import { parseSubscriberEmail, PENDING_RETENTION_DAYS } from "../../domain/newsletter/index";
import type { TLocale } from "../../domain/shared/locale";
import type { TAppContext } from "../shared/context";
import { keyedHash } from "../shared/secrets";
import { linkTokenHashes, newLinkKey, suppressionHash } from "./subscriber-links";
import { asLocale, type TOperatorActor } from "./subscription-state";

/** A page of subscribers for the operator, with counts per status and language. */
export async function listSubscribersForOperator(
  ctx: Pick<TAppContext, "db">,
  actor: TOperatorActor,
  filter: { status?: string; language?: string; q?: string; limit: number; offset: number },
) {
  authorise(actor, "newsletter.manage");
  const [page, counts] = await Promise.all([listSubscribers(ctx.db, filter), countSubscribers(ctx.db)]);
  return {
    total: page.total,
    counts: counts.map((c) => ({ status: c.status, language: asLocale(c.language), count: c.n })),
    items: page.items.map((s) => ({
      id: s.id,
      email: s.email,
      language: asLocale(s.language),
      status: s.status as "pending" | "confirmed" | "unsubscribed",
      createdAt: s.createdAt.toISOString(),
      confirmedAt: s.confirmedAt?.toISOString() ?? null,
      unsubscribedAt: s.unsubscribedAt?.toISOString() ?? null,
    })),
  };
}

export type TImportedSubscriber = { email: string; language: TLocale; consentedAt: string; source: string };

/**
 * Brings over subscribers who gave consent elsewhere (the firm's previous newsletter tool), as
 * confirmed, with their consent logged as an import. Addresses in the suppression list (erased
 * here before) are refused, and existing subscribers are left as they are.
 */
export async function importSubscribers(ctx: Pick<TAppContext, "db" | "now" | "secret">, actor: TOperatorActor, rows: TImportedSubscriber[]) {
  authorise(actor, "newsletter.manage");
  const now = ctx.now();
  const report = { imported: 0, existing: 0, suppressed: 0, rejected: [] as { row: number; field: string; message: string }[] };
  await ctx.db.transaction(async (tx) => {
    const parsed = rows.map((r) => ({ r, email: parseSubscriberEmail(r.email) }));
    const suppressed = await findSuppressions(tx, parsed.flatMap((p) => (p.email.ok ? [suppressionHash(ctx.secret, p.email.value)] : [])));
    for (const [index, { r, email }] of parsed.entries()) {
      if (!email.ok) {
        report.rejected.push({ row: index + 1, field: "email", message: `the email address ${email.reason}` });
        continue;
      }
      if (suppressed.has(suppressionHash(ctx.secret, email.value))) {
        report.suppressed++;
        continue;
      }
      if (await findSubscriberByEmail(tx, email.value)) {
        report.existing++;
        continue;
      }
      const linkKey = newLinkKey();
      const consentedAt = new Date(r.consentedAt);
      const row = await insertSubscriber(tx, {
        email: email.value,
        language: r.language,
        status: "confirmed",
        linkKey,
        ...linkTokenHashes(ctx.secret, linkKey),
        createdAt: now,
        confirmedAt: consentedAt,
        updatedAt: now,
      });
      if (!row) {
        report.existing++;
        continue;
      }
      await insertConsent(tx, { subscriberId: row.id, action: "import", consentVersion: `import:${r.source}`, language: r.language, ipHash: keyedHash(ctx.secret, `import:${actor.userId}`), at: consentedAt });
      report.imported++;
    }
  });
  return report;
}

/** Deletes subscriptions never confirmed within the retention period, with their confirmation emails. */
export async function purgeUnconfirmedSubscribers(ctx: Pick<TAppContext, "db" | "now">): Promise<number> {
  const before = new Date(ctx.now().getTime() - PENDING_RETENTION_DAYS * 24 * 3600_000);
  return purgeUnconfirmed(ctx.db, before);
}
