import { findChallenge } from "../assessment/manager-challenges";
import { TALENTS } from "../assessment/talents";
import type { TLocale } from "../shared/locale";
import type { TReason } from "./recommend";

const TALENT_BY_ID = new Map(TALENTS.map((t) => [t.id, t]));

const TEMPLATES: Readonly<Record<TLocale, { talent: string; challenge: string; open: string; close: string }>> = {
  en: { talent: "builds on your talent {talent} to tackle {challenge}", challenge: "tackles {challenge}, which your scan shows applies to you", open: "“", close: "”" },
  nl: { talent: "bouwt op uw talent {talent} om {challenge} aan te pakken", challenge: "pakt {challenge} aan, wat volgens uw scan op u van toepassing is", open: "‘", close: "’" },
  fr: { talent: "s'appuie sur votre talent {talent} pour relever le défi {challenge}", challenge: "aborde le défi {challenge}, qui vous concerne d'après votre scan", open: "« ", close: " »" },
};

/** The same reasons told to someone else about the person ({name}: the person's first name); French "son" is neutral. */
const ABOUT: Readonly<Record<TLocale, { talent: string; challenge: string }>> = {
  en: { talent: "builds on {name}'s talent {talent} to tackle {challenge}", challenge: "tackles {challenge}, which {name}'s scan shows applies" },
  nl: { talent: "bouwt op het talent {talent} van {name} om {challenge} aan te pakken", challenge: "pakt {challenge} aan, wat volgens de scan van {name} van toepassing is" },
  fr: { talent: "s'appuie sur son talent {talent} pour relever le défi {challenge}", challenge: "aborde le défi {challenge}, qui concerne {name} d'après son scan" },
};

const CHALLENGE_NOUN: Readonly<Record<TLocale, string>> = { en: "the challenge", nl: "de uitdaging", fr: "" };

/**
 * The reason in the reader's language, with the assessment's own talent name and challenge wording, e.g.
 * en: builds on your talent “Careful decision-maker” to tackle the challenge “find it hard to set priorities”.
 * With `about` (the person's first name) it speaks about the person to someone else, e.g. to the plan's approver.
 */
export function reasonText(reason: TReason, locale: TLocale, about?: string): string {
  const t = about === undefined ? TEMPLATES[locale] : { ...TEMPLATES[locale], ...ABOUT[locale] };
  const quote = (s: string) => `${t.open}${s}${t.close}`;
  const wording = findChallenge(reason.challengeId)?.wording[locale] ?? reason.challengeId;
  const noun = CHALLENGE_NOUN[locale];
  const challenge = noun ? `${noun} ${quote(wording)}` : quote(wording);
  if (reason.kind === "builds-on-talent") {
    const talent = TALENT_BY_ID.get(reason.talentId)?.name[locale] ?? reason.talentId;
    return t.talent.replace("{talent}", quote(talent)).replace("{challenge}", challenge).replace("{name}", () => about ?? "");
  }
  return t.challenge.replace("{challenge}", challenge).replace("{name}", () => about ?? "");
}
