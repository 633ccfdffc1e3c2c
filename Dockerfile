# Build with the Maven wrapper, run on the UBI OpenJDK 17 runtime as the non-root user 185.
# The database comes from QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.
FROM registry.access.redhat.com/ubi9/openjdk-17:1.21 AS build
WORKDIR /build
COPY --chown=185 .mvn/ .mvn/
COPY --chown=185 mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY --chown=185 src/ src/
# The context holds neither the tests nor the committed contract (.dockerignore): test compilation and the SDKs
# generated from openapi/ for the tests are skipped, not only the test runs.
RUN ./mvnw -B -q package -Dmaven.test.skip=true -Dcodegen.skip=true

FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21
ENV LANGUAGE='en_US:en'
# The service's classes in one jar loaded by the JVM's class loader, so that the class archive below can hold its
# classes and lambdas (application.properties, quarkus.package.jar.type): about 1.4 s of startup, for one layer instead
# of the fast-jar's separate layer of libraries. The small app jar holds application.properties and starts the service
# (pom.xml).
COPY --from=build --chown=185 /build/target/bone-metastasis-api-runner.jar /build/target/bone-metastasis-api-app.jar /deployments/
EXPOSE 8080
USER 185
# A small heap with the serial collector keeps the process near 300 MiB (bench/README.md): the content is small and
# served from memory; two malloc arenas stop native memory from growing per thread. The base image's run-java.sh
# picks the collector from GC_CONTAINER_OPTIONS (its default is the parallel one, and the JVM refuses two), so the
# collector is set there and nowhere else. The JVM gives the C library's free memory back to the system every five
# seconds (TrimNativeHeapInterval, from JDK 17.0.9; unlocked as experimental for the releases before it was a product
# flag): the compilers' arenas otherwise stay resident after a burst of new code, about 70 MiB here. Methods are
# compiled after four times the usual number of calls (CompileThresholdScaling): on two cores the JIT compilers
# otherwise use half of a start's CPU, much of it on code that runs only while starting, and a start takes about a
# third longer; under load a new pod is about as fast in its first seconds as without it (bench/startup.sh).
ENV MALLOC_ARENA_MAX=2
ENV GC_CONTAINER_OPTIONS="-XX:+UseSerialGC"
ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -XX:CompileThresholdScaling=4 -XX:SharedArchiveFile=/deployments/app-cds.jsa"
ENV JAVA_APP_JAR="/deployments/bone-metastasis-api-app.jar"
# The class archive is made here, by this image's JVM with the options above, so that it fits the runtime exactly.
RUN --mount=type=bind,from=build,source=/build/src/main/docker/class-archive.sh,target=/tmp/class-archive.sh \
    bash /tmp/class-archive.sh /deployments/bone-metastasis-api-app.jar $GC_CONTAINER_OPTIONS $JAVA_OPTS_APPEND
ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
