package org.puente.server.verification;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j, in this instance's memory; see docs/decisions/0008): per relying party
 * its requests per second, and its NO_MATCH answers (guessing is limited much harder than asking);
 * per address on the public pages, requests and failures (after a few failures the page asks for a
 * proof of work).
 */
@Component
class RateLimits {

    private record PartyBuckets(int rate, Bucket requests, Bucket misses) {
    }

    private final ConcurrentHashMap<UUID, PartyBuckets> parties = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Bucket> addressRequests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Bucket> addressFailures = new ConcurrentHashMap<>();
    private final int missesPerMinute;
    private final int pagePerMinute;
    private final int freeFailures;

    RateLimits(@Value("${puente.verification.misses-per-minute:30}") int missesPerMinute,
               @Value("${puente.verification.page-per-minute:30}") int pagePerMinute,
               @Value("${puente.verification.free-failures:3}") int freeFailures) {
        this.missesPerMinute = missesPerMinute;
        this.pagePerMinute = pagePerMinute;
        this.freeFailures = freeFailures;
    }

    /** Zero when the call may go ahead, else how many seconds to wait (for {@code Retry-After}). */
    long partyRequest(RelyingParty party) {
        PartyBuckets buckets = buckets(party);
        // A party that used up its misses waits for them to refill before asking anything else.
        long missWait = buckets.misses().estimateAbilityToConsume(1).getNanosToWaitForRefill();
        if (missWait > 0) {
            return seconds(missWait);
        }
        ConsumptionProbe probe = buckets.requests().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    /** Counts a NO_MATCH answer; false when it used up the party's allowance (a burst: flag it). */
    boolean partyMiss(RelyingParty party) {
        ConsumptionProbe probe = buckets(party).misses().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() && probe.getRemainingTokens() > 0;
    }

    /** Zero when a page request from this address may go ahead, else seconds to wait. */
    long addressRequest(String address) {
        ConsumptionProbe probe = addressRequests.computeIfAbsent(address, a -> perMinute(pagePerMinute))
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    /** Whether this address failed often enough lately that it must solve a challenge first. */
    boolean addressNeedsChallenge(String address) {
        Bucket failures = addressFailures.get(address);
        return failures != null && failures.getAvailableTokens() <= 0;
    }

    void addressFailure(String address) {
        addressFailures.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(freeFailures).refillGreedy(freeFailures, Duration.ofMinutes(15))
                        .build()).build()).tryConsume(1);
    }

    private PartyBuckets buckets(RelyingParty party) {
        PartyBuckets current = parties.get(party.id());
        if (current == null || current.rate() != party.ratePerSecond()) {
            int rate = Math.max(1, party.ratePerSecond());
            current = new PartyBuckets(rate,
                    Bucket.builder().addLimit(Bandwidth.builder().capacity(rate).refillGreedy(rate, Duration.ofSeconds(1))
                            .build()).build(),
                    perMinute(missesPerMinute));
            parties.put(party.id(), current);
        }
        return current;
    }

    private static Bucket perMinute(int count) {
        int n = Math.max(1, count);
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(n).refillGreedy(n, Duration.ofMinutes(1)).build())
                .build();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Forgets addresses whose buckets are full again, so memory follows recent traffic only. */
    @Scheduled(fixedDelay = 60_000)
    void forgetIdleAddresses() {
        addressRequests.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= pagePerMinute);
        addressFailures.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= freeFailures);
    }

    /** For tests: forget every bucket. */
    void reset() {
        parties.clear();
        addressRequests.clear();
        addressFailures.clear();
    }
}
