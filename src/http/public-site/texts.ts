import type { TLocale } from "../../domain/shared/locale";
import { en } from "./texts-en";
import { fr } from "./texts-fr";
import { nl } from "./texts-nl";

/** Every string of the public insights site and the newsletter pages, per language. */
export type TSiteTexts = {
  languageName: string;
  ogLocale: string;
  skip: string;
  languages: string;
  signIn: string;
  footer: string;
  landing: { title: string; description: string; heading: string; lead: string; approach: string; pillars: { heading: string; text: string }[] };
  articles: { heading: string; empty: string; byline: (date: string, author: string) => string; otherLanguages: string; back: string; feed: string };
  feed: { title: string; subtitle: string };
  subscribe: {
    heading: string;
    text: string;
    email: string;
    language: string;
    honeypot: string;
    consent: string;
    submit: string;
    errors: { email: string; consent: string; limit: string };
  };
  subscribed: { title: string; text: string; back: string };
  confirm: { title: string; working: string; done: string; failed: string; again: string };
  unsubscribe: { title: string; question: string; button: string; done: string; already: string };
  preferences: {
    title: string;
    intro: string;
    address: string;
    status: Record<"pending" | "confirmed" | "unsubscribed", string>;
    language: string;
    save: string;
    saved: string;
    unsubscribe: string;
    unsubscribed: string;
    exportHeading: string;
    exportText: string;
    exportButton: string;
    eraseHeading: string;
    eraseText: string;
    eraseButton: string;
    eraseConfirm: string;
    erased: string;
  };
  linkInvalid: string;
  failed: string;
  noScript: string;
  notFound: { title: string; text: string };
};

/** The site's texts in each language. */
export const SITE_TEXTS: Record<TLocale, TSiteTexts> = { nl, fr, en };
