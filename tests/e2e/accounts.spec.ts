import { type Browser, expect, type Page, test } from "@playwright/test";
import { chooseLanguage, DEMO_HR, expectAccessible, restoreLanguage, signIn } from "./axe";
import { linkFromMailbox } from "./mailbox-client";

// Issue 12 from the directory: HR invites a person who has no account; the invitation arrives in the
// person's language; they choose a password, land signed in with their person record linked (their own
// questionnaire and plan work); HR sees the account active, then deactivates it and the session ends.
// Then a selection of two: one invitation revoked (its link dies), the other not resendable for 10 minutes
// (the server's limit; the resend itself is covered by the page's unit test and the API's tests).

test.use({ locale: "en-GB", viewport: { width: 1280, height: 900 } });

// Sophie (the demo HR admin) is switched to English here; other specs expect her saved language, French.
test.afterAll(async ({ baseURL }) => restoreLanguage(baseURL as string, DEMO_HR, "fr"));

const RUN = Date.now().toString(36);
const INVITATION_LINK = /https?:\/\/\S+\/invitation#token=[A-Za-z0-9_%-]+/;
const PASSWORD = "a long sentence nobody guesses";

/** What the test SMTP server received for `address` (subject and text), oldest first. */
async function mailsTo(baseURL: string, address: string): Promise<{ subject: string; text: string }[]> {
  const mailbox = `http://127.0.0.1:${Number(new URL(baseURL).port) + 16}/messages`;
  const all = (await (await fetch(mailbox)).json()) as { to: string[]; subject: string; text: string }[];
  return all.filter((m) => m.to.includes(address));
}

/** The directory filtered by account state (the select a person uses), searched for `text`. */
async function showAccounts(page: Page, state: string, text: string) {
  await page.goto("/people");
  await page.getByLabel("Account", { exact: true }).selectOption({ label: state });
  await page.getByRole("searchbox", { name: "Search" }).fill(text);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text)}`));
}

/** The table row of the person named `name`. */
function row(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
}

/** Opens an invitation link in a fresh browser (no session, English browser) and returns its page. */
async function openLink(browser: Browser, link: string) {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}

test("HR invites a person from the directory; they set a password, take the questionnaire, own a plan; HR sees them active", { tag: "@smoke" }, async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const last = `Lefèvre${RUN}`;
  const name = `Camille ${last}`;
  const email = `camille.${RUN}@accounts.example`;

  // HR adds Camille to the directory, in French (the organisation's default is Dutch)
  await signIn(page, DEMO_HR);
  await chooseLanguage(page, "en");
  await page.goto("/people/new");
  await page.getByLabel("First name", { exact: false }).fill("Camille");
  await page.getByLabel("Last name", { exact: false }).fill(last);
  await page.getByLabel("Email", { exact: false }).fill(email);
  await page.getByLabel("Employee number", { exact: false }).fill(`A${RUN}`);
  await page.getByRole("main").getByLabel("Language", { exact: true }).selectOption("fr");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Account" })).toContainText("No account");

  // the directory, filtered on "no account", shows her; she is invited from her row
  await showAccounts(page, "No account", last);
  await expect(row(page, name)).toContainText("No account");
  await expectAccessible(page, "the directory filtered on no account");
  await row(page, name).getByRole("button", { name: `Invite ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: "Invite 1 person" });
  await expect(dialog.getByRole("checkbox", { name: "Manager" })).toBeChecked();
  await expectAccessible(page, "the invitation dialog");
  await dialog.getByRole("button", { name: "Send invitations" }).click();
  await expect(dialog.getByRole("status")).toContainText("1 invited");
  await dialog.getByRole("button", { name: "Close" }).click();
  // invited, she leaves the "no account" list and appears under "invited"
  await expect(row(page, name)).toHaveCount(0);
  await showAccounts(page, "Invited", last);
  await expect(row(page, name)).toContainText("Invited");

  // the invitation arrived over SMTP, in French
  const link = await linkFromMailbox(baseURL as string, email, INVITATION_LINK);
  const [mail] = await mailsTo(baseURL as string, email);
  expect(mail?.subject).toMatch(/^Invitation à Sterk/);
  expect(mail?.text).toContain("vous invite sur Sterk");

  // Camille opens it in her own browser: the page speaks French; she chooses a password and is signed in
  const camille = await openLink(browser, link);
  const invited = camille.page;
  await expect(invited.getByRole("heading", { level: 1, name: "Accepter votre invitation" })).toBeVisible();
  await expect(invited.locator("html")).toHaveAttribute("lang", "fr");
  await expect(invited.getByText(`Bienvenue, ${name}.`, { exact: false })).toBeVisible();
  expect(new URL(invited.url()).hash).toBe("");
  await expectAccessible(invited, "the invitation page");
  await invited.getByLabel("Nouveau mot de passe", { exact: true }).fill(PASSWORD);
  await invited.getByLabel("Confirmez le mot de passe", { exact: true }).fill(PASSWORD);
  await invited.getByRole("button", { name: "Activer le compte" }).click();
  await invited.waitForURL((url) => !url.pathname.startsWith("/invitation"));
  await expect(invited.getByRole("main")).toBeVisible();
  // she switches to English with the page's own switcher; the choice is saved on her account before the next page
  // loads it (the page first shows her saved language, French, so the switch cannot race with it)
  await expect(invited.locator("html")).toHaveAttribute("lang", "fr");
  const saved = invited.waitForResponse((r) => new URL(r.url()).pathname === "/api/me" && r.request().method() === "PATCH");
  await invited.getByRole("banner").getByLabel("Langue", { exact: true }).selectOption("en");
  expect((await saved).status()).toBe(200);
  await expect(invited.locator("html")).toHaveAttribute("lang", "en");

  // her person record is linked: her own questionnaire opens and saves her answers
  await invited.goto("/me/assessments");
  await expect(invited.getByRole("heading", { level: 1, name: "My assessments" })).toBeVisible();
  await expectAccessible(invited, "her assessments");
  await invited.getByRole("link", { name: "Start" }).first().click();
  const statements = invited.getByRole("radiogroup");
  await expect(statements.first()).toBeVisible();
  for (let i = 0; i < 3; i++) await statements.nth(i).getByRole("radio").nth(3).check();
  await expect(invited.getByText("All answers saved")).toBeVisible();
  await expect(invited.getByText("3 of 120 answered")).toBeVisible();
  await expectAccessible(invited, "her strengths questionnaire");

  // she completes her challenge scan (her menu is built from it): every statement "Sometimes", page by page
  await invited.goto("/me/challenge-scan");
  const next = invited.getByRole("button", { name: "Next", exact: true });
  for (;;) {
    await expect(invited.getByRole("radiogroup").first()).toBeVisible();
    // the first statement as a person would, the rest of the page through the same handlers (fast)
    await invited.getByRole("radiogroup").first().getByRole("radio", { name: /^3 · / }).check();
    await invited.locator('input[type=radio][value="3"]').evaluateAll((inputs) => inputs.forEach((input) => (input as HTMLInputElement).click()));
    if (!(await next.isVisible())) break;
    await next.click();
  }
  await invited.getByRole("button", { name: "Finish" }).click();
  await invited.waitForURL((url) => url.pathname === "/me/report");

  // …and she owns a development plan: she picks the first module of her menu, sets a goal and saves the draft
  await invited.goto("/me/plan");
  await expect(invited.getByRole("heading", { level: 1, name: "My development plan" })).toBeVisible();
  await expect(invited.getByText(/not linked to a person/)).toHaveCount(0);
  await invited.getByRole("region", { name: "Your à la carte menu" }).getByRole("checkbox").first().check();
  await invited.getByRole("combobox", { name: /^Challenge/ }).first().selectOption({ index: 1 });
  await invited.getByRole("textbox", { name: /^Goal/ }).first().fill("Hold a monthly one-to-one with each of my team.");
  await invited.getByRole("button", { name: "Save draft" }).click();
  await expect(invited.getByText("Your draft is saved.")).toBeVisible();
  await expectAccessible(invited, "her plan");

  // HR sees her account active
  await showAccounts(page, "Active", last);
  await expect(row(page, name)).toContainText("Active");
  await expectAccessible(page, "the directory filtered on active");

  // HR deactivates her: the confirmation says her sessions end, and they do
  await row(page, name).getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Deactivate", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: `Deactivate ${name}?` });
  await expect(confirm).toContainText("sessions and API tokens end immediately");
  await expectAccessible(page, "the deactivation confirmation");
  await confirm.getByRole("button", { name: "Deactivate and sign out" }).click();
  await expect(page.getByText("The person has been deactivated.")).toBeVisible();
  expect((await invited.request.get("/api/me/plan")).status()).toBe(401);
  await camille.context.close();
});

test("HR invites a selection of two imported people; a fresh invitation says when it can be resent; the other is revoked", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const tag = `Duo${RUN}`;
  const people = [
    { name: `Jonas ${tag}`, email: `jonas.${RUN}@accounts.example`, language: "nl" },
    { name: `Emma ${tag}`, email: `emma.${RUN}@accounts.example`, language: "en" },
  ];
  const csv = [
    "Personeelsnummer;Voornaam;Achternaam;E-mail;Functie;Afdeling;Taal",
    ...people.map((p, i) => `D${RUN}${i};${p.name.split(" ")[0]};${tag};${p.email};Brouwer;Productie;${p.language}`),
  ].join("\r\n");

  await signIn(page, DEMO_HR);
  await chooseLanguage(page, "en");
  await page.goto("/import");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "duo.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Check file", exact: true }).click();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status", { name: "Import complete" })).toContainText("2 rows processed");

  // both selected in the directory and invited together
  await showAccounts(page, "No account", tag);
  for (const person of people) await page.getByRole("checkbox", { name: `Select ${person.name}` }).check();
  await page.getByRole("button", { name: "Invite 2 selected people" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite 2 people" });
  await dialog.getByRole("button", { name: "Send invitations" }).click();
  await expect(dialog.getByRole("status")).toContainText("2 invited");
  await dialog.getByRole("button", { name: "Close" }).click();

  await showAccounts(page, "Invited", tag);
  for (const person of people) await expect(row(page, person.name)).toContainText("Invited");
  const [jonas, emma] = people as [(typeof people)[0], (typeof people)[0]];
  const firstLinks = await Promise.all(people.map((p) => linkFromMailbox(baseURL as string, p.email, INVITATION_LINK)));
  expect((await mailsTo(baseURL as string, jonas.email))[0]?.subject).toMatch(/^Uitnodiging voor Sterk/);

  // resend: the server allows one resend per 10 minutes, so a fresh invitation says from when
  await expect(row(page, jonas.name)).toContainText(/Can be resent from \d{1,2}:\d{2}/);
  await expect(row(page, jonas.name).getByRole("button", { name: `Resend the invitation to ${jonas.name}` })).toHaveCount(0);
  expect(await mailsTo(baseURL as string, jonas.email)).toHaveLength(1);

  // revoke: Emma is back to "no account" and her link no longer opens
  await row(page, emma.name).getByRole("button", { name: `Revoke the invitation of ${emma.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `The invitation of ${emma.name} has been revoked` })).toBeVisible();
  await expectAccessible(page, "the directory after a revoke");
  await showAccounts(page, "No account", tag);
  await expect(row(page, emma.name)).toContainText("No account");

  const revoked = await openLink(browser, firstLinks[1] as string);
  await expect(revoked.page.getByRole("alert")).toBeVisible();
  await expect(revoked.page.getByLabel(/New password|Nouveau mot de passe|Nieuw wachtwoord/)).toHaveCount(0);
  await revoked.context.close();

  // Jonas's link still works, in Dutch
  const pending = await openLink(browser, firstLinks[0] as string);
  await expect(pending.page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(pending.page.getByText(`Welkom, ${jonas.name}.`, { exact: false })).toBeVisible();
  await expectAccessible(pending.page, "the invitation page in Dutch");
  await pending.context.close();
});
