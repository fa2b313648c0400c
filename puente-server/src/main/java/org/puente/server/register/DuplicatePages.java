package org.puente.server.register;

import java.util.Locale;
import java.util.UUID;

import org.puente.server.access.CurrentStaff;
import org.puente.server.access.Permissions;
import org.puente.server.common.Conflict;
import org.puente.server.common.InvalidInput;
import org.puente.server.web.FormErrors;
import org.puente.server.web.StaffPage;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duplicates review queue: pending pairs, one pair side by side with the engine's evidence,
 * the decision form, and undoing a merge from a person's page.
 */
@Controller
@StaffPage
@PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
class DuplicatePages {

    private static final int PAGE_SIZE = 20;

    private final DuplicateReview review;
    private final Register register;
    private final MessageSource messages;

    DuplicatePages(DuplicateReview review, Register register, MessageSource messages) {
        this.review = review;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/duplicates")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("queue", review.queue(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE, CurrentStaff.get()));
        return "register/duplicates";
    }

    @GetMapping("/duplicates/{id}")
    String pair(@PathVariable UUID id, Model model) {
        return comparison(model, review.open(id, CurrentStaff.get()), null, null, "", FormErrors.none());
    }

    @PostMapping("/duplicates/{id}")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(required = false) UUID survivor, @RequestParam long version,
                  @RequestParam long versionA, @RequestParam long versionB,
                  @RequestParam(defaultValue = "") String reason, Model model, Locale locale,
                  RedirectAttributes flash) {
        try {
            if (!decision.equals("same") && !decision.equals("different")) {
                throw new InvalidInput("decision", "duplicate.decision.required");
            }
            boolean same = decision.equals("same");
            if (same && survivor == null) {
                throw new InvalidInput("survivor", "duplicate.survivor");
            }
            review.decide(id, version, same, survivor, versionA, versionB, reason, CurrentStaff.get());
            flash.addFlashAttribute("flash", same ? "duplicates.flash.merged" : "duplicates.flash.different");
            return same ? "redirect:/people/" + survivor + "?purpose=" + DuplicateReview.PURPOSE : "redirect:/duplicates";
        } catch (InvalidInput e) {
            return comparison(model, review.open(id, CurrentStaff.get()), decision, survivor, reason,
                    FormErrors.of(e, messages, locale));
        } catch (Conflict e) {
            return comparison(model, review.open(id, CurrentStaff.get()), decision, survivor, reason,
                    FormErrors.of(e, messages, locale));
        }
    }

    @PostMapping("/merges/{id}/undo")
    String unmerge(@PathVariable UUID id, @RequestParam UUID person, @RequestParam(defaultValue = "") String reason,
                   Locale locale, RedirectAttributes flash) {
        try {
            review.unmerge(id, reason, CurrentStaff.get());
            flash.addFlashAttribute("flash", "duplicates.flash.unmerged");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("unmergeError", FormErrors.of(e, messages, locale).all().getFirst().message());
        } catch (Conflict e) {
            flash.addFlashAttribute("unmergeError", FormErrors.of(e, messages, locale).all().getFirst().message());
        }
        return "redirect:/people/" + person + "?purpose=" + DuplicateReview.PURPOSE;
    }

    private String comparison(Model model, DuplicateReview.Comparison c, String decision, UUID survivor,
                              String reason, FormErrors errors) {
        var today = register.today();
        model.addAttribute("pair", c.pair());
        model.addAttribute("a", c.a());
        model.addAttribute("b", c.b());
        model.addAttribute("today", today);
        model.addAttribute("decision", decision);
        model.addAttribute("survivor", survivor != null ? survivor : c.pair().personA());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "register/duplicate";
    }
}
