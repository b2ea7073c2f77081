/** The plugin's package name: option errors and logs start with it. */
export const CATALOG_SEARCH_PLUGIN = "@passerelle/medusa-plugin-catalog-search"

/** The Search module index of the catalog (`POST /store/search` with `entity: "products"`, `POST /pos/search`). */
export const PRODUCTS_INDEX = "products"
