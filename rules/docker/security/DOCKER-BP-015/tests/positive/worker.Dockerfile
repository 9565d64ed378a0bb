# ruleid: DOCKER-BP-015
FROM docker.io/library/ubuntu
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
USER nobody
