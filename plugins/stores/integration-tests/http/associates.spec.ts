import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { createAssociateWorkflow } from "@passerelle/medusa-plugin-stores/workflows"
import { replaceAssociateStoresStepId } from "@passerelle/medusa-plugin-stores/workflows/steps/replace-associate-stores"
import {
  adminHeaders,
  associateToken,
  bearer,
  createNetwork,
  eventually,
  failure,
  Network,
  PASSWORD,
} from "@passerelle/medusa-plugin-stores/testing/store-network"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let admin: { headers: Record<string, string> }

    const createAssociate = async (body: Record<string, unknown>) =>
      (await api.post("/admin/associates", { password: PASSWORD, ...body }, admin)).data.associate

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
        { code: "PAR-02", name: "Paris Rennes", city: "Paris", timezone: "Europe/Paris", latitude: 48.8503, longitude: 2.3303 },
        { code: "LYO-01", name: "Lyon", city: "Lyon", timezone: "Europe/Paris", latitude: 45.7607, longitude: 4.8357 },
      ])
      admin = await adminHeaders(container, api)
    })

    const lea = () => ({
      first_name: "Léa",
      last_name: "Martin",
      email: "lea@example.com",
      employee_code: "E-1001",
      home_store_id: network.stores["PAR-01"].id,
    })
    const marc = () => ({
      first_name: "Marc",
      last_name: "Dubois",
      email: "marc@example.com",
      employee_code: "E-1002",
      role: "manager",
      home_store_id: network.stores["PAR-01"].id,
      store_ids: [network.stores["PAR-02"].id],
    })

    describe("creating associates (admin)", () => {
      it("creates an associate with their stores, home store first, and announces it", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const created: string[] = []
        eventBus.subscribe("stores.associate.created", async ({ data }: { data: any }) => {
          created.push(data.id)
        })
        const associate = await createAssociate(marc())
        expect(associate).toEqual(
          expect.objectContaining({
            first_name: "Marc",
            email: "marc@example.com",
            role: "manager",
            is_active: true,
            home_store: expect.objectContaining({ code: "PAR-01" }),
            stores: [
              expect.objectContaining({ code: "PAR-01", is_home: true }),
              expect.objectContaining({ code: "PAR-02", is_home: false }),
            ],
          })
        )
        await eventually(() => expect(created).toEqual([associate.id]))
      })

      it("refuses a missing password, a taken email and an unknown store, creating nothing", async () => {
        await createAssociate(lea())
        const missing = await failure(api.post("/admin/associates", { ...lea(), email: "x@example.com" }, admin))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/password/)

        const taken = await failure(
          api.post("/admin/associates", { ...lea(), employee_code: "E-9", password: PASSWORD }, admin)
        )
        expect(taken.status).toBe(422)
        expect(taken.data.message).toBe("Another associate already has the email lea@example.com")

        const unknownStore = await failure(
          api.post(
            "/admin/associates",
            { ...lea(), email: "new@example.com", employee_code: "E-10", home_store_id: "stp_nope", password: PASSWORD },
            admin
          )
        )
        expect(unknownStore.status).toBe(404)
        expect(unknownStore.data.message).toBe("Store stp_nope was not found")

        const { data } = await api.get("/admin/associates", admin)
        expect(data.associates.map((a: { email: string }) => a.email)).toEqual(["lea@example.com"])
      })

      it("undoes everything, the login included, when a later step fails", async () => {
        const container = getContainer()
        const workflow = createAssociateWorkflow(container)
        workflow.appendAction("fail-after-stores", replaceAssociateStoresStepId, {
          invoke: async () => {
            throw new Error("the till network went down")
          },
        })
        const { errors } = await workflow.run({
          input: { ...lea(), password: PASSWORD },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("the till network went down")

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: associates } = await query.graph({ entity: "associate", fields: ["id"] })
        expect(associates).toEqual([])
        // Loaded once the app is up: a link definition registers itself with the running app.
        const associateStoreProfileLink = require("@passerelle/medusa-plugin-stores/links/associate-store-profile").default
        const { data: links } = await query.graph({
          entity: associateStoreProfileLink.entryPoint,
          fields: ["associate_id"],
        })
        expect(links).toEqual([])
        const auth = container.resolve(Modules.AUTH)
        expect(await auth.listProviderIdentities({ entity_id: "lea@example.com" })).toEqual([])
        const login = await failure(associateToken(api, "lea@example.com"))
        expect(login.status).toBe(401)
      })
    })

    describe("associate login", () => {
      it("gives a working token for the right password and refuses a wrong one", async () => {
        await createAssociate(lea())
        const token = await associateToken(api, "lea@example.com")
        const { data } = await api.get("/pos/me", bearer(token))
        expect(data.associate.email).toBe("lea@example.com")
        expect(data.acting_store.code).toBe("PAR-01")

        const wrong = await failure(associateToken(api, "lea@example.com", "not-the-password"))
        expect(wrong.status).toBe(401)
      })

      it("refuses a deactivated associate, at login and with a token issued before", async () => {
        const associate = await createAssociate(lea())
        const token = await associateToken(api, "lea@example.com")
        const deactivated: string[] = []
        getContainer()
          .resolve(Modules.EVENT_BUS)
          .subscribe("stores.associate.deactivated", async ({ data }: { data: any }) => {
            deactivated.push(data.id)
          })
        await api.post(`/admin/associates/${associate.id}`, { is_active: false }, admin)

        const login = await failure(associateToken(api, "lea@example.com"))
        expect(login.status).toBe(403)
        expect(login.data.message).toBe("This associate account is deactivated")
        const stale = await failure(api.get("/pos/me", bearer(token)))
        expect(stale.status).toBe(403)
        await eventually(() => expect(deactivated).toEqual([associate.id]))
      })

      it("lets a merchandiser reset a password and change the login email", async () => {
        const associate = await createAssociate(lea())
        await api.post(
          `/admin/associates/${associate.id}`,
          { email: "lea.martin@example.com", password: "another-long-password" },
          admin
        )
        expect((await failure(associateToken(api, "lea@example.com"))).status).toBe(401)
        const token = await associateToken(api, "lea.martin@example.com", "another-long-password")
        expect((await api.get("/pos/me", bearer(token))).data.associate.email).toBe("lea.martin@example.com")
      })
    })

    describe("who may go where", () => {
      it("keeps associate tokens out of /admin and user tokens out of /pos", async () => {
        await createAssociate(lea())
        const token = await associateToken(api, "lea@example.com")
        const intoAdmin = await failure(api.get("/admin/products", bearer(token)))
        expect(intoAdmin.status).toBe(401)
        const intoAdminAssociates = await failure(api.get("/admin/associates", bearer(token)))
        expect(intoAdminAssociates.status).toBe(401)

        const intoPos = await failure(api.get("/pos/me", admin))
        expect(intoPos.status).toBe(401)
        const anonymous = await failure(api.get("/pos/me"))
        expect(anonymous.status).toBe(401)
      })

      it("lets an associate act for another of their stores and refuses one that isn't theirs", async () => {
        await createAssociate(marc())
        const token = await associateToken(api, "marc@example.com")
        const { data } = await api.get("/pos/me", bearer(token, "PAR-02"))
        expect(data.acting_store.code).toBe("PAR-02")

        const elsewhere = await failure(api.get("/pos/me", bearer(token, "LYO-01")))
        expect(elsewhere.status).toBe(403)
        expect(elsewhere.data.message).toBe(
          "You can't act for store LYO-01: it isn't one of your stores (PAR-01, PAR-02)"
        )
      })

      it("opens the team list to the store's manager only", async () => {
        await createAssociate(lea())
        await createAssociate(marc())
        const associateTokenValue = await associateToken(api, "lea@example.com")
        const refused = await failure(api.get("/pos/team", bearer(associateTokenValue)))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toBe("Only a store manager can do this")

        const managerToken = await associateToken(api, "marc@example.com")
        const { data } = await api.get("/pos/team", bearer(managerToken))
        expect(data.store.code).toBe("PAR-01")
        expect(data.associates.map((a: { email: string }) => a.email)).toEqual([
          "marc@example.com",
          "lea@example.com",
        ])
        const otherStore = await api.get("/pos/team", bearer(managerToken, "PAR-02"))
        expect(otherStore.data.associates.map((a: { email: string }) => a.email)).toEqual(["marc@example.com"])
      })
    })

    describe("managing associates (admin)", () => {
      it("lists associates by store, role and text, and moves one to another store", async () => {
        const first = await createAssociate(lea())
        await createAssociate(marc())
        const byStore = await api.get(`/admin/associates?store_id=${network.stores["PAR-02"].id}`, admin)
        expect(byStore.data.associates.map((a: { email: string }) => a.email)).toEqual(["marc@example.com"])
        const managers = await api.get("/admin/associates?role=manager", admin)
        expect(managers.data.count).toBe(1)
        const search = await api.get("/admin/associates?q=lea", admin)
        expect(search.data.associates.map((a: { id: string }) => a.id)).toEqual([first.id])

        const { data } = await api.post(
          `/admin/associates/${first.id}`,
          { home_store_id: network.stores["LYO-01"].id, store_ids: [] },
          admin
        )
        expect(data.associate.stores).toEqual([expect.objectContaining({ code: "LYO-01", is_home: true })])
        const token = await associateToken(api, "lea@example.com")
        expect((await failure(api.get("/pos/me", bearer(token, "PAR-01")))).status).toBe(403)
      })

      it("rejects an unknown field in the body with 400", async () => {
        const associate = await createAssociate(lea())
        const response = await failure(api.post(`/admin/associates/${associate.id}`, { salary: 1 }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/salary/)
      })
    })
  },
})
