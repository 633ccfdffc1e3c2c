package db.migration;

import org.bonemet.content.Translation;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Adds the German texts (content/de/*.yaml) to the loaded knowledge base, checked against the English original. */
public class V3__German_content extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Translation.load(context.getConnection(), "de");
    }
}
