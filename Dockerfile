# Build stage: compiles the one runnable jar, with the native libraries of Linux only (-Pimage).
FROM maven:3.9-eclipse-temurin-17 AS build
# Behind a proxy that intercepts TLS, or with a company repository, pass either or both:
#   docker build --build-arg MAVEN_MIRROR_URL=https://repo.example.org/maven2 \
#                --build-arg MAVEN_CA_CERT="$(cat company-ca.pem)" -t rehab-law-bot .
ARG MAVEN_MIRROR_URL=""
ARG MAVEN_CA_CERT=""
RUN if [ -n "$MAVEN_CA_CERT" ]; then \
      printf '%s\n' "$MAVEN_CA_CERT" > /tmp/build-ca.pem \
      && keytool -importcert -noprompt -cacerts -storepass changeit -alias build-ca -file /tmp/build-ca.pem; \
    fi \
 && if [ -n "$MAVEN_MIRROR_URL" ]; then \
      mkdir -p /root/.m2 \
      && printf '<settings><mirrors><mirror><id>build-mirror</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors></settings>\n' \
         "$MAVEN_MIRROR_URL" > /root/.m2/settings.xml; \
    fi
WORKDIR /src
COPY pom.xml .
COPY .mvn ./.mvn
RUN mvn -B -q -Pimage dependency:go-offline
COPY src ./src
RUN mvn -B -q -Pimage package -DskipTests

# Runtime stage: a JRE 17 and a non-root user with a fixed id, 10001 (give host folders to it with
# chown -R 10001:10001, or run as yourself with docker run --user "$(id -u):$(id -g)"; see README, Docker).
FROM eclipse-temurin:17-jre
RUN groupadd --gid 10001 bot \
 && useradd --uid 10001 --gid 10001 --home-dir /home/bot --create-home --shell /usr/sbin/nologin bot
WORKDIR /app
COPY --from=build /src/target/rehab-law-bot.jar /app/rehab-law-bot.jar
COPY --chown=10001:10001 knowledge /app/knowledge
COPY config /app/config
RUN mkdir -p /app/data && chown 10001:10001 /app/data && chmod -R a+rX /app
USER 10001:10001
# HOME holds the tokenizer's unpacked native library (~/.djl.ai); JAVA_OPTS is given to java by the ENTRYPOINT
# (change the heap with docker run -e JAVA_OPTS=-Xmx512m).
ENV HOME=/home/bot DATA_DIR=/app/data KNOWLEDGE_DIR=/app/knowledge JAVA_OPTS=-Xmx256m
# Build the index at image build time so the bot answers seconds after start; a mounted knowledge folder is
# brought up to date incrementally at start-up (only changed files are re-embedded). HOME is then opened to every
# user id, so that docker run --user works too.
RUN java $JAVA_OPTS -jar /app/rehab-law-bot.jar --config /app/config/application.yaml index \
 && chmod -R a+rwX /home/bot
# /app/data keeps the index (and the audit log, feedback, removed files); mount a volume or a host folder there.
VOLUME ["/app/data"]
# With TELEGRAM_BOT_TOKEN: the bot. Without it: the console chat (needs docker run -it), or any command:
# docker run --rm rehab-law-bot ask "When did Kyrgyzstan adopt its rehabilitation law?"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/rehab-law-bot.jar --config /app/config/application.yaml \"$@\"", "rehab-law-bot"]
