import { splitByLargestRemainder, splitEvenly } from "../largest-remainder"

const sum = (parts: number[]) => parts.reduce((a, b) => a + b, 0)

describe("splitByLargestRemainder", () => {
  it("splits 1 cent over 3 even parts: the first part takes it", () => {
    expect(splitByLargestRemainder(1, [1, 1, 1])).toEqual([1, 0, 0])
  })

  it("splits 100 cents in three: the cent left over goes to the first part (tie)", () => {
    expect(splitByLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33])
  })

  it("gives the leftover cents to the largest remainders, not to the first part", () => {
    // 10 × 1/6 = 1.67, 10 × 2/6 = 3.33, 10 × 3/6 = 5 → floors 1, 3, 5; remainders 4, 2, 0 (of 6) → the first gets it
    expect(splitByLargestRemainder(10, [1, 2, 3])).toEqual([2, 3, 5])
    // 7 × 3/10 = 2.1, 7 × 7/10 = 4.9 → floors 2, 4; remainders 1, 9 → the second gets it
    expect(splitByLargestRemainder(7, [3, 7])).toEqual([2, 5])
  })

  it("takes the store share and the associates' parts in one pass (10 % share, two associates)", () => {
    // store weight 1000 × 2, each associate 9000: 66.67 € → 13.33 € store share... of 6667 cents
    const parts = splitByLargestRemainder(6667, [2000, 9000, 9000])
    expect(parts).toEqual([667, 3000, 3000])
    expect(sum(parts)).toBe(6667)
  })

  it("always adds up to the amount exactly", () => {
    for (let total = 0; total < 500; total += 7) {
      for (const weights of [[1], [1, 1], [1, 2, 3], [3333, 3333, 3334], [0, 5, 0, 5], [999, 1, 13, 7]]) {
        const parts = splitByLargestRemainder(total, weights)
        expect(sum(parts)).toBe(total)
        expect(parts.every((part) => Number.isInteger(part) && part >= 0)).toBe(true)
      }
    }
  })

  it("gives nothing to a zero weight and splits large amounts without losing a cent", () => {
    expect(splitByLargestRemainder(101, [0, 1, 1])).toEqual([0, 51, 50])
    const big = 9_007_199_254_740_000
    const parts = splitByLargestRemainder(big, [1, 1, 1]).map(BigInt)
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(BigInt(big))
  })

  it("refuses negative or fractional amounts, negative weights, no parts and all-zero weights", () => {
    expect(() => splitByLargestRemainder(-1, [1])).toThrow("zero or more")
    expect(() => splitByLargestRemainder(1.5, [1])).toThrow("whole number")
    expect(() => splitByLargestRemainder(10, [1, -1])).toThrow("Weights")
    expect(() => splitByLargestRemainder(10, [])).toThrow("at least one part")
    expect(() => splitByLargestRemainder(10, [0, 0])).toThrow("not all be zero")
  })
})

describe("splitEvenly", () => {
  it("differs by at most one cent between parts", () => {
    expect(splitEvenly(8999, 2)).toEqual([4500, 4499])
    expect(splitEvenly(10, 4)).toEqual([3, 3, 2, 2])
  })
})
