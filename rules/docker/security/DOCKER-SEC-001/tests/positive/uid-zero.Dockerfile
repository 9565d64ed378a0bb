FROM debian:bookworm-slim AS base
ARG RUN_AS=0
RUN useradd --system worker

FROM base
COPY worker /usr/local/bin/worker
# ruleid: DOCKER-SEC-001
USER ${RUN_AS}
ENTRYPOINT ["/usr/local/bin/worker"]
