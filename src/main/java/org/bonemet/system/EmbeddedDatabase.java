package org.bonemet.system;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Starts one embedded PostgreSQL per JVM; only loaded when the embedded server is on the class path. */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    // A system property, not a static field: dev-mode live reload recreates the application class loader.
    private static final String URL_PROPERTY = "org.bonemet.embedded-postgresql-url";

    private EmbeddedDatabase() {
    }

    static synchronized String url() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = start();
            System.setProperty(URL_PROPERTY, url);
        }
        return url;
    }

    private static String start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the process is ending; the temporary data directory goes with it
                }
            }, "embedded-postgresql-stop"));
            return postgres.getJdbcUrl(USER, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
