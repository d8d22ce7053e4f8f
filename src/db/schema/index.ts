export * from "./people";
export * from "./platform";
export * from "./newsletter";
export * from "./insights";
export * from "./assessments";
export * from "./feedback";
export * from "./plans";
export * from "./mentoring";
