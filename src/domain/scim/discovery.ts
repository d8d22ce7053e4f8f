import { SCIM, SCIM_PAGE } from "./schemas";

/** RFC 7643 §5: what this service provider supports. */
export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SCIM.serviceProviderConfig],
    documentationUri: `${baseUrl.replace(/\/scim\/v2$/, "")}/api/docs`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_PAGE.maxCount },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: "oauthbearertoken", name: "OAuth Bearer Token", description: "A Sterk provisioning token (scope scim) in the Authorization header", primary: true },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/ServiceProviderConfig` },
  };
}

type TAttribute = {
  name: string;
  type: "string" | "boolean" | "complex" | "reference" | "dateTime";
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: "readOnly" | "readWrite" | "immutable";
  uniqueness?: "none" | "server";
  referenceTypes?: string[];
  subAttributes?: TAttribute[];
  description: string;
};

function attribute(a: TAttribute) {
  return {
    multiValued: false,
    required: false,
    caseExact: false,
    mutability: "readWrite",
    returned: "default",
    uniqueness: "none",
    ...a,
  };
}

const userAttributes: TAttribute[] = [
  { name: "userName", type: "string", required: true, uniqueness: "server", description: "Unique in the organisation, case-insensitive; the email when the IdP sends none other" },
  { name: "externalId", type: "string", caseExact: true, description: "The identity provider's id for the person" },
  {
    name: "name",
    type: "complex",
    description: "The person's name",
    subAttributes: [
      { name: "givenName", type: "string", description: "First name" },
      { name: "familyName", type: "string", description: "Last name" },
      { name: "formatted", type: "string", mutability: "readOnly", description: "First and last name" },
    ],
  },
  { name: "displayName", type: "string", mutability: "readOnly", description: "First and last name (used for the name only when name is absent)" },
  { name: "title", type: "string", description: "Job title" },
  { name: "preferredLanguage", type: "string", description: "nl, fr or en (others: the organisation's language)" },
  { name: "active", type: "boolean", description: "false deactivates the person and ends their sessions and tokens" },
  {
    name: "emails",
    type: "complex",
    multiValued: true,
    required: true,
    description: "One work address is kept (the primary one, else the work one)",
    subAttributes: [
      { name: "value", type: "string", description: "The address" },
      { name: "type", type: "string", description: "work" },
      { name: "primary", type: "boolean", description: "true" },
    ],
  },
];

const enterpriseAttributes: TAttribute[] = [
  { name: "employeeNumber", type: "string", description: "Required in Sterk; defaults to externalId, then userName" },
  { name: "department", type: "string", description: "Department" },
  {
    name: "manager",
    type: "complex",
    description: "The person's line manager, a User of the same organisation",
    subAttributes: [
      { name: "value", type: "string", description: "The manager's id" },
      { name: "$ref", type: "reference", referenceTypes: ["User"], mutability: "readOnly", description: "The manager's URI" },
      { name: "displayName", type: "string", mutability: "readOnly", description: "The manager's name" },
    ],
  },
];

function schemaResource(baseUrl: string, id: string, name: string, description: string, attributes: TAttribute[]) {
  const expand = (a: TAttribute): Record<string, unknown> => ({ ...attribute(a), ...(a.subAttributes ? { subAttributes: a.subAttributes.map(expand) } : {}) });
  return { schemas: [SCIM.schema], id, name, description, attributes: attributes.map(expand), meta: { resourceType: "Schema", location: `${baseUrl}/Schemas/${id}` } };
}

/** RFC 7643 §7: the User schema and the enterprise extension, as far as Sterk keeps them. */
export function schemaResources(baseUrl: string) {
  return [
    schemaResource(baseUrl, SCIM.user, "User", "A person of the organisation's directory", userAttributes),
    schemaResource(baseUrl, SCIM.enterprise, "EnterpriseUser", "Enterprise User", enterpriseAttributes),
  ];
}

/** RFC 7643 §6: the one resource type, User. */
export function userResourceType(baseUrl: string) {
  return {
    schemas: [SCIM.resourceType],
    id: "User",
    name: "User",
    endpoint: "/Users",
    description: "A person of the organisation's directory",
    schema: SCIM.user,
    schemaExtensions: [{ schema: SCIM.enterprise, required: false }],
    meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/User` },
  };
}
