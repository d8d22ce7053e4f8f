import type { TPersonRecord } from "../src/domain/people/index";
import type { TLocale } from "../src/domain/shared/locale";
import { seededRandom, type TRandom } from "../src/domain/shared/random";

/** One person of a synthetic organisation, as an HR system would export them. */
export type TGeneratedPerson = Pick<TPersonRecord, "employeeNumber" | "firstName" | "lastName" | "email" | "jobTitle" | "department"> & {
  /** the line manager's employee number; null for the CEO */
  managerNumber: string | null;
  /** ISO yyyy-mm-dd */
  startDate: string;
  /** ISO yyyy-mm-dd, never before startDate */
  roleStartDate: string;
  language: TLocale;
  /** 0 for the CEO, 1 for the CEO's reports, … */
  level: number;
};

/**
 * How the file is written: "nl" is a Belgian Excel export (Dutch headers, semicolons, dd/mm/yyyy,
 * language names); "en" uses English headers, commas, ISO dates and language codes.
 */
export type TCsvDialect = "nl" | "en";

const NAMES = {
  nl: {
    first: [
      "Jan", "Pieter", "Koen", "Bart", "Tom", "Wim", "Jef", "Lieven", "Stijn", "Dries", "Joris", "Arne", "Bram", "Jens",
      "Ruben", "Seppe", "Wout", "Lander", "Kristof", "Geert", "Dirk", "Lotte", "An", "Els", "Hilde", "Griet", "Sofie",
      "Lien", "Elke", "Nele", "Ines", "Fien", "Marie", "Emma", "Lore", "Hanne", "Katrien", "Veerle", "Annelies", "Fatima",
      "Yusuf", "Mohamed", "Aylin",
    ],
    last: [
      "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
      "Vermeulen", "Van Damme", "De Backer", "Hermans", "Michiels", "Pauwels", "Aerts", "Segers", "Verhoeven",
      "Van den Broeck", "D'Hondt", "De Clercq", "Vandenberghe", "Lambrechts", "Martens", "Coppens", "Smets",
      "Verstraete", "Van de Velde", "De Wilde", "Cools", "Leemans", "Van Acker", "El Amrani", "Demir", "Yilmaz",
    ],
  },
  fr: {
    first: [
      "Jean", "Pierre", "Luc", "Michel", "Philippe", "Olivier", "Nicolas", "Julien", "Antoine", "Thomas", "Hugo", "Louis",
      "Maxime", "Frédéric", "Sébastien", "François", "Benoît", "Cédric", "Marie", "Sophie", "Julie", "Nathalie",
      "Isabelle", "Camille", "Manon", "Chloé", "Léa", "Aurélie", "Céline", "Hélène", "Véronique", "Amélie", "Élodie",
      "Françoise", "Karim", "Samira",
    ],
    last: [
      "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lefebvre", "Leclercq", "Renard", "Dumont",
      "Lemaire", "Mathieu", "François", "Denis", "Fontaine", "Collard", "Henrard", "Gilson", "Lejeune", "Piette",
      "Delvaux", "Thiry", "Bodart", "Noël", "Wathelet", "Gérard", "Hubert", "Mercier", "Masson", "Rousseau", "Benali",
    ],
  },
  en: {
    first: [
      "James", "Olivia", "Noah", "Emma", "Grace", "Oliver", "Charlotte", "Harry", "Amelia", "George", "Sophie", "Jack",
      "Emily", "Thomas", "Lucy", "William", "Hannah", "Daniel",
    ],
    last: [
      "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Johnson", "Roberts", "Walker", "Wright",
      "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "O'Brien",
    ],
  },
} as const;

/** Each department with the titles of the people who lead no one in it. */
const DEPARTMENTS: readonly (readonly [string, readonly string[]])[] = [
  ["Productie", ["Operator", "Brouwer", "Onderhoudstechnicus", "Laborant"]],
  ["Verkoop", ["Account manager", "Binnendienst verkoop", "Key account manager"]],
  ["Financiën", ["Boekhouder", "Controller", "Financial analyst"]],
  ["HR", ["HR business partner", "Payroll officer", "L&D-coördinator"]],
  ["Logistiek", ["Magazijnier", "Planner", "Chauffeur", "Heftruckchauffeur"]],
  ["IT", ["Software engineer", "Systeembeheerder", "Data analyst"]],
  ["Klantendienst", ["Klantenadviseur", "Conseiller clientèle", "Support engineer"]],
  ["Marketing", ["Marketeer", "Content manager", "Trade marketeer"]],
  ["Onderzoek en ontwikkeling", ["Onderzoeker", "Ingénieur R&D", "Product developer"]],
];

const MIN_SPAN = 4;
const MAX_SPAN = 10; // uniform 4..10: about 7 reports per manager
const EMAIL_DOMAIN = "synthetisch-bedrijf.be";
const DAY_MS = 86_400_000;
const FIRST_START = Date.UTC(1990, 0, 1);
const LAST_START = Date.UTC(2025, 11, 31);

const pick = <T>(random: TRandom, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: TRandom, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function pickLanguage(random: TRandom): TLocale {
  const u = random();
  return u < 0.55 ? "nl" : u < 0.9 ? "fr" : "en";
}

function emailLocalPart(firstName: string, lastName: string): string {
  const clean = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]+/g, "");
  return `${clean(firstName)}.${clean(lastName)}`;
}

/** Manager index of every person in breadth-first order: each manager takes 4-10 reports before the next one starts. */
function buildHierarchy(n: number, random: TRandom): { managerOf: Int32Array; levelOf: Int32Array } {
  const managerOf = new Int32Array(n).fill(-1);
  const levelOf = new Int32Array(n);
  let manager = 0;
  let quota = between(random, MIN_SPAN, MAX_SPAN);
  for (let i = 1; i < n; i++) {
    while (quota === 0) {
      manager++;
      quota = between(random, MIN_SPAN, MAX_SPAN);
    }
    managerOf[i] = manager;
    levelOf[i] = (levelOf[manager] ?? 0) + 1;
    quota--;
  }
  return { managerOf, levelOf };
}

/** Each person's place in the file: a shuffle, so a file sorted by employee number lists many people before their manager. */
function shuffledRanks(n: number, random: TRandom): Int32Array {
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) ranks[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = ranks[i] ?? 0;
    ranks[i] = ranks[j] ?? 0;
    ranks[j] = swap;
  }
  return ranks;
}

function jobTitleOf(level: number, leads: boolean, department: string, random: TRandom): string {
  if (level === 0) return "Algemeen directeur";
  if (level === 1) return `Directeur ${department}`;
  if (leads) return level === 2 ? `Afdelingshoofd ${department}` : `Teamleider ${department}`;
  const titles = DEPARTMENTS.find(([name]) => name === department)?.[1] ?? ["Medewerker"];
  return pick(random, titles);
}

/**
 * A synthetic organisation of n people, the same for the same seed: a CEO, about 7 reports per manager over
 * several levels, departments under the CEO's reports, Belgian names in nl/fr/en, unique emails, start dates.
 * Sorted by employee number, as HR exports usually are.
 */
export function generatePeopleRows(n: number, seed = 1): TGeneratedPerson[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`generatePeopleRows: n must be a positive integer, got ${n}`);
  const random = seededRandom(seed);
  const { managerOf, levelOf } = buildHierarchy(n, random);
  const ranks = shuffledRanks(n, random);
  const numberOf = (i: number) => String(100_001 + (ranks[i] ?? 0));
  const leads = new Uint8Array(n);
  for (let i = 1; i < n; i++) leads[managerOf[i] ?? 0] = 1;
  const departmentOf: string[] = new Array<string>(n);
  const emailsTaken = new Map<string, number>();
  const people: TGeneratedPerson[] = new Array<TGeneratedPerson>(n);
  for (let i = 0; i < n; i++) {
    const level = levelOf[i] ?? 0;
    const manager = managerOf[i] ?? -1;
    const department =
      level === 0 ? "Directie" : level === 1 ? (DEPARTMENTS[(i - 1) % DEPARTMENTS.length]?.[0] ?? "") : (departmentOf[manager] ?? "");
    departmentOf[i] = department;
    const language = pickLanguage(random);
    const firstName = pick(random, NAMES[language].first);
    const lastName = pick(random, NAMES[language].last);
    const local = emailLocalPart(firstName, lastName);
    const seen = (emailsTaken.get(local) ?? 0) + 1;
    emailsTaken.set(local, seen);
    // Senior people joined earlier, on average; everyone's current role started on or after joining.
    const earliest = FIRST_START + Math.min(level, 4) * 365 * DAY_MS;
    const startMs = earliest + Math.floor(random() * ((LAST_START - earliest) / DAY_MS)) * DAY_MS;
    const roleMs = random() < 0.5 ? startMs : startMs + Math.floor(random() * ((LAST_START - startMs) / DAY_MS)) * DAY_MS;
    people[ranks[i] ?? 0] = {
      employeeNumber: numberOf(i),
      firstName,
      lastName,
      email: `${seen === 1 ? local : `${local}.${seen}`}@${EMAIL_DOMAIN}`,
      jobTitle: jobTitleOf(level, leads[i] === 1, department, random),
      department,
      managerNumber: manager < 0 ? null : numberOf(manager),
      startDate: isoDay(startMs),
      roleStartDate: isoDay(roleMs),
      language,
      level,
    };
  }
  return people;
}

const HEADERS: Record<TCsvDialect, readonly string[]> = {
  en: ["Employee number", "First name", "Last name", "Email", "Job title", "Department", "Manager", "Start date", "Role start date", "Language"],
  nl: [
    "Personeelsnummer", "Voornaam", "Achternaam", "E-mail", "Functie", "Afdeling", "Leidinggevende", "Startdatum",
    "Startdatum huidige functie", "Taal",
  ],
};
const LANGUAGE_NAMES_NL = { nl: "Nederlands", fr: "Frans", en: "Engels" } as const;

function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The same people as a CSV text with headers the importer recognises; the manager column holds the manager's employee number. */
export function generatePeopleCsv(n: number, seed = 1, dialect: TCsvDialect = "nl"): string {
  const delimiter = dialect === "nl" ? ";" : ",";
  const date = (iso: string) => (dialect === "nl" ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);
  const lines = [HEADERS[dialect].join(delimiter)];
  for (const p of generatePeopleRows(n, seed)) {
    const cells = [
      p.employeeNumber, p.firstName, p.lastName, p.email, p.jobTitle, p.department, p.managerNumber ?? "",
      date(p.startDate), date(p.roleStartDate), dialect === "nl" ? LANGUAGE_NAMES_NL[p.language] : p.language,
    ];
    lines.push(cells.map((cell) => csvCell(cell, delimiter)).join(delimiter));
  }
  return `${lines.join("\r\n")}\r\n`;
}
