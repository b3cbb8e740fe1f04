import { readJsonBody } from "@/lib/api/json-body";
import { AppError } from "@/lib/errors";

const post = (body: string | undefined, type?: string) =>
  new Request("http://localhost/x", { method: "POST", body, headers: type ? { "content-type": type } : {} });
const codeOf = async (request: Request) => {
  try {
    await readJsonBody(request);
    return "ok";
  } catch (error) {
    return (error as AppError).code;
  }
};

describe("readJsonBody", () => {
  it("parses application/json, with or without a charset", async () => {
    expect(await readJsonBody(post('{"a":1}', "application/json"))).toEqual({ a: 1 });
    expect(await readJsonBody(post("{}", "application/json; charset=utf-8"))).toEqual({});
  });
  it("answers 415 to any other Content-Type, or none", async () => {
    expect(await codeOf(post("{}", "text/plain"))).toBe("unsupported_media_type");
    expect(await codeOf(post("{}", "application/x-www-form-urlencoded"))).toBe("unsupported_media_type");
    expect(await codeOf(post("{}", "application/jsonp"))).toBe("unsupported_media_type");
    expect(await codeOf(new Request("http://localhost/x", { method: "POST", body: new Blob(["{}"]) }))).toBe("unsupported_media_type");
  });
  it("answers 400 to an empty or malformed body", async () => {
    expect(await codeOf(post(undefined, "application/json"))).toBe("bad_request");
    expect(await codeOf(post("  ", "application/json"))).toBe("bad_request");
    expect(await codeOf(post("{oops", "application/json"))).toBe("bad_request");
  });
});
