package org.puente.server.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.puente.server.web.StaffPage;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form. Spring Security checks the password; this page says what went wrong, and
 * tells a locked account apart so its owner knows to wait or call an administrator.
 */
@Controller
@StaffPage
class SignInPage {

    private final SignedIn signedIn;

    SignInPage(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                  HttpServletRequest request, Model model) {
        if (signedIn.present() && error == null) {
            return "redirect:/";
        }
        if (error != null) {
            HttpSession session = request.getSession(false);
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("problem", failure instanceof LockedException
                    ? "pages.signIn.locked" : "pages.signIn.failed");
        } else if (signedOut != null) {
            model.addAttribute("notice", "pages.signIn.signedOut");
        }
        return "access/sign-in";
    }
}
