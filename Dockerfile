# Rapport on Payara Micro.
#   docker build -t rapport .
#   docker run -p 8080:8080 rapport                          (embedded H2 with demo data)
#   docker run -p 8080:8080 -e RAPPORT_DB_URL=jdbc:postgresql://db:5432/rapport \
#              -e RAPPORT_DB_USER=rapport -e RAPPORT_DB_PASSWORD=secret rapport   (PostgreSQL)

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -DexcludeArtifactIds=payara-micro
COPY src src
RUN mvn -B -q -DskipTests package

FROM payara/micro:6.2025.10-jdk17
USER payara
WORKDIR /opt/payara
COPY --chown=payara server-config/ /opt/payara/server-config/
COPY --chown=payara --from=build /build/target/rapport.war /opt/payara/deployments/rapport.war
# The embedded H2 file lives under ./data; mount it to keep data across containers.
RUN mkdir -p /opt/payara/data
VOLUME /opt/payara/data
EXPOSE 8080
CMD ["--deploy", "/opt/payara/deployments/rapport.war", "--contextroot", "rapport", \
     "--nocluster", \
     "--prebootcommandfile", "/opt/payara/server-config/pre-boot-commands.asadmin", \
     "--logproperties", "/opt/payara/server-config/logging.properties"]
