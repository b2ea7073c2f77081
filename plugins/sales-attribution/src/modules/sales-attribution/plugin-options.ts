import { SalesAttributionOptions, parseSalesAttributionOptions } from "../../utils/options"

/**
 * The plugin's options as its module receives them. Medusa hands each module of a plugin the plugin's options
 * plus a `database` entry of its own (the shared connection settings), which is not ours to validate.
 */
export function pluginOptionsOf(moduleOptions: Record<string, unknown> | undefined): SalesAttributionOptions {
  const { database: _medusaDatabase, ...pluginOptions } = moduleOptions ?? {}
  return parseSalesAttributionOptions(pluginOptions)
}
