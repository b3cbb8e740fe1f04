import { db } from "@/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { addToCart } from "@/lib/services/procurement/add-to-cart";
import { sql } from "drizzle-orm";

const main = async () => {
  const users = (await db.execute(sql`select id, email from users where email in ('pembeli@pasarumk.test')`)) as unknown as Array<{ id: string }>;
  const rows = Array.isArray(users) ? users : (users as { rows: Array<{ id: string }> }).rows;
  const viewer = await loadViewer(db, rows[0]!.id);
  const prods = (await db.execute(sql`select p.id, p.min_order, p.title, b.is_umk, b.legal_name from products p join businesses b on b.id = p.business_id where p.status='active' and p.stock > p.min_order + 2 and b.verification_status='verified' and p.price_idr * (p.min_order + 1) < 8000000 order by b.is_umk, p.title`)) as unknown;
  const list = (Array.isArray(prods) ? prods : (prods as { rows: unknown[] }).rows) as Array<{ id: string; min_order: number; title: string; is_umk: boolean; legal_name: string }>;
  const nonUmk = list.find((p) => !p.is_umk)!;
  const umk = list.find((p) => p.is_umk && p.legal_name.includes("Sukarara"))!;
  console.log(nonUmk, umk);
  await addToCart(viewer, { productId: nonUmk.id, quantity: nonUmk.min_order });
  await addToCart(viewer, { productId: umk.id, quantity: umk.min_order + 1 });
  process.exit(0);
};
void main();
