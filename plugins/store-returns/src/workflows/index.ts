export * from "./create-store-return"
