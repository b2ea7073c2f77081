import { parseClickCollectOptions } from "../options"

describe("plugin options", () => {
  it("defaults to a safety buffer of 1 and a 60-minute same-day cut-off", () => {
    expect(parseClickCollectOptions(undefined)).toEqual({ safetyBuffer: 1, sameDayCutoffMinutes: 60 })
    expect(parseClickCollectOptions({})).toEqual({ safetyBuffer: 1, sameDayCutoffMinutes: 60 })
  })

  it("takes whole numbers from zero", () => {
    expect(parseClickCollectOptions({ safetyBuffer: 0, sameDayCutoffMinutes: 90 })).toEqual({
      safetyBuffer: 0,
      sameDayCutoffMinutes: 90,
    })
  })

  it("refuses what would make it promise the wrong stock, saying which option and why", () => {
    expect(() => parseClickCollectOptions({ safetyBuffer: -1 })).toThrow(
      "safetyBuffer must be a whole number of units from 0 to 1000 (got -1)"
    )
    expect(() => parseClickCollectOptions({ safetyBuffer: "2" })).toThrow('safetyBuffer must be a whole number of units from 0 to 1000 (got "2")')
    expect(() => parseClickCollectOptions({ sameDayCutoffMinutes: 1.5 })).toThrow(
      "sameDayCutoffMinutes must be a whole number of minutes from 0 to 1440"
    )
    expect(() => parseClickCollectOptions({ safetyBufer: 2 })).toThrow(
      'unknown option "safetyBufer" (known: safetyBuffer, sameDayCutoffMinutes)'
    )
  })
})
