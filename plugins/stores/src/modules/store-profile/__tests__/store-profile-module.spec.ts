import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { STORE_PROFILE_MODULE } from ".."
import { StoreClosure } from "../models/store-closure"
import { StoreProfile } from "../models/store-profile"
import type StoreProfileModuleService from "../service"

jest.setTimeout(60 * 1000)

const hours = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] }
const profile = (code: string) => ({
  code,
  name: `Store ${code}`,
  timezone: "Europe/Paris",
  latitude: 48.85,
  longitude: 2.35,
  opening_hours: hours,
})

moduleIntegrationTestRunner<StoreProfileModuleService>({
  moduleName: STORE_PROFILE_MODULE,
  moduleModels: [StoreProfile, StoreClosure],
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("store profile module", () => {
      it("keeps store codes unique in the database, even if two requests pass validation together", async () => {
        await service.createStoreProfiles(profile("PAR-01"))
        await expect(service.createStoreProfiles(profile("PAR-01"))).rejects.toThrow(/already exists/)
      })

      it("frees a code once its store is deleted", async () => {
        const [first] = await service.createStoreProfiles([profile("LYO-01")])
        await service.softDeleteStoreProfiles([first.id])
        const again = await service.createStoreProfiles(profile("LYO-01"))
        expect(again.code).toBe("LYO-01")
      })

      it("records one closure per day and drops them with their store", async () => {
        const store = await service.createStoreProfiles(profile("LIL-01"))
        await service.createStoreClosures({ date: "2026-12-25", reason: "Christmas", store_profile_id: store.id })
        await expect(
          service.createStoreClosures({ date: "2026-12-25", reason: "again", store_profile_id: store.id })
        ).rejects.toThrow(/already exists/)
        await service.deleteStoreProfiles(store.id)
        expect(await service.listStoreClosures({ store_profile_id: store.id })).toEqual([])
      })
    })
  },
})
