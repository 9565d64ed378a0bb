FROM python:3.12-slim AS base
HEALTHCHECK NONE

# ok: DOCKER-BP-022
FROM base
COPY . /app
USER nobody
CMD ["python", "/app/main.py"]
