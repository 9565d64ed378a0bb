# ruleid: DOCKER-BP-022
FROM python:3.12-slim-bookworm
WORKDIR /srv/worker
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
USER nobody
CMD ["python", "-m", "worker"]
