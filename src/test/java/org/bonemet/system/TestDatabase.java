package org.bonemet.system;

/** The PostgreSQL the tests run against: QUARKUS_DATASOURCE_* when set, else the embedded server. */
public final class TestDatabase {

    public static final String USER = System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
    public static final String PASSWORD = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", EmbeddedDatabase.USER);

    private TestDatabase() {
    }

    public static String url() {
        return System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", EmbeddedDatabase.url());
    }
}
