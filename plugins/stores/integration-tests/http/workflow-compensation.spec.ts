import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createAssociateWorkflow,
  createStoreProfilesWorkflow,
  updateAssociateWorkflow,
  updateStoreProfileWorkflow,
} from "@passerelle/medusa-plugin-stores/workflows"
import path from "path"
import { associateToken, bearer, createNetwork, failure, Network, PASSWORD, weekly } from "@passerelle/medusa-plugin-stores/testing/store-network"

// @redis-tier: compensations run through the workflow engine, which Redis mode replaces

jest.setTimeout(180 * 1000)

/**
 * Every writing workflow of the plugin, made to fail after its last write: what it wrote must be undone and the
 * records must read exactly as before.
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    const boom = {
      invoke: async () => {
        throw new Error("a later step failed")
      },
    }

    beforeEach(async () => {
      network = await createNetwork(getContainer(), [
        { code: "PAR-01", name: "Paris", city: "Paris", timezone: "Europe/Paris", latitude: 48.85, longitude: 2.35 },
        { code: "LYO-01", name: "Lyon", city: "Lyon", timezone: "Europe/Paris", latitude: 45.76, longitude: 4.83 },
      ])
    })

    const readStore = async (id: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "store_profile",
        fields: ["id", "code", "name", "opening_hours", "closures.date", "stock_location.id", "sales_channel.id"],
        filters: { id },
      })
      return data[0]
    }

    it("update-associate restores the associate, their login and their stores", async () => {
      const container = getContainer()
      const { result: associate } = await createAssociateWorkflow(container).run({
        input: {
          first_name: "Léa",
          last_name: "Martin",
          email: "lea@example.com",
          employee_code: "E-1",
          password: PASSWORD,
          home_store_id: network.stores["PAR-01"].id,
        },
      })
      const workflow = updateAssociateWorkflow(container)
      workflow.appendAction("fail", "replace-associate-stores", boom)
      const { errors } = await workflow.run({
        input: {
          id: associate.id,
          first_name: "Lea",
          role: "manager",
          email: "lea.martin@example.com",
          password: "a-different-password",
          home_store_id: network.stores["LYO-01"].id,
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")

      const token = await associateToken(api, "lea@example.com", PASSWORD)
      const { data } = await api.get("/pos/me", bearer(token))
      expect(data.associate).toEqual(
        expect.objectContaining({ first_name: "Léa", role: "associate", email: "lea@example.com" })
      )
      expect(data.associate.stores.map((s: { code: string }) => s.code)).toEqual(["PAR-01"])
      expect((await failure(associateToken(api, "lea.martin@example.com", "a-different-password"))).status).toBe(401)
    })

    it("create-store-profiles leaves no profile and no link behind", async () => {
      const container = getContainer()
      const { result: [location] } = await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: "Bordeaux" }] },
      })
      const workflow = createStoreProfilesWorkflow(container)
      workflow.appendAction("fail", "create-remote-links", boom)
      const { errors } = await workflow.run({
        input: {
          profiles: [
            {
              code: "BOD-01",
              name: "Bordeaux",
              timezone: "Europe/Paris",
              latitude: 44.84,
              longitude: -0.58,
              opening_hours: weekly(),
              closures: [{ date: "2026-12-25" }],
              stock_location_id: location.id,
              sales_channel_id: network.posChannelId,
            },
          ],
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: profiles } = await query.graph({ entity: "store_profile", fields: ["code"], filters: { code: "BOD-01" } })
      expect(profiles).toEqual([])
      const { data: [bordeaux] } = await query.graph({
        entity: "stock_location",
        fields: ["id", "store_profile.id"],
        filters: { id: location.id },
      })
      expect((bordeaux as any).store_profile ?? null).toBeNull()
    })

    it("update-store-profile changes a link alone, leaving every field as it was", async () => {
      const id = network.stores["PAR-01"].id
      const before = await readStore(id)
      await updateStoreProfileWorkflow(getContainer()).run({ input: { id, sales_channel_id: null } })
      const after = await readStore(id)
      expect(after.sales_channel ?? null).toBeNull()
      expect(after).toEqual({ ...before, sales_channel: after.sales_channel })
    })

    it("update-store-profile restores its fields, closed days and links", async () => {
      const container = getContainer()
      const id = network.stores["PAR-01"].id
      const before = await readStore(id)
      const { result: [spare] } = await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: "Paris pop-up" }] },
      })
      const workflow = updateStoreProfileWorkflow(container)
      workflow.appendAction("fail", "replace-store-profile-links", boom)
      const { errors } = await workflow.run({
        input: {
          id,
          name: "Paris renamed",
          opening_hours: weekly([{ opens: "12:00", closes: "18:00" }]),
          closures: [{ date: "2026-12-24" }],
          stock_location_id: spare.id,
          sales_channel_id: null,
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await readStore(id)).toEqual(before)
    })
  },
})
