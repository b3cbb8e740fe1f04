/** A platform business the add-item search offers (the service's BusinessForEvent); UMK status is the verified record's. */
export type BusinessPick = { id: string; name: string; nib: string; kabupaten: string; isUmk: boolean };

export type ItemFieldLabels = {
  category: string; description: string; descriptionHint: string; amount: string; amountHint: string;
  supplierKind: string; platform: string; platformHint: string; offPlatform: string; offPlatformHint: string;
  search: string; searchButton: string; searching: string; searchHint: string; results: string; noResults: string;
  supplierName: string; nib: string; isUmk: string; isLocal: string; umk: string; notUmk: string; local: string; notLocal: string;
};
