import type { MedusaContainer } from "@medusajs/framework/types"

export type DemoLog = (line: string) => void

/** What every seed step receives: the app container and where to report progress. */
export type DemoSeedContext = {
  container: MedusaContainer
  log: DemoLog
}

/** The steps of `runDemoSeed`, in order; progress lines read "[demo] 4/12 …". */
export const DEMO_SEED_STEPS = [
  "store and region",
  "sales channels",
  "locations",
  "store network",
  "fulfilment",
  "catalog",
  "stock",
  "pricing",
  "people",
  "orders",
  "history",
  "search index",
] as const

export type DemoSeedStep = (typeof DEMO_SEED_STEPS)[number]

/** Logs one progress line: `[demo] 6/12 catalog: 44 products, 330 variants (0 created)`. */
export function logProgress(context: DemoSeedContext, step: DemoSeedStep, detail: string): void {
  const index = DEMO_SEED_STEPS.indexOf(step) + 1
  context.log(`[demo] ${index}/${DEMO_SEED_STEPS.length} ${step}: ${detail}`)
}

/** "3 created" or "already there", for the end of a progress line. */
export function createdNote(created: number): string {
  return created ? `${created} created` : "already there"
}
