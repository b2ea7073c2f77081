import { clickCollectStoreShareBasisPoints, DEFAULT_OPTIONS, parseSalesAttributionOptions } from "../options"

describe("sales attribution options", () => {
  it("fills in the defaults: last touch within 14 days, no store share, links valid 14 days", () => {
    expect(parseSalesAttributionOptions(undefined)).toEqual(DEFAULT_OPTIONS)
    expect(DEFAULT_OPTIONS).toMatchObject({
      attributionWindowDays: 14,
      onlineRule: "last_touch",
      clickCollectStoreShare: 0,
      sharedCartTtlDays: 14,
      reportTimezone: "Europe/Paris",
    })
  })

  it("keeps the shop's rules and turns the click & collect share into basis points", () => {
    const options = parseSalesAttributionOptions({
      attributionWindowDays: 30,
      onlineRule: "split",
      clickCollectStoreShare: 0.125,
      sharedCartUrl: "https://shop.example/s/{token}",
      houseAccountName: "  Web team  ",
      reportTimezone: "Europe/Brussels",
    })
    expect(options).toMatchObject({ attributionWindowDays: 30, onlineRule: "split", houseAccountName: "Web team" })
    expect(clickCollectStoreShareBasisPoints(options)).toBe(1250)
  })

  it("refuses to start with a misconfiguration, one sentence per problem", () => {
    const refuse = (raw: unknown) => () => parseSalesAttributionOptions(raw)
    expect(refuse({ attributionWindow: 14 })).toThrow(/unknown option "attributionWindow"/)
    expect(refuse({ attributionWindowDays: 0 })).toThrow(/attributionWindowDays must be a whole number of days from 1 to 365/)
    expect(refuse({ onlineRule: "most_recent" })).toThrow(/onlineRule must be one of last_touch, first_touch, split/)
    expect(refuse({ clickCollectStoreShare: 1.5 })).toThrow(/clickCollectStoreShare must be a number from 0 to 1/)
    expect(refuse({ clickCollectStoreShare: 0.12345 })).toThrow(/at most 4 decimals/)
    for (const notANumber of [true, null, "0.5"]) {
      expect(refuse({ clickCollectStoreShare: notANumber })).toThrow(/clickCollectStoreShare must be a number from 0 to 1/)
    }
    expect(refuse({ sharedCartUrl: "https://shop.example/s/" })).toThrow(/containing \{token\} once/)
    expect(refuse({ reportTimezone: "Paris" })).toThrow(/IANA time zone/)
    expect(refuse({ houseAccountName: " " })).toThrow(/houseAccountName must be a non-empty string/)
    expect(refuse({ sharedCartTtlDays: 91, onlineRule: 1 })).toThrow(/sharedCartTtlDays.*; onlineRule/)
  })
})
