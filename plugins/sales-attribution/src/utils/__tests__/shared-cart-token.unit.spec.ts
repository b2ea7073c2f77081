import { hashSharedCartToken, newSharedCartToken, sharedCartUrl } from "../shared-cart-token"

describe("shared-cart token", () => {
  it("starts with sct_ and carries 32 random bytes in URL-safe characters", () => {
    const { token } = newSharedCartToken()
    expect(token).toMatch(/^sct_[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32)
  })

  it("is never the same twice", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newSharedCartToken().token))
    expect(tokens.size).toBe(1000)
  })

  it("comes with the SHA-256 it is stored by, which does not contain it", () => {
    const { token, token_hash } = newSharedCartToken()
    expect(token_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(token_hash).toBe(hashSharedCartToken(token))
    expect(token_hash).not.toContain(token.slice(4))
  })

  it("hashes a known token to its SHA-256 in hex", () => {
    expect(hashSharedCartToken("sct_abc")).toBe("78fa11b58cd0082c88f8736cff26fce5ae0a00f8309f4f43d9706649c6ace9cd")
  })

  it("ignores the spaces and line end around a pasted or scanned token, nothing else", () => {
    const { token, token_hash } = newSharedCartToken()
    expect(hashSharedCartToken(` ${token}\n`)).toBe(token_hash)
    expect(hashSharedCartToken(token.toUpperCase())).not.toBe(token_hash)
    expect(hashSharedCartToken(token.slice(0, -1))).not.toBe(token_hash)
  })

  it("does not throw on a missing token", () => {
    expect(hashSharedCartToken(undefined as unknown as string)).toMatch(/^[0-9a-f]{64}$/)
  })

  it("builds the storefront link from the option's template", () => {
    expect(sharedCartUrl("https://shop.example/shared-carts/{token}", "sct_a-b_c")).toBe(
      "https://shop.example/shared-carts/sct_a-b_c"
    )
    expect(sharedCartUrl("https://shop.example/s?t={token}&from=qr", "sct_x")).toBe("https://shop.example/s?t=sct_x&from=qr")
  })
})
