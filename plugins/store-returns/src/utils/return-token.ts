import { createHmac, timingSafeEqual } from "node:crypto"

/** What a shopper's return QR says: this order, until then. */
export type ReturnTokenClaims = { order_id: string; expires_at: Date }

const PREFIX = "rt1"

/**
 * Signs a return token for an order: `rt1.<order id>.<expiry, unix seconds>.<HMAC-SHA256, base64url>`. The order id
 * is readable (it is no secret to its shopper) but can't be changed or extended without the secret.
 */
export function signReturnToken(claims: ReturnTokenClaims, secret: string): string {
  const body = `${PREFIX}.${claims.order_id}.${Math.floor(claims.expires_at.getTime() / 1000)}`
  return `${body}.${mac(body, secret)}`
}

/** Why a token was refused, in words an associate can repeat to the shopper. */
export type ReturnTokenCheck = { valid: true; claims: ReturnTokenClaims } | { valid: false; reason: string }

/** Checks a token's signature and expiry. Never throws on a malformed token: it says why it was refused. */
export function verifyReturnToken(token: string, secret: string, now: Date = new Date()): ReturnTokenCheck {
  const parts = String(token ?? "").trim().split(".")
  if (parts.length !== 4 || parts[0] !== PREFIX || !parts[1] || !/^\d+$/.test(parts[2])) {
    return { valid: false, reason: "This is not a Passerelle return code." }
  }
  const body = parts.slice(0, 3).join(".")
  const expected = Buffer.from(mac(body, secret))
  const given = Buffer.from(parts[3])
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { valid: false, reason: "This return code was not issued by this shop or has been altered." }
  }
  const expiresAt = new Date(Number(parts[2]) * 1000)
  if (expiresAt.getTime() <= now.getTime()) {
    return { valid: false, reason: `This return code expired on ${expiresAt.toISOString()}; ask the shopper to open a fresh one.` }
  }
  return { valid: true, claims: { order_id: parts[1], expires_at: expiresAt } }
}

function mac(body: string, secret: string) {
  return createHmac("sha256", secret).update(body).digest("base64url")
}
