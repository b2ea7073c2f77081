export * from "./create-store-pickup-option"
