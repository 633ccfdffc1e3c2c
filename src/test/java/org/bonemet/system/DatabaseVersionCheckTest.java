package org.bonemet.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hibernate.dialect.DatabaseVersion;
import org.junit.jupiter.api.Test;

class DatabaseVersionCheckTest {

    private static final DatabaseVersion REQUIRED = DatabaseVersion.make(13, 0);

    @Test
    void anOlderDatabaseStopsTheStartAndSaysWhatIsNeeded() {
        assertThatThrownBy(() -> DatabaseVersionCheck.requireAtLeast(REQUIRED, DatabaseVersion.make(12, 22)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PostgreSQL 12.22").hasMessageContaining("needs 13.0 or later");
    }

    @Test
    void theSameOrANewerDatabaseIsAccepted() {
        assertThatCode(() -> DatabaseVersionCheck.requireAtLeast(REQUIRED, DatabaseVersion.make(13, 0))).doesNotThrowAnyException();
        assertThatCode(() -> DatabaseVersionCheck.requireAtLeast(REQUIRED, DatabaseVersion.make(15, 19))).doesNotThrowAnyException();
    }
}
