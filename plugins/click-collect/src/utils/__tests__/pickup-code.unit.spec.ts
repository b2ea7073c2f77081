import {
  generatePickupCode,
  hashPickupCode,
  parsePickupQrPayload,
  pickupCodeHint,
  pickupCodeMatches,
  pickupQrPayload,
} from "../pickup-code"

describe("pickup codes", () => {
  it("are 6 characters that can't be misread (no 0/O, 1/I, 5/S…)", () => {
    for (let i = 0; i < 200; i++) {
      expect(generatePickupCode()).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/)
    }
  })

  it("match what the shopper shows, however it was typed, and nothing else", () => {
    const hash = hashPickupCode("pkup_1", "AC3D7K")
    expect(pickupCodeMatches("pkup_1", "ac3-d7k", hash)).toBe(true)
    expect(pickupCodeMatches("pkup_1", "AC3D7M", hash)).toBe(false)
    // The same code on another pickup is another hash: a code is only good for its own parcel.
    expect(pickupCodeMatches("pkup_2", "AC3D7K", hash)).toBe(false)
    expect(pickupCodeMatches("pkup_1", "AC3D7K", null)).toBe(false)
  })

  it("keeps only a hint of the code for staff screens", () => {
    expect(pickupCodeHint("ac3d7k")).toBe("7K")
  })

  it("round-trips through the QR payload, and refuses foreign payloads", () => {
    const payload = pickupQrPayload("pkup_01ABC", "AC3D7K")
    expect(payload).toBe("passerelle:pickup:pkup_01ABC:AC3D7K")
    expect(parsePickupQrPayload(payload)).toEqual({ pickup_id: "pkup_01ABC", code: "AC3D7K" })
    expect(parsePickupQrPayload("https://example.com/AC3D7K")).toBeUndefined()
    expect(parsePickupQrPayload("passerelle:pickup::AC3D7K")).toBeUndefined()
  })
})
