import { toMeilisearchSettings } from "../index-settings"
import { CATALOG_INDEX } from "./fixtures"

// The body of PATCH /indexes/{uid}/settings: https://www.meilisearch.com/docs/reference/api/settings
describe("Meilisearch settings from an index definition", () => {
  it("orders searchable attributes by weight, and lists filterable, facetable and sortable ones", () => {
    expect(toMeilisearchSettings(CATALOG_INDEX)).toEqual({
      searchableAttributes: ["title", "skus", "subtitle", "description"],
      filterableAttributes: ["id", "handle", "skus", "colours", "price", "in_stock", "created_at", "prices.region_id"],
      sortableAttributes: ["title", "price", "created_at"],
      displayedAttributes: ["*"],
      distinctAttribute: "handle",
      typoTolerance: { enabled: true, disableOnAttributes: ["skus"], minWordSizeForTypos: { oneTypo: 4 } },
    })
  })

  it("keeps typo tolerance off when the definition turns it off, and passes Meilisearch-only settings through", () => {
    const settings = toMeilisearchSettings({
      ...CATALOG_INDEX,
      settings: {
        typo_tolerance: { enabled: false, disabled_on_attributes: ["handle"] },
        provider_options: { meilisearch: { synonyms: { pull: ["sweater"] } } },
      },
    })
    expect(settings.typoTolerance).toEqual({ enabled: false, disableOnAttributes: ["handle", "skus"] })
    expect(settings.synonyms).toEqual({ pull: ["sweater"] })
    expect(settings.distinctAttribute).toBeNull()
  })

  it("refuses a vector field, which would need an embedder", () => {
    expect(() =>
      toMeilisearchSettings({ ...CATALOG_INDEX, fields: { ...CATALOG_INDEX.fields, embedding: { type: "vector", dimensions: 3 } } })
    ).toThrow(/embedder/)
  })
})
