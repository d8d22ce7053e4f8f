import { randomBytes } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import { getConnInfo } from "@hono/node-server/conninfo";
import { bodyLimit } from "hono/body-limit";
import type { TAppContext } from "../app/shared/context";
import { DomainError } from "../domain/shared/errors";
import { mountApiDocs } from "./api-docs";
import { authMiddleware } from "./auth-middleware";
import type { THttpEnv } from "./env";
import { errorResponse, problem, validationProblem } from "./error-map";
import { clientAddress, compileTrustProxy, createMetrics, withRequestId } from "./observability";
import { rateLimitPerIp } from "./rate-limit";
import { refuseControlCharacters } from "./text-guard";
import { authRoutes } from "./routes/auth";
import { healthRoutes } from "./routes/health";
import { insightsRoutes } from "./routes/insights";
import { newsletterRoutes } from "./routes/newsletter";
import { newsletterAdminRoutes } from "./routes/newsletter-admin";
import { organisationRoutes } from "./routes/organisations";
import { invitationRoutes } from "./routes/invitations";
import { tokenRoutes } from "./routes/tokens";
import { scimRoutes } from "./routes/scim";
import { ssoRoutes } from "./routes/sso";
import { peopleRoutes } from "./routes/people";
import { personDataRoutes } from "./routes/person-data";
import { feedbackRoutes } from "./routes/feedback";
import { raterRoutes } from "./routes/rater";
import { assessmentRoutes } from "./routes/assessments";
import { reportRoutes } from "./routes/reports";
import { optimiserRoutes } from "./routes/optimiser";
import { planProposalRoutes } from "./routes/plan-proposals";
import { mentorRoutes } from "./routes/mentors";
import { catalogueRoutes } from "./routes/catalogue";
import { planningSettingsRoutes } from "./routes/planning-settings";
import { mentoringRoutes } from "./routes/mentoring";
import { planRoutes } from "./routes/plans";
import { evaluationRoutes } from "./routes/evaluation";
import { evaluationMeasureRoutes, MEASURE_IMPORT_PATH } from "./routes/evaluation-measures";
import { evaluationExportRoutes } from "./routes/evaluation-exports";
import { jobRoutes } from "./routes/jobs";
import { twoFactorRoutes } from "./routes/two-factor";
import { compressResponses } from "./compression";
import { mountWeb } from "./static-web";

export type THttpOptions = { version: string; webRoot?: string };

function securityHeaders(nonce: string): Record<string, string> {
  return {
    "content-security-policy": [
      "default-src 'self'",
      "script-src 'self'",
      `style-src 'self' 'nonce-${nonce}'`,
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
  };
}

/** Builds the HTTP application: middleware, every route, the OpenAPI document and the web app. */
export function createHttpApp(ctx: TAppContext, options: THttpOptions) {
  const app = new OpenAPIHono<THttpEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.error, result.target);
    },
  });

  const hsts = ctx.config.publicUrl.startsWith("https://");
  const trustProxy = compileTrustProxy(ctx.config.TRUST_PROXY);
  const metrics = createMetrics(ctx);
  app.use("*", withRequestId());
  app.use("*", compressResponses());
  app.use("*", metrics.middleware);
  app.use("*", async (c, next) => {
    const nonce = randomBytes(16).toString("base64");
    c.set("cspNonce", nonce);
    let socketIp = "unknown";
    try {
      socketIp = getConnInfo(c).remote.address ?? "unknown";
    } catch {
      /* not on a Node socket (tests calling app.request) */
    }
    c.set("socketIp", socketIp);
    c.set("clientIp", socketIp === "unknown" ? socketIp : clientAddress(socketIp, c.req.header("x-forwarded-for"), trustProxy));
    await next();
    for (const [name, value] of Object.entries(securityHeaders(nonce))) c.header(name, value);
    // browsers remember to use https only when the site is served over https (a year; its own subdomains too)
    if (hsts) c.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    if (c.req.path.startsWith("/api/")) c.header("cache-control", c.res.headers.get("cache-control") ?? "no-store");
  });
  app.use("/api/*", async (c, next) => {
    if (c.req.path.startsWith("/api/people/import") || c.req.path === MEASURE_IMPORT_PATH) return next();
    return bodyLimit({ maxSize: 1024 * 1024, onError: () => { throw new DomainError("PAYLOAD_TOO_LARGE", "request body too large (max 1 MB)", "body"); } })(c, next);
  });
  app.use("/api/*", authMiddleware(ctx));
  app.use("/api/*", refuseControlCharacters);
  const publicLimit = rateLimitPerIp(ctx, { name: "public-links", limit: 30, windowMs: 15 * 60 * 1000 });
  app.use("/api/auth/password-reset/*", publicLimit);
  app.use("/api/auth/password-reset", publicLimit);
  app.use("/api/auth/invitations/*", publicLimit);
  // a rater link holds 256 bits, so this only slows a flood; it is loose enough for raters behind one NAT
  app.use("/api/rater/session", rateLimitPerIp(ctx, { name: "rater-session", limit: 120, windowMs: 15 * 60 * 1000 }));
  // each start reads the provider's discovery document and stores a pending sign-in: loose enough for a company behind one NAT
  app.use("/api/auth/sso/start", rateLimitPerIp(ctx, { name: "sso-start", limit: 120, windowMs: 15 * 60 * 1000 }));

  app.route("/", healthRoutes(ctx, options.version));
  app.route("/", authRoutes(ctx));
  app.route("/", twoFactorRoutes(ctx));
  app.route("/", organisationRoutes(ctx));
  app.route("/", invitationRoutes(ctx));
  app.route("/", tokenRoutes(ctx));
  app.route("/", ssoRoutes(ctx));
  app.route("/", peopleRoutes(ctx));
  app.route("/", personDataRoutes(ctx));
  app.route("/", feedbackRoutes(ctx));
  app.route("/", raterRoutes(ctx));
  app.route("/", assessmentRoutes(ctx));
  app.route("/", reportRoutes(ctx));
  app.route("/", newsletterRoutes(ctx));
  app.route("/", newsletterAdminRoutes(ctx));
  app.route("/", insightsRoutes(ctx));
  app.route("/", optimiserRoutes(ctx));
  app.route("/", planProposalRoutes(ctx));
  app.route("/", mentorRoutes(ctx));
  app.route("/", catalogueRoutes(ctx));
  app.route("/", planningSettingsRoutes(ctx));
  app.route("/", mentoringRoutes(ctx));
  app.route("/", planRoutes(ctx));
  app.route("/", evaluationRoutes(ctx));
  app.route("/", evaluationMeasureRoutes(ctx));
  app.route("/", evaluationExportRoutes(ctx));
  app.route("/", jobRoutes(ctx));

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Sterk API", version: options.version, description: "Strengths-based, à la carte manager development with measured ROI." },
    security: [{ cookie: [] }, { bearer: [] }],
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.openAPIRegistry.registerComponent("securitySchemes", "cookie", { type: "apiKey", in: "cookie", name: "sterk_session" });
  mountApiDocs(app);

  app.route("/scim/v2", scimRoutes(ctx));
  app.get("/metrics", metrics.handler);
  app.all("/api/*", (c) => problem(c, 404, { title: "Not found", code: "NOT_FOUND", detail: `no route ${c.req.method} ${c.req.path}` }));
  if (options.webRoot) mountWeb(app, options.webRoot);

  app.onError((error, c) => errorResponse(c, error, (e) => ctx.log.error({ err: e, path: c.req.path, requestId: c.get("requestId") }, "unhandled error")));
  return app;
}
