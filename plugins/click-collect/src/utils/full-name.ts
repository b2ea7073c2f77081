/** "First Last" of a customer, an address or a staff member; null when neither is known. */
export const fullName = (person?: { first_name?: string | null; last_name?: string | null } | null) =>
  [person?.first_name, person?.last_name].filter(Boolean).join(" ") || null
