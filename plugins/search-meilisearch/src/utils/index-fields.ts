import type { SearchTypes } from "@medusajs/framework/types"

/** One declared leaf of an index definition, by its dotted path (objects flattened, as Meilisearch reads them). */
export type IndexedField = SearchTypes.SearchFieldDefinition & {
  path: string
  /** True when the leaf sits in an array of objects: its values are a list per document. */
  in_array: boolean
}

/** Every leaf field of a definition, in declaration order, with object fields flattened to dotted paths. */
export function indexedFields(fields: Record<string, SearchTypes.SearchFieldDefinition>): IndexedField[] {
  const walk = (entries: Record<string, SearchTypes.SearchFieldDefinition>, prefix: string, inArray: boolean): IndexedField[] =>
    Object.entries(entries).flatMap(([name, field]) => {
      const path = prefix ? `${prefix}.${name}` : name
      if (field.type === "object" && field.fields) {
        return walk(field.fields, path, inArray || !!field.array)
      }
      return [{ ...field, path, in_array: inArray }]
    })
  return walk(fields, "", false)
}

/** The leaf at a dotted path, or undefined. */
export const fieldAt = (fields: IndexedField[], path: string) => fields.find((field) => field.path === path)

/** Whether a field holds several values per document (an array, or a leaf inside an array of objects). */
export const isMultiValued = (field: IndexedField) => !!field.array || field.in_array

export const searchWeight = (field: IndexedField): number =>
  typeof field.searchable === "object" ? field.searchable.weight ?? 1 : field.searchable ? 1 : 0

export const facetKinds = (field: IndexedField): SearchTypes.SearchFacetKind[] => {
  if (!field.facetable) {
    return []
  }
  if (typeof field.facetable === "object" && field.facetable.types?.length) {
    return field.facetable.types
  }
  return ["integer", "float", "date"].includes(field.type) ? ["range"] : ["value"]
}
