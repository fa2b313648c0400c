package org.puente.server.web;

import jakarta.servlet.ServletException;

import org.puente.server.common.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of staff pages as pages: an unknown or malformed id shows the "not found" page in the
 * layout, never a stack trace or problem+json. It runs before Spring Boot's problem-details
 * advice, which would otherwise answer pages with JSON. Anything else falls through to Spring
 * Boot's error views ({@code templates/error/*.html}); the JSON API has {@link ProblemAnswers}.
 */
@ControllerAdvice(annotations = StaffPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAnswers {

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    /** A request the framework refuses (wrong method, missing parameter): the matching error page. */
    @ExceptionHandler(ServletException.class)
    ModelAndView refused(ServletException e) throws ServletException {
        if (e instanceof ErrorResponse response) {
            return page(response.getStatusCode());
        }
        throw e;
    }

    private static ModelAndView page(HttpStatusCode status) {
        ModelAndView page = new ModelAndView(switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> status.is4xxClientError() ? "error/4xx" : "error/500";
        });
        page.setStatus(status);
        return page;
    }
}
