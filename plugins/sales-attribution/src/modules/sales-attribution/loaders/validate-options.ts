import type { LoaderOptions } from "@medusajs/framework/types"
import { pluginOptionsOf } from "../plugin-options"

/** Refuses to start with bad options (the module's service is only built on first use). */
export default async function validateOptions({ options }: LoaderOptions<Record<string, unknown>>) {
  pluginOptionsOf(options)
}
