// Responses the contract check (contract-check.ts) lets through, each with its reason. `path` is the OpenAPI path
// template of the operation (or the exact path when no operation declares it); without `status` every status of the
// operation is let through. An entry is a debt to clear, not a place to hide a leak: fix the contract when the
// response is right, fix the response when it is not, then delete the entry.

export type TContractException = { method: string; path: string; status?: number; reason: string };

export const CONTRACT_EXCEPTIONS: readonly TContractException[] = [
  // not operations: the API's own documentation
  { method: "GET", path: "/api/openapi.json", reason: "the OpenAPI document itself (app.doc31), not an operation of it" },
  { method: "GET", path: "/api/docs", reason: "the API reference page (HTML), not an operation" },
  { method: "GET", path: "/api/docs/{asset}", reason: "the API reference page's scripts and style sheets, not operations" },
];
