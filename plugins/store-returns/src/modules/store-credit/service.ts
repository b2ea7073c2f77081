import type { BigNumberInput, Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { CreditKind } from "./kinds"
import { StoreCreditAccount } from "./models/store-credit-account"
import { StoreCreditEntry } from "./models/store-credit-entry"

export type CreditInput = {
  customer_id: string
  currency_code: string
  amount: BigNumberInput
  kind: CreditKind
  reference: string
  reference_id: string
  note?: string | null
}

export type DebitInput = {
  account_id: string
  amount: BigNumberInput
  reference: string
  reference_id: string
  note?: string | null
}

export type LedgerMove = {
  account_id: string
  /** The account did not exist before this call (an undo removes it too). */
  account_created: boolean
  entry_id: string
  /** False when an entry for the same (kind, reference_id) already existed: a replay, nothing was written. */
  entry_created: boolean
  balance: number
}

/** The SQL side of the transaction manager the decorators hand over (a MikroORM entity manager). */
type SqlManager = { execute(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> }

/**
 * Store credit accounts and their ledger. Credits and debits go through `credit` and `debit`, which lock the
 * account row (`SELECT … FOR UPDATE`) for the rest of their transaction: a debit reads the balance and writes the
 * entry with no other movement of that account in between, so two checkouts spending the same credit at once end
 * with one refused, never with a negative balance.
 */
export default class StoreCreditModuleService extends MedusaService({ StoreCreditAccount, StoreCreditEntry }) {
  /** Adds credit to the customer's account in that currency, opening it if needed. Idempotent per (kind, reference_id). */
  @InjectManager()
  async credit(data: CreditInput, @MedusaContext() sharedContext: Context = {}): Promise<LedgerMove> {
    return await this.credit_(data, sharedContext)
  }

  @InjectTransactionManager()
  protected async credit_(data: CreditInput, @MedusaContext() sharedContext: Context = {}): Promise<LedgerMove> {
    if (!MathBN.gt(data.amount, 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Store credit to issue must be more than 0")
    }
    const manager = sharedContext.transactionManager as SqlManager
    const currency_code = data.currency_code.toLowerCase()
    // ON CONFLICT: two first credits for the same customer at once open one account, not a unique violation.
    const opened = await manager.execute(
      `INSERT INTO store_credit_account (id, customer_id, currency_code) VALUES (?, ?, ?)
       ON CONFLICT (customer_id, currency_code) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "scacc"), data.customer_id, currency_code]
    )
    const [account] = await manager.execute(
      `SELECT id FROM store_credit_account
        WHERE customer_id = ? AND currency_code = ? AND deleted_at IS NULL FOR UPDATE`,
      [data.customer_id, currency_code]
    )
    const account_id = account.id as string
    const replayed = await this.replayOf(manager, data.kind, data.reference_id, account_id)
    if (replayed) {
      return { ...replayed, account_created: false, balance: await this.balanceIn(manager, account_id) }
    }
    // Read before writing: the new entry is only flushed when the transaction commits (the lock is held till then).
    const balanceBefore = await this.balanceIn(manager, account_id)
    const entry = await this.createStoreCreditEntries(
      {
        account_id,
        amount: MathBN.convert(data.amount).toNumber(),
        kind: data.kind,
        reference: data.reference,
        reference_id: data.reference_id,
        note: data.note ?? null,
      },
      sharedContext
    )
    return {
      account_id,
      account_created: opened.length > 0,
      entry_id: entry.id,
      entry_created: true,
      balance: MathBN.add(balanceBefore, data.amount).toNumber(),
    }
  }

  /**
   * Spends credit from an account: refused (`not_allowed`, HTTP 400) when the balance doesn't cover the amount.
   * Idempotent per reference_id: the same cart completed twice spends once.
   */
  @InjectManager()
  async debit(data: DebitInput, @MedusaContext() sharedContext: Context = {}): Promise<LedgerMove> {
    return await this.debit_(data, sharedContext)
  }

  @InjectTransactionManager()
  protected async debit_(data: DebitInput, @MedusaContext() sharedContext: Context = {}): Promise<LedgerMove> {
    if (!MathBN.gt(data.amount, 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Store credit to spend must be more than 0")
    }
    const manager = sharedContext.transactionManager as SqlManager
    const [account] = await manager.execute(
      `SELECT id, currency_code FROM store_credit_account WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [data.account_id]
    )
    if (!account) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Store credit account ${data.account_id} was not found`)
    }
    const replayed = await this.replayOf(manager, "spend", data.reference_id, data.account_id)
    if (replayed) {
      return { ...replayed, account_created: false, balance: await this.balanceIn(manager, data.account_id) }
    }
    const balance = await this.balanceIn(manager, data.account_id)
    if (MathBN.lt(balance, data.amount)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Store credit no longer covers this cart: ${balance} ${String(account.currency_code).toUpperCase()} left, ` +
          `${MathBN.convert(data.amount).toString()} applied. Apply store credit again.`
      )
    }
    const entry = await this.createStoreCreditEntries(
      {
        account_id: data.account_id,
        amount: MathBN.mult(data.amount, -1).toNumber(),
        kind: "spend",
        reference: data.reference,
        reference_id: data.reference_id,
        note: data.note ?? null,
      },
      sharedContext
    )
    return {
      account_id: data.account_id,
      account_created: false,
      entry_id: entry.id,
      entry_created: true,
      // The entry is flushed at commit: the balance after it is computed, not read.
      balance: MathBN.sub(balance, data.amount).toNumber(),
    }
  }

  /** Balance of each account, by id (0 for an account without entries). */
  @InjectManager()
  async balancesOf(accountIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Record<string, number>> {
    const manager = sharedContext.manager as SqlManager
    const balances: Record<string, number> = Object.fromEntries(accountIds.map((id) => [id, 0]))
    if (!accountIds.length) {
      return balances
    }
    const rows = await manager.execute(
      `SELECT account_id, COALESCE(SUM(amount), 0)::text AS balance FROM store_credit_entry
        WHERE account_id IN (${accountIds.map(() => "?").join(", ")}) AND deleted_at IS NULL GROUP BY account_id`,
      accountIds
    )
    for (const row of rows) {
      balances[row.account_id as string] = Number(row.balance)
    }
    return balances
  }

  private async balanceIn(manager: SqlManager, accountId: string): Promise<number> {
    const [row] = await manager.execute(
      `SELECT COALESCE(SUM(amount), 0)::text AS balance FROM store_credit_entry
        WHERE account_id = ? AND deleted_at IS NULL`,
      [accountId]
    )
    return Number(row.balance)
  }

  /** The live entry already written for this (kind, reference_id), if any; one for another account is a conflict. */
  private async replayOf(manager: SqlManager, kind: string, referenceId: string, accountId: string) {
    const [existing] = await manager.execute(
      `SELECT id, account_id FROM store_credit_entry WHERE kind = ? AND reference_id = ? AND deleted_at IS NULL`,
      [kind, referenceId]
    )
    if (!existing) {
      return null
    }
    if (existing.account_id !== accountId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Store credit ${kind} for ${referenceId} was already recorded on another account`
      )
    }
    return { account_id: accountId, entry_id: existing.id as string, entry_created: false }
  }
}
