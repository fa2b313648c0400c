package org.puente.server.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A browser asking for an address that does not exist gets the "not found" page in the layout,
 * in the user's language. Without this, Spring Boot's problem-details advice would answer it
 * with JSON. Clients that do not ask for HTML, and the JSON API, keep their JSON answers.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingPageAnswer {

    @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView missing(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e; // declines: the API's own error handling answers
        }
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
