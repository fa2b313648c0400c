package org.puente.server.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.puente.server.common.Conflict;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.InvalidInput;
import org.puente.server.common.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error of the JSON API into RFC 9457 problem+json in the caller's language, with one
 * entry per wrong field in {@code errors}. Nothing reaches the caller as a bare 500.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemAnswers {

    private static final Logger log = LoggerFactory.getLogger(ProblemAnswers.class);

    private final MessageSource messages;

    ProblemAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput e, Locale locale, HttpServletRequest request) {
        return fields(HttpStatus.BAD_REQUEST, "problem.invalid", e.problems(), locale, request);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e, Locale locale, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "problem.notFound", text(e.code(), locale), locale, request);
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict e, Locale locale, HttpServletRequest request) {
        if (e.field() != null) {
            return fields(HttpStatus.CONFLICT, "problem.conflict", List.of(FieldProblem.of(e.field(), e.code())),
                    locale, request);
        }
        return answer(HttpStatus.CONFLICT, "problem.conflict", text(e.code(), locale), locale, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale,
                                             HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof PayloadTooLarge) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", null, locale, request);
        }
        if (cause instanceof JacksonException json) {
            return json(json, locale, request);
        }
        return answer(HttpStatus.BAD_REQUEST, "problem.malformed", null, locale, request);
    }

    /**
     * A body read as a JSON tree first and bound later (the decisions API binds each decision's
     * facts itself) fails the same way a body bound by the framework does.
     */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> json(JacksonException cause, Locale locale, HttpServletRequest request) {
        if (cause.getCause() instanceof PayloadTooLarge) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", null, locale, request);
        }
        String field = path(cause);
        String code;
        if (cause instanceof UnrecognizedPropertyException) {
            code = "validation.json.unknownField";
        } else if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            List<String> allowed = new ArrayList<>();
            for (Object constant : format.getTargetType().getEnumConstants()) {
                allowed.add(((Enum<?>) constant).name());
            }
            return fields(HttpStatus.BAD_REQUEST, "problem.invalid",
                    List.of(FieldProblem.of(field, "validation.json.enum", String.join(", ", allowed))), locale,
                    request);
        } else if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().getName().startsWith("java.time")) {
            code = "validation.json.date";
        } else if (cause instanceof MismatchedInputException) {
            code = "validation.json.type";
        } else {
            return answer(HttpStatus.BAD_REQUEST, "problem.malformed", null, locale, request);
        }
        if (field.isEmpty()) {
            return answer(HttpStatus.BAD_REQUEST, "problem.malformed", null, locale, request);
        }
        return fields(HttpStatus.BAD_REQUEST, "problem.invalid", List.of(FieldProblem.of(field, code)), locale,
                request);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            MissingRequestHeaderException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e, Locale locale, HttpServletRequest request) {
        String name = switch (e) {
            case MissingServletRequestParameterException m -> m.getParameterName();
            case MethodArgumentTypeMismatchException m -> m.getName();
            case MissingRequestHeaderException m -> m.getHeaderName();
            default -> "";
        };
        return fields(HttpStatus.BAD_REQUEST, "problem.invalid", List.of(FieldProblem.of(name, "validation.parameter")),
                locale, request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Exception e, Locale locale, HttpServletRequest request) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.mediaType", null, locale, request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Exception e, Locale locale, HttpServletRequest request) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "problem.method", null, locale, request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(Exception e, Locale locale, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "problem.notFound", null, locale, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, Locale locale, HttpServletRequest request) {
        return answer(HttpStatus.FORBIDDEN, "problem.forbidden", null, locale, request);
    }

    /** A part of Puente is getting ready (the name index loading): say so and when to retry. */
    @ExceptionHandler(org.puente.server.common.Unavailable.class)
    ResponseEntity<ProblemDetail> notReady(org.puente.server.common.Unavailable e, Locale locale,
                                           HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = answer(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable",
                text(e.code(), locale), locale, request);
        return ResponseEntity.status(answer.getStatusCode()).header("Retry-After", Integer.toString(e.retryAfterSeconds()))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
    }

    /** The database is out of reach (restarting, failing over): say so and when to retry. */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e, Locale locale, HttpServletRequest request) {
        log.warn("database unavailable: {}", e.getClass().getSimpleName());
        ResponseEntity<ProblemDetail> answer = answer(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", null,
                locale, request);
        return ResponseEntity.status(answer.getStatusCode()).header("Retry-After", "5").body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale, HttpServletRequest request) {
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), Scrubbed.of(e));
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", null, locale, request);
    }

    private ResponseEntity<ProblemDetail> fields(HttpStatusCode status, String code, List<FieldProblem> problems,
                                                 Locale locale, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = answer(status, code, null, locale, request);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldProblem p : problems) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", p.field());
            error.put("code", p.code());
            error.put("message", messages.getMessage(p.code(), p.argsArray(), p.code(), locale));
            errors.add(error);
        }
        answer.getBody().setProperty("errors", errors);
        return answer;
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String code, String detail, Locale locale,
                                                 HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(text(code + ".title", locale));
        problem.setDetail(detail != null ? detail : messages.getMessage(code + ".detail", null, null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
