import { createHmac, randomInt, timingSafeEqual } from "node:crypto"

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud or typed off a phone screen has one reading. */
const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
export const PICKUP_CODE_LENGTH = 6

/** What a pickup's QR code holds: the pickup and its code, so a scan at the counter needs no typing. */
const QR_PREFIX = "passerelle:pickup"

export function generatePickupCode(): string {
  let code = ""
  for (let i = 0; i < PICKUP_CODE_LENGTH; i++) {
    code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  }
  return code
}

/** Upper-case, without spaces or dashes: "ac3-d7k" typed by an associate is "AC3D7K". */
export function normalizePickupCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "")
}

/**
 * The stored form of a code: an HMAC keyed by the pickup's id, so a leaked table gives nothing reusable and two
 * pickups with the same code have different hashes. The code space (25^6 ≈ 244 million) and the 5-try lock make
 * guessing at the counter hopeless, which is what a 6-character code has to withstand.
 */
export function hashPickupCode(pickupId: string, code: string): string {
  return createHmac("sha256", pickupId).update(normalizePickupCode(code)).digest("hex")
}

export function pickupCodeMatches(pickupId: string, code: string, storedHash: string | null | undefined): boolean {
  if (!storedHash) {
    return false
  }
  const given = Buffer.from(hashPickupCode(pickupId, code), "hex")
  const stored = Buffer.from(storedHash, "hex")
  return given.length === stored.length && timingSafeEqual(given, stored)
}

/** The last two characters, shown as "••••7K" so staff can match a parcel to the shopper's screen. */
export function pickupCodeHint(code: string): string {
  return normalizePickupCode(code).slice(-2)
}

export function pickupQrPayload(pickupId: string, code: string): string {
  return `${QR_PREFIX}:${pickupId}:${normalizePickupCode(code)}`
}

/** Reads a scanned QR payload; undefined when it isn't one of ours. */
export function parsePickupQrPayload(payload: string): { pickup_id: string; code: string } | undefined {
  const parts = payload.trim().split(":")
  if (parts.length !== 4 || `${parts[0]}:${parts[1]}` !== QR_PREFIX || !parts[2] || !parts[3]) {
    return undefined
  }
  return { pickup_id: parts[2], code: normalizePickupCode(parts[3]) }
}
