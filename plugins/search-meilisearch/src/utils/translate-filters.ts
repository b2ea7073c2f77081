import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldAt, type IndexedField, isMultiValued } from "./index-fields"

type Scalar = string | number | boolean | Date | null

const OPERATORS = ["$eq", "$ne", "$in", "$nin", "$lt", "$lte", "$gt", "$gte", "$exists", "$contains", "$overlaps", "$prefix", "$like"]

const refuse = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * A filter value as Meilisearch's filter syntax writes it: strings in double quotes (backslash and quote escaped),
 * numbers and booleans bare, dates as epoch milliseconds (how this provider stores date fields).
 */
export function filterLiteral(value: Scalar, field: IndexedField): string {
  if (value === null) {
    return refuse(`${field.path}: null is matched with $exists, not as a value`)
  }
  if (field.type === "date") {
    const time = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(String(value))
    if (!Number.isFinite(time)) {
      return refuse(`${field.path} is a date: ${JSON.stringify(value)} is not a date`)
    }
    return String(time)
  }
  if (field.type === "integer" || field.type === "float") {
    const number = typeof value === "number" ? value : Number(value)
    if (typeof value === "boolean" || value instanceof Date || !Number.isFinite(number) || String(value).trim() === "") {
      return refuse(`${field.path} is a number: ${JSON.stringify(value)} is not one`)
    }
    return String(number)
  }
  if (field.type === "boolean") {
    if (typeof value === "boolean") {
      return String(value)
    }
    if (value === "true" || value === "false") {
      return value
    }
    return refuse(`${field.path} is true or false: ${JSON.stringify(value)} is neither`)
  }
  const text = value instanceof Date ? value.toISOString() : String(value)
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** A Meilisearch attribute name: dotted paths as they are; anything else would need quoting, which we never emit. */
const attribute = (path: string) => {
  if (!/^[A-Za-z0-9_.-]+$/.test(path)) {
    refuse(`"${path}" is not a field name Meilisearch can filter on`)
  }
  return path
}

/** `false` in Meilisearch's syntax: no document lacks its primary key. */
const nothing = (primaryKey: string) => `${attribute(primaryKey)} NOT EXISTS`

function listOf(values: unknown, field: IndexedField, operator: string): Scalar[] {
  if (!Array.isArray(values)) {
    return refuse(`${field.path}: ${operator} takes a list`)
  }
  return values as Scalar[]
}

function operatorClause(field: IndexedField, operator: string, value: unknown, primaryKey: string): string {
  const name = attribute(field.path)
  const literal = (v: unknown) => filterLiteral(v as Scalar, field)
  switch (operator) {
    case "$eq":
      return value === null ? `(${name} NOT EXISTS OR ${name} IS NULL)` : `${name} = ${literal(value)}`
    case "$ne":
      return value === null ? `(${name} EXISTS AND ${name} IS NOT NULL)` : `${name} != ${literal(value)}`
    case "$in":
    case "$overlaps": {
      if (operator === "$overlaps" && !isMultiValued(field)) {
        refuse(`${field.path}: $overlaps applies to list fields only`)
      }
      const values = listOf(value, field, operator)
      return values.length ? `${name} IN [${values.map(literal).join(", ")}]` : nothing(primaryKey)
    }
    case "$nin": {
      const values = listOf(value, field, operator)
      return values.length ? `${name} NOT IN [${values.map(literal).join(", ")}]` : `${attribute(primaryKey)} EXISTS`
    }
    case "$lt":
    case "$lte":
    case "$gt":
    case "$gte": {
      if (isMultiValued(field)) {
        refuse(`${field.path}: ${operator} does not apply to list fields`)
      }
      if (!["integer", "float", "date"].includes(field.type)) {
        refuse(`${field.path}: ${operator} applies to numbers and dates only`)
      }
      const symbol = { $lt: "<", $lte: "<=", $gt: ">", $gte: ">=" }[operator]
      return `${name} ${symbol} ${literal(value)}`
    }
    case "$exists":
      if (typeof value !== "boolean") {
        refuse(`${field.path}: $exists takes true or false`)
      }
      return value ? `(${name} EXISTS AND ${name} IS NOT NULL)` : `(${name} NOT EXISTS OR ${name} IS NULL)`
    case "$contains": {
      if (!isMultiValued(field)) {
        refuse(`${field.path}: $contains applies to list fields only`)
      }
      const values = Array.isArray(value) ? (value as Scalar[]) : [value as Scalar]
      return values.length ? `(${values.map((v) => `${name} = ${literal(v)}`).join(" AND ")})` : `${attribute(primaryKey)} EXISTS`
    }
    case "$prefix":
    case "$like":
      return refuse(`${field.path}: Meilisearch has no substring filter (${operator}); search the words instead`)
    default:
      return refuse(`Unknown filter operator ${operator} on ${field.path} (known: ${OPERATORS.join(", ")})`)
  }
}

function fieldClause(path: string, condition: unknown, fields: IndexedField[], primaryKey: string): string {
  const field = fieldAt(fields, path)
  if (!field) {
    return refuse(`Unknown field "${path}" in the filters`)
  }
  if (!field.filterable && !field.facetable && path !== primaryKey) {
    refuse(`Field "${path}" is not filterable`)
  }
  const isOperatorMap =
    condition !== null &&
    typeof condition === "object" &&
    !Array.isArray(condition) &&
    !(condition instanceof Date) &&
    Object.keys(condition).every((key) => key.startsWith("$"))
  if (isOperatorMap) {
    const entries = Object.entries(condition as Record<string, unknown>)
    if (!entries.length) {
      refuse(`${path}: an empty condition`)
    }
    const clauses = entries.map(([operator, value]) => operatorClause(field, operator, value, primaryKey))
    return clauses.length === 1 ? clauses[0] : `(${clauses.join(" AND ")})`
  }
  if (Array.isArray(condition)) {
    return operatorClause(field, "$in", condition, primaryKey)
  }
  if (condition !== null && typeof condition === "object" && !(condition instanceof Date)) {
    return refuse(`${path}: a condition is a value, a list, or operators such as { $gte: 10 }`)
  }
  return operatorClause(field, "$eq", condition, primaryKey)
}

/**
 * Medusa's search filter DSL in Meilisearch's filter syntax, or undefined when nothing filters. Keys are dotted
 * field paths (ANDed); `$and`, `$or` and `$not` nest; `q` is the free text, lifted out by the caller. Whatever
 * Meilisearch can't express (a substring filter) or the definition doesn't allow is a NOT_ALLOWED error, which
 * Medusa answers with a 400.
 */
export function toMeilisearchFilter(
  filters: SearchTypes.SearchFilters | undefined,
  fields: IndexedField[],
  primaryKey: string
): string | undefined {
  if (!filters) {
    return undefined
  }
  const clauses: string[] = []
  for (const [key, condition] of Object.entries(filters)) {
    if (key === "q" || condition === undefined) {
      continue
    }
    if (key === "$and" || key === "$or") {
      const parts = (Array.isArray(condition) ? condition : refuse(`${key} takes a list of filters`)) as SearchTypes.SearchFilters[]
      const nested = parts.map((part) => toMeilisearchFilter(part, fields, primaryKey) ?? `${attribute(primaryKey)} EXISTS`)
      if (!nested.length) {
        clauses.push(key === "$and" ? `${attribute(primaryKey)} EXISTS` : nothing(primaryKey))
      } else {
        clauses.push(nested.length === 1 ? nested[0] : `(${nested.join(key === "$and" ? " AND " : " OR ")})`)
      }
      continue
    }
    if (key === "$not") {
      const inner = toMeilisearchFilter(condition as SearchTypes.SearchFilters, fields, primaryKey)
      clauses.push(inner ? `NOT (${inner})` : nothing(primaryKey))
      continue
    }
    if (key.startsWith("$")) {
      refuse(`Unknown filter operator ${key} at the top level ($and, $or and $not combine filters)`)
    }
    clauses.push(fieldClause(key, condition, fields, primaryKey))
  }
  if (!clauses.length) {
    return undefined
  }
  return clauses.length === 1 ? clauses[0] : clauses.join(" AND ")
}
