import { type Browser, expect, type Page, test } from "@playwright/test";
import { chooseLanguage, DEMO_HR, expectAccessible, restoreLanguage, signIn } from "./axe";
import { linkFromMailbox } from "./mailbox-client";

const SUBJECT = "pieter.janssens@brouwerij-demo.be";
const PEERS = [
  { name: "Marc Lambert", email: "marc.lambert@brouwerij-demo.be" },
  { name: "James Wilson", email: "james.wilson@brouwerij-demo.be" },
  { name: "An Peeters", email: "an.peeters@brouwerij-demo.be" },
];
const DIRECT_REPORT = { name: "Koen Willems", email: "koen.willems@brouwerij-demo.be" };
const PEER_COMMENT = "Pieter keeps the brewing schedule steady even when sales push hard.";
const HIDDEN_COMMENT = "Only-my-group-would-know-this remark from a direct report.";

// These tests switch the demo HR admin to English; other specs expect her saved language, French.
test.afterAll(async ({ baseURL }) => restoreLanguage(baseURL as string, DEMO_HR, "fr"));

/** The newest rater link the real SMTP server received for `address` (the outbox page never shows it). */
function raterLink(baseURL: string, address: string): Promise<string> {
  return linkFromMailbox(baseURL, address, /https?:\/\/\S+\/rate#token=[A-Za-z0-9_-]+/);
}

async function pickPerson(page: Page, label: string, name: string) {
  const picker = page.getByRole("combobox", { name: label, exact: true });
  await picker.fill(name.split(" ").at(-1) ?? name);
  await page.getByRole("option", { name }).click();
}

async function nominate(page: Page, group: string, name: string) {
  await page.getByLabel("Group", { exact: true }).selectOption({ label: group });
  await page.getByRole("radio", { name: "Someone from the directory" }).check();
  await pickPerson(page, "Person", name);
  await page.getByRole("button", { name: "Nominate", exact: true }).click();
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();
}

/** A rater opens their emailed link in a fresh browser, answers every statement and submits. */
async function answerAsRater(browser: Browser, link: string, options: { value: string; comment?: string; check?: boolean }) {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: /Pieter Janssens/ })).toBeVisible();
  expect(new URL(page.url()).hash).toBe("");
  // the page opens in the rater's own language (Marc Lambert's is French); the switcher changes it
  await chooseLanguage(page, "en");
  await expect(page.getByRole("radio", { name: "Often", exact: true }).first()).toBeVisible();
  const groups = page.getByRole("radiogroup");
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(58);
  // the first two by role and name, as a person would; the rest with plain clicks through the same handlers (fast)
  for (let i = 0; i < 2; i++) await groups.nth(i).getByRole("radio", { name: options.value, exact: true }).check();
  const position = ["Never", "Rarely", "Sometimes", "Often", "Always"].indexOf(options.value) + 1;
  await page.locator(`input[type=radio][value="${position}"]`).evaluateAll((inputs) => inputs.forEach((input) => (input as HTMLInputElement).click()));
  await expect(page.getByText(`${count} of ${count} statements answered`)).toBeVisible();
  if (options.comment) await page.getByLabel("Overall comment (optional)").fill(options.comment);
  if (options.check) await expectAccessible(page, "the rater questionnaire");
  await page.getByRole("button", { name: "Send my feedback" }).click();
  await expect(page.getByText(/Thank you for your feedback/)).toBeVisible();
  await context.close();
}

test("HR runs a 360 on a manager; four raters answer by link; the small group stays hidden in the manager's report", { tag: "@smoke" }, async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  // HR starts the campaign about Pieter Janssens and nominates three peers and one direct report
  await signIn(page, DEMO_HR);
  await chooseLanguage(page, "en");
  await page.goto("/feedback");
  await expect(page.getByRole("heading", { level: 1, name: "360° feedback" })).toBeVisible();
  await expectAccessible(page, "the campaign list");
  await pickPerson(page, "Person the feedback is about", "Pieter Janssens");
  await page.getByRole("button", { name: "Start campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "360° feedback on Pieter Janssens" })).toBeVisible();
  for (const peer of PEERS) await nominate(page, "Peer", peer.name);
  await nominate(page, "Direct report", DIRECT_REPORT.name);
  await expectAccessible(page, "the campaign page while nominating");

  await page.getByRole("button", { name: "Send for approval" }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("button", { name: "Launch and send invitations" }).click();
  await expect(page.getByText("The campaign is open: every rater received a personal link by email.")).toBeVisible();
  // after the launch the page shows counts per group, never names
  await expect(page.getByRole("cell", { name: "Marc Lambert" })).toHaveCount(0);
  await expectAccessible(page, "the campaign's progress view");

  // the outbox shows the invitations, but never a usable rater link
  const outbox = await page.request.get("/api/outbox");
  const outboxText = JSON.stringify(await outbox.json());
  expect(outboxText).toContain("/rate#token=…");
  expect(outboxText).not.toMatch(/\/rate#token=[A-Za-z0-9_-]{20,}/);

  // four raters answer through their own links
  for (const [index, peer] of PEERS.entries()) {
    await answerAsRater(browser, await raterLink(baseURL as string, peer.email), {
      value: index === 0 ? "Often" : "Sometimes",
      comment: index === 0 ? PEER_COMMENT : undefined,
      check: index === 0,
    });
  }
  await answerAsRater(browser, await raterLink(baseURL as string, DIRECT_REPORT.email), { value: "Always", comment: HIDDEN_COMMENT });

  await page.reload();
  await expect(page.getByText("3 of 3")).toBeVisible();
  await expect(page.getByText("1 of 1")).toBeVisible();
  await page.getByRole("button", { name: "Close now" }).click();
  await expect(page.getByText("The campaign is closed.")).toBeVisible();
  // HR cannot open Pieter's report: it is his, shared with his mentor only by default
  const campaignId = new URL(page.url()).pathname.split("/").at(-1) as string;
  const campaign = (await (await page.request.get(`/api/feedback/campaigns/${campaignId}`)).json()) as { subject: { personId: string } };
  expect((await page.request.get(`/api/reports/people/${campaign.subject.personId}`)).status()).toBe(404);

  // Pieter reads his report: peers shown with their comment, direct reports hidden everywhere
  const context = await browser.newContext({ locale: "en-GB" });
  const subject = await context.newPage();
  await signIn(subject, SUBJECT);
  await chooseLanguage(subject, "en");
  await subject.goto("/me/report");
  await expect(subject.getByRole("heading", { level: 1, name: "My report" })).toBeVisible();
  await expect(subject.getByRole("heading", { name: /360° feedback, closed on/ })).toBeVisible();
  await expect(subject.getByText(PEER_COMMENT)).toBeVisible();
  await expect(subject.getByText("Not enough responses to show this group (minimum 3).").first()).toBeVisible();
  const body = await subject.locator("main").innerText();
  expect(body).not.toContain(HIDDEN_COMMENT);
  await expectAccessible(subject, "the report with a hidden group");

  const api = await subject.request.get("/api/reports/me");
  expect(api.status()).toBe(200);
  const report = await api.text();
  expect(report).not.toContain(HIDDEN_COMMENT);
  expect(JSON.parse(report).challenges.feedback.groups).toEqual(
    expect.arrayContaining([{ group: "direct_report", shown: false, minimum: 3 }, expect.objectContaining({ group: "peer", shown: true, raterCount: 3 })]),
  );

  const download = subject.waitForEvent("download");
  await subject.getByRole("link", { name: "Download PDF" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

  // he has not taken the strengths questionnaire yet: it opens on its first page
  await subject.goto("/me/strengths");
  await expect(subject.getByRole("radiogroup").first()).toBeVisible();
  await expectAccessible(subject, "the strengths questionnaire");
  await context.close();
});

test("a manager finds their assessments and the demo's closed 360 in their report", async ({ page }) => {
  await signIn(page, "an.peeters@brouwerij-demo.be");
  await chooseLanguage(page, "en");
  await page.goto("/me/assessments");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "the assessments overview");
  await page.goto("/me/strengths");
  await expect(page.getByRole("alert", { name: "You have completed this questionnaire" })).toBeVisible();
  await page.goto("/me/report");
  await expect(page.getByRole("heading", { level: 1, name: "My report" })).toBeVisible();
  await expect(page.getByText("Not enough responses to show this group (minimum 3).").first()).toBeVisible();
  await expect(page.getByText("Ik zou graag meer zelf beslissen")).toHaveCount(0);
  await expectAccessible(page, "the demo report");
});

test("HR sees the organisation's heatmaps and scale reliability, never an individual", async ({ page }) => {
  await signIn(page, DEMO_HR);
  await chooseLanguage(page, "en");
  await page.goto("/diagnosis");
  await expect(page.getByRole("heading", { level: 1, name: "Diagnosis" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Scale reliability" })).toBeVisible();
  await expectAccessible(page, "the diagnosis page");
});
