import { signReturnToken, verifyReturnToken } from "../return-token"

const SECRET = "the-shop-secret"
const ORDER = "order_01JABCDEF"
const NOW = new Date("2026-11-23T10:00:00.000Z")
const IN_THREE_DAYS = new Date("2026-11-26T10:00:00.000Z")

describe("return token", () => {
  const token = signReturnToken({ order_id: ORDER, expires_at: IN_THREE_DAYS }, SECRET)

  it("names the order and its expiry while it is valid", () => {
    expect(verifyReturnToken(token, SECRET, NOW)).toEqual({
      valid: true,
      claims: { order_id: ORDER, expires_at: IN_THREE_DAYS },
    })
  })

  it("is refused once expired, saying when it expired", () => {
    const check = verifyReturnToken(token, SECRET, new Date("2026-11-26T10:00:01.000Z"))
    expect(check).toEqual({ valid: false, reason: expect.stringContaining("expired on 2026-11-26T10:00:00.000Z") })
  })

  it("is refused when another order id is put in it", () => {
    const [prefix, , expiry, mac] = token.split(".")
    const tampered = [prefix, "order_SOMEONE_ELSE", expiry, mac].join(".")
    expect(verifyReturnToken(tampered, SECRET, NOW)).toEqual({
      valid: false,
      reason: "This return code was not issued by this shop or has been altered.",
    })
  })

  it("is refused when its expiry is pushed back", () => {
    const [prefix, order, expiry, mac] = token.split(".")
    const extended = [prefix, order, String(Number(expiry) + 30 * 86400), mac].join(".")
    expect(verifyReturnToken(extended, SECRET, NOW)).toMatchObject({ valid: false })
  })

  it("is refused when its signature is altered", () => {
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A")
    expect(verifyReturnToken(flipped, SECRET, NOW)).toMatchObject({ valid: false })
  })

  it("is refused by a shop with another secret", () => {
    expect(verifyReturnToken(token, "another-shop-secret", NOW)).toEqual({
      valid: false,
      reason: "This return code was not issued by this shop or has been altered.",
    })
  })

  it.each([
    ["empty", ""],
    ["a barcode", "3760123456789"],
    ["three parts", `rt1.${ORDER}.1795687200`],
    ["another version", token.replace(/^rt1/, "rt2")],
    ["a non-numeric expiry", `rt1.${ORDER}.soon.abc`],
    ["no order id", "rt1..1795687200.abc"],
    ["undefined", undefined as unknown as string],
  ])("is refused without throwing when malformed (%s)", (_label, malformed) => {
    expect(verifyReturnToken(malformed, SECRET, NOW)).toEqual({
      valid: false,
      reason: "This is not a Passerelle return code.",
    })
  })

  it("tolerates the spaces and line end a scanner types around it", () => {
    expect(verifyReturnToken(` ${token}\n`, SECRET, NOW)).toMatchObject({ valid: true })
  })
})
