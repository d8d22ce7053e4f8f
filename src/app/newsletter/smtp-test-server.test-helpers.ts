import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

/** What the server does with the n-th message (1-based) once it has received it in full. */
export type TSmtpBehaviour = "accept" | "tempfail" | "reject" | "drop-after-receiving" | "hang";

export type TReceivedMail = { parsed: ParsedMail; raw: string; rcptTo: string[]; messageId: string | undefined };

/**
 * A real SMTP server on 127.0.0.1 for tests (no STARTTLS, no AUTH). `behaviour` decides per message:
 * accept; answer 451 or 550; receive it and then cut the connection before answering (the client
 * cannot know it arrived); or never answer.
 */
export async function startSmtpTestServer(options: { behaviour?: (n: number, rcptTo: string[]) => TSmtpBehaviour } = {}) {
  const received: TReceivedMail[] = [];
  let count = 0;
  const listeners: (() => void)[] = [];
  const server: SMTPServer = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        void (async () => {
          count++;
          const rcptTo = session.envelope.rcptTo.map((r) => r.address);
          const behaviour = options.behaviour?.(count, rcptTo) ?? "accept";
          if (behaviour === "tempfail") return callback(Object.assign(new Error("try again later"), { responseCode: 451 }));
          if (behaviour === "reject") return callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          received.push({ parsed, raw: raw.toString("utf8"), rcptTo, messageId: parsed.messageId });
          for (const l of listeners) l();
          if (behaviour === "hang") return;
          if (behaviour === "drop-after-receiving") {
            const connections = (server as unknown as { connections: Set<{ session: { id: string }; _socket: { destroy: () => void } }> }).connections;
            for (const connection of connections) if (connection.session.id === session.id) connection._socket.destroy();
            return;
          }
          callback();
        })();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = (server as unknown as { server: { address: () => AddressInfo } }).server.address();
  return {
    url: `smtp://127.0.0.1:${port}?tls=off`,
    received,
    /** addresses in the order their messages arrived */
    recipients: () => received.flatMap((m) => m.rcptTo),
    /** resolves once `n` messages have arrived in total */
    waitFor: (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (received.length >= n) resolve();
        };
        listeners.push(check);
        check();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a text that matches the pattern. */
export function linkIn(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  if (!match) throw new Error(`no link matching ${pattern} in:\n${text}`);
  return match[0];
}
