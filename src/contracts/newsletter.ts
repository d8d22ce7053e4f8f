import { z } from "zod";
import { ZLocale, ZUuid } from "./common";

const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f\u2028\u2029]*$/, "must be one line without control characters");

/** An address as typed; the server checks it strictly (no control characters, a deliverable form). */
const ZTypedEmail = z.string().max(320).describe("an email address, e.g. anne.peeters@example.be");
/** A token from an emailed link (256 bits). */
const ZLinkToken = z.string().min(20).max(200);

export const ZSubscribeRequest = z.strictObject({
  email: ZTypedEmail,
  language: ZLocale,
  consent: z.literal(true).describe("the subscriber ticked the consent text (see CONSENT_TEXTS)"),
  website: z.string().max(200).optional().describe("honeypot: leave empty (a filled one is accepted and ignored)"),
});
export type TSubscribeRequest = z.infer<typeof ZSubscribeRequest>;

/** The same fields posted by a plain HTML form (the public page, or a form embedded elsewhere). */
export const ZSubscribeForm = z.object({
  email: ZTypedEmail,
  language: ZLocale,
  consent: z.string().max(10).optional(),
  website: z.string().max(200).optional(),
});

export const ZTokenRequest = z.strictObject({ token: ZLinkToken });
export const ZUnsubscribeQuery = z.object({ token: ZLinkToken.optional() });
export const ZUnsubscribeJson = z.strictObject({ token: ZLinkToken.optional() });
export const ZUnsubscribeForm = z.object({ "List-Unsubscribe": z.string().max(40).optional(), token: ZLinkToken.optional() });

export const ZConfirmResponse = z.object({ status: z.literal("confirmed"), language: ZLocale });
export const ZUnsubscribeResponse = z.object({ outcome: z.enum(["unsubscribed", "already_unsubscribed"]) });

export const ZSubscriberStatus = z.enum(["pending", "confirmed", "unsubscribed"]);
export const ZPreferences = z.object({ email: z.string(), language: ZLocale, status: ZSubscriberStatus });
export const ZLanguageChangeRequest = z.strictObject({ token: ZLinkToken, language: ZLocale });
export const ZLanguageChangeResponse = z.object({ changed: z.boolean() });

const ZIso = z.string();
export const ZSubscriberExport = z.object({
  exportedAt: ZIso,
  subscriber: z.object({
    id: ZUuid,
    email: z.string(),
    language: z.string(),
    status: z.string(),
    createdAt: ZIso,
    confirmedAt: ZIso.nullable(),
    unsubscribedAt: ZIso.nullable(),
    lastConfirmationSentAt: ZIso.nullable(),
  }),
  consents: z.array(z.object({ action: z.string(), consentVersion: z.string(), language: z.string(), at: ZIso, ipHmac: z.string().nullable() })),
  issuesReceived: z.array(z.object({ issueId: ZUuid, subject: z.string().nullable(), language: z.string(), status: z.string(), sentAt: ZIso.nullable() })),
  emailsInOutbox: z.array(z.object({ kind: z.string(), subject: z.string(), status: z.string(), createdAt: ZIso, sentAt: ZIso.nullable() })),
});
export type TSubscriberExport = z.infer<typeof ZSubscriberExport>;

export const ZSubscriberQuery = z.object({
  status: ZSubscriberStatus.optional(),
  language: ZLocale.optional(),
  q: z.string().trim().max(200).regex(/^[^\u0000-\u001f\u007f]*$/, "must not contain control characters").optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const ZSubscriber = z.object({
  id: ZUuid,
  email: z.string(),
  language: ZLocale,
  status: ZSubscriberStatus,
  createdAt: ZIso,
  confirmedAt: ZIso.nullable(),
  unsubscribedAt: ZIso.nullable(),
});
export type TSubscriber = z.infer<typeof ZSubscriber>;
export const ZSubscriberList = z.object({
  total: z.number().int(),
  counts: z.array(z.object({ status: z.string(), language: ZLocale, count: z.number().int() })),
  items: z.array(ZSubscriber),
});
export type TSubscriberList = z.infer<typeof ZSubscriberList>;

export const ZImportSubscribersRequest = z.strictObject({
  subscribers: z
    .array(
      z.strictObject({
        email: ZTypedEmail,
        language: ZLocale,
        consentedAt: z.iso.datetime({ offset: true }),
        source: oneLine(100),
      }),
    )
    .min(1)
    .max(10_000),
});
export const ZImportSubscribersReport = z.object({
  imported: z.number().int(),
  existing: z.number().int(),
  suppressed: z.number().int(),
  rejected: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});

/** Markdown text: any characters but NUL, which PostgreSQL cannot store. */
const ZMarkdown = z.string().max(100_000).regex(/^[^\u0000]*$/, "must not contain NUL characters");
const ZIssueVersion = z.strictObject({ subject: oneLine(200), body: ZMarkdown });
export const ZIssueInput = z.strictObject({
  versions: z
    .strictObject({ nl: ZIssueVersion.optional(), fr: ZIssueVersion.optional(), en: ZIssueVersion.optional() })
    .refine((v) => Boolean(v.nl || v.fr || v.en), "write at least one language version"),
});
export type TIssueInput = z.infer<typeof ZIssueInput>;

export const ZDeliveryStatus = z.enum(["pending", "sending", "sent", "unknown", "failed", "skipped"]);
export type TDeliveryStatusValue = z.infer<typeof ZDeliveryStatus>;
export const ZIssue = z.object({
  id: ZUuid,
  status: z.enum(["draft", "sending", "sent"]),
  createdAt: ZIso,
  updatedAt: ZIso,
  sendStartedAt: ZIso.nullable(),
  sendFinishedAt: ZIso.nullable(),
  versions: z.object({
    nl: z.object({ subject: z.string(), body: z.string() }).optional(),
    fr: z.object({ subject: z.string(), body: z.string() }).optional(),
    en: z.object({ subject: z.string(), body: z.string() }).optional(),
  }),
  progress: z.object({
    total: z.number().int(),
    pending: z.number().int(),
    sending: z.number().int(),
    sent: z.number().int(),
    unknown: z.number().int(),
    failed: z.number().int(),
    skipped: z.number().int(),
  }),
});
export type TIssue = z.infer<typeof ZIssue>;
export const ZIssueList = z.object({ items: z.array(ZIssue) });

export const ZIssuePreviewQuery = z.object({ language: ZLocale });
export const ZIssuePreview = z.object({ subject: z.string(), html: z.string(), text: z.string() });
export type TIssuePreview = z.infer<typeof ZIssuePreview>;
export const ZTestSendRequest = z.strictObject({ email: ZTypedEmail, language: ZLocale });

export const ZDeliveryQuery = z.object({
  status: ZDeliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export const ZDelivery = z.object({
  id: ZUuid,
  email: z.string().nullable(),
  language: ZLocale,
  status: ZDeliveryStatus,
  attempts: z.number().int(),
  sentAt: ZIso.nullable(),
  lastError: z.string().nullable(),
});
export type TDelivery = z.infer<typeof ZDelivery>;
export const ZDeliveryList = z.object({ items: z.array(ZDelivery) });
export const ZResolveDeliveryRequest = z.strictObject({ resolution: z.enum(["delivered", "resend"]) });
