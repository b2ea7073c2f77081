import { model } from "@medusajs/framework/utils"

/**
 * What a customer told us about themselves, one record per customer (link), their favourite store a link too.
 *
 * Both consents default to false: privacy by default. A customer who never said yes has not consented, whatever
 * the usefulness of their history to a seller; `*_consented_at` says when the current "yes" was given (null when
 * the answer is no), which is what we must be able to show.
 */
export const CustomerPreference = model.define("customer_preference", {
  id: model.id({ prefix: "cpref" }).primaryKey(),
  /** Size per kind of garment, in the customer's words: `{ "top": "M", "bottom": "38", "shoes": "39" }`. */
  sizes: model.json().nullable(),
  /** May we send them offers and news (email, SMS)? */
  marketing_consent: model.boolean().default(false),
  marketing_consented_at: model.dateTime().nullable(),
  /** May store associates see their history (orders in every channel, addresses, preferences, other stores' notes)? */
  share_history_with_associates: model.boolean().default(false),
  share_history_consented_at: model.dateTime().nullable(),
})
