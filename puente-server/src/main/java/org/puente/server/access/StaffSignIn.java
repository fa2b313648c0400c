package org.puente.server.access;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads staff for sign-in and locks an account after repeated failed attempts, so passwords
 * cannot be guessed online. The lock lifts by itself after {@code puente.security.lockout}.
 */
@Service
class StaffSignIn implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(StaffSignIn.class);

    private final StaffAccounts accounts;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockout;

    StaffSignIn(StaffAccounts accounts, Clock clock,
                @Value("${puente.security.max-failed-sign-ins:5}") int maxAttempts,
                @Value("${puente.security.lockout:15m}") Duration lockout) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Agency agency = accounts.agency(account.agencyCode()).orElseThrow();
        return new StaffPrincipal(account,
                Permissions.of(account.role(), agency).stream()
                        .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new).toList(),
                account.lockedAt(clock.instant()));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        accounts.recordFailure(username, maxAttempts, lockout);
        log.info("failed sign-in attempt");
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}
