package org.bonemet.editorial;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.bonemet.system.TestDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The editorial tests write content: they get a database of their own, so other tests see the curated content only. */
public class EditorialDatabase implements QuarkusTestResourceLifecycleManager {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EditorialDatabase.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // replicas notice each other's publications by polling; the tests check that path quickly
            return Map.of("bonemet.sync-interval", "200ms");
        }
    }

    @Override
    public Map<String, String> start() {
        String base = TestDatabase.url();
        String name = "editorial_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        try (Connection connection = DriverManager.getConnection(base, TestDatabase.USER, TestDatabase.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the editorial test database", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", base.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
    }

    @Override
    public void stop() {
    }
}
