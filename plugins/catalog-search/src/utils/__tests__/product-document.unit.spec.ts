import { cheapestPrice, productAvailability, toProductDocument, type VariantGraphRow } from "../product-document"

const STORES = [
  { id: "stp_par", stock_location_id: "sloc_par", offers_pickup: true },
  { id: "stp_lyo", stock_location_id: "sloc_lyo", offers_pickup: true },
  { id: "stp_cc", stock_location_id: "sloc_cc", offers_pickup: false },
]
const NETWORK = { stores: STORES, warehouseLocationIds: ["sloc_wh"], safetyBuffer: 1 }

const variant = (id: string, levels: Record<string, [number, number]>, extra: Partial<VariantGraphRow> = {}): VariantGraphRow => ({
  id,
  manage_inventory: true,
  inventory_items: [
    {
      inventory_item_id: `iitem_${id}`,
      required_quantity: 1,
      inventory: {
        location_levels: Object.entries(levels).map(([location_id, [stocked_quantity, reserved_quantity]]) => ({
          location_id,
          stocked_quantity,
          reserved_quantity,
        })),
      },
    },
  ],
  ...extra,
})

describe("where a product can be had", () => {
  it("promises pickup beyond the safety buffer, counts the shelf without it, and the warehouse apart", () => {
    const availability = productAvailability(
      [variant("a", { sloc_par: [3, 1], sloc_lyo: [1, 0], sloc_cc: [9, 0] }), variant("b", { sloc_wh: [2, 2] })],
      NETWORK
    )
    // Paris: 2 free, 1 kept back → 1 to promise. Lyon: 1 free, all kept back. The contact centre offers no pickup.
    expect(availability).toEqual({
      pickup_store_ids: ["stp_par"],
      stock_store_ids: ["stp_par", "stp_lyo", "stp_cc"],
      warehouse_in_stock: false,
    })
  })

  it("needs every item of a kit, and treats unmanaged stock as always there", () => {
    const kit: VariantGraphRow = {
      id: "kit",
      manage_inventory: true,
      inventory_items: [
        { inventory_item_id: "i1", required_quantity: 2, inventory: { location_levels: [{ location_id: "sloc_par", stocked_quantity: 10, reserved_quantity: 0 }] } },
        { inventory_item_id: "i2", required_quantity: 1, inventory: { location_levels: [{ location_id: "sloc_par", stocked_quantity: 1, reserved_quantity: 0 }] } },
      ],
    }
    expect(productAvailability([kit], NETWORK)).toEqual({ pickup_store_ids: [], stock_store_ids: ["stp_par"], warehouse_in_stock: false })
    const unmanaged = variant("u", {}, { manage_inventory: false, inventory_items: [] })
    expect(productAvailability([unmanaged], NETWORK)).toEqual({
      pickup_store_ids: ["stp_par", "stp_lyo"],
      stock_store_ids: ["stp_par", "stp_lyo", "stp_cc"],
      warehouse_in_stock: true,
    })
  })
})

describe("a product's document", () => {
  it("gathers codes, options by title, categories with their ancestors, and the default region's price", () => {
    const document = toProductDocument(
      {
        id: "prod_1",
        title: "Robe en lin",
        handle: "robe-lin",
        status: "published",
        created_at: "2026-10-01T08:00:00Z",
        categories: [{ id: "pcat_robes", name: "Robes", mpath: "pcat_femme.pcat_robes" }],
        tags: [{ value: "lin" }, null],
        sales_channels: [{ id: "sc_web" }],
        variants: [
          variant("v1", {}, { sku: "RL-S", barcode: "2026000000017", ean: null, options: [{ value: "S", option: { title: "Taille" } }, { value: "Bleu", option: { title: "Colour" } }] }),
          variant("v2", {}, { sku: "RL-M", upc: "012345678905", options: [{ value: "M", option: { title: "Size" } }, { value: "Bleu", option: { title: "Colour" } }] }),
        ],
      },
      { ...NETWORK, prices: [{ region_id: "reg_eu", currency_code: "eur", amount: 79, original_amount: 99 }] }
    )
    expect(document).toEqual(
      expect.objectContaining({
        skus: ["RL-S", "RL-M"],
        barcodes: ["2026000000017", "012345678905"],
        sizes: ["S", "M"],
        colours: ["Bleu"],
        option_values: ["S", "Bleu", "M"],
        category_ids: ["pcat_femme", "pcat_robes"],
        category_names: ["Robes"],
        tags: ["lin"],
        sales_channel_ids: ["sc_web"],
        price: 79,
        currency_code: "eur",
        created_at: "2026-10-01T08:00:00.000Z",
      })
    )
  })

  it("takes the cheapest calculated price of a region, or none", () => {
    expect(
      cheapestPrice("reg", "eur", [
        { calculated_price: { calculated_amount: 80, original_amount: 80 } },
        { calculated_price: { calculated_amount: 64, original_amount: 80 } },
        { calculated_price: null },
      ])
    ).toEqual({ region_id: "reg", currency_code: "eur", amount: 64, original_amount: 80 })
    expect(cheapestPrice("reg", "eur", [{ calculated_price: null }])).toBeNull()
  })
})
