import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { ASSOCIATE_MODULE } from ".."
import { Associate } from "../models/associate"
import type AssociateModuleService from "../service"

jest.setTimeout(60 * 1000)

const lea = {
  first_name: "Léa",
  last_name: "Martin",
  email: "lea@example.com",
  employee_code: "E-1001",
}

moduleIntegrationTestRunner<AssociateModuleService>({
  moduleName: ASSOCIATE_MODULE,
  moduleModels: [Associate],
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("associate module", () => {
      it("creates active associates with the plain associate role by default", async () => {
        const associate = await service.createAssociates(lea)
        expect(associate).toEqual(expect.objectContaining({ role: "associate", is_active: true }))
      })

      it("refuses a second associate with the same email or employee code", async () => {
        await service.createAssociates(lea)
        await expect(service.createAssociates({ ...lea, employee_code: "E-2" })).rejects.toThrow(/already exists/)
        await expect(service.createAssociates({ ...lea, email: "other@example.com" })).rejects.toThrow(
          /already exists/
        )
      })

      it("refuses a role that doesn't exist", async () => {
        await expect(service.createAssociates({ ...lea, role: "owner" as any })).rejects.toThrow()
      })

      it("finds associates by name through free-text search", async () => {
        await service.createAssociates([lea, { ...lea, first_name: "Marc", last_name: "Dubois", email: "m@example.com", employee_code: "E-2" }])
        const found = await service.listAssociates({ q: "dubois" })
        expect(found.map((a) => a.first_name)).toEqual(["Marc"])
      })
    })
  },
})
