import { currentLocale } from "../../i18n";

/** A time of day (hours and minutes) in the reader's language and time zone. */
export function formatTime(moment: Date): string {
  return new Intl.DateTimeFormat(currentLocale(), { timeStyle: "short" }).format(moment);
}
