import { MedusaError } from "@medusajs/framework/utils"

/**
 * EAN-13 barcodes (GS1 General Specifications, section 7.9): twelve data digits and a check digit.
 */

/**
 * The check digit of twelve data digits: weights 1,3,1,3… from the left, then the amount
 * that brings the weighted sum up to the next multiple of ten.
 */
export function ean13CheckDigit(twelveDigits: string): number {
  if (!/^\d{12}$/.test(twelveDigits)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `An EAN-13 needs exactly 12 data digits, got "${twelveDigits}"`)
  }
  let sum = 0
  for (let i = 0; i < 12; i++) {
    sum += Number(twelveDigits[i]) * (i % 2 === 0 ? 1 : 3)
  }
  return (10 - (sum % 10)) % 10
}

/** True when the code is 13 digits whose last digit is the right check digit. */
export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12])
}

/** The EAN-13 for item number `itemNumber` under `prefix`: prefix, zero-padded number, check digit. */
export function buildEan13(prefix: string, itemNumber: number): string {
  const width = 12 - prefix.length
  const digits = String(itemNumber)
  if (!/^\d+$/.test(prefix) || !Number.isInteger(itemNumber) || itemNumber < 0 || digits.length > width) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Item number ${itemNumber} does not fit an EAN-13 under prefix ${prefix}`)
  }
  const data = prefix + digits.padStart(width, "0")
  return data + ean13CheckDigit(data)
}
