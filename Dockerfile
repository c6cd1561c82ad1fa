# syntax=docker/dockerfile:1
# One image definition for the three demo services; the SERVICE build argument picks the module.
# The build stage does not depend on SERVICE, so BuildKit builds the three jars once and shares
# that stage between the three images.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The cache keeps Maven and the downloaded dependencies between builds.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package -pl demo-inventory,demo-grocery-store,demo-shopper -am

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*.jar /app/app.jar
# No root needed: the jar only reads, and the JVM writes to /tmp.
USER 10001
# A small heap, as in run-demo.sh: the stack runs nine containers on a laptop.
ENTRYPOINT ["java", "-Xmx256m", "-jar", "/app/app.jar"]
