import type { Logger } from "pino";
import type { TConfig } from "../../config";
import type { TDb } from "../../db/client";

/** What every use case may depend on; passed in, never imported as a global. */
export type TAppContext = {
  db: TDb;
  config: TConfig;
  /** the current time; a parameter so tests can move it */
  now: () => Date;
  log: Logger;
  /** wakes the outbox sender after an email was queued */
  notifyOutbox: () => void;
  /** wakes the newsletter sender after an issue was queued (absent where no sender runs) */
  notifyNewsletter?: () => void;
  /** the server's secret (SESSION_SECRET): keys HMACs such as hashed client IPs */
  secret: string;
  /** starts work off the response path (e.g. the password-reset email), tracked so shutdown and tests can await it */
  background?: (task: () => Promise<void>) => void;
};
