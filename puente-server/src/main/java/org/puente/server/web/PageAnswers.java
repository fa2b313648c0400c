package org.puente.server.web;

import org.puente.server.common.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of staff pages as pages: an unknown or malformed id shows the "not found" page in the
 * layout, never a stack trace. Everything else falls through to Spring Boot's error views
 * ({@code templates/error/*.html}); the JSON API has {@link ProblemAnswers}.
 */
@ControllerAdvice(annotations = StaffPage.class)
class PageAnswers {

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
