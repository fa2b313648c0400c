package org.puente.server.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode seeds one account per role, all with the password {@value #DEMO_PASSWORD}. Outside
 * demo mode Puente refuses to start while any such account exists, and creates its first
 * administrator from {@code PUENTE_ADMIN_USER}/{@code PUENTE_ADMIN_PASSWORD} when none exists.
 */
@Component
class DemoAccounts implements InitializingBean {

    static final String DEMO_PASSWORD = "puente-demo";

    static final Map<String, Map.Entry<Role, String>> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("registrar", Map.entry(Role.REGISTRAR, "MIGRACIONES"));
        ACCOUNTS.put("asylum-officer", Map.entry(Role.ASYLUM_OFFICER, "CEPR"));
        ACCOUNTS.put("complaints-officer", Map.entry(Role.COMPLAINTS_OFFICER, "MINJUSDH"));
        ACCOUNTS.put("inspector", Map.entry(Role.LABOUR_INSPECTOR, "SUNAFIL"));
        ACCOUNTS.put("analyst", Map.entry(Role.ANALYST, "MTPE"));
        ACCOUNTS.put("auditor", Map.entry(Role.AUDITOR, "DEFENSORIA"));
        ACCOUNTS.put("admin", Map.entry(Role.ADMINISTRATOR, "PUENTE"));
    }

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final boolean demo;
    private final String adminUser;
    private final String adminPassword;

    DemoAccounts(StaffAccounts accounts, PasswordEncoder passwords, TransactionTemplate transactions,
                 @Value("${puente.demo:false}") boolean demo,
                 @Value("${puente.admin.user:}") String adminUser,
                 @Value("${puente.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.transactions = transactions;
        this.demo = demo;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public void afterPropertiesSet() {
        if (demo) {
            transactions.executeWithoutResult(tx -> seed());
            return;
        }
        List<String> unsafe = accounts.all().stream()
                .filter(a -> ACCOUNTS.containsKey(a.username()) && passwords.matches(DEMO_PASSWORD, a.passwordHash()))
                .map(StaffAccount::username).toList();
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("Refusing to start outside demo mode: demo accounts with the demo "
                    + "password exist (" + String.join(", ", unsafe) + "). Change their passwords or disable them.");
        }
        if (!adminUser.isBlank() && accounts.byUsername(adminUser).isEmpty()) {
            if (adminPassword.length() < 12 || adminPassword.equals(DEMO_PASSWORD)) {
                throw new IllegalStateException("PUENTE_ADMIN_PASSWORD must have at least 12 characters");
            }
            accounts.create(adminUser, "Administrator", passwords.encode(adminPassword), Role.ADMINISTRATOR, "PUENTE");
            log.info("created the first administrator account");
        }
    }

    private void seed() {
        String hash = null;
        for (var account : ACCOUNTS.entrySet()) {
            if (accounts.byUsername(account.getKey()).isEmpty()) {
                hash = hash == null ? passwords.encode(DEMO_PASSWORD) : hash;
                accounts.create(account.getKey(), account.getKey(), hash, account.getValue().getKey(),
                        account.getValue().getValue());
            }
        }
    }

    @org.springframework.context.event.EventListener
    void announce(org.springframework.boot.web.server.context.WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        StringBuilder out = new StringBuilder("\nPuente: http://localhost:" + port + "/\n");
        if (demo) {
            out.append("Demo accounts (password '" + DEMO_PASSWORD + "'):\n").append(summary());
        }
        System.out.println(out);
    }

    static String summary() {
        StringBuilder out = new StringBuilder();
        ACCOUNTS.forEach((user, role) -> out.append(String.format("  %-20s %-20s %s%n", user, role.getKey(), role.getValue())));
        return out.toString();
    }
}
