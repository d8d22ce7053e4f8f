import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { DomainError } from "../domain/shared/errors";
import { readUploadForm } from "./upload-form";

/** Posts the body to a one-route app and returns what readUploadForm made of it (files as name + bytes). */
async function read(body: BodyInit, headers?: Record<string, string>) {
  const app = new Hono();
  app.post("/", async (c) => {
    try {
      const form = await readUploadForm(c);
      const out = Object.create(null) as Record<string, unknown>;
      for (const [key, value] of Object.entries(form)) out[key] = typeof value === "string" ? value : { name: value.name, bytes: [...new Uint8Array(await value.arrayBuffer())] };
      return c.json(out);
    } catch (error) {
      if (error instanceof DomainError) return c.json({ field: error.field }, 400);
      throw error;
    }
  });
  const response = await app.request("/", { method: "POST", body, headers });
  return { status: response.status, body: await response.json() };
}

describe("readUploadForm", () => {
  it("reads what a browser's FormData sends: text fields and a binary file holding CRLF and dashes", async () => {
    const bytes = Uint8Array.from([0, 13, 10, 45, 45, 13, 10, 13, 10, 255, 45, 45]);
    const form = new FormData();
    form.set("file", new File([bytes], 'Zoë "HR" lijst.csv'));
    form.set("mapping", '{"Naam":"lastName"}\r\nline two');
    const { status, body } = await read(form);
    expect(status).toBe(200);
    expect(body).toEqual({ file: { name: 'Zoë "HR" lijst.csv', bytes: [...bytes] }, mapping: '{"Naam":"lastName"}\r\nline two' });
  });

  it.each([
    ["no multipart content type", "file=x", { "content-type": "application/x-www-form-urlencoded" }],
    ["a body without the boundary", "nothing here", { "content-type": "multipart/form-data; boundary=abc" }],
    ["a part cut short", '--abc\r\ncontent-disposition: form-data; name="file"; filename="a.csv"\r\n\r\nNaam\r\n', { "content-type": "multipart/form-data; boundary=abc" }],
  ])("refuses %s, naming the field file", async (_what, body, headers) => {
    expect(await read(body, headers)).toEqual({ status: 400, body: { field: "file" } });
  });

  it("keeps the first of two parts with one name and never touches the prototype", async () => {
    const body = ['--b\r\ncontent-disposition: form-data; name="__proto__"\r\n\r\nx', '--b\r\ncontent-disposition: form-data; name="a"\r\n\r\n1', '--b\r\ncontent-disposition: form-data; name="a"\r\n\r\n2', "--b--\r\n"].join("\r\n");
    const { body: form } = await read(body, { "content-type": 'multipart/form-data; boundary="b"' });
    expect(form).toEqual({ ["__proto__"]: "x", a: "1" });
  });
});
