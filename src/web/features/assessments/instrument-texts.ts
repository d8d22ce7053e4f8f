import type { TInstrument } from "../../../contracts/assessments";
import { tk } from "../../i18n";

/** Per instrument: its page, and the catalogue keys of its texts. */
export const INSTRUMENT_PAGES: Record<TInstrument, { path: string; title: string; description: string; duration: string }> = {
  "ipip-neo-120": {
    path: "/me/strengths",
    title: tk("assessment.strengths.title"),
    description: tk("assessment.strengths.description"),
    duration: tk("assessment.strengths.duration"),
  },
  "challenge-scan": {
    path: "/me/challenge-scan",
    title: tk("assessment.scan.title"),
    description: tk("assessment.scan.description"),
    duration: tk("assessment.scan.duration"),
  },
};

export const STATUS_LABELS = {
  not_started: tk("assessment.status.notStarted"),
  in_progress: tk("assessment.status.inProgress"),
  completed: tk("assessment.status.completed"),
} as const;

export const STATUS_COLORS = { not_started: "gray", in_progress: "blue", completed: "green" } as const;
