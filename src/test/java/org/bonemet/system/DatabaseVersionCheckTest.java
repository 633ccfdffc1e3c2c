package org.bonemet.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hibernate.dialect.DatabaseVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseVersionCheckTest {

    private static final DatabaseVersion REQUIRED = DatabaseVersion.make(13, 0);

    @ParameterizedTest(name = "PostgreSQL {0}.{1}: accepted {2}")
    @CsvSource({ "12, 22, false", "9, 6, false", "13, 0, true", "13, 1, true", "15, 19, true", "17, 0, true" })
    void acceptsTheDialectsVersionAndNewerAndStopsTheStartOnOlder(int major, int minor, boolean accepted) {
        DatabaseVersion actual = DatabaseVersion.make(major, minor);
        if (accepted) {
            assertThatCode(() -> DatabaseVersionCheck.requireAtLeast(REQUIRED, actual)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> DatabaseVersionCheck.requireAtLeast(REQUIRED, actual)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PostgreSQL " + major + "." + minor).hasMessageContaining("needs 13.0 or later");
        }
    }
}
