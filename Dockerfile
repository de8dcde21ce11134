# The mentorgraph image: one binary for every role (serve, migrate, and later jobs); the command picks it.
# Build:  docker build -t mentorgraph .
# Run:    docker run -e Database__ConnectionString="Host=...;Database=...;Username=...;Password=..." -p 5080:8080 mentorgraph

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the restore layer is reused when only code changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Api/MentorGraph.Api.csproj src/Api/
COPY src/GraphQL/MentorGraph.GraphQL.csproj src/GraphQL/
COPY src/GraphQL.AspNetCore/MentorGraph.GraphQL.AspNetCore.csproj src/GraphQL.AspNetCore/
COPY src/Persistence/MentorGraph.Persistence.csproj src/Persistence/
COPY src/Analytics/MentorGraph.Analytics.csproj src/Analytics/
RUN dotnet restore src/Api/MentorGraph.Api.csproj
# The build runs npm ci and Vite for the web app (web/), served from wwwroot/ beside the program.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY web/ web/
COPY src/ src/
RUN dotnet publish src/Api/MentorGraph.Api.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# `mentorgraph migrate` and `serve` find db/migrations beside the application.
COPY db/migrations/ db/migrations/
ENV Server__Urls=http://0.0.0.0:8080 \
    Logging__Format=json
EXPOSE 8080
# The aspnet image's non-root user.
USER app
ENTRYPOINT ["dotnet", "/app/mentorgraph.dll"]
CMD ["serve"]
