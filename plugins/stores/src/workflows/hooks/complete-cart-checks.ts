import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * Checks other plugins add to `completeCartWorkflow.hooks.validate`. A workflow hook takes one handler in the whole
 * app and this plugin's pinning owns it (`complete-cart-pinning.ts`), so a plugin that must act before the order is
 * placed registers a check here (at import time, from its own `src/workflows/hooks/`). They run in registration
 * order after the pinned-stock check; when one throws, or a later step of the completion fails, the checks that
 * already ran are undone in reverse order with what their `run` returned.
 */
export type CompleteCartCheckInput = {
  input: { id: string }
  // The cart as completeCartWorkflow loaded it (its `completeCartFields`).
  cart: Record<string, any>
}

export type CompleteCartCheck<T = unknown> = {
  /** Names the check in errors and logs: `<plugin>.<what>`. */
  name: string
  run: (data: CompleteCartCheckInput, context: { container: MedusaContainer }) => Promise<T>
  undo?: (undoData: T, context: { container: MedusaContainer }) => Promise<void>
}

const checks: CompleteCartCheck<any>[] = []

export function addCompleteCartCheck<T>(check: CompleteCartCheck<T>): void {
  // A module file can be evaluated twice (two import paths): register a name once.
  if (!checks.some((registered) => registered.name === check.name)) {
    checks.push(check)
  }
}

export type CompleteCartCheckUndo = { name: string; undoData: unknown }[]

/** Runs the registered checks; on a throw, undoes the ones already run, then rethrows. */
export async function runCompleteCartChecks(
  data: CompleteCartCheckInput,
  context: { container: MedusaContainer }
): Promise<CompleteCartCheckUndo> {
  const done: CompleteCartCheckUndo = []
  try {
    for (const check of checks) {
      done.push({ name: check.name, undoData: await check.run(data, context) })
    }
  } catch (error) {
    await undoCompleteCartChecks(done, context)
    throw error
  }
  return done
}

export async function undoCompleteCartChecks(done: CompleteCartCheckUndo, context: { container: MedusaContainer }) {
  for (const { name, undoData } of [...done].reverse()) {
    await checks.find((check) => check.name === name)?.undo?.(undoData, context)
  }
}
