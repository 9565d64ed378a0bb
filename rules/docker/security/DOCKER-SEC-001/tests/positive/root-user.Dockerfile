FROM python:3.12-slim
RUN useradd --system --create-home app
USER app
COPY --chown=app:app . /home/app
# ruleid: DOCKER-SEC-001
USER root:root
CMD ["python", "/home/app/main.py"]
