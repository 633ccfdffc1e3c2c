package db.migration;

import org.bonemet.content.ContentLoader;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the curated knowledge base (content/*.yaml) into the empty schema, validated as a whole. */
// Flyway finds Java migrations in the package that matches the migration location (db/migration).
public class V2__Load_content extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ContentLoader.load(context.getConnection());
    }
}
