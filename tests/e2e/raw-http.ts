// Plain HTTP requests with any header a client may forge (fetch refuses to set Host) and
// any method (TRACE included), answered as status, headers, text and the bytes as sent (never decompressed).
import http from "node:http";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; text: string; bytes: Buffer };

/** A multipart/form-data body, as a browser without JavaScript posts a form (and a server action). */
export function multipart(fields: Record<string, string>): { body: string; headers: Record<string, string> } {
  const boundary = "----drill7MA4YWxkTrZu0gW";
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: `${parts.join("")}--${boundary}--\r\n`,
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
  };
}

export function raw(
  url: string,
  {
    method = "GET",
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode!, headers: response.headers, text: bytes.toString("utf8"), bytes });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}
