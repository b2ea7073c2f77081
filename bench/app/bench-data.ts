/** The bench data set, as plain data: what `seed-bench.ts` creates and the benchmarks look up. */

const COLOURS = [
  { name: "Navy", code: "NAV" },
  { name: "Ecru", code: "ECR" },
  { name: "Black", code: "NOI" },
  { name: "Camel", code: "CAM" },
]
const SIZES = ["S", "M", "L"] as const
const FAMILIES = ["Pull", "Chemise", "Robe", "Veste", "Pantalon", "Jupe", "Manteau", "Gilet", "T-shirt", "Écharpe"]

const STORES = 50
const PRODUCTS = 500

/** A deterministic hash of a string, 0 ≤ h < 2³² (FNV-1a): the same stock on every run and machine. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

const pad = (n: number, width: number) => String(n).padStart(width, "0")

const weekday = [{ opens: "10:00", closes: "19:30" }]

export const BENCH = {
  channelName: "Passerelle bench",
  keyTitle: "Passerelle bench",
  warehouseName: "Bench warehouse",
  stores: STORES,
  products: PRODUCTS,
  variantsPerProduct: COLOURS.length * SIZES.length,
  colours: COLOURS,
  sizes: SIZES,
  /** Products per createProductsWorkflow run (240 variants). */
  productBatch: 20,
  /** Inventory levels per createInventoryLevels call. */
  levelBatch: 5000,
  /** The admin login bench:search changes stock with. */
  admin: { email: "bench-admin@passerelle.example", password: "passerelle-bench" },
  /** The associate bench:search scans barcodes as, on BEN-002's tablet. */
  associate: { email: "bench-associate@passerelle.example", password: "passerelle-bench", storeCode: "BEN-002", employeeCode: "BENCH-1" },
  /** The product the availability benchmark reads. */
  benchmarkHandle: "bench-0001",
  /** The bench stores' POS channel (a store profile's channel is the one its till sells through). */
  posChannelName: "Passerelle bench POS",
  /** What the checkout benchmark buys, and where. */
  checkout: {
    handle: "bench-checkout",
    title: "Pull bench checkout",
    style: "BCHK",
    price: 59,
    /** The pickup store: its pickup option is the click & collect side of the benchmark. */
    storeCode: "BEN-001",
    /** Units of each checkout variant at the pickup store and at the warehouse; the seed tops them up at half. */
    stock: 100000,
    deliveryOptionName: "Bench home delivery",
    deliveryPrice: 4.9,
    deliverySetName: "Bench warehouse delivery",
    deliveryZoneName: "Bench warehouse delivery: France",
  },
  openingHours: {
    monday: weekday,
    tuesday: weekday,
    wednesday: weekday,
    thursday: weekday,
    friday: weekday,
    saturday: weekday,
    sunday: [],
  },

  /** BEN-001 … BEN-050, spread over mainland France. */
  storeList() {
    return Array.from({ length: STORES }, (_, index) => {
      const n = index + 1
      const code = `BEN-${pad(n, 3)}`
      return {
        code,
        name: `Bench store ${pad(n, 3)}`,
        locationName: `Bench store ${pad(n, 3)} (${code})`,
        city: `Bench city ${pad(n, 3)}`,
        postalCode: `75${pad(n, 3)}`,
        latitude: 43.3 + (hash(`${code}:lat`) % 7500) / 1000,
        longitude: -1.2 + (hash(`${code}:lng`) % 8500) / 1000,
      }
    })
  },

  /** bench-0001 … bench-0500, 12 variants each (4 colours × 3 sizes). */
  productList() {
    return Array.from({ length: PRODUCTS }, (_, index) => {
      const n = index + 1
      const style = `B${pad(n, 4)}`
      return {
        handle: `bench-${pad(n, 4)}`,
        title: `${FAMILIES[index % FAMILIES.length]} bench ${pad(n, 4)}`,
        price: 20 + (hash(style) % 180),
        variants: COLOURS.flatMap((colour) =>
          SIZES.map((size) => ({ sku: `${style}-${colour.code}-${size}`, colour: colour.name, size }))
        ),
      }
    })
  },

  /** Units of an item at a location: 0 to 12, about one level in six empty. */
  stockFor(inventoryItemId: string, locationId: string): number {
    const h = hash(`${inventoryItemId}:${locationId}`)
    return h % 6 === 0 ? 0 : 1 + (h % 12)
  },
}
