import { createHash, randomBytes } from "node:crypto"
import { SHARED_CART_TOKEN_PREFIX } from "../constants"

/** 32 random bytes: 256 bits, far beyond guessing, written in 43 URL-safe characters. */
const TOKEN_BYTES = 32

/** A fresh shared-cart token (shown once, never stored) and its SHA-256 (stored, looked up). */
export type SharedCartToken = { token: string; token_hash: string }

/**
 * Makes a shared-cart token: `sct_` then 32 random bytes in base64url. Only `token_hash` is kept (in the database
 * and in workflow input), so reading the database or a workflow's stored steps never yields a working link.
 */
export function newSharedCartToken(): SharedCartToken {
  const token = `${SHARED_CART_TOKEN_PREFIX}${randomBytes(TOKEN_BYTES).toString("base64url")}`
  return { token, token_hash: hashSharedCartToken(token) }
}

/**
 * The SHA-256 (hex) a token is stored and looked up by. Spaces and line ends around it (a pasted or scanned link)
 * are ignored; anything else gives another hash, which matches no shared cart.
 */
export function hashSharedCartToken(token: string): string {
  return createHash("sha256").update(String(token ?? "").trim()).digest("hex")
}

/** The storefront link for a token: the `sharedCartUrl` option with `{token}` replaced (URL-encoded). */
export function sharedCartUrl(template: string, token: string): string {
  return template.replace("{token}", encodeURIComponent(token))
}
