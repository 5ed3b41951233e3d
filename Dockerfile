# syntax=docker/dockerfile:1
#
# portfolio-returns container image.
#
#   docker build -t portfolio-returns .
#   docker run --rm -p 8000:8000 -e DATABASE_URL=... -e API_KEYS=... portfolio-returns
#
# Stages:
#   base       Node 22 LTS on Debian 12 (slim), shared by every stage
#   deps       all dependencies (dev included) from the committed lockfile
#   build      TypeScript -> dist/
#   prod-deps  runtime dependencies only
#   runtime    dist/ + runtime node_modules, non-root, no npm cache, no sources
#
# A project .npmrc (npm settings such as legacy-peer-deps; never tokens) is copied when present.
# `npm ci` is deliberately not used: the lockfile is generated on a registry mirror that lacks the
# non-Linux optional builds, so `npm ci` rejects it. `npm install` follows the lockfile as it is.

# Node 22 LTS on Debian 12. Bump the tag in both FROM lines together (or pin a digest:
# node:22-bookworm-slim@sha256:...).
FROM node:22-bookworm-slim AS base
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# ---------------------------------------------------------------------------------------------------
FROM base AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc* ./
RUN --mount=type=cache,target=/root/.npm \
    npm install --no-audit --no-fund

# ---------------------------------------------------------------------------------------------------
FROM deps AS build
WORKDIR /app
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---------------------------------------------------------------------------------------------------
# The PostgreSQL binaries of embedded-postgres (~60 MB) serve only the zero-setup local mode (no
# DATABASE_URL); the image always connects to a real Postgres. The package itself stays importable:
# only its native/ folder is removed (--omit=optional would drop the platform package, whose
# import embedded-postgres attempts at load time).
FROM base AS prod-deps
WORKDIR /app
COPY package.json package-lock.json .npmrc* ./
RUN --mount=type=cache,target=/root/.npm \
    npm install --omit=dev --no-audit --no-fund \
    && rm -rf node_modules/@embedded-postgres/*/native

# ---------------------------------------------------------------------------------------------------
FROM node:22-bookworm-slim AS runtime
LABEL org.opencontainers.image.title="portfolio-returns" \
      org.opencontainers.image.description="Customer stock portfolios, Polygon daily prices and date-range returns" \
      org.opencontainers.image.licenses="UNLICENSED"

# A bounded heap makes V8 collect before RSS grows: bench/populate measured 317 MB peak RSS unbounded,
# 183 MB with the cap, at the same CPU. (The service's other flag is in CMD: NODE_OPTIONS refuses it.)
ENV NODE_ENV=production \
    PORT=8000 \
    NODE_OPTIONS=--max-old-space-size=256 \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app

# Application files stay owned by root and read-only for the process user.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./

# The `node` user (uid/gid 1000) ships with the official image; numeric so that runtimes enforcing
# runAsNonRoot can verify it.
USER 1000:1000

EXPOSE 8000

# No curl in the slim image: probe liveness with Node's built-in fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8000)+'/health/live',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# Migrations are a separate step (`node dist/database/migrate.js`), run before the service starts
# (see docker-compose.yml and the Ansible role). Old-space limits grow by 2× the live heap after a full
# GC: at V8's ~1.5× for a capped heap, a populate or a report ran a full GC every ~0.35 s (a quarter of
# the CPU). V8's memory reducer is off: the service compacts its heap before it listens and after
# bursts of work, not in its first idle minute. bench/support/deployed-node-flags.ts has the measurements.
CMD ["node", "--heap-growing-percent=100", "--no-memory-reducer", "dist/main.js"]
