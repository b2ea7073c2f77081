/**
 * The facts of the "Maison Aurore" demo that other code, tests and docs point at.
 *
 * Everything here is plain data: the seed reads it to create records (each found again by the
 * natural key given here: a name, title, code or SKU), and tests use it to know what to expect
 * without hard-coding ids.
 */

export const DEMO_STORE_NAME = "Maison Aurore"

/** The only currency sold in. European shelf prices include VAT, so every EUR price is tax inclusive. */
export const DEMO_CURRENCY_CODE = "eur"

export const DEMO_REGION_NAME = "Europe"

/** Medusa's built-in providers, registered without configuration. */
export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"
export const SYSTEM_TAX_PROVIDER_ID = "tp_system"
export const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"

export type VatCountry = {
  /** ISO 3166-1 alpha-2, lower case as Medusa stores it. */
  country_code: string
  /** Standard VAT rate in percent. */
  rate: number
  /** Rate name as printed on receipts in that country. */
  name: string
}

/** The region's countries with their standard VAT rates (clothing is taxed at the standard rate). */
export const DEMO_VAT_COUNTRIES: VatCountry[] = [
  { country_code: "fr", rate: 20, name: "TVA 20 %" },
  { country_code: "be", rate: 21, name: "TVA/BTW 21 %" },
  { country_code: "de", rate: 19, name: "MwSt. 19 %" },
  { country_code: "lu", rate: 17, name: "TVA 17 %" },
  { country_code: "nl", rate: 21, name: "BTW 21 %" },
]

export const DEMO_COUNTRY_CODES = DEMO_VAT_COUNTRIES.map((c) => c.country_code)

/** A physical place that holds stock: the warehouse or a store. */
export type DemoLocation = {
  /** Short code used on labels, in the POS and in logs, e.g. PAR-01. */
  code: string
  /** Short place name; the stock location is named `${name} (${code})`, see `locationName`. */
  name: string
  city: string
  country_code: string
  address_1: string
  postal_code: string
  latitude: number
  longitude: number
  phone: string
  closedOnSunday: boolean
}

/**
 * The warehouse ships every web order. Its stock location is named exactly "Central Warehouse"
 * (no code suffix): it is not a store and shoppers never see its code.
 */
export const DEMO_WAREHOUSE = {
  code: "WH-LYS",
  name: "Central Warehouse",
  city: "Saint-Quentin-Fallavier",
  country_code: "fr",
  address_1: "20 Rue de Chesnes, ZAC de Chesnes Nord",
  postal_code: "38070",
  latitude: 45.6436,
  longitude: 5.1127,
  // French numbers in the 01 99 00 / 04 65 71 / 03 53 01 blocks are reserved by ARCEP for fiction.
  phone: "+33 4 65 71 00 00",
  closedOnSunday: true,
} as const satisfies DemoLocation

export const DEMO_STORES: DemoLocation[] = [
  {
    code: "PAR-01",
    name: "Paris Le Marais",
    city: "Paris",
    country_code: "fr",
    address_1: "24 Rue des Francs-Bourgeois",
    postal_code: "75003",
    latitude: 48.8576,
    longitude: 2.3608,
    phone: "+33 1 99 00 10 01",
    // The Marais is an international tourist zone: Sunday opening is allowed and usual.
    closedOnSunday: false,
  },
  {
    code: "PAR-02",
    name: "Paris Saint-Germain",
    city: "Paris",
    country_code: "fr",
    address_1: "47 Rue de Rennes",
    postal_code: "75006",
    latitude: 48.8503,
    longitude: 2.3303,
    phone: "+33 1 99 00 10 02",
    closedOnSunday: false,
  },
  {
    code: "LYO-01",
    name: "Lyon Presqu'île",
    city: "Lyon",
    country_code: "fr",
    address_1: "62 Rue de la République",
    postal_code: "69002",
    latitude: 45.7607,
    longitude: 4.8357,
    phone: "+33 4 65 71 10 01",
    closedOnSunday: true,
  },
  {
    code: "LIL-01",
    name: "Lille Vieux-Lille",
    city: "Lille",
    country_code: "fr",
    address_1: "18 Rue de la Grande Chaussée",
    postal_code: "59800",
    latitude: 50.6388,
    longitude: 3.0628,
    phone: "+33 3 53 01 10 01",
    closedOnSunday: true,
  },
  {
    code: "BRU-01",
    name: "Bruxelles Dansaert",
    city: "Bruxelles",
    country_code: "be",
    address_1: "52 Rue Antoine Dansaert",
    postal_code: "1000",
    latitude: 50.8507,
    longitude: 4.3468,
    phone: "+32 2 511 10 01",
    closedOnSunday: true,
  },
  {
    code: "BER-01",
    name: "Berlin Mitte",
    city: "Berlin",
    country_code: "de",
    address_1: "Alte Schönhauser Straße 14",
    postal_code: "10119",
    latitude: 52.5266,
    longitude: 13.4071,
    // 030 23125 xxx is the Bundesnetzagentur's block reserved for fiction.
    phone: "+49 30 23125 101",
    // German shop-closing law (Ladenschlussgesetz): shops stay shut on Sundays.
    closedOnSunday: true,
  },
]

export const DEMO_STORE_CODES = DEMO_STORES.map((s) => s.code)

/** The stock location name of a store, e.g. "Paris Le Marais (PAR-01)"; the warehouse keeps its plain name. */
export function locationName(location: DemoLocation): string {
  return location.code === DEMO_WAREHOUSE.code ? location.name : `${location.name} (${location.code})`
}

export const WEB_STORE_CHANNEL = {
  name: "Web Store",
  description: "The Maison Aurore web shop and mobile site, shipped from the Central Warehouse.",
} as const

export const POS_CHANNEL = {
  name: "Stores (POS)",
  description: "The tills and associate tablets of the Maison Aurore stores.",
} as const

/** Each channel has its own publishable key, titled like the channel. */
export const WEB_STORE_API_KEY_TITLE = WEB_STORE_CHANNEL.name
export const POS_API_KEY_TITLE = POS_CHANNEL.name

export const DEFAULT_SHIPPING_PROFILE_NAME = "Default Shipping Profile"
export const WAREHOUSE_FULFILLMENT_SET_NAME = "Central Warehouse home delivery"
export const WAREHOUSE_SERVICE_ZONE_NAME = "Europe home delivery"

/** Prices are in euros, VAT included (Medusa v2 amounts are in major units). */
export const STANDARD_DELIVERY = {
  name: "Standard delivery",
  code: "standard",
  label: "Standard",
  description: "Delivered to your door in 2–4 working days.",
  amount: 4.9,
} as const

/**
 * At or above this cart item total (VAT included, after discounts) home delivery is free.
 * Below it the option costs the standard rate, so it is never dearer than Standard delivery.
 */
export const FREE_DELIVERY_THRESHOLD = 100

export const FREE_DELIVERY = {
  name: "Free delivery over €100",
  code: "free-over-threshold",
  label: "Free over €100",
  description: "Free home delivery in 2–4 working days for orders of €100 or more.",
  amountBelowThreshold: STANDARD_DELIVERY.amount,
  amountAtOrAboveThreshold: 0,
} as const

/** Product option titles shared by every product. */
export const SIZE_OPTION = "Size"
export const COLOUR_OPTION = "Colour"

/** Products sold only at the tills (never listed on the web shop). */
export const STORE_EXCLUSIVE_HANDLES = ["tote-lin-atelier", "bandana-coton-zoe"] as const
/** Products sold only on the web shop (never in the stores' channel). */
export const WEB_EXCLUSIVE_HANDLES = ["robe-longue-solene", "pantalon-velours-emile"] as const

/** A product stocked in the warehouse only although it is in both channels (too bulky for the stores). */
export const WAREHOUSE_ONLY_HANDLES = ["surchemise-leon"] as const

export const SALE_PRICE_LIST = {
  title: "Mid-season sale",
  description: "30 % off a selection of the Spring–Summer range, in every channel.",
  /** Sale price = round(price × (1 − percent/100), 2). */
  percentOff: 30,
  handles: [
    "robe-portefeuille-margaux",
    "blouse-lea-brodee",
    "caraco-elise-soie",
    "gilet-nina",
    "chemise-arthur-denim",
    "bermuda-paul",
    "sac-seau-celeste",
    "carre-soie-riviera",
  ],
} as const

/** A code any shopper can enter in any channel: 10 % off the order. */
export const WELCOME_PROMOTION = {
  code: "BIENVENUE10",
  percentOff: 10,
} as const

/**
 * The "local store offer": applied automatically to Knitwear items, but only in the stores' channel.
 * Medusa requires a code even for automatic promotions; shoppers never type it.
 */
export const LOCAL_STORE_OFFER = {
  code: "MAGASIN-MAILLE15",
  percentOff: 15,
  /** Leaf categories whose items get the discount. */
  categoryHandles: ["women-knitwear", "men-knitwear"],
  /** The cart attribute the promotion rule tests, as exposed by Medusa's cart promotion context. */
  ruleAttribute: "sales_channel_id",
} as const

/**
 * Stock situations the demo guarantees, for tests, docs and the sales pitch.
 * Quantities are what the seed sets; demo orders never touch these SKUs.
 */
export const STOCK_EXAMPLES = {
  /** In both channels, but stocked only at the Central Warehouse (no store levels). */
  warehouseOnly: { sku: "SH405-CAM-L", warehouse: 12 },
  /** Sold out at PAR-01 while PAR-02, across town, has some. */
  soldOutAtPar01InStockAtPar02: { sku: "KN301-CAM-M", "PAR-01": 0, "PAR-02": 3 },
  /** The last unit at LYO-01. */
  lastUnitAtLyo01: { sku: "DR101-ECR-S", "LYO-01": 1 },
  /** Sold out everywhere: warehouse and every store at 0. */
  soldOutEverywhere: { sku: "TP204-NOI-XS" },
} as const

/** EAN-13 prefix of the demo's own labels: "20"–"29" is GS1's restricted-circulation range, so no real product clashes. */
export const DEMO_EAN_PREFIX = "2026"

/** Seed of the stock PRNG: change it and every quantity changes, deterministically. */
export const DEMO_STOCK_SEED = "maison-aurore-2026"

/**
 * The contact centre: e-sellers who help customers by phone, chat and email, and earn credit for the online
 * orders that follow. A store profile with no pickup, no till and no shelf: its stock location (a profile needs
 * one) sells in no channel, so shoppers never see it in the store directory or in availability.
 */
export const DEMO_CONTACT_CENTRE = {
  code: "CC-01",
  name: "Centre de contact",
  city: "Lille",
  country_code: "fr",
  address_1: "165 Avenue de Bretagne",
  postal_code: "59000",
  latitude: 50.6329,
  longitude: 3.0217,
  phone: "+33 3 53 01 20 00",
  closedOnSunday: true,
} as const satisfies DemoLocation

/**
 * The month of sales attribution history the demo starts with (see `history-plan.ts`): every date in it is a
 * local time in `timezone`, and the reports read days in that timezone too.
 */
export const DEMO_HISTORY = { from: "2026-10-01", to: "2026-10-31", timezone: "Europe/Paris" } as const
