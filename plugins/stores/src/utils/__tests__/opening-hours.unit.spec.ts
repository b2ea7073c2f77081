import { openingHoursProblems, openingStatus, WeeklyOpeningHours } from "../opening-hours"

const day = (opens: string, closes: string) => [{ opens, closes }]
const hours: WeeklyOpeningHours = {
  monday: day("10:00", "19:00"),
  tuesday: day("10:00", "19:00"),
  wednesday: day("10:00", "19:00"),
  thursday: day("10:00", "19:00"),
  friday: day("10:00", "19:00"),
  saturday: [
    { opens: "09:30", closes: "12:30" },
    { opens: "14:00", closes: "19:30" },
  ],
  sunday: [],
}

describe("openingStatus", () => {
  it("reads the clock in the store's own timezone", () => {
    // Monday 23 November 2026, 09:30 UTC: 10:30 in Paris, 18:30 in Tokyo, 04:30 in New York.
    const at = new Date("2026-11-23T09:30:00Z")
    expect(openingStatus(hours, [], "Europe/Paris", at)).toEqual({
      open_now: true,
      local_time: "2026-11-23T10:30",
      closes_at: "19:00",
      next_opening: null,
    })
    expect(openingStatus(hours, [], "Asia/Tokyo", at).open_now).toBe(true)
    expect(openingStatus(hours, [], "America/New_York", at)).toEqual({
      open_now: false,
      local_time: "2026-11-23T04:30",
      closes_at: null,
      next_opening: "2026-11-23T10:00",
    })
  })

  it("crosses the date line: Sunday evening in UTC is already Monday morning in Tokyo", () => {
    const at = new Date("2026-11-22T23:30:00Z")
    expect(openingStatus(hours, [], "Asia/Tokyo", at)).toEqual({
      open_now: false,
      local_time: "2026-11-23T08:30",
      closes_at: null,
      next_opening: "2026-11-23T10:00",
    })
    // Still Sunday in Paris (00:30 Monday, in fact): closed until Monday 10:00.
    expect(openingStatus(hours, [], "Europe/Paris", at).next_opening).toBe("2026-11-23T10:00")
  })

  it("follows daylight saving time", () => {
    // 09:30 UTC is 11:30 in Paris in summer (CEST) and 10:30 in winter (CET).
    expect(openingStatus(hours, [], "Europe/Paris", new Date("2026-07-06T09:30:00Z")).local_time).toBe(
      "2026-07-06T11:30"
    )
    expect(openingStatus(hours, [], "Europe/Paris", new Date("2026-01-05T09:30:00Z")).local_time).toBe(
      "2026-01-05T10:30"
    )
  })

  it("knows a lunch break and the day's second opening", () => {
    const lunch = new Date("2026-11-28T12:00:00Z") // Saturday 13:00 in Paris
    expect(openingStatus(hours, [], "Europe/Paris", lunch)).toEqual(
      expect.objectContaining({ open_now: false, next_opening: "2026-11-28T14:00" })
    )
  })

  it("closes at the closing minute, not one minute later", () => {
    expect(openingStatus(hours, [], "Europe/Paris", new Date("2026-11-23T17:59:00Z")).open_now).toBe(true)
    expect(openingStatus(hours, [], "Europe/Paris", new Date("2026-11-23T18:00:00Z")).open_now).toBe(false)
  })

  it("honours closed days and skips them and Sundays to find the next opening", () => {
    const saturdayEvening = new Date("2026-12-19T19:00:00Z") // Saturday 20:00 in Paris
    const status = openingStatus(hours, ["2026-12-21"], "Europe/Paris", saturdayEvening)
    expect(status.next_opening).toBe("2026-12-22T10:00")
    const onClosedDay = openingStatus(hours, ["2026-12-21"], "Europe/Paris", new Date("2026-12-21T11:00:00Z"))
    expect(onClosedDay.open_now).toBe(false)
  })

  it("reports no next opening for a store closed every day", () => {
    const closed = Object.fromEntries(Object.keys(hours).map((d) => [d, []])) as unknown as WeeklyOpeningHours
    expect(openingStatus(closed, [], "Europe/Paris", new Date()).next_opening).toBeNull()
  })
})

describe("openingHoursProblems", () => {
  it("accepts a valid week", () => {
    expect(openingHoursProblems(hours)).toEqual([])
  })

  it("explains each problem in words", () => {
    expect(
      openingHoursProblems({
        ...hours,
        monday: [{ opens: "19:00", closes: "10:00" }],
        tuesday: [{ opens: "9h", closes: "18:00" }],
        saturday: [
          { opens: "10:00", closes: "14:00" },
          { opens: "13:00", closes: "18:00" },
        ],
        funday: [],
      })
    ).toEqual([
      'opening_hours has an unknown day "funday" (expected monday, tuesday, wednesday, thursday, friday, saturday, sunday)',
      "opening_hours.monday[0] closes (10:00) before it opens (19:00)",
      'opening_hours.tuesday[0] needs opens and closes as "HH:MM"',
      "opening_hours.saturday[1] overlaps the interval before it",
    ])
    expect(openingHoursProblems({ monday: [] })).toContain(
      "opening_hours.sunday must be a list of { opens, closes } intervals ([] when closed)"
    )
  })
})
