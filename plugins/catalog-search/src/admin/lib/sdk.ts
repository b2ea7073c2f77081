import Medusa from "@medusajs/js-sdk"

/** The one js-sdk client of the plugin's admin pages; the dashboard's session cookie authenticates it. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: {
    type: "session",
  },
})
