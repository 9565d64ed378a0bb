FROM node:22.11-bookworm-slim
# ok: DOCKER-SEC-001
USER root
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
# ok: DOCKER-SEC-001
USER node:node
ENTRYPOINT ["/usr/bin/tini", "--", "node", "server.js"]
