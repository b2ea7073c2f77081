export * from "./create-associate"
export * from "./create-store-profiles"
export * from "./update-associate"
export * from "./update-store-profile"
