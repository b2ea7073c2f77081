# syntax=docker/dockerfile:1
#
# Passerelle backend: one image for the HTTP servers and the background worker.
# MEDUSA_WORKER_MODE (server | worker | shared) picks the role at run time; the image is the same.
#
# Build context: the repository root.
#   docker build -f docker/backend.Dockerfile -t passerelle-backend:local .
# (docker/compose.yaml does this for you.) docker/backend.Dockerfile.dockerignore filters the context.
#
# Layout of the final image (WORKDIR /app, mirrors the repository so scripts/start.mjs works unchanged):
#   /app/node_modules              production dependencies of the whole workspace (root install, --omit=dev)
#   /app/scripts/                  the launcher; it finds `pg` and the `@medusajs/cli` binary in /app/node_modules
#   /app/backend/package.json      workspace manifest (target of the node_modules/@passerelle/backend link)
#   /app/backend/.medusa/server/   `medusa build` output: compiled medusa-config.js, src/, public/admin
#   /app/backend/src/scripts/demo/demo-logins.json   read by the launcher itself
# MEDUSA_APP_DIR=backend/.medusa/server makes the launcher run Medusa from the build output; Node resolves
# Medusa's packages from there by walking up to /app/node_modules. Everything under /app belongs to the
# unprivileged `node` user the container runs as (see the runtime stage for why it is not root-owned).
# Build-time needs no secret; run-time settings come only from the environment (docker/compose.yaml).

ARG NODE_IMAGE=node:22-bookworm-slim

# ---------------------------------------------------------------------------------------------------------
# base: Node with the npm the repository is developed with (package.json's `allowScripts` needs npm >= 11.16).
FROM ${NODE_IMAGE} AS base
# bash with pipefail (inherited by every build stage): a failing command on the left of a pipe fails the RUN.
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ARG NPM_VERSION=11.19.1
ENV MEDUSA_DISABLE_TELEMETRY=true \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install --global "npm@${NPM_VERSION}" \
 && npm cache clean --force
WORKDIR /app

# ---------------------------------------------------------------------------------------------------------
# manifests: only the package manifests, so the install layers below are rebuilt only when a manifest changes
# (this stage sees every source change, but its output is byte-identical unless a manifest changed).
# plugins/* may be empty or absent in a fresh clone: copying the whole context and picking the manifests out
# works either way, where `COPY plugins/*/package.json` would fail on no match and flatten paths otherwise.
FROM base AS manifests
# scripts/ comes along: npm install's postinstall (scripts/build-plugins.mjs) runs in the install stages too,
# where, without plugin sources, it builds nothing.
COPY . /src
RUN set -eu; \
    cd /src; \
    mkdir -p /manifests/backend /manifests/plugins; \
    cp package.json package-lock.json /manifests/; \
    cp -r scripts /manifests/scripts; \
    cp backend/package.json /manifests/backend/; \
    for manifest in plugins/*/package.json; do \
      [ -f "$manifest" ] || continue; \
      mkdir -p "/manifests/$(dirname "$manifest")"; \
      cp "$manifest" "/manifests/$manifest"; \
    done

# ---------------------------------------------------------------------------------------------------------
# deps: every dependency, dev included (the TypeScript compiler, Vite and friends that `medusa build` needs).
# `npm install`, not `npm ci`: the lockfile is written on Linux x64 and lacks other platforms' optional packages.
FROM base AS deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm \
    npm install

# ---------------------------------------------------------------------------------------------------------
# builder: `medusa build` -> backend/.medusa/server (backend JS + public/admin), then stage what the runtime needs.
# NODE_ENV stays unset here: `medusa build` then runs with NODE_ENV=development, so medusa-config.ts's
# production checks (JWT_SECRET, COOKIE_SECRET, ...) do not apply and no secret, not even a dummy one, is
# needed to build. MEDUSA_ADMIN_DISABLED must stay unset too, or the admin dashboard is not built.
# MEDUSA_BACKEND_URL is left unset on purpose: the dashboard is then built to call the origin it is served
# from, which is whatever URL users reach the proxy on.
FROM deps AS builder
COPY . .
RUN set -eu; \
    node scripts/build-plugins.mjs; \
    npm run build --workspace backend; \
    test -f backend/.medusa/server/medusa-config.js; \
    test -f backend/.medusa/server/public/admin/index.html
# Post-build fix-ups, all inside the build output:
#  - `tsc` emits only .ts -> .js: copy the other files under backend/src (JSON, CSV, ...) next to the
#    compiled code, without overwriting anything it emitted, so code reading them at run time finds them;
#  - `medusa exec ./src/scripts/x.ts` (what the launcher runs to seed the demo) needs that path to exist:
#    give every compiled script a .ts alias, a symlink that Node resolves to the .js file before loading it.
RUN set -eu; \
    cd backend; \
    find src -type f ! -name '*.ts' ! -name '*.tsx' ! -path 'src/admin/*' | while read -r asset; do \
      if [ ! -e ".medusa/server/$asset" ]; then \
        mkdir -p ".medusa/server/$(dirname "$asset")"; \
        cp -p "$asset" ".medusa/server/$asset"; \
      fi; \
    done; \
    if [ -d .medusa/server/src/scripts ]; then \
      find .medusa/server/src/scripts -type f -name '*.js' | while read -r compiled; do \
        link="${compiled%.js}.ts"; \
        if [ ! -e "$link" ]; then ln -s "$(basename "$compiled")" "$link"; fi; \
      done; \
    fi
# /out is exactly what the runtime stage adds on top of the production dependencies.
RUN set -eu; \
    mkdir -p /out/backend/.medusa /out/backend/src/scripts/demo /out/plugins; \
    cp -a backend/.medusa/server /out/backend/.medusa/server; \
    cp -a scripts /out/scripts; \
    cp -a backend/src/scripts/demo/demo-logins.json /out/backend/src/scripts/demo/; \
    tar --exclude=node_modules -cf - plugins | tar -xf - -C /out

# ---------------------------------------------------------------------------------------------------------
# prod-deps: production dependencies only, installed at the workspace root where the launcher looks for them.
FROM base AS prod-deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm \
    npm install --omit=dev

# ---------------------------------------------------------------------------------------------------------
# runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    MEDUSA_DISABLE_TELEMETRY=true \
    MEDUSA_APP_DIR=backend/.medusa/server
WORKDIR /app
# Manifests + node_modules (root and any nested per-workspace ones), then the build output and the launcher.
# Owned by the unprivileged user because `medusa db:migrate` writes inside them: MikroORM's migrator creates
# an empty `migrations` folder in every loaded module that ships none (node_modules/@medusajs/file/dist/
# migrations, locking-redis, cache-redis, ... and any custom module without migrations). Root-owned, the
# migrate step fails with EACCES as a non-root user. The servers and the worker themselves write nothing here.
COPY --chown=node:node --from=prod-deps /app/ ./
COPY --chown=node:node --from=builder /out/ ./
# The official image's unprivileged user (uid 1000, HOME=/home/node: the Medusa CLI keeps its settings in
# ~/.config/medusa and cannot start without a writable home).
USER node
EXPOSE 9000
# Servers and the worker both answer GET /health (the worker serves nothing else).
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 9000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations are a separate, one-shot step (`node scripts/start.mjs --migrate-only`), never run by each replica.
CMD ["node", "scripts/start.mjs", "--no-migrate"]
