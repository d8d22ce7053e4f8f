import type { MiddlewareHandler } from "hono";
import { hasForbiddenControl } from "../contracts/common";
import { invalid, notFound } from "../domain/shared/errors";
import type { THttpEnv } from "./env";

const refuse = (field: string) => invalid(field, `${field} must not contain control characters (such as NUL)`);

/** The path of the first string (or key) in a parsed JSON value holding a forbidden control character; iterative, so any depth is safe. */
export function fieldWithControl(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, "body"]];
  while (stack.length > 0) {
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item === "string") {
      if (hasForbiddenControl(item)) return path;
    } else if (Array.isArray(item)) {
      item.forEach((element, index) => stack.push([element, `${path}.${index}`]));
    } else if (item && typeof item === "object") {
      for (const [key, element] of Object.entries(item)) {
        if (hasForbiddenControl(key)) return path;
        stack.push([element, path === "body" ? key : `${path}.${key}`]);
      }
    }
  }
  return null;
}

/**
 * Refuses NUL and the other control characters no person types, in any query value or JSON string of an /api request,
 * with a 400 naming the field: the contracts' own text rules (zText) name most fields first; this net catches every
 * route, so that no such character reaches the database (PostgreSQL refuses NUL with an error, never a clean 4xx).
 */
export const refuseControlCharacters: MiddlewareHandler<THttpEnv> = async (c, next) => {
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (values.some(hasForbiddenControl) || hasForbiddenControl(name)) throw refuse(name);
  }
  // no id or slug holds a control character: such a path names nothing (404, as for any unknown id)
  if (hasForbiddenControl(c.req.path)) throw notFound("resource");
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && /\bjson\b/i.test(c.req.header("content-type") ?? "")) {
    // a copy: routes with their own body limit read the original stream after this
    const body: unknown = await c.req.raw.clone().json().catch(() => undefined);
    const field = fieldWithControl(body);
    if (field) throw refuse(field);
  }
  await next();
};
