// The Jest configuration every workspace shares: @swc/jest for TypeScript, the three test tiers picked by
// TEST_TYPE, and the global set-up that provides a real PostgreSQL (embedded when none is named).
const path = require("path")

const testMatchByType = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
}

module.exports = function jestPreset(workspaceDir) {
  const { loadEnv } = require("@medusajs/framework/utils")
  loadEnv("test", workspaceDir)
  return {
    rootDir: workspaceDir,
    transform: {
      "^.+\\.[jt]sx?$": [
        "@swc/jest",
        { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
      ],
    },
    testEnvironment: "node",
    moduleFileExtensions: ["js", "ts", "tsx", "json"],
    modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
    setupFiles: [path.join(__dirname, "jest-setup.cjs")],
    globalSetup: path.join(__dirname, "jest-global-setup.mjs"),
    globalTeardown: path.join(__dirname, "jest-global-teardown.mjs"),
    testMatch: testMatchByType[process.env.TEST_TYPE] ?? testMatchByType.unit,
  }
}
