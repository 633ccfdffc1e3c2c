package org.bonemet.editorial;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import org.bonemet.evaluation.SelectionCatalog;
import org.bonemet.http.ResponseCache;
import org.bonemet.search.SearchIndex;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Keeps what this instance holds in memory (serialised responses, the evaluation catalogue, the search index) in step with
 * the published content: at once after a publication here, and within the poll interval after one on
 * another replica, which it notices by the change-feed cursor moving.
 */
@ApplicationScoped
public class PublishedContentSync {

    private static final Logger LOG = Logger.getLogger(PublishedContentSync.class);

    @Inject
    ResponseCache responses;
    @Inject
    SelectionCatalog catalog;
    @Inject
    SearchIndex search;
    @Inject
    DataSource dataSource;

    private final AtomicLong seen = new AtomicLong(-1);

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished event) {
        refresh();
        seen.accumulateAndGet(event.cursor(), Math::max);
    }

    /**
     * The cursor as the instance starts, before it serves: what it keeps from then on is at least that new, so the
     * first poll need not drop it (it did, at a moment no request could foresee).
     */
    void started(@Observes StartupEvent event) {
        try {
            seen.compareAndSet(-1, latestCursor());
        } catch (SQLException e) {
            LOG.debugf("Change cursor not readable at start (database down?): %s", e.getMessage());
        }
    }

    @Scheduled(every = "${bonemet.sync-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            long latest = latestCursor();
            if (seen.getAndSet(latest) != latest) {
                refresh();
            }
        } catch (SQLException e) {
            LOG.debugf("Change cursor not readable (database down?): %s", e.getMessage());
        }
    }

    private long latestCursor() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(Revision.LATEST_CURSOR)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void refresh() {
        responses.invalidate();
        catalog.invalidate();
        search.prepare();
    }
}
