// Medusa's recommended rules (workflow, route, module and link conventions) for every workspace.
import medusa from "@medusajs/eslint-plugin"

export default [
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/dist/**",
      "**/.data/**",
      "**/coverage/**",
    ],
  },
  ...medusa.configs.recommended,
]
