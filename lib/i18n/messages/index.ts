import catalogEn from "./catalog.en.json";
import catalogId from "./catalog.id.json";
import enBase from "./en.json";
import idBase from "./id.json";
import sellerEn from "./seller.en.json";
import sellerId from "./seller.id.json";
import adminEn from "./admin.en.json";
import adminId from "./admin.id.json";
import procurementEn from "./procurement.en.json";
import procurementId from "./procurement.id.json";
import holidaysEn from "./holidays.en.json";
import holidaysId from "./holidays.id.json";
import searchSyncEn from "./search-sync.en.json";
import searchSyncId from "./search-sync.id.json";
import eventsEn from "./events.en.json";
import eventsId from "./events.id.json";
import paymentsEn from "./payments.en.json";
import paymentsId from "./payments.id.json";
import apiTokensEn from "./api-tokens.en.json";
import apiTokensId from "./api-tokens.id.json";
import accountsEn from "./accounts.en.json";
import accountsId from "./accounts.id.json";
import notificationsEn from "./notifications.en.json";
import notificationsId from "./notifications.id.json";
import errorPageEn from "./error-page.en.json";
import errorPageId from "./error-page.id.json";
// wa (issues 12–13)
import phoneEn from "./phone.en.json";
import phoneId from "./phone.id.json";
import demandEn from "./demand.en.json";
import demandId from "./demand.id.json";
import ocdsEn from "./ocds.en.json";
import ocdsId from "./ocds.id.json";
import storefrontEn from "./storefront.en.json";
import storefrontId from "./storefront.id.json";
import mitraEn from "./mitra.en.json";
import mitraId from "./mitra.id.json";
import diklatEn from "./diklat.en.json";
import diklatId from "./diklat.id.json";
import exposureEn from "./exposure.en.json";
import exposureId from "./exposure.id.json";
import flagsEn from "./flags.en.json";
import flagsId from "./flags.id.json";
import chartsEn from "./charts.en.json";
import chartsId from "./charts.id.json";

/**
 * The message catalogs. Shared namespaces live in id.json/en.json; a feature may bring its own
 * namespace as `<feature>.id.json` + `<feature>.en.json`, registered here, so features do not collide.
 */
export const catalogs = {
  id: { ...idBase, seller: sellerId, sellerAdmin: adminId, catalog: catalogId, procurement: procurementId, searchSync: searchSyncId, holidays: holidaysId, events: eventsId, payments: paymentsId, apiTokens: apiTokensId, notifications: notificationsId, accounts: accountsId, error: errorPageId, phone: phoneId, demand: demandId, ocds: ocdsId, storefront: storefrontId, mitra: mitraId, diklat: diklatId, exposure: exposureId, flags: flagsId, charts: chartsId },
  en: { ...enBase, seller: sellerEn, sellerAdmin: adminEn, catalog: catalogEn, procurement: procurementEn, searchSync: searchSyncEn, holidays: holidaysEn, events: eventsEn, payments: paymentsEn, apiTokens: apiTokensEn, notifications: notificationsEn, accounts: accountsEn, error: errorPageEn, phone: phoneEn, demand: demandEn, ocds: ocdsEn, storefront: storefrontEn, mitra: mitraEn, diklat: diklatEn, exposure: exposureEn, flags: flagsEn, charts: chartsEn },
} as const;

export type Messages = (typeof catalogs)["id"];
