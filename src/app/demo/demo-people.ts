/** The demo organisation's directory: Brouwerij Demo, 40 people in 3 levels, nl/fr/en speakers. */
export type TDemoPerson = {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  department: string;
  manager: string | null;
  language: "nl" | "fr" | "en";
  startDate: string;
  roleStartDate: string;
};

const p = (
  employeeNumber: string,
  firstName: string,
  lastName: string,
  jobTitle: string,
  department: string,
  manager: string | null,
  language: "nl" | "fr" | "en",
  startDate: string,
  roleStartDate: string,
): TDemoPerson => ({ employeeNumber, firstName, lastName, jobTitle, department, manager, language, startDate, roleStartDate });

export const DEMO_PEOPLE: readonly TDemoPerson[] = [
  p("E001", "Hilde", "Vermeulen", "Algemeen directeur", "Directie", null, "nl", "2009-03-01", "2018-01-01"),
  p("E002", "Sophie", "Dubois", "HR-directeur", "HR", "E001", "fr", "2015-06-01", "2021-09-01"),
  p("E003", "Pieter", "Janssens", "Productiemanager", "Productie", "E001", "nl", "2012-02-01", "2019-04-01"),
  p("E004", "An", "Peeters", "Verkoopmanager", "Verkoop", "E001", "nl", "2016-09-01", "2026-03-01"),
  p("E005", "Marc", "Lambert", "Directeur financier", "Financiën", "E001", "fr", "2011-01-10", "2017-05-01"),
  p("E006", "James", "Wilson", "Logistics manager", "Logistiek", "E001", "en", "2019-11-04", "2024-02-01"),
  p("E007", "Lotte", "Claes", "HR business partner", "HR", "E002", "nl", "2020-01-06", "2020-01-06"),
  p("E008", "Julie", "Lemaire", "L&D-coördinator", "HR", "E002", "fr", "2021-04-12", "2023-01-01"),
  p("E009", "Tom", "Maes", "Payroll officer", "HR", "E002", "nl", "2018-08-20", "2018-08-20"),
  p("E010", "Koen", "Willems", "Ploegleider brouwzaal", "Productie", "E003", "nl", "2013-05-01", "2025-10-01"),
  p("E011", "Nathalie", "Leclercq", "Ploegleider botteling", "Productie", "E003", "fr", "2014-10-01", "2022-06-01"),
  p("E012", "Bram", "Jacobs", "Brouwer", "Productie", "E003", "nl", "2017-03-15", "2017-03-15"),
  p("E013", "Elke", "Mertens", "Kwaliteitsverantwoordelijke", "Productie", "E003", "nl", "2016-01-04", "2020-09-01"),
  p("E014", "Wim", "Goossens", "Onderhoudstechnicus", "Productie", "E003", "nl", "2010-07-01", "2010-07-01"),
  p("E015", "Thomas", "Dupont", "Brouwer", "Productie", "E003", "fr", "2022-02-01", "2022-02-01"),
  p("E016", "Ines", "Wouters", "Laborant", "Productie", "E003", "nl", "2023-09-01", "2023-09-01"),
  p("E017", "Kevin", "De Smet", "Account manager horeca", "Verkoop", "E004", "nl", "2018-03-01", "2018-03-01"),
  p("E018", "Camille", "Martin", "Account manager Wallonie", "Verkoop", "E004", "fr", "2019-05-13", "2019-05-13"),
  p("E019", "Olivia", "Brown", "Export manager", "Verkoop", "E004", "en", "2021-01-11", "2025-01-01"),
  p("E020", "Jens", "De Backer", "Binnendienst verkoop", "Verkoop", "E004", "nl", "2020-10-01", "2020-10-01"),
  p("E021", "Laura", "Hermans", "Marketeer", "Verkoop", "E004", "nl", "2022-06-01", "2022-06-01"),
  p("E022", "Antoine", "Renard", "Key account manager retail", "Verkoop", "E004", "fr", "2015-02-02", "2024-11-01"),
  p("E023", "Sarah", "Michiels", "Trade marketeer", "Verkoop", "E004", "nl", "2024-03-04", "2024-03-04"),
  p("E024", "Isabelle", "Simon", "Comptable", "Financiën", "E005", "fr", "2012-09-01", "2012-09-01"),
  p("E025", "Dries", "Van Damme", "Controller", "Financiën", "E005", "nl", "2019-02-01", "2023-07-01"),
  p("E026", "Emma", "Taylor", "Financial analyst", "Financiën", "E005", "en", "2023-01-09", "2023-01-09"),
  p("E027", "Luc", "Dumont", "Aankoper", "Financiën", "E005", "fr", "2008-04-01", "2016-01-01"),
  p("E028", "Joris", "Vandenberghe", "Magazijnverantwoordelijke", "Logistiek", "E006", "nl", "2011-06-01", "2021-03-01"),
  p("E029", "Fatima", "El Amrani", "Planner", "Logistiek", "E006", "fr", "2020-05-04", "2020-05-04"),
  p("E030", "Stijn", "Verhoeven", "Chauffeur", "Logistiek", "E006", "nl", "2017-08-01", "2017-08-01"),
  p("E031", "Noah", "Smith", "Supply chain analyst", "Logistiek", "E006", "en", "2025-04-01", "2025-04-01"),
  p("E032", "Kim", "Van Acker", "Heftruckchauffeur", "Logistiek", "E006", "nl", "2021-09-01", "2021-09-01"),
  p("E033", "Manon", "Lefebvre", "Assistante logistique", "Logistiek", "E006", "fr", "2022-11-02", "2022-11-02"),
  p("E034", "Arne", "Pauwels", "Brouwer", "Productie", "E003", "nl", "2024-01-08", "2024-01-08"),
  p("E035", "Charlotte", "Dewulf", "Verpakkingsoperator", "Productie", "E003", "nl", "2019-03-18", "2019-03-18"),
  p("E036", "Hugo", "Laurent", "Opérateur de remplissage", "Productie", "E003", "fr", "2020-07-06", "2020-07-06"),
  p("E037", "Ruben", "Aerts", "Account manager Brussel", "Verkoop", "E004", "nl", "2023-05-02", "2023-05-02"),
  p("E038", "Grace", "Evans", "Export assistant", "Verkoop", "E004", "en", "2025-09-01", "2025-09-01"),
  p("E039", "Nele", "Segers", "Boekhouder", "Financiën", "E005", "nl", "2016-11-14", "2016-11-14"),
  p("E040", "Yusuf", "Demir", "Magazijnier", "Logistiek", "E006", "nl", "2018-01-15", "2018-01-15"),
];

/** The demo person's email at the brewery's domain. */
export function demoEmail(person: Pick<TDemoPerson, "firstName" | "lastName">): string {
  const clean = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]+/g, "");
  return `${clean(person.firstName)}.${clean(person.lastName)}@brouwerij-demo.be`;
}
