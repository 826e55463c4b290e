# Pierre in a container: the SDK image publishes with the same command CI runs (.ci/first-run.sh), the ASP.NET
# runtime image runs it as the non-root user `app`, with the data (SQLite database, key files) in the /data volume.
#   docker build -t pierre-mcp-server .
#   docker run -p 8081:8081 -v pierre-data:/data pierre-mcp-server
# .ci/container.sh checks this file against the project (no container engine in CI).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/Pierre.Fitness/Pierre.Fitness.csproj src/Pierre.Fitness/
COPY src/Pierre.Providers/Pierre.Providers.csproj src/Pierre.Providers/
COPY src/Pierre.Server/Pierre.Server.csproj src/Pierre.Server/
RUN dotnet restore src/Pierre.Server
COPY src/ src/
RUN dotnet publish src/Pierre.Server -c Release --use-current-runtime --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# Explicit paths under /data as well as PIERRE_DATA_DIR, so the volume holds everything with or without the data home.
ENV PIERRE_BIND_ADDRESS=0.0.0.0 \
    PIERRE_HTTP_PORT=8081 \
    PIERRE_DATA_DIR=/data \
    DATABASE_URL=sqlite:/data/pierre.db \
    DATABASE_ENCRYPTION_KEY_PATH=/data/encryption.key \
    JWT_SECRET_PATH=/data/jwt.secret
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
# The image's non-root user (`app`), by number so that Kubernetes' runAsNonRoot can verify it.
USER $APP_UID
EXPOSE 8081
# The image has neither curl nor wget: bash's /dev/tcp sends GET /health and grep looks for "healthy" in the answer.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PIERRE_HTTP_PORT} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"healthy\"' <&3"]
ENTRYPOINT ["/app/pierre-mcp-server"]
