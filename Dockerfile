# Builds the Timeline API and CLI into one image. Used by docker-compose.yml (not runnable on the build
# machines of this project, which have no Docker engine; see README "The Docker route").
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Timeline.Api/Timeline.Api.csproj -c Release -o /out/api \
 && dotnet publish src/Timeline.Cli/Timeline.Cli.csproj -c Release -o /out/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl is for the compose healthcheck only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out/api ./
COPY --from=build /out/cli ./cli/
COPY data ./data
ENV ASPNETCORE_URLS=http://0.0.0.0:5080
EXPOSE 5080
ENTRYPOINT ["dotnet", "Timeline.Api.dll"]
