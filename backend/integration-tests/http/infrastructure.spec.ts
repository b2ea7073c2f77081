import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"

// @redis-tier: it checks which modules carry events, workflows, locks and cache

jest.setTimeout(120 * 1000)

const redisMode = Boolean(process.env.REDIS_URL)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    describe(`shared infrastructure (${redisMode ? "REDIS_URL set" : "no REDIS_URL"})`, () => {
      it(`runs events, workflows, locks and cache ${redisMode ? "on Redis" : "in memory"}`, async () => {
        const container = getContainer()
        const names = {
          eventBus: container.resolve(Modules.EVENT_BUS).constructor.name,
          cache: container.resolve(Modules.CACHE).constructor.name,
        }
        if (redisMode) {
          expect(names).toEqual({ eventBus: "RedisEventBusService", cache: "RedisCacheService" })
        } else {
          expect(names).toEqual({ eventBus: "LocalEventBusService", cache: "InMemoryCacheService" })
        }
      })

      it("holds a lock against a second owner until it is released", async () => {
        const locking = getContainer().resolve(Modules.LOCKING)
        const key = `passerelle-test-${Date.now()}`
        await locking.acquire(key, { ownerId: "till-1", expire: 10 })
        await expect(locking.acquire(key, { ownerId: "till-2", expire: 10 })).rejects.toThrow()
        if (redisMode) {
          // The lock lives in Redis, where every server and the worker see it.
          const redis = new Redis(process.env.REDIS_URL!)
          expect(await redis.exists(`medusa_lock:${key}`)).toBe(1)
          await redis.quit()
        }
        await locking.release(key, { ownerId: "till-1" })
        await locking.acquire(key, { ownerId: "till-2", expire: 10 })
        await locking.release(key, { ownerId: "till-2" })
      })
    })
  },
})
