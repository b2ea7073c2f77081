import { toStoredDocument } from "../documents"
import { parseMeilisearchOptions } from "../options"
import { CATALOG_INDEX } from "./fixtures"

describe("documents as Meilisearch stores them", () => {
  it("stores dates as epoch milliseconds (nested ones too) and the primary key as text, leaving the input alone", () => {
    const document = { id: 42, created_at: "2026-10-01T00:00:00.000Z", title: "Robe" }
    expect(toStoredDocument(document as any, CATALOG_INDEX)).toEqual({ id: "42", created_at: Date.parse("2026-10-01T00:00:00Z"), title: "Robe" })
    expect(document.created_at).toBe("2026-10-01T00:00:00.000Z")
    const nested = {
      ...CATALOG_INDEX,
      fields: { id: { type: "keyword" as const }, events: { type: "object" as const, array: true, fields: { at: { type: "date" as const } } } },
    }
    expect(toStoredDocument({ id: "a", events: [{ at: "1970-01-01T00:00:01.000Z" }, { at: null }] }, nested)).toEqual({
      id: "a",
      events: [{ at: 1000 }, { at: null }],
    })
  })
})

describe("the provider's options", () => {
  it("fills in defaults", () => {
    expect(parseMeilisearchOptions({ host: "http://localhost:7700", apiKey: "key" })).toEqual({
      host: "http://localhost:7700",
      apiKey: "key",
      requestTimeoutMs: 10000,
      taskTimeoutMs: 120000,
      taskIntervalMs: 50,
    })
  })

  it("refuses bad options with one sentence per problem", () => {
    expect(() => parseMeilisearchOptions({})).toThrow(/host is required/)
    expect(() => parseMeilisearchOptions({ host: "meili:7700" })).toThrow(/http:\/\/ or https:\/\//)
    expect(() => parseMeilisearchOptions({ host: "http://m", apiKey: "", taskTimeoutMs: -1, hots: 1 })).toThrow(
      /unknown option "hots".*apiKey must be a non-empty string.*taskTimeoutMs must be a whole number/
    )
  })
})
