/** Only digits and the separators people type in phone numbers. */
const PHONE = /^\+?[\d\s.\-()]*$/

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

const FIELDS = ["first_name", "last_name", "email", "phone", "company_name"] as const

/**
 * Query filters for an associate's search box. Every word must appear in the first or last name, email, phone or
 * company, so "camille dur" finds Camille Durand (Medusa's own `q` matches the whole text in one field only).
 * A phone number matches whatever separators either side wrote: "06 12 34 56 78" finds "0612345678".
 */
export function customerSearchFilters(q: string): Record<string, unknown> {
  const text = q.trim()
  const digits = text.replace(/\D/g, "")
  if (PHONE.test(text) && digits.length >= 4) {
    return {
      $or: [{ phone: { $re: digits.split("").join("[^0-9]*") } }, { email: { $ilike: `%${escapeLike(text)}%` } }],
    }
  }
  const words = text.split(/\s+/).filter(Boolean)
  return {
    $and: words.map((word) => ({
      $or: FIELDS.map((field) => ({ [field]: { $ilike: `%${escapeLike(word)}%` } })),
    })),
  }
}
