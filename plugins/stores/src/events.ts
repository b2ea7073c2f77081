/** Events the stores plugin emits, named `<plugin>.<entity>.<action>`; each carries `{ id }`. */
export const StoresEvents = {
  ASSOCIATE_CREATED: "stores.associate.created",
  ASSOCIATE_UPDATED: "stores.associate.updated",
  ASSOCIATE_DEACTIVATED: "stores.associate.deactivated",
  STORE_CREATED: "stores.store.created",
  STORE_UPDATED: "stores.store.updated",
} as const
