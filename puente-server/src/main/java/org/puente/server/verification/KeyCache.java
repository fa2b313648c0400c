package org.puente.server.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keys looked up by hash and remembered, so an API call costs no key query. A remembered key is
 * looked up afresh in the background once older than {@code puente.verification.key-cache}
 * (default 5 s) while calls go on being answered: a key revoked on this instance stops working at
 * once (the cache is cleared); on another instance within about that time. Unknown keys are not
 * remembered, so random keys cannot fill the memory. While the database cannot be asked, a key
 * looked up within the last minute keeps working; others get {@link DataAccessException} (503).
 */
@Component
class KeyCache {

    private static final int MAX_ENTRIES = 10_000;
    /** How long a remembered key keeps working while it cannot be looked up afresh. */
    private static final Duration STALE = Duration.ofMinutes(1);

    private final LoadingCache<String, RelyingParties.KeyedParty> entries;
    private final Clock clock;

    KeyCache(RelyingParties parties, Clock clock, @Value("${puente.verification.key-cache:5s}") Duration ttl) {
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .refreshAfterWrite(ttl)
                .expireAfterWrite(ttl.compareTo(STALE) > 0 ? ttl : STALE)
                .build(hash -> parties.byKeyHash(hash).orElse(null));
    }

    /** The party of a usable key (known, not revoked, not expired today), or empty. */
    Optional<RelyingPartyPrincipal> authenticate(String key) {
        RelyingParties.KeyedParty found = entries.get(ApiKeys.hash(key));
        return found != null && found.usableOn(LocalDate.now(clock))
                ? Optional.of(new RelyingPartyPrincipal(found.party(), found.keyId())) : Optional.empty();
    }

    /** After a key is revoked or a party changed: look everything up afresh. */
    void forgetAll() {
        entries.invalidateAll();
    }
}
