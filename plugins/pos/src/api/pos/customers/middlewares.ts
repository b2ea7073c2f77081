import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validators and guards for /pos/customers/* (customer 360). */
export const customerRoutesMiddlewares: MiddlewareRoute[] = []
