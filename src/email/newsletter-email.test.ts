import { describe, expect, it } from "vitest";
import { renderNewsletterConfirmation } from "./newsletter-confirmation";
import { renderNewsletterIssue } from "./newsletter-issue";

const links = {
  unsubscribePageUrl: "https://sterk.example/insights/nl/newsletter/unsubscribe#token=u",
  oneClickUrl: "https://sterk.example/api/newsletter/unsubscribe?token=u",
  preferencesUrl: "https://sterk.example/insights/nl/newsletter/preferences#token=p",
  onlineUrl: "https://sterk.example/insights/nl",
};

describe("the newsletter emails", () => {
  it.each(["nl", "fr", "en"] as const)("confirm in %s with the link in both parts and the language declared", (language) => {
    const url = "https://sterk.example/insights/x/newsletter/confirm#token=abc";
    const email = renderNewsletterConfirmation(language, { url });
    expect(email.text).toContain(url);
    expect(email.html).toContain(`href="${url}"`);
    expect(email.html).toContain(`<html lang="${language}">`);
    expect(email.text).toContain("48");
  });

  it("words the confirmation differently in each language", () => {
    const subjects = (["nl", "fr", "en"] as const).map((l) => renderNewsletterConfirmation(l, { url: "https://x.example" }).subject);
    expect(new Set(subjects).size).toBe(3);
  });

  it("gives every issue copy the RFC 8058 one-click headers and the unsubscribe and preferences links", () => {
    const issue = renderNewsletterIssue("nl", { subject: "Eerst de sterktes", bodyMarkdown: "Hallo **allemaal**", links, listHost: "sterk.example" });
    expect(issue.headers).toEqual({
      "List-Unsubscribe": "<https://sterk.example/api/newsletter/unsubscribe?token=u>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": "Sterk Insights <insights.sterk.example>",
    });
    for (const url of Object.values(links)) {
      if (url === links.oneClickUrl) continue;
      expect(issue.text).toContain(url);
      expect(issue.html).toContain(`href="${url}"`);
    }
    expect(issue.html).toContain("<strong>allemaal</strong>");
  });

  it("keeps a subject on one line, so it cannot add a header", () => {
    const issue = renderNewsletterIssue("en", { subject: "Hi\r\nBcc: all@example.com\u2028x", bodyMarkdown: "x", links, listHost: "sterk.example" });
    expect(issue.subject).not.toMatch(/[\r\n\u2028]/);
    expect(issue.html).not.toContain("<h1 style=\"font-size:26px;line-height:1.25;margin:0 0 16px\">Hi\r\n");
  });

  it("escapes HTML typed into a subject", () => {
    const issue = renderNewsletterIssue("en", { subject: "<script>alert(1)</script>", bodyMarkdown: "", links, listHost: "sterk.example" });
    expect(issue.html).not.toContain("<script>");
  });
});
