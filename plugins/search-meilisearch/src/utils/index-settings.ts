import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { facetKinds, indexedFields, searchWeight } from "./index-fields"

/** The provider's identifier: index definitions and `default_provider` name it. */
export const MEILISEARCH_IDENTIFIER = "meilisearch"

/**
 * The body of Meilisearch's `PATCH /indexes/{uid}/settings` for an index definition:
 * - `searchableAttributes`: the searchable fields, heaviest weight first (Meilisearch ranks by attribute order);
 * - `filterableAttributes`: filterable and facetable fields, and the primary key (used to express "no document");
 * - `sortableAttributes`: the sortable fields;
 * - `typoTolerance`: the definition's settings, with every field marked `providerOptions({ meilisearch:
 *   { typo_tolerance: false } })` (SKUs, barcodes) added to `disableOnAttributes`;
 * - `distinctAttribute`, and anything under `settings.provider_options.meilisearch` (synonyms, stop words…) last.
 */
export function toMeilisearchSettings(definition: SearchTypes.ResolvedSearchIndexDefinition): Record<string, unknown> {
  const fields = indexedFields(definition.fields)
  if (fields.some((field) => field.type === "vector")) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Index "${definition.name}": vector fields need a Meilisearch embedder, which this provider does not configure`
    )
  }
  const searchable = fields
    .map((field, order) => ({ path: field.path, weight: searchWeight(field), order }))
    .filter((field) => field.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((field) => field.path)
  const filterable = [
    ...new Set([definition.primary_key, ...fields.filter((field) => field.filterable || facetKinds(field).length).map((f) => f.path)]),
  ]
  const sortable = fields.filter((field) => field.sortable).map((field) => field.path)

  const typo = definition.settings?.typo_tolerance ?? {}
  const exact = fields
    .filter((field) => (field.provider_options?.[MEILISEARCH_IDENTIFIER] as { typo_tolerance?: boolean } | undefined)?.typo_tolerance === false)
    .map((field) => field.path)
  const disableOnAttributes = [...new Set([...(typo.disabled_on_attributes ?? []), ...exact])]
  const minWordSizeForTypos: Record<string, number> = {}
  if (typo.min_word_size_for_one_typo !== undefined) {
    minWordSizeForTypos.oneTypo = typo.min_word_size_for_one_typo
  }
  if (typo.min_word_size_for_two_typos !== undefined) {
    minWordSizeForTypos.twoTypos = typo.min_word_size_for_two_typos
  }

  return {
    searchableAttributes: searchable.length ? searchable : ["*"],
    filterableAttributes: filterable,
    sortableAttributes: sortable,
    displayedAttributes: ["*"],
    distinctAttribute: definition.settings?.distinct_attribute ?? null,
    typoTolerance: {
      enabled: typo.enabled ?? true,
      disableOnAttributes,
      ...(Object.keys(minWordSizeForTypos).length ? { minWordSizeForTypos } : {}),
    },
    ...(definition.settings?.provider_options?.[MEILISEARCH_IDENTIFIER] ?? {}),
  }
}
