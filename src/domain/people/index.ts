export { PERSON_FIELDS, REQUIRED_PERSON_FIELDS, MAX_LENGTH } from "./fields";
export type { TColumnMapping, TExistingPerson, TImportIssue, TPersonField, TPersonRecord } from "./fields";
export type { TImportRow } from "./import-row";
export type { TPeopleImportPlan, TPlanPeopleImportInput } from "./plan-people-import";
export type { TReportingEdges, TOrgTreeNode, TOrgTreePerson } from "./org-tree";
export type { TResolvedColumns } from "./header-recognition";
export type { TValueResult } from "./person-values";

/** Plans an import of people rows: creates (managers first), updates, unchanged and rejected rows with reasons. */
export { planPeopleImport } from "./plan-people-import";
/** The person field a file header names (Dutch, French or English), or null. */
export { recogniseHeader } from "./header-recognition";
/** Header text reduced to the form headers are compared in (no case, accents, separators or bracketed hints). */
export { normaliseHeader } from "./header-recognition";
/** Which column feeds which field: the user's mapping first, then recognition; reports missing required columns. */
export { resolveColumns } from "./header-recognition";
/** True for an email address we accept (a practical subset of RFC 5322, no control characters). */
export { isValidEmail } from "./person-values";
/** The case-insensitive comparison key of an email. */
export { emailKey } from "./person-values";
/** A day-first (dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy) or ISO date as yyyy-mm-dd; impossible dates fail. */
export { parseDate } from "./person-values";
/** A language code or name in nl/fr/en as a locale; null for an empty cell; unknown fails. */
export { parseLanguage } from "./person-values";
/** True when a text holds a control character or U+2028/U+2029. */
export { hasControlCharacter } from "./person-values";
/** The organisation chart of active people, each level sorted by name; orphans become roots. */
export { buildOrgTree } from "./org-tree";
/** The first reporting cycle in person -> manager edges, or null. */
export { findReportingCycle } from "./org-tree";
/** Every reporting cycle in person -> manager edges. */
export { findReportingCycles } from "./org-tree";
/** True when giving a person a new manager would make them (indirectly) their own manager. */
export { wouldCreateCycle } from "./org-tree";
/** Prefixes an apostrophe to a cell a spreadsheet would run as a formula (= + - @ tab CR). */
export { neutraliseCell } from "./neutralise-cell";
/** Undoes neutraliseCell on an imported value, so exported files re-import unchanged. */
export { restoreNeutralisedCell } from "./neutralise-cell";
/** The characters that make a spreadsheet read a cell as a formula. */
export { FORMULA_TRIGGERS } from "./neutralise-cell";
export type { TDirectoryScope, TDirectoryViewer, TReportingEdge } from "./directory-scope";
/** A person, everyone below them and their own manager. */
export { reportingLine } from "./directory-scope";
/** True when the scope holds the person. */
export { inDirectoryScope } from "./directory-scope";
