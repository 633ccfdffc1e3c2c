package db.migration;

import org.bonemet.content.ContentLoader;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Records the curated knowledge base loaded by V2 and V3 as the first published revision of every entry,
 * with its source document, so that editors start from it and the change feed starts with its creation.
 */
public class V6__Publish_initial_content extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ContentLoader.recordInitialRevisions(context.getConnection());
    }
}
