import { parseClickCollectOptions } from "../options"

describe("plugin options", () => {
  it("defaults to a safety buffer of 1, a 60-minute same-day cut-off and a 5-day hold with a reminder a day before", () => {
    const defaults = { safetyBuffer: 1, sameDayCutoffMinutes: 60, holdDays: 5, reminderHoursBeforeExpiry: 24 }
    expect(parseClickCollectOptions(undefined)).toEqual(defaults)
    expect(parseClickCollectOptions({})).toEqual(defaults)
  })

  it("takes whole numbers from zero", () => {
    expect(parseClickCollectOptions({ safetyBuffer: 0, sameDayCutoffMinutes: 90, holdDays: 3 })).toEqual({
      safetyBuffer: 0,
      sameDayCutoffMinutes: 90,
      holdDays: 3,
      reminderHoursBeforeExpiry: 24,
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
      'unknown option "safetyBufer" (known: safetyBuffer, sameDayCutoffMinutes, holdDays, reminderHoursBeforeExpiry)'
    )
    expect(() => parseClickCollectOptions({ holdDays: 90 })).toThrow("holdDays must be a whole number of days from 0 to 60 (got 90)")
  })
})
