import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { plainly } from "@passerelle/medusa-plugin-stores/testing/checkout"
import { adminHeaders, failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import { giveBackOrderStoreCreditWorkflow, issueStoreCreditWorkflow } from "@passerelle/medusa-plugin-store-returns/workflows"
import { issueStoreCreditStep } from "@passerelle/medusa-plugin-store-returns/workflows/steps/issue-store-credit"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { cartOf, createShop, paidFor, payAndComplete, preparePayment, Shop, Shopper, signUpShopper } from "../helpers/store-credit-shopping"

jest.setTimeout(300 * 1000)

// A failure after the order is created, to prove the spend is undone: Medusa's last hook of the completion, which
// no plugin of this app consumes, throws while `failNextCompletion` is set.
let failNextCompletion = false
const { orderCreated } = completeCartWorkflow.hooks as unknown as {
  orderCreated: (invoke: (input: unknown) => Promise<unknown>) => void
}
orderCreated(async () => {
  if (failNextCompletion) {
    failNextCompletion = false
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Refused after the order was created (test)")
  }
  return new StepResponse(undefined)
})

// The issue step followed by a step that fails: the store return workflow will compose it the same way.
const failAfterCredit = createStep("fail-after-store-credit", async () => {
  throw new Error("Refund failed after the credit (test)")
})
const issueThenFailWorkflow = createWorkflow(
  "issue-store-credit-then-fail",
  (input: { customer_id: string; currency_code: string; amount: number; reference: string; reference_id: string }) => {
    const issued = issueStoreCreditStep(input)
    failAfterCredit()
    return new WorkflowResponse(issued)
  }
)

/**
 * Store credit: recorded on the customer by the store return (here through issueStoreCreditWorkflow, as that
 * workflow's step), then spent by the same customer at checkout as a Medusa cart credit line.
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    let camille: Shopper

    beforeEach(async () => {
      shop = await createShop(getContainer())
      camille = await signUpShopper(api, shop, "camille@example.com")
    })

    const credit = (customerId: string, amount: number, referenceId = `sret_${amount}_${customerId}`) =>
      issueStoreCreditWorkflow(getContainer()).run({
        input: { customer_id: customerId, currency_code: "eur", amount, reference: "store_return", reference_id: referenceId },
      })
    const storeCreditOf = async (shopper: Shopper) =>
      (await plainly<any>("read the store credit", api.get("/store/customers/me/store-credit", shopper.headers))).data.store_credit
    const eurBalanceOf = async (shopper: Shopper) =>
      (await storeCreditOf(shopper)).balances.find((b: { currency_code: string }) => b.currency_code === "eur")?.balance ?? 0
    const applyCredit = (shopper: Shopper, cartId: string) =>
      api.post(`/store/carts/${cartId}/store-credit`, {}, shopper.headers)
    /** Retries an async assertion until it holds (events are delivered asynchronously). */
    const eventually = async (assertion: () => Promise<void>, timeoutMs = 10000) => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        try {
          return await assertion()
        } catch (error) {
          if (Date.now() > deadline) {
            throw error
          }
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
      }
    }
    const liveEntries = async (kind: string) =>
      Number(
        (await dbConnection.raw(`SELECT count(*) AS n FROM store_credit_entry WHERE kind = ? AND deleted_at IS NULL`, [kind]))
          .rows[0].n
      )

    it("credits a customer once per reference, and shows the balance to them and to an admin", async () => {
      const first = await credit(camille.id, 30, "sret_1")
      const replay = await credit(camille.id, 30, "sret_1")
      expect(replay.result).toEqual(first.result)
      expect(first.result.balance).toBe(30)

      const mine = await storeCreditOf(camille)
      expect(mine.balances).toEqual([{ account_id: first.result.account_id, currency_code: "eur", balance: 30 }])
      expect(mine.entries).toEqual([
        expect.objectContaining({ amount: 30, kind: "refund", reference: "store_return", reference_id: "sret_1" }),
      ])
      const admin = await adminHeaders(getContainer(), api)
      const { data } = await api.get(`/admin/customers/${camille.id}/store-credit`, admin)
      expect(data.store_credit.balances).toEqual(mine.balances)
    })

    it("spends the credit at checkout: the payment takes the rest, the balance drops", async () => {
      await credit(camille.id, 30)
      const cartId = await cartOf(api, shop, camille)
      const { data: applied } = await plainly<any>("apply the credit", applyCredit(camille, cartId))
      expect(applied.store_credit).toMatchObject({ applied: 30, balance: 30 })
      expect(applied.cart).toMatchObject({ total: 20, credit_line_total: 30 })

      const { data } = await plainly<any>("complete the cart", payAndComplete(api, camille, cartId))
      expect(data.type).toBe("order")
      const order = await paidFor(getContainer(), data.order.id)
      expect(order.creditLines).toEqual([{ reference: "store_credit", amount: 30 }])
      expect(order.collected).toEqual([20])
      expect(order.payments).toEqual([20])

      expect(await eurBalanceOf(camille)).toBe(0)
      expect((await storeCreditOf(camille)).entries[0]).toMatchObject({ kind: "spend", amount: -30, reference: "cart", reference_id: cartId })
    })

    it("gives the credit back when the order it paid is canceled, once", async () => {
      await credit(camille.id, 30)
      const cartId = await cartOf(api, shop, camille)
      await plainly<any>("apply the credit", applyCredit(camille, cartId))
      const { data } = await plainly<any>("complete the cart", payAndComplete(api, camille, cartId))
      expect(await eurBalanceOf(camille)).toBe(0)

      const admin = await adminHeaders(getContainer(), api)
      await plainly<any>("cancel the order", api.post(`/admin/orders/${data.order.id}/cancel`, {}, admin))
      await eventually(async () => expect(await eurBalanceOf(camille)).toBe(30))
      // The event delivered again gives nothing more.
      await giveBackOrderStoreCreditWorkflow(getContainer()).run({ input: { order_id: data.order.id } })
      expect(await eurBalanceOf(camille)).toBe(30)
      expect((await storeCreditOf(camille)).entries[0]).toMatchObject({
        kind: "spend_reversal",
        amount: 30,
        reference: "order",
        reference_id: data.order.id,
      })
    })

    it("pays a whole cart with credit: no payment needed, the rest of the credit stays", async () => {
      await credit(camille.id, 120)
      const cartId = await cartOf(api, shop, camille, 2)
      const { data: applied } = await plainly<any>("apply the credit", applyCredit(camille, cartId))
      expect(applied.store_credit.applied).toBe(100)
      expect(applied.cart.total).toBe(0)

      const { data } = await plainly<any>("complete the cart", payAndComplete(api, camille, cartId))
      expect(data.type).toBe("order")
      const order = await paidFor(getContainer(), data.order.id)
      expect(order.creditLines).toEqual([{ reference: "store_credit", amount: 100 }])
      expect(order.payments).toEqual([])
      expect(await eurBalanceOf(camille)).toBe(20)
    })

    it("takes the credit off a cart on DELETE", async () => {
      await credit(camille.id, 30)
      const cartId = await cartOf(api, shop, camille)
      await plainly<any>("apply the credit", applyCredit(camille, cartId))
      const { data } = await plainly<any>("remove the credit", api.delete(`/store/carts/${cartId}/store-credit`, camille.headers))
      expect(data.cart).toMatchObject({ total: 50, credit_line_total: 0 })
      const { data: completed } = await plainly<any>("complete the cart", payAndComplete(api, camille, cartId))
      expect((await paidFor(getContainer(), completed.order.id)).payments).toEqual([50])
      expect(await eurBalanceOf(camille)).toBe(30)
    })

    it("lets only one of two carts racing for the same credit spend it", async () => {
      await credit(camille.id, 30)
      const carts = [await cartOf(api, shop, camille), await cartOf(api, shop, camille)]
      for (const cartId of carts) {
        await plainly<any>("apply the credit", applyCredit(camille, cartId))
        await preparePayment(api, camille, cartId)
      }
      const outcomes = await Promise.allSettled(
        carts.map((cartId) => api.post(`/store/carts/${cartId}/complete`, {}, camille.headers))
      )
      const placed = outcomes.filter((o) => o.status === "fulfilled" && (o.value as any).data.type === "order")
      const refused = outcomes
        .filter((o): o is PromiseRejectedResult => o.status === "rejected")
        .map((o) => ({ status: o.reason.response?.status, message: o.reason.response?.data?.message ?? o.reason.message }))
      expect(placed).toHaveLength(1)
      expect(refused).toEqual([
        { status: 400, message: expect.stringContaining("Store credit no longer covers this cart: 0 EUR left, 30 applied") },
      ])
      expect(await eurBalanceOf(camille)).toBe(0)
      expect(await liveEntries("spend")).toBe(1)
    })

    it("gives the credit back when the completion fails after spending it, and spends it on the retry", async () => {
      await credit(camille.id, 30)
      const cartId = await cartOf(api, shop, camille)
      await plainly<any>("apply the credit", applyCredit(camille, cartId))

      failNextCompletion = true
      const refused = await failure(payAndComplete(api, camille, cartId))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Refused after the order was created (test)")
      expect(await eurBalanceOf(camille)).toBe(30)
      expect(await liveEntries("spend")).toBe(0)

      const { data } = await plainly<any>("complete the cart again", payAndComplete(api, camille, cartId))
      expect(data.type).toBe("order")
      expect(await eurBalanceOf(camille)).toBe(0)
    })

    it("refuses another customer's cart, and their completion with a credit line on someone else's account", async () => {
      const { result } = await credit(camille.id, 30)
      const lou = await signUpShopper(api, shop, "lou@example.com")
      const camillesCart = await cartOf(api, shop, camille)
      const lousCart = await cartOf(api, shop, lou)

      // Lou can't put credit on Camille's cart, and has none of their own.
      expect((await failure(applyCredit(lou, camillesCart))).status).toBe(404)
      const none = await failure(applyCredit(lou, lousCart))
      expect(none.status).toBe(400)
      expect(none.data.message).toBe("No store credit in EUR to apply to this cart")

      // A credit line naming Camille's account written on Lou's cart by other means is refused at completion.
      const { createCartCreditLinesWorkflow } = await import("@medusajs/medusa/core-flows")
      await createCartCreditLinesWorkflow(getContainer()).run({
        input: [{ cart_id: lousCart, amount: 30, reference: "store_credit", reference_id: result.account_id, metadata: null }],
      })
      const refused = await failure(payAndComplete(api, lou, lousCart))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("This cart's store credit belongs to another customer")
      expect(await eurBalanceOf(camille)).toBe(30)
    })

    it("undoes an issued credit when a later step fails: a new account goes, an existing one keeps its balance", async () => {
      const run = (referenceId: string) =>
        issueThenFailWorkflow(getContainer()).run({
          input: { customer_id: camille.id, currency_code: "eur", amount: 25, reference: "store_return", reference_id: referenceId },
          throwOnError: false,
        })
      const { errors } = await run("sret_failed_1")
      expect(errors[0].error.message).toBe("Refund failed after the credit (test)")
      expect((await storeCreditOf(camille)).balances).toEqual([])

      await credit(camille.id, 10, "sret_ok")
      await run("sret_failed_2")
      expect((await storeCreditOf(camille)).balances).toEqual([expect.objectContaining({ balance: 10 })])
      // The undone reference can be credited by a retry.
      const retried = await credit(camille.id, 25, "sret_failed_2")
      expect(retried.result.balance).toBe(35)
    })
  },
})
