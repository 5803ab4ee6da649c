# Production-like image: `docker compose up` (see docker-compose.yml). Not used by npm start/test.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NODE_ENV=production NODE_OPTIONS=--conditions=production
RUN npm run build

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NODE_OPTIONS=--conditions=production PORT=3000
COPY --from=build /app /app
# The start script applies pending migrations, creates the first admin from ADMIN_EMAIL/PASSWORD,
# seeds launch content into an empty database, and serves the existing build.
EXPOSE 3000
CMD ["npx", "tsx", "scripts/start.ts"]
