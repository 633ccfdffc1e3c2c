package org.bonemet.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeySecretTest {

    @Test
    void aGeneratedKeyReadsBackAndMatchesOnlyItsOwnHash() {
        KeySecret key = KeySecret.generate(KeySecret.newId());
        assertThat(key.header()).hasSize(KeySecret.MAX_LENGTH).startsWith("bmk_" + key.id() + "_");
        assertThat(KeySecret.parse(key.header())).contains(key);
        assertThat(key.matches(key.hash())).isTrue();
        assertThat(KeySecret.generate(key.id()).matches(key.hash())).isFalse();
        assertThat(key.toString()).doesNotContain(key.secret());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "bmk_", "secret", "Bearer bmk_k3v9q2m7x1ab_Xq0Vb2w9yJ6tLr4Nn8Kc1Pz5Hs3Dg7Fe0Ua2Mi6Ot9R",
            "bmk_K3V9Q2M7X1AB_Xq0Vb2w9yJ6tLr4Nn8Kc1Pz5Hs3Dg7Fe0Ua2Mi6Ot9R", "bmk_k3v9q2m7x1ab_Xq0Vb2w9yJ6tLr4Nn8Kc1Pz5Hs3Dg7Fe0Ua2Mi6Ot9",
            "bmk_k3v9q2m7x1ab_Xq0Vb2w9yJ6tLr4Nn8Kc1Pz5Hs3Dg7Fe0Ua2Mi6Ot9R ", "bmk_k3v9q2m7x1ab_Xq0Vb2w9yJ6tLr4Nn8Kc1Pz5Hs3Dg7Fe0Ua2Mi6Ot9+" })
    void anythingElseIsMalformed(String header) {
        assertThat(KeySecret.parse(header)).isEmpty();
    }

    @Test
    void thePreviousSecretWorksOnlyUntilItsGraceEnds() {
        KeySecret old = KeySecret.generate("k3v9q2m7x1ab");
        KeySecret current = KeySecret.generate("k3v9q2m7x1ab");
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        ApiKeys.Holder key = new ApiKeys.Holder("k3v9q2m7x1ab", current.hash(), old.hash(), now.plusSeconds(60), 10, 100, null, false);
        assertThat(ApiKeys.judge(Optional.of(key), current, now).outcome()).isEqualTo(ApiKeys.Outcome.VALID);
        assertThat(ApiKeys.judge(Optional.of(key), old, now).outcome()).isEqualTo(ApiKeys.Outcome.VALID);
        assertThat(ApiKeys.judge(Optional.of(key), old, now.plusSeconds(60)).outcome()).isEqualTo(ApiKeys.Outcome.UNKNOWN);
        assertThat(ApiKeys.judge(Optional.empty(), current, now).outcome()).isEqualTo(ApiKeys.Outcome.UNKNOWN);
    }

    @Test
    void aRevokedOrExpiredKeySaysSoOnlyToWhoeverHoldsItsSecret() {
        KeySecret secret = KeySecret.generate("k3v9q2m7x1ab");
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        var revoked = new ApiKeys.Holder("k3v9q2m7x1ab", secret.hash(), null, null, 10, 100, null, true);
        var expired = new ApiKeys.Holder("k3v9q2m7x1ab", secret.hash(), null, null, 10, 100, now, false);
        assertThat(ApiKeys.judge(Optional.of(revoked), secret, now).outcome()).isEqualTo(ApiKeys.Outcome.REVOKED);
        assertThat(ApiKeys.judge(Optional.of(expired), secret, now).outcome()).isEqualTo(ApiKeys.Outcome.EXPIRED);
        assertThat(ApiKeys.judge(Optional.of(revoked), KeySecret.generate("k3v9q2m7x1ab"), now).outcome()).isEqualTo(ApiKeys.Outcome.UNKNOWN);
    }
}
