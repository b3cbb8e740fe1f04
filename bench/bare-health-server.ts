/**
 * For bench/request-cost.ts: the health route's one `SELECT 1` behind a bare node:http server, in its own process,
 * on the app's own pool settings — what a route outside Next's request pipeline would cost. Not part of the app.
 */
import http from "node:http";
import { sql } from "drizzle-orm";
import { createPool } from "../db/client";

const { db } = createPool(process.env.DATABASE_URL!);
http
  .createServer((_request, response) => {
    db.execute(sql`select 1`).then(
      () => {
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, database: "up" }));
      },
      () => {
        response.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, database: "down" }));
      },
    );
  })
  .listen(Number(process.env.PORT), "127.0.0.1");
