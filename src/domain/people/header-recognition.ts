import { PERSON_FIELDS, REQUIRED_PERSON_FIELDS, type TColumnMapping, type TImportIssue, type TPersonField } from "./fields";

/** Headers as HR systems and people write them, in Dutch, French and English. */
const SYNONYMS: Record<TPersonField, readonly string[]> = {
  employeeNumber: [
    "Personeelsnummer", "Personeelsnr", "Personeels nr", "Personeelsid", "Personeel ID", "Personeelsnummer werknemer",
    "Werknemersnummer", "Werknemernummer", "Werknemer nr", "Werknemersnr", "Werknemer ID", "Medewerkernummer",
    "Medewerkersnummer", "Medewerker nr", "Medewerker ID", "Stamnummer", "Matricule", "Numéro de matricule",
    "N° matricule", "No matricule", "Numéro d'employé", "Numéro employé", "Numéro de l'employé", "N° employé",
    "No employé", "ID employé", "Identifiant employé", "Numéro de personnel", "Numéro du personnel",
    "Numéro de travailleur", "Employee number", "Employee no", "Employee nr", "Employee #", "Employee ID",
    "Employee code", "Emp ID", "Emp no", "Emp number", "Staff number", "Staff no", "Staff ID", "Personnel number",
    "Personnel no", "Personnel ID", "Payroll number", "Payroll ID", "Worker ID", "Worker number",
  ],
  firstName: ["Voornaam", "Prénom", "Prenom usuel", "First name", "Firstname", "Given name", "Forename"],
  lastName: [
    "Achternaam", "Familienaam", "Naam", "Nom", "Nom de famille", "Last name", "Lastname", "Surname", "Family name",
  ],
  email: [
    "E-mail", "Email", "Mail", "E-mailadres", "Mailadres", "E-mailadres werk", "Werk e-mail", "Zakelijk e-mailadres",
    "E-mail werk", "Courriel", "Adresse e-mail", "Adresse électronique", "Adresse mail", "Adresse courriel",
    "E-mail professionnel", "Courriel professionnel", "Mél", "Email address", "Work email", "Business email",
  ],
  jobTitle: [
    "Functie", "Functietitel", "Functienaam", "Functieomschrijving", "Jobtitel", "Job", "Rol", "Fonction", "Poste",
    "Intitulé du poste", "Intitulé de fonction", "Titre du poste", "Rôle", "Job title", "Title", "Position",
    "Position title", "Role", "Function",
  ],
  department: [
    "Afdeling", "Dienst", "Departement", "Département", "Service", "Department", "Dept", "Business unit",
  ],
  managerRef: [
    "Leidinggevende", "Direct leidinggevende", "Directe leidinggevende", "Teamleider", "Rapporteert aan",
    "Personeelsnummer leidinggevende", "E-mail leidinggevende", "E-mailadres leidinggevende",
    "Leidinggevende personeelsnummer", "Leidinggevende e-mail", "Manager", "Responsable", "Responsable hiérarchique",
    "Supérieur hiérarchique", "Supérieur", "Chef", "Chef direct", "N+1", "Matricule du responsable",
    "Matricule responsable", "E-mail du responsable", "Courriel du responsable", "Line manager", "Direct manager",
    "Reports to", "Supervisor", "Manager email", "Manager e-mail", "Manager employee number", "Manager employee ID",
    "Manager ID", "Manager number", "Line manager email", "Line manager employee number",
  ],
  startDate: [
    "Startdatum", "Begindatum", "Datum in dienst", "In dienst sinds", "In dienst", "Datum indiensttreding",
    "Indiensttreding", "Indiensttredingsdatum", "Aanwervingsdatum", "Date d'entrée", "Date d'embauche",
    "Date d'engagement", "Date d'entrée en service", "Entrée en service", "Date d'arrivée", "Start date", "Hire date",
    "Date of hire", "Hired on", "Employment start date", "Joining date", "Date joined",
  ],
  roleStartDate: [
    "Startdatum huidige functie", "Startdatum functie", "Begindatum functie", "Begindatum huidige functie",
    "In functie sinds", "In huidige functie sinds", "Datum in functie", "Date de début dans la fonction",
    "Date de début de fonction", "Date d'entrée en fonction", "Dans la fonction depuis", "En fonction depuis",
    "Role start date", "Start date in current role", "Start date in role", "Current role start date",
    "In role since", "Position start date", "Job start date",
  ],
  language: [
    "Taal", "Voertaal", "Voorkeurstaal", "Communicatietaal", "Langue", "Langue préférée", "Langue de communication",
    "Language", "Preferred language", "Lang", "Locale",
  ],
};

/** Lower-case, accents, hints in brackets and every separator removed: "Numéro d'employé (*)" -> "numerodemploye". */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, "")
    .replace(/#/g, "number")
    .replace(/[^a-z0-9+]/g, "");
}

const RECOGNISED: ReadonlyMap<string, TPersonField> = new Map(
  PERSON_FIELDS.flatMap((field) => SYNONYMS[field].map((s) => [normaliseHeader(s), field] as const)),
);

/** The person field a header names, or null when it names none we know. */
export function recogniseHeader(header: string): TPersonField | null {
  return RECOGNISED.get(normaliseHeader(header)) ?? null;
}

export type TResolvedColumns = {
  mapping: TColumnMapping;
  /** column index per mapped field */
  columns: Partial<Record<TPersonField, number>>;
  missingFields: TPersonField[];
  errors: TImportIssue[];
  warnings: TImportIssue[];
};

/**
 * Decides which column feeds which field: the user's mapping first (a header mapped to null is ignored),
 * then recognition for the other headers; when two headers claim one field the first keeps it.
 */
export function resolveColumns(headers: readonly string[], userMapping: TColumnMapping = {}, headerLine = 1): TResolvedColumns {
  const mapping: TColumnMapping = {};
  const columns: Partial<Record<TPersonField, number>> = {};
  const errors: TImportIssue[] = [];
  const warnings: TImportIssue[] = [];
  const issue = (field: string, code: string, message: string) => ({ row: headerLine, field, code, message });
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    if (seen.has(header)) errors.push(issue(header, "DUPLICATE_COLUMN", `The header "${header}" appears more than once.`));
    seen.add(header);
    if (!Object.hasOwn(userMapping, header)) return;
    const field = userMapping[header] ?? null;
    mapping[header] = field;
    if (field === null) return;
    const taken = columns[field];
    if (taken !== undefined) {
      errors.push(issue(field, "DUPLICATE_COLUMN", `Both "${headers[taken]}" and "${header}" are mapped to ${field}.`));
    } else columns[field] = index;
  });
  headers.forEach((header, index) => {
    if (Object.hasOwn(mapping, header)) return;
    const field = recogniseHeader(header);
    if (field !== null && columns[field] !== undefined) {
      const kept = headers[columns[field]];
      warnings.push(issue(header, "IGNORED_COLUMN", `The column "${header}" is ignored: "${kept}" already gives ${field}.`));
      mapping[header] = null;
      return;
    }
    mapping[header] = field;
    if (field !== null) columns[field] = index;
  });
  const missingFields = REQUIRED_PERSON_FIELDS.filter((field) => columns[field] === undefined);
  for (const field of missingFields) {
    errors.push(issue(field, "MISSING_COLUMN", `No column gives ${field}: add one or map a column to it.`));
  }
  return { mapping, columns, missingFields, errors, warnings };
}
