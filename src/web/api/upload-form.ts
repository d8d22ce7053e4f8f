import type { z } from "zod";
import { ApiError, parseBody, problemFrom, reportUnauthenticated, requestHeaders } from "./api-client";

export type TUploadOptions<T> = {
  schema?: z.ZodType<T>;
  /** Fraction 0..1 of the request body sent; 1 once the upload is complete and the server works. */
  onUploadProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Posts a multipart form with XMLHttpRequest, because fetch reports no upload progress.
 * Same headers and error shape as `apiRequest`.
 */
export function uploadForm<T>(path: string, form: FormData, options: TUploadOptions<T> = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    for (const [name, value] of Object.entries(requestHeaders("POST", false))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onUploadProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => options.onUploadProgress?.(1);
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(parseBody(xhr.status, body, options.schema));
        } catch (error) {
          reject(error);
        }
        return;
      }
      const problem = problemFrom(xhr.status, body);
      reportUnauthenticated(problem, false);
      reject(new ApiError(problem));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: "NETWORK", title: "NETWORK", detail: "" }));
    xhr.onabort = () => reject(new DOMException("Upload aborted", "AbortError"));
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
