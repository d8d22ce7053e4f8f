// A real SMTP server for the browser tests, with a read-only JSON view of what it received:
// Sterk delivers to it over SMTP (SMTP_URL), and tests read rater links from it — links that the
// outbox page never shows. Listens on 127.0.0.1 only. Run by Playwright as a second web server.
import { createServer } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const smtpPort = Number(process.env.MAILBOX_SMTP_PORT ?? 3225);
const httpPort = Number(process.env.MAILBOX_HTTP_PORT ?? 3226);
type TAttachment = { filename?: string; contentType: string; content: string };
const received: { to: string[]; subject: string; text: string; headers: Record<string, string>; attachments: TAttachment[] }[] = [];

const smtp = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  authOptional: true,
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      simpleParser(Buffer.concat(chunks))
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            headers: Object.fromEntries([...mail.headers].filter(([key]) => key.startsWith("x-")).map(([key, value]) => [key, String(value)])),
            attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content.toString("utf8") })),
          });
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    });
  },
});
smtp.listen(smtpPort, "127.0.0.1");

createServer((request, response) => {
  response.setHeader("content-type", "application/json");
  response.end(JSON.stringify(request.url === "/messages" ? received : { ok: true }));
}).listen(httpPort, "127.0.0.1");
