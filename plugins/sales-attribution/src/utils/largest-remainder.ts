import { MedusaError } from "@medusajs/framework/utils"

/**
 * Splits an amount in minor units (cents) into integer parts proportional to integer weights, so that the parts add
 * up to the amount exactly. Each part first gets `floor(total × weight / Σweights)`; the cents left over go one each
 * to the parts with the largest remainders `(total × weight) mod Σweights`, and a tie goes to the part listed first.
 *
 * Works in BigInt, so large amounts and weights never lose a cent to floating point.
 *
 * @param totalMinor the amount to split: a whole number of minor units, zero or more
 * @param weights one non-negative whole number per part, at least one of them above zero
 * @returns the parts, in the order of `weights`
 */
export function splitByLargestRemainder(totalMinor: number, weights: number[]): number[] {
  if (!Number.isSafeInteger(totalMinor) || totalMinor < 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The amount to split must be a whole number of minor units, zero or more (got ${totalMinor})`)
  }
  if (!weights.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "There must be at least one part to split into")
  }
  if (weights.some((weight) => !Number.isSafeInteger(weight) || weight < 0)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Weights must be whole numbers, zero or more (got ${weights.join(", ")})`)
  }
  const weightSum = weights.reduce((sum, weight) => sum + BigInt(weight), 0n)
  if (weightSum === 0n) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The weights must not all be zero")
  }
  const total = BigInt(totalMinor)
  const parts = weights.map((weight) => (total * BigInt(weight)) / weightSum)
  const remainders = weights.map((weight, index) => ({ index, remainder: (total * BigInt(weight)) % weightSum }))
  let left = Number(total - parts.reduce((sum, part) => sum + part, 0n))
  // Largest remainder first; a stable sort keeps the part listed first ahead on ties.
  const order = [...remainders].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  for (const { index } of order) {
    if (left === 0) {
      break
    }
    parts[index] += 1n
    left -= 1
  }
  return parts.map(Number)
}

/** Splits an amount in minor units evenly between `count` parts (largest remainder, the first parts take the odd cents). */
export function splitEvenly(totalMinor: number, count: number): number[] {
  return splitByLargestRemainder(totalMinor, Array.from({ length: count }, () => 1))
}
