# ok: DOCKER-BP-027
FROM nginx:1.27-alpine
LABEL org.example.platform="linux/amd64"
USER nginx
