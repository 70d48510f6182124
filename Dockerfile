# syntax=docker/dockerfile:1
# Build stage: compiles the one runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

# Runtime stage: a JRE 17, a non-root user, knowledge and config baked in.
FROM eclipse-temurin:17-jre
# The embedding runtime unpacks its native libraries under the home folder (~/.djl.ai) and /tmp.
RUN groupadd --system bot && useradd --system --gid bot --create-home --home-dir /home/bot --shell /usr/sbin/nologin bot
WORKDIR /app
COPY --from=build /src/target/rehab-law-bot.jar /app/rehab-law-bot.jar
COPY --chown=bot:bot knowledge /app/knowledge
COPY config /app/config
RUN mkdir -p /app/data && chown -R bot:bot /app/data
USER bot
ENV DATA_DIR=/app/data KNOWLEDGE_DIR=/app/knowledge JAVA_TOOL_OPTIONS="-Xmx256m"
# Build the index at image build time so the bot answers seconds after start; a mounted knowledge folder is
# brought up to date incrementally at start-up (only changed files are re-embedded).
RUN java -jar /app/rehab-law-bot.jar --config /app/config/application.yaml index
# Mount a volume on /app/knowledge or /app/config to override what is baked in; /app/data keeps the index.
VOLUME ["/app/data"]
# The bot token comes from the environment: docker run -e TELEGRAM_BOT_TOKEN=... rehab-law-bot
ENTRYPOINT ["java", "-jar", "/app/rehab-law-bot.jar", "--config", "/app/config/application.yaml"]
