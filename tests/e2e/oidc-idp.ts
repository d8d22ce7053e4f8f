// The test OpenID provider for the browser tests (oidc-provider on 127.0.0.1): its login page asks
// for an email address and signs that address in, verified. Run by Playwright as another web server;
// the SSO spec configures the demo organisation against it.
import { startOidcTestProvider } from "../../src/test-support/oidc-test-provider";

const port = Number(process.env.OIDC_IDP_PORT ?? 3227);
const redirectUri = process.env.OIDC_REDIRECT_URI ?? "http://127.0.0.1:3210/api/auth/sso/callback";

const idp = await startOidcTestProvider({
  port,
  name: "Test identity provider",
  clients: [{ clientId: "sterk-e2e", clientSecret: "sterk-e2e-client-secret", redirectUris: [redirectUri] }],
});
console.log(`test OpenID provider at ${idp.issuer}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void idp.close().then(() => process.exit(0)));
