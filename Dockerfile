# Pressroom in a container: built in one stage, run from a slim image as the unprivileged
# `node` user, with the releases mounted at /content. CI does not build this image.
#   docker build -t pressroom .
#   docker run -p 3000:3000 -v "$PWD/content:/content:ro" pressroom

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 CONTENT_DIR=/content
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY views ./views
COPY public ./public
USER node
VOLUME ["/content"]
EXPOSE 3000
# Ready, not merely alive: 503 while the releases load or while draining to stop.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const p=process.env.TLS_CERT?require('node:https'):require('node:http');p.get({host:'127.0.0.1',port:process.env.PORT,path:'/readyz',rejectUnauthorized:false},r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))"]
# Node itself, not npm, so that SIGTERM reaches the server and it drains before exiting.
CMD ["node", "dist/main.js"]
