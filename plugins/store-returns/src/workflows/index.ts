export * from "./create-store-return"
export * from "./create-store-exchange"
