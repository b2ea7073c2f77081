import { buildEan13, ean13CheckDigit, isValidEan13 } from "../ean13"

describe("EAN-13", () => {
  it("computes the check digit of published barcodes", () => {
    // The usual textbook examples (4006381333931, 5012345678900) and an ISBN-13 checked by hand.
    expect(ean13CheckDigit("400638133393")).toBe(1)
    expect(ean13CheckDigit("501234567890")).toBe(0)
    expect(ean13CheckDigit("978020137962")).toBe(4)
  })

  it("rejects a code whose last digit was mistyped", () => {
    expect(isValidEan13("4006381333931")).toBe(true)
    expect(isValidEan13("4006381333932")).toBe(false)
    expect(isValidEan13("400638133393")).toBe(false)
  })

  it("builds a 13-digit code from a prefix and an item number", () => {
    const code = buildEan13("2026", 4203)
    expect(code).toMatch(/^202600004203\d$/)
    expect(isValidEan13(code)).toBe(true)
  })

  it("refuses an item number too long for the prefix", () => {
    expect(() => buildEan13("2026", 123456789)).toThrow(/does not fit/)
  })
})
