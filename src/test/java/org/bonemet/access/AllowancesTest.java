package org.bonemet.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The replica-local allowances against one shared bucket (without refill, so that every count is exact). */
class AllowancesTest {

    /** One bucket, as the database holds it; counts how often it is asked. */
    static final class SharedBucket {
        long tokens;
        int asked;

        SharedBucket(long tokens) {
            this.tokens = tokens;
        }

        Allowances.Grant take(long want) {
            asked++;
            long granted = tokens >= want ? want : tokens >= 1 && want > 1 ? 1 : 0;
            tokens -= granted;
            return new Allowances.Grant(granted, tokens, 60_000_000_000L, granted == 0 ? 1_000_000_000L : 0);
        }
    }

    /** Decides one request on {@code replica}, asking the shared bucket when the replica holds no token. */
    static Decision request(Allowances replica, SharedBucket bucket, Quota quota, long now) {
        Decision local = replica.spend(quota, now);
        return local != null ? local : replica.granted(quota, bucket.take(replica.want(quota)), now);
    }

    @ParameterizedTest(name = "{0} a minute over {1} replica(s)")
    @CsvSource({ "5, 1", "5, 2", "60, 2", "99, 3" })
    void belowAHundredAMinuteEveryReplicaRefusesAtTheSameCountAsOne(long perMinute, int replicas) {
        Quota quota = Quota.anonymous("203.0.113.7", perMinute);
        SharedBucket bucket = new SharedBucket(perMinute);
        List<Allowances> all = java.util.stream.IntStream.range(0, replicas).mapToObj(i -> new Allowances(100)).toList();
        long admitted = 0;
        for (int i = 0; i < perMinute + 5; i++) {
            if (request(all.get(i % replicas), bucket, quota, i).allowed()) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(perMinute);
    }

    @Test
    void aLargeQuotaIsDrawnInBatchesAndNeverOverspentAcrossReplicas() {
        Quota quota = Quota.partner("k3v9q2m7x1ab", 10_000, 1_000_000);
        SharedBucket bucket = new SharedBucket(10_000);
        Allowances a = new Allowances(100);
        Allowances b = new Allowances(100);
        long admitted = 0;
        for (int i = 0; i < 12_000; i++) {
            if (request(i % 3 == 0 ? a : b, bucket, quota, i).allowed()) {
                admitted++;
            }
        }
        assertThat(admitted).isLessThanOrEqualTo(10_000).isGreaterThanOrEqualTo(10_000 - 2 * quota.batch());
        // batches of 100 while the bucket is full, single tokens in its last thousand, then refusals answered from memory
        assertThat(bucket.asked).isLessThan(1_400);
    }

    @Test
    void anEmptyBucketIsRefusedFromMemoryUntilATokenIsDueBack() {
        Quota quota = Quota.anonymous("198.51.100.4", 2);
        SharedBucket bucket = new SharedBucket(2);
        Allowances replica = new Allowances(100);
        request(replica, bucket, quota, 0);
        request(replica, bucket, quota, 0);
        Decision refused = request(replica, bucket, quota, 0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        int asked = bucket.asked;
        assertThat(request(replica, bucket, quota, 500_000_000L).allowed()).isFalse();
        assertThat(bucket.asked).isEqualTo(asked);
        bucket.tokens = 1; // refilled
        assertThat(request(replica, bucket, quota, 1_000_000_001L).allowed()).isTrue();
    }

    @Test
    void aBatchIsAHundredthOfTheSmallerQuotaSoThatNoReplicaHoardsADailyOne() {
        assertThat(Quota.anonymous("192.0.2.1", 600).batch()).isEqualTo(6);
        assertThat(Quota.anonymous("192.0.2.1", 60).batch()).isEqualTo(1);
        assertThat(Quota.partner("k3v9q2m7x1ab", 100_000, 1_000).batch()).isEqualTo(10);
        assertThat(Quota.partner("k3v9q2m7x1ab", 1_000_000, 100_000_000).batch()).isEqualTo(1000);
    }

    @Test
    void aBusyClientsNextBatchIsTakenBeforeTheLastOneRunsOutButNeverNearTheEnd() {
        Quota quota = Quota.anonymous("192.0.2.9", 60_000); // batches of 600
        SharedBucket bucket = new SharedBucket(60_000);
        Allowances replica = new Allowances(100);
        request(replica, bucket, quota, 0);
        int spent = 1;
        while (!replica.runningLow(quota)) {
            assertThat(replica.spend(quota, 0)).isNotNull();
            spent++;
        }
        assertThat(spent).isEqualTo(600 - 150);
        replica.topUp(quota, bucket.take(600), 0);
        for (int i = 0; i < 750; i++) {
            assertThat(replica.spend(quota, 0)).as("token %d", i).isNotNull();
        }
        assertThat(replica.spend(quota, 0)).isNull();
        assertThat(bucket.asked).isEqualTo(2);
        // small quotas are never taken ahead, so that their counts stay exact
        Quota small = Quota.anonymous("192.0.2.10", 300);
        SharedBucket few = new SharedBucket(300);
        request(replica, few, small, 0);
        assertThat(replica.runningLow(small)).isFalse();
    }

    @Test
    void headersCountDownAndRoundUp() {
        Quota quota = Quota.anonymous("192.0.2.1", 600);
        SharedBucket bucket = new SharedBucket(600);
        Allowances replica = new Allowances(100);
        Decision first = request(replica, bucket, quota, 0);
        Decision second = request(replica, bucket, quota, 0);
        assertThat(first.limit()).isEqualTo(600);
        assertThat(first.remaining()).isEqualTo(599);
        assertThat(second.remaining()).isEqualTo(598);
        assertThat(Allowances.seconds(1)).isEqualTo(1);
        assertThat(Allowances.seconds(1_000_000_001L)).isEqualTo(2);
    }
}
