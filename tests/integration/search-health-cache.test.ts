import http from "node:http";
import type { AddressInfo } from "node:net";
import { createSearchTarget } from "@/lib/search/client";
import { searchHealth } from "@/lib/search/health";

jest.setTimeout(30_000);

// A stand-in for Meilisearch's two health round trips whose answers can be held back, to see who waits for them.
let hold = false;
let requests = 0;
const held: http.ServerResponse[] = [];
const server = http.createServer((req, res) => {
  requests += 1;
  if (hold) {
    held.push(res);
    return;
  }
  res.setHeader("content-type", "application/json");
  res.end(req.url === "/health" ? '{"status":"available"}' : '{"uid":"products"}');
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
afterAll(async () => {
  for (const res of held) res.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("search health on the answer path", () => {
  it("answers from the last verdict while a background probe refreshes it", async () => {
    const { port } = server.address() as AddressInfo;
    const search = createSearchTarget({ host: `http://127.0.0.1:${port}`, apiKey: "k" });

    const first = await searchHealth({ search });
    expect(first).toMatchObject({ degraded: false, reason: null });
    expect(requests).toBe(2);

    // Past the cache period, with the stand-in no longer answering: a request that waited for the probe would
    // get "unreachable" after the probe's deadline; one served from the cached verdict gets the verdict itself.
    hold = true;
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const second = await searchHealth({ search });
    expect(second).toBe(first);
    // …and the refresh did go out in the background.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests).toBe(3);

    // A caller that asks for a fresh verdict (the admin page) waits for it: the held probe times out.
    const fresh = await searchHealth({ search, fresh: true });
    expect(fresh).toMatchObject({ degraded: true, reason: "unreachable" });
  });
});
