import { createHash, createHmac } from "node:crypto";
import { contentTypeOfKey, isSafeKey, type FileStorage } from "./storage";

export type S3Config = {
  /** e.g. https://s3.ap-southeast-3.amazonaws.com or a MinIO/R2 endpoint; path-style URLs are used. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Optional folder inside the bucket. */
  prefix?: string;
  fetch?: typeof fetch;
};

const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

// RFC 3986 encoding as SigV4 wants it, keeping "/" in paths.
const encodePath = (path: string) =>
  path.split("/").map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");

export type SignInput = {
  method: string;
  url: URL;
  headers: Record<string, string>;
  payloadHash: string;
  region: string;
  service?: string;
  accessKeyId: string;
  secretAccessKey: string;
  now: Date;
};

/**
 * AWS Signature Version 4 (header form) with node:crypto: returns the headers to send, including
 * Authorization, x-amz-date and x-amz-content-sha256. Pure apart from hashing.
 */
export const signV4 = (input: SignInput): Record<string, string> => {
  const service = input.service ?? "s3";
  const amzDate = input.now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v.trim()])),
    host: input.url.host,
    "x-amz-date": amzDate,
    "x-amz-content-sha256": input.payloadHash,
  };
  const signedHeaderNames = Object.keys(headers).sort();
  const query = [...input.url.searchParams.entries()]
    .map(([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const canonicalRequest = [
    input.method.toUpperCase(),
    encodePath(decodeURIComponent(input.url.pathname)),
    query,
    signedHeaderNames.map((h) => `${h}:${headers[h]}\n`).join(""),
    signedHeaderNames.join(";"),
    input.payloadHash,
  ].join("\n");
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), service), "aws4_request");
  const signature = createHmac("sha256", signingKey).update(stringToSign).digest("hex");
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaderNames.join(";")}, Signature=${signature}`,
  };
};

/** The same FileStorage interface on an S3-compatible bucket, with plain fetch and SigV4. */
export const createS3Storage = (config: S3Config): FileStorage => {
  const doFetch = config.fetch ?? fetch;
  const urlFor = (key: string) => {
    if (!isSafeKey(key)) throw new Error(`Unsafe storage key: ${key}`);
    const objectKey = config.prefix ? `${config.prefix.replace(/\/+$/, "")}/${key}` : key;
    return new URL(`${config.endpoint.replace(/\/+$/, "")}/${config.bucket}/${encodePath(objectKey)}`);
  };
  const send = (method: string, key: string, body?: Uint8Array, extra: Record<string, string> = {}) => {
    const url = urlFor(key);
    const headers = signV4({
      method,
      url,
      headers: extra,
      payloadHash: sha256Hex(body ?? new Uint8Array()),
      region: config.region,
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      now: new Date(),
    });
    delete headers.host; // fetch sets it
    return doFetch(url, { method, headers, body: body ? Buffer.from(body) : undefined });
  };
  return {
    async put(key, bytes, contentType) {
      const response = await send("PUT", key, bytes, { "content-type": contentType });
      if (!response.ok) throw new Error(`S3 PUT ${key} failed: ${response.status} ${await response.text()}`);
    },
    async get(key) {
      const response = await send("GET", key);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`S3 GET ${key} failed: ${response.status}`);
      return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? contentTypeOfKey(key) };
    },
    async delete(key) {
      const response = await send("DELETE", key);
      if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key} failed: ${response.status}`);
    },
  };
};
