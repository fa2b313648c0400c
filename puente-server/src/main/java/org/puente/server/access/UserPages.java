package org.puente.server.access;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.puente.server.common.Conflict;
import org.puente.server.common.InvalidInput;
import org.puente.server.common.NotFound;
import org.puente.server.web.FormErrors;
import org.puente.server.web.StaffPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts for administrators: list, create, change role or agency, enable or disable,
 * reset a password. Passwords are hashed here and never shown or logged.
 */
@Controller
@StaffPage
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('" + Permissions.USER_ADMIN + "')")
class UserPages {

    private static final Logger log = LoggerFactory.getLogger(UserPages.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    static final int MIN_PASSWORD = 12;

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final MessageSource messages;
    private final Clock clock;

    UserPages(StaffAccounts accounts, PasswordEncoder passwords, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.messages = messages;
        this.clock = clock;
    }

    /** The new-account form as submitted. */
    static class NewUserForm {
        private String username = "";
        private String displayName = "";
        private String role = "";
        private String agency = "";
        private String password = "";

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    /** The account-change form as submitted. */
    static class AccountForm {
        private String displayName = "";
        private String role = "";
        private String agency = "";
        private boolean enabled;
        private long version;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }

        static AccountForm of(StaffAccount a) {
            AccountForm form = new AccountForm();
            form.displayName = a.displayName();
            form.role = a.role().name();
            form.agency = a.agencyCode();
            form.enabled = a.enabled();
            form.version = a.version();
            return form;
        }
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, new NewUserForm(), FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute("form") NewUserForm form, Model model, Locale locale, RedirectAttributes flash) {
        var problems = new InvalidInput.Collector();
        String username = form.getUsername() == null ? "" : form.getUsername().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("username", "pages.users.username.invalid");
        }
        checkAccount(form.getDisplayName(), form.getRole(), form.getAgency(), problems);
        checkPassword(form.getPassword(), "password", problems);
        try {
            problems.throwIfAny();
            UUID id = accounts.create(username, form.getDisplayName().strip(), passwords.encode(form.getPassword()),
                    Role.valueOf(form.getRole()), form.getAgency());
            log.info("staff account {} created", id);
            flash.addFlashAttribute("flash", "pages.flash.userCreated");
            return "redirect:/admin/users";
        } catch (InvalidInput e) {
            form.setPassword("");
            return listPage(model, form, FormErrors.of(e, messages, locale));
        } catch (Conflict e) {
            form.setPassword("");
            return listPage(model, form, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    String account(@PathVariable UUID id, Model model) {
        StaffAccount account = find(id);
        return accountPage(model, account, AccountForm.of(account), FormErrors.none(), FormErrors.none());
    }

    @PostMapping("/{id}")
    String change(@PathVariable UUID id, @ModelAttribute("form") AccountForm form, Model model, Locale locale,
                  RedirectAttributes flash) {
        StaffAccount account = find(id);
        var problems = new InvalidInput.Collector();
        checkAccount(form.getDisplayName(), form.getRole(), form.getAgency(), problems);
        if (account.username().equals(CurrentStaff.get().username())
                && (!form.isEnabled() || !Role.ADMINISTRATOR.name().equals(form.getRole()))) {
            // An administrator who locks themselves out may leave nobody to let them back in.
            problems.add("enabled", "pages.users.notYourself");
        }
        try {
            problems.throwIfAny();
            accounts.update(id, form.getVersion(), form.getDisplayName().strip(), Role.valueOf(form.getRole()),
                    form.getAgency(), form.isEnabled());
            log.info("staff account {} changed", id);
            flash.addFlashAttribute("flash", "pages.flash.userChanged");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput e) {
            return accountPage(model, account, form, FormErrors.of(e, messages, locale), FormErrors.none());
        } catch (Conflict e) {
            return accountPage(model, account, form, FormErrors.of(e, messages, locale), FormErrors.none());
        }
    }

    /** Where the language switch lands after a refused reset: the account page. */
    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable UUID id) {
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password, Model model,
                         Locale locale, RedirectAttributes flash) {
        StaffAccount account = find(id);
        var problems = new InvalidInput.Collector();
        checkPassword(password, "password", problems);
        if (!problems.isEmpty()) {
            return accountPage(model, account, AccountForm.of(account), FormErrors.none(),
                    FormErrors.of(problems.problems(), messages, locale));
        }
        accounts.setPassword(id, passwords.encode(password));
        log.info("password of staff account {} reset", id);
        flash.addFlashAttribute("flash", "pages.flash.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    private void checkAccount(String displayName, String role, String agency, InvalidInput.Collector problems) {
        if (displayName == null || displayName.isBlank()) {
            problems.add("displayName", "validation.required");
        } else if (displayName.strip().length() > 120) {
            problems.add("displayName", "validation.tooLong", 120);
        }
        if (role == null || List.of(Role.values()).stream().noneMatch(r -> r.name().equals(role))) {
            problems.add("role", "validation.required");
        }
        if (agency == null || accounts.agency(agency).isEmpty()) {
            problems.add("agency", "validation.required");
        }
    }

    private static void checkPassword(String password, String field, InvalidInput.Collector problems) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(field, "pages.users.password.short", MIN_PASSWORD);
        } else if (password.length() > 128) {
            problems.add(field, "validation.tooLong", 128);
        }
    }

    private StaffAccount find(UUID id) {
        return accounts.byId(id).orElseThrow(() -> new NotFound("user.notFound"));
    }

    private String listPage(Model model, NewUserForm form, FormErrors errors) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", accounts.agencies());
        model.addAttribute("minPassword", MIN_PASSWORD);
        model.addAttribute("now", clock.instant());
        return "access/users";
    }

    private String accountPage(Model model, StaffAccount account, AccountForm form, FormErrors errors,
                               FormErrors passwordErrors) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", accounts.agencies());
        model.addAttribute("minPassword", MIN_PASSWORD);
        model.addAttribute("now", clock.instant());
        return "access/user";
    }
}
