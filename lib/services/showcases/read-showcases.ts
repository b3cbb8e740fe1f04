import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { listOrderTimesOfBusinesses } from "@/db/queries/orders";
import { findShowcaseBySlug, listPublishedShowcases, listShowcaseMembers, listShowcasesOfRegion } from "@/db/queries/showcases";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { showcaseLift } from "@/lib/domain/exposure/showcase-lift";
import { nextRotationAt, spotlightMembers } from "@/lib/domain/exposure/showcase-rotation";
import { showcaseActions, type ShowcaseActions } from "@/lib/domain/exposure/showcase-actions";
import { notFound } from "@/lib/errors";
import type { ShowcaseLiftView, ShowcaseMemberView, ShowcaseView } from "@/lib/validation/showcases";
import { assertShowcaseSlug, SHOWCASE_MESSAGES } from "./messages";

type Options = { db?: DbOrTx; now?: Date };
type Showcase = NonNullable<Awaited<ReturnType<typeof findShowcaseBySlug>>>;

const toView = async (db: DbOrTx, showcase: Showcase, now: Date, publicView: boolean): Promise<ShowcaseView> => {
  const rows = await listShowcaseMembers(db, { showcaseId: showcase.id });
  // The public sees verified businesses only: one suspended after featuring drops out of the collection at once.
  const members: ShowcaseMemberView[] = rows
    .filter((m) => !publicView || m.verificationStatus === "verified")
    .map((m) => ({
      businessId: m.businessId, businessName: m.businessName, kabupaten: m.kabupaten, scale: m.scale,
      productId: m.productId, productTitle: m.productTitle, position: m.position, featuredAt: m.featuredAt.toISOString(),
    }));
  const rotation = showcase.publishedAt ? { rotationDays: showcase.rotationDays, publishedAt: showcase.publishedAt, now } : null;
  return {
    id: showcase.id,
    slug: showcase.slug,
    title: showcase.title,
    theme: showcase.theme,
    rubric: showcase.rubric,
    rotationDays: showcase.rotationDays,
    spotlightSize: showcase.spotlightSize,
    status: showcase.status,
    publishedAt: showcase.publishedAt?.toISOString() ?? null,
    nextRotationAt: rotation ? nextRotationAt(rotation).toISOString() : null,
    members,
    spotlight: rotation ? spotlightMembers(members, { ...rotation, spotlightSize: showcase.spotlightSize }) : members.slice(0, showcase.spotlightSize),
  };
};

/** A published Etalase, public; a draft or archived one only to the admins who manage it (404 to everyone else). */
export const getShowcase = async (viewer: Viewer | null, slug: string, options: Options = {}): Promise<ShowcaseView> => {
  assertShowcaseSlug(slug);
  const db = options.db ?? defaultDb;
  const showcase = await findShowcaseBySlug(db, { slug });
  const manages = !!showcase && can(viewer, "showcase.manage", { regionId: showcase.regionId });
  if (!showcase || (showcase.status !== "published" && !manages)) throw notFound(SHOWCASE_MESSAGES.notFound);
  return toView(db, showcase, options.now ?? new Date(), !manages);
};

/** Every published Etalase with its current spotlight (home page, /etalase, the public API). */
export const listShowcases = async (options: Options = {}): Promise<ShowcaseView[]> => {
  const db = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  return Promise.all((await listPublishedShowcases(db)).map((s) => toView(db, s, now, true)));
};

/** The admin's view: every Etalase of the province, drafts included, each with what the admin may do next. */
export const listManagedShowcases = async (
  viewer: Viewer | null,
  regionId: string,
  options: Options = {},
): Promise<Array<ShowcaseView & { actions: ShowcaseActions }>> => {
  authorize(viewer, "showcase.manage", { regionId });
  const db = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  return Promise.all(
    (await listShowcasesOfRegion(db, { regionId })).map(async (s) => ({ ...(await toView(db, s, now, false)), actions: showcaseActions(viewer, s) })),
  );
};

/**
 * The lift of featuring, per member: orders and new OPD buyers 14 and 30 days after `featuredAt` against the 30
 * days before, recomputed from the order table on every read (nothing stored).
 */
export const getShowcaseLift = async (viewer: Viewer | null, slug: string, options: Options = {}): Promise<ShowcaseLiftView> => {
  assertShowcaseSlug(slug);
  const db = options.db ?? defaultDb;
  const showcase = await findShowcaseBySlug(db, { slug });
  if (!showcase) throw notFound(SHOWCASE_MESSAGES.notFound);
  authorize(viewer, "showcase.manage", { regionId: showcase.regionId });
  const now = options.now ?? new Date();
  const members = await listShowcaseMembers(db, { showcaseId: showcase.id });
  const orders = await listOrderTimesOfBusinesses(db, members.map((m) => m.businessId));
  return {
    slug,
    members: members.map((m) => {
      const lift = showcaseLift(m.featuredAt, orders.filter((o) => o.businessId === m.businessId), now);
      return { businessId: m.businessId, businessName: m.businessName, featuredAt: m.featuredAt.toISOString(), before30: lift.before30, after14: lift.after14, after30: lift.after30 };
    }),
  };
};
