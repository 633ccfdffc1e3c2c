package org.bonemet.release;

import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;

/**
 * Applies the content release after every schema migration, wherever migrations run (the migration Job in
 * Kubernetes, start-up in dev and test): migrations own the schema only, the release publishes the content.
 */
@Singleton
public class ContentReleaseCallback implements FlywayConfigurationCustomizer, Callback {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(this);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            ContentRelease.apply(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("The content release could not be applied: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "content-release";
    }
}
