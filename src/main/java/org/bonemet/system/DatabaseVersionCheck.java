package org.bonemet.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

/**
 * Refuses to start on a PostgreSQL older than the one Hibernate ORM's dialect was built for, as Quarkus does when
 * Hibernate connects while starting. The pods start Hibernate without connecting (k8s/base,
 * QUARKUS_HIBERNATE_ORM_DATABASE_START_OFFLINE), which turns Quarkus's check off, so it is made here, in every mode, over
 * the connection the service opens before it serves anyway (PublishedContentSync). Unlike Quarkus's, it cannot be
 * turned off. A database that cannot be reached is let through, as Quarkus lets it through: requests then answer 503
 * until it can.
 */
@ApplicationScoped
public class DatabaseVersionCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseVersionCheck.class);

    @Inject
    DataSource dataSource;
    @Inject
    EntityManagerFactory entityManagerFactory;

    void check(@Observes StartupEvent event) {
        DatabaseVersion required = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect().getVersion();
        DatabaseVersion actual;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            actual = DatabaseVersion.make(database.getDatabaseMajorVersion(), database.getDatabaseMinorVersion());
        } catch (SQLException e) {
            LOG.warnf("Database version not readable at start (database down?), so not checked against %s: %s", text(required), e.getMessage());
            return;
        }
        LOG.debugf("Database version %s, %s needed", text(actual), text(required));
        requireAtLeast(required, actual);
    }

    static void requireAtLeast(DatabaseVersion required, DatabaseVersion actual) {
        if (actual.isBefore(required)) {
            throw new IllegalStateException(String.format(Locale.ROOT, "The database is PostgreSQL %s; this build of the service needs %s "
                    + "or later (Hibernate ORM's default, or quarkus.datasource.db-version at build time).", text(actual), text(required)));
        }
    }

    private static String text(DatabaseVersion version) {
        return version.getMajor() + "." + version.getMinor();
    }
}
