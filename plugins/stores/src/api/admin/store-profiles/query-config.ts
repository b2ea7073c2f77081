export const defaultAdminStoreProfileFields = [
  "id",
  "code",
  "name",
  "timezone",
  "latitude",
  "longitude",
  "phone",
  "offers_pickup",
  "opening_hours",
  "metadata",
  "created_at",
  "updated_at",
  "closures.date",
  "closures.reason",
  "stock_location.id",
  "stock_location.name",
  "stock_location.address.*",
  "sales_channel.id",
  "sales_channel.name",
]

export const retrieveStoreProfileQueryConfig = {
  defaults: defaultAdminStoreProfileFields,
  isList: false,
}

export const listStoreProfilesQueryConfig = {
  ...retrieveStoreProfileQueryConfig,
  defaultLimit: 50,
  isList: true,
}
