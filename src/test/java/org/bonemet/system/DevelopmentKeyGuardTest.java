package org.bonemet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DevelopmentKeyGuardTest {

    @Test
    void recognisesTheDevelopmentKeyInAnyLayout() throws Exception {
        String pem = Files.readString(Path.of("dev/jwt/publicKey.pem"));
        assertThat(DevelopmentKeyGuard.isDevelopmentKey(pem)).isTrue();
        // as an environment variable it is often one line without the PEM armour
        String oneLine = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        assertThat(DevelopmentKeyGuard.isDevelopmentKey(oneLine)).isTrue();
    }

    @Test
    void acceptsAnyOtherKey() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String other = java.util.Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        assertThat(DevelopmentKeyGuard.isDevelopmentKey(other)).isFalse();
        assertThat(DevelopmentKeyGuard.isDevelopmentKey("")).isFalse();
    }

    @Test
    void recognisesTheDevelopmentCdsClientKeyAndNoOther() throws Exception {
        assertThat(Files.readString(Path.of("dev/cds/jwks.json"))).contains(DevelopmentKeyGuard.DEVELOPMENT_CDS_KEY_PART);
        assertThat(Files.readString(Path.of("src/test/resources/cds/jwks.json"))).doesNotContain(DevelopmentKeyGuard.DEVELOPMENT_CDS_KEY_PART);
    }
}
