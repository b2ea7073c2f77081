import type { SearchTypes } from "@medusajs/framework/types"

type Json = Record<string, any>

/** Rewrites the values at a dotted path (through arrays of objects) with `convert`, in place. */
function rewritePath(target: unknown, segments: string[], convert: (value: unknown) => unknown): void {
  if (target === null || typeof target !== "object") {
    return
  }
  if (Array.isArray(target)) {
    target.forEach((item) => rewritePath(item, segments, convert))
    return
  }
  const [head, ...rest] = segments
  const record = target as Json
  if (!(head in record)) {
    return
  }
  if (!rest.length) {
    const value = record[head]
    record[head] = Array.isArray(value) ? value.map(convert) : convert(value)
    return
  }
  rewritePath(record[head], rest, convert)
}

/** The dotted paths of a definition's date fields. */
export function datePaths(fields: Record<string, SearchTypes.SearchFieldDefinition>, prefix = ""): string[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    if (field.type === "object" && field.fields) {
      return datePaths(field.fields, path)
    }
    return field.type === "date" ? [path] : []
  })
}

const toEpoch = (value: unknown) => {
  if (value === null || value === undefined || typeof value === "number") {
    return value
  }
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value))
  return Number.isFinite(time) ? time : null
}

const toIso = (value: unknown) => (typeof value === "number" ? new Date(value).toISOString() : value)

/**
 * A document as Meilisearch stores it: dates as epoch milliseconds, so they filter and sort as numbers (Meilisearch
 * compares only numbers), and the primary key as a string. The caller's document is left as it was.
 */
export function toStoredDocument(document: SearchTypes.SearchDocument, definition: SearchTypes.ResolvedSearchIndexDefinition): Json {
  const stored = structuredClone(document) as Json
  for (const path of datePaths(definition.fields)) {
    rewritePath(stored, path.split("."), toEpoch)
  }
  if (stored[definition.primary_key] !== undefined && stored[definition.primary_key] !== null) {
    stored[definition.primary_key] = String(stored[definition.primary_key])
  }
  return stored
}

/** What Meilisearch adds to a hit beside the document's own fields. */
const MEILISEARCH_HIT_KEYS = ["_formatted", "_rankingScore", "_rankingScoreDetails", "_matchesPosition", "_federation"]

/** A stored document as search answers it: dates back to ISO strings, as they were given. */
export function fromStoredDocument(stored: Json, definition: SearchTypes.ResolvedSearchIndexDefinition): Json {
  const document = { ...stored }
  for (const key of MEILISEARCH_HIT_KEYS) {
    delete document[key]
  }
  for (const path of datePaths(definition.fields)) {
    rewritePath(document, path.split("."), toIso)
  }
  return document
}
