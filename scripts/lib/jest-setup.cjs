// Each test file starts with MikroORM's entity registry empty, as Medusa's own test set-up does.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
