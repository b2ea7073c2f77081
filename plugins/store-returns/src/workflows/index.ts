export * from "./issue-store-credit"
export * from "./apply-store-credit-to-cart"
export * from "./remove-store-credit-from-cart"
export * from "./give-back-order-store-credit"
