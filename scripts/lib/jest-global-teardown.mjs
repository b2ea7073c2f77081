export default async function globalTeardown() {
  await globalThis.__PASSERELLE_TEST_POSTGRES__?.stop()
}
