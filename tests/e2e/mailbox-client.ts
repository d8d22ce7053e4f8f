import { expect } from "@playwright/test";

/** What the test SMTP server (`mailbox.ts`, Sterk's SMTP_URL in the browser tests) has received. */
async function received(baseURL: string): Promise<{ to: string[]; text: string }[]> {
  const mailbox = `http://127.0.0.1:${Number(new URL(baseURL).port) + 16}/messages`;
  return (await (await fetch(mailbox)).json()) as { to: string[]; text: string }[];
}

/** The newest link matching `pattern` in a message delivered over SMTP to `address` (waits for it). */
export async function linkFromMailbox(baseURL: string, address: string, pattern: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      link = (await received(baseURL))
        .filter((m) => m.to.includes(address))
        .map((m) => pattern.exec(m.text)?.[0])
        .filter(Boolean)
        .at(-1);
      return link;
    }, { timeout: 30_000 })
    .toBeDefined();
  return link as string;
}
