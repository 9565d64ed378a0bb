FROM python:3.12-slim AS runtime
RUN useradd --system --create-home app
USER app

# ok: DOCKER-SEC-001
FROM runtime AS final
WORKDIR /home/app
COPY --chown=app:app . .
CMD ["python", "-m", "app"]
