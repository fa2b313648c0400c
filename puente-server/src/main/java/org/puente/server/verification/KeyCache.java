package org.puente.server.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keys looked up by hash, remembered for a few seconds so an API call costs no key query. A key
 * revoked on this instance stops working at once (the cache is cleared); on another instance
 * within {@code puente.verification.key-cache} (default 5 s). Unknown keys are not remembered, so
 * random keys cannot fill the memory. When the database cannot be asked for a moment, a key
 * checked within the last minute keeps working; others get {@link DataAccessException} (503).
 */
@Component
class KeyCache {

    private static final int MAX_ENTRIES = 10_000;
    /** How long a remembered key keeps working while the database cannot be asked. */
    private static final long STALE_NANOS = Duration.ofMinutes(1).toNanos();

    private record Entry(RelyingParties.KeyedParty key, long loadedAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final RelyingParties parties;
    private final Clock clock;
    private final long ttlNanos;

    KeyCache(RelyingParties parties, Clock clock, @Value("${puente.verification.key-cache:5s}") Duration ttl) {
        this.parties = parties;
        this.clock = clock;
        this.ttlNanos = ttl.toNanos();
    }

    /** The party of a usable key (known, not revoked, not expired today), or empty. */
    Optional<RelyingPartyPrincipal> authenticate(String key) {
        String hash = ApiKeys.hash(key);
        long now = System.nanoTime();
        Entry entry = entries.get(hash);
        if (entry == null || now - entry.loadedAt() > ttlNanos) {
            Optional<RelyingParties.KeyedParty> found;
            try {
                found = parties.byKeyHash(hash);
            } catch (DataAccessException e) {
                if (entry == null || now - entry.loadedAt() > STALE_NANOS) {
                    throw e;
                }
                found = Optional.of(entry.key()); // checked less than a minute ago: not looked up afresh
                return usable(found.get());
            }
            if (found.isEmpty()) {
                entries.remove(hash);
                return Optional.empty();
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entry = new Entry(found.get(), now);
            entries.put(hash, entry);
        }
        return usable(entry.key());
    }

    private Optional<RelyingPartyPrincipal> usable(RelyingParties.KeyedParty found) {
        return found.usableOn(LocalDate.now(clock))
                ? Optional.of(new RelyingPartyPrincipal(found.party(), found.keyId())) : Optional.empty();
    }

    /** After a key is revoked or a party changed: look everything up afresh. */
    void forgetAll() {
        entries.clear();
    }
}
