import { distanceKm } from "../distance"

describe("distanceKm", () => {
  it("measures Paris to Lyon as the crow flies", () => {
    const paris = { latitude: 48.8566, longitude: 2.3522 }
    const lyon = { latitude: 45.764, longitude: 4.8357 }
    expect(distanceKm(paris, lyon)).toBeCloseTo(391.5, 0)
  })

  it("is zero from a point to itself and symmetric", () => {
    const a = { latitude: 50.6388, longitude: 3.0628 }
    const b = { latitude: 52.5266, longitude: 13.4071 }
    expect(distanceKm(a, a)).toBe(0)
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9)
  })
})
