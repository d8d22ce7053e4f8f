export { SCIM, SCIM_PAGE } from "./schemas";
export { scimError, scimErrorBody, scimTypeOf, type TScimErrorType } from "./errors";
export { parseUserFilter, type TPersonQuery, type TTextField, type TTextOp, type TOrderOp } from "./filter";
export { patchUser } from "./patch";
export { completeUser, personFieldsOf, scimValuesOf, type TScimPerson, type TScimUserValues } from "./user-values";
export { listResponse, projectResource, readUserResource, toScimUser, type TResourceContext } from "./user-resource";
export { schemaResources, serviceProviderConfig, userResourceType } from "./discovery";
