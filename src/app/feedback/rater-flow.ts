import { MAX_COMMENT_LENGTH, type TNomineeGroup, type TQuestionnaire, type TRaterAnswersInput } from "../../contracts/feedback";
import { findRaterBySession, findRaterByTokenHash, findResponse, insertRaterSession, upsertResponse, type TRaterContext } from "../../db/feedback-repo";
import { CANNOT_JUDGE_LABEL, challengeScanStatements, FREQUENCY_LABELS } from "../../domain/assessment/index";
import { DomainError, invalid } from "../../domain/shared/errors";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import type { TAppContext } from "../shared/context";
import { hashSecret, newSecret } from "../shared/secrets";
import { loadThresholds } from "./anonymity-settings";
import { effectiveStatus } from "./campaign-rules";

type TCtx = Pick<TAppContext, "db" | "now">;

/** One answer for every way a link or cookie can fail (unknown, expired, closed, cancelled), so none is revealed. */
export function invalidRaterLink(): DomainError {
  return new DomainError("INVALID_TOKEN", "this feedback link is unknown, expired or no longer open");
}

function isOpen(row: TRaterContext, now: Date): boolean {
  return effectiveStatus(row.campaign, now) === "open" && row.rater.invitedAt !== null;
}

/**
 * Swaps an emailed link's token for a rater cookie (valid until the campaign closes): the token is
 * looked up by its SHA-256 and the cookie's token is stored the same way.
 */
export async function startRaterSession(ctx: TCtx, linkToken: string): Promise<{ cookieToken: string; expiresAt: Date }> {
  const row = linkToken ? await findRaterByTokenHash(ctx.db, hashSecret(linkToken)) : undefined;
  const now = ctx.now();
  if (!row || !isOpen(row, now)) throw invalidRaterLink();
  const cookieToken = newSecret();
  await insertRaterSession(ctx.db, {
    tokenHash: hashSecret(cookieToken),
    organisationId: row.rater.organisationId,
    raterId: row.rater.id,
    expiresAt: row.campaign.closesAt,
  });
  return { cookieToken, expiresAt: row.campaign.closesAt };
}

/** The rater behind a cookie, while their campaign is open. */
export async function resolveRater(ctx: TCtx, cookieToken: string | undefined): Promise<TRaterContext> {
  const now = ctx.now();
  const row = cookieToken ? await findRaterBySession(ctx.db, hashSecret(cookieToken), now) : undefined;
  if (!row || !isOpen(row, now)) throw invalidRaterLink();
  return row;
}

/** The rater form of the challenge scan (the statement ids are the same in every language). */
function raterStatements(locale: TLocale) {
  return challengeScanStatements(locale, ["rater"]);
}
const RATER_STATEMENT_IDS: ReadonlySet<string> = new Set(raterStatements("en").map((s) => s.id));

/** The questionnaire for the rater: whom it is about, their group, the statements and what they saved. */
export async function getQuestionnaire(ctx: TCtx, cookieToken: string | undefined, lang?: string): Promise<TQuestionnaire> {
  const row = await resolveRater(ctx, cookieToken);
  const locale: TLocale = isLocale(lang) ? lang : isLocale(row.rater.language) ? row.rater.language : "nl";
  const response = await findResponse(ctx.db, row.rater.organisationId, row.rater.id);
  const thresholds = await loadThresholds(ctx, row.rater.organisationId);
  return {
    subject: { firstName: row.subjectFirstName, lastName: row.subjectLastName },
    group: row.rater.group as TNomineeGroup,
    closesAt: row.campaign.closesAt.toISOString(),
    language: locale,
    groupMinimum: Math.min(thresholds.peer, thresholds.directReport, thresholds.other),
    statements: raterStatements(locale).map((s) => ({ id: s.id, challengeId: s.challengeId, text: s.text })),
    scale: FREQUENCY_LABELS[locale].map((label, index) => ({ value: index + 1, label })),
    cannotJudge: CANNOT_JUDGE_LABEL[locale],
    answers: (response?.answers ?? {}) as Record<string, number | null>,
    comments: (response?.comments ?? []) as { itemId?: string; text: string }[],
    submittedAt: response?.submittedAt?.toISOString() ?? null,
  };
}

// PostgreSQL's jsonb refuses NUL and lone surrogates; they carry no meaning in a comment.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Checks answers (known statements, 1–5 or null, each once) and comments (plain text, trimmed, bounded). */
export function checkRaterAnswers(input: TRaterAnswersInput) {
  const answers: Record<string, number | null> = {};
  input.answers.forEach((answer, index) => {
    if (!RATER_STATEMENT_IDS.has(answer.id)) throw invalid(`answers[${index}].id`, "unknown statement");
    if (answer.id in answers) throw invalid(`answers[${index}].id`, "this statement is answered twice");
    const value = answer.value;
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > 5)) {
      throw invalid(`answers[${index}].value`, "an answer is 1 to 5, or null for \"can't judge\"");
    }
    answers[answer.id] = value;
  });
  const comments: { itemId?: string; text: string }[] = [];
  const commented = new Set<string>();
  input.comments.forEach((comment, index) => {
    const text = comment.text.replace(UNSTORABLE, "").trim();
    if (text.length > MAX_COMMENT_LENGTH) throw invalid(`comments[${index}].text`, `a comment has at most ${MAX_COMMENT_LENGTH} characters`);
    if (comment.itemId !== undefined && !RATER_STATEMENT_IDS.has(comment.itemId)) throw invalid(`comments[${index}].itemId`, "unknown statement");
    const key = comment.itemId ?? "";
    if (commented.has(key)) throw invalid(`comments[${index}].itemId`, "one comment per statement, and one overall");
    commented.add(key);
    if (text) comments.push(comment.itemId === undefined ? { text } : { itemId: comment.itemId, text });
  });
  return { answers, comments };
}

/**
 * Saves the rater's answers in their single response row: an autosave (`submit` false) keeps the
 * row's submitted state; a submit marks it submitted. Until the close, either may change it again.
 */
export async function saveRaterAnswers(ctx: TCtx, cookieToken: string | undefined, input: TRaterAnswersInput, submit: boolean) {
  const row = await resolveRater(ctx, cookieToken);
  const checked = checkRaterAnswers(input);
  const saved = await upsertResponse(
    ctx.db,
    row.rater.organisationId,
    { raterId: row.rater.id, campaignId: row.campaign.id, ...checked },
    ctx.now(),
    submit,
  );
  return { savedAt: saved.updatedAt.toISOString(), submittedAt: saved.submittedAt?.toISOString() ?? null };
}
