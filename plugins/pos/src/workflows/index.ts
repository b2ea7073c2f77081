export * from "./add-pos-cart-item"
export * from "./create-pos-cart"
export * from "./set-pos-cart-customer"
