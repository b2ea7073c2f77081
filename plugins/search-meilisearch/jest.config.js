module.exports = require("../../scripts/lib/jest-preset.cjs")(__dirname)
