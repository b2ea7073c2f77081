/** The actor type of store staff logins: tokens from `/auth/associate/emailpass`, routes under `/pos`. */
export const ASSOCIATE_ACTOR_TYPE = "associate"

/** The header naming the store an associate acts for (its code or id); their home store when absent. */
export const ACTING_STORE_HEADER = "x-passerelle-store"
