import { indexedFields } from "../index-fields"
import { toMeilisearchFilter } from "../translate-filters"
import { CATALOG_INDEX } from "./fixtures"

const fields = indexedFields(CATALOG_INDEX.fields)
const filter = (filters: Record<string, unknown>) => toMeilisearchFilter(filters as any, fields, "id")

// Meilisearch's filter syntax: https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference
describe("Medusa's filter DSL in Meilisearch's filter syntax", () => {
  it("writes equality, quoting and escaping strings, numbers and booleans bare", () => {
    expect(filter({ handle: 'robe "lin"\\bleue' })).toBe('handle = "robe \\"lin\\"\\\\bleue"')
    expect(filter({ price: 80, in_stock: true })).toBe("price = 80 AND in_stock = true")
    expect(filter({ price: { $eq: 80 } })).toBe("price = 80")
    expect(filter({ handle: { $ne: "robe" } })).toBe('handle != "robe"')
  })

  it("writes lists as IN and NOT IN, and an empty list as matching nothing", () => {
    expect(filter({ colours: ["Bleu", "Noir"] })).toBe('colours IN ["Bleu", "Noir"]')
    expect(filter({ colours: { $in: ["Bleu"] } })).toBe('colours IN ["Bleu"]')
    expect(filter({ colours: { $nin: ["Bleu", "Noir"] } })).toBe('colours NOT IN ["Bleu", "Noir"]')
    expect(filter({ colours: { $in: [] } })).toBe("id NOT EXISTS")
    expect(filter({ colours: { $overlaps: ["Bleu", "Noir"] } })).toBe('colours IN ["Bleu", "Noir"]')
    expect(filter({ colours: { $contains: ["Bleu", "Noir"] } })).toBe('(colours = "Bleu" AND colours = "Noir")')
  })

  it("writes ranges on numbers and dates, dates as epoch milliseconds", () => {
    expect(filter({ price: { $gte: 10, $lt: 100 } })).toBe("(price >= 10 AND price < 100)")
    expect(filter({ created_at: { $gt: "2026-10-01T00:00:00.000Z" } })).toBe(`created_at > ${Date.parse("2026-10-01T00:00:00Z")}`)
    expect(filter({ created_at: { $lte: new Date(0) } })).toBe("created_at <= 0")
  })

  it("writes $exists with Meilisearch's EXISTS and IS NULL", () => {
    expect(filter({ handle: { $exists: true } })).toBe("(handle EXISTS AND handle IS NOT NULL)")
    expect(filter({ handle: { $exists: false } })).toBe("(handle NOT EXISTS OR handle IS NULL)")
    expect(filter({ handle: null })).toBe("(handle NOT EXISTS OR handle IS NULL)")
  })

  it("nests $and, $or and $not, and reads dotted paths into objects", () => {
    expect(
      filter({ $or: [{ colours: "Bleu" }, { $and: [{ price: { $lt: 50 } }, { in_stock: true }] }], $not: { handle: "x" } })
    ).toBe('(colours = "Bleu" OR (price < 50 AND in_stock = true)) AND NOT (handle = "x")')
    expect(filter({ "prices.region_id": "reg_1" })).toBe('prices.region_id = "reg_1"')
  })

  it("leaves out the free text and an empty filter", () => {
    expect(filter({ q: "robe" })).toBeUndefined()
    expect(toMeilisearchFilter(undefined, fields, "id")).toBeUndefined()
  })

  it("refuses with a sentence what Meilisearch can't do or the definition doesn't allow", () => {
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ handle: { $prefix: "ro" } }, /no substring filter/],
      [{ handle: { $like: "%ro%" } }, /no substring filter/],
      [{ colour_code: "BCI" }, /Unknown field "colour_code"/],
      [{ title: "robe" }, /not filterable/],
      [{ price: { $between: [1, 2] } }, /Unknown filter operator \$between/],
      [{ price: { $gt: "cheap" } }, /price is a number/],
      [{ created_at: { $gt: "yesterday" } }, /created_at is a date/],
      [{ colours: { $gt: 3 } }, /does not apply to list fields/],
      [{ handle: { $contains: "x" } }, /list fields only/],
      [{ $xor: [] }, /Unknown filter operator \$xor/],
    ]
    for (const [filters, message] of refusals) {
      expect(() => filter(filters)).toThrow(message)
    }
  })
})
