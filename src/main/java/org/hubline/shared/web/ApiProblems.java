package org.hubline.shared.web;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.hubline.shared.persistence.DatabaseOutage;
import org.hubline.shared.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * How every API answers when something is wrong: a ProblemDetail JSON with the status that tells
 * the client the truth (400 for its own mistakes, 404, 405, 415, 503 with {@code Retry-After}
 * while the database cannot be reached, 500 for ours), never a redirect to the sign-in page or
 * an HTML page. A controller's own handlers (the field errors of a web-form request) come first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems {

    /** How long a client is asked to wait while the database is out of reach. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    /**
     * Writes a ProblemDetail straight to the response, for refusals made before a controller is
     * reached (the API key, the rate limit, the body's size, a write to a read-only API).
     */
    public static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + json(title) + "\",\"detail\":\""
                + json(detail) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Check the request",
                String.join(" ", e.fieldErrors().values()));
        problem.setProperty("errors", e.fieldErrors());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        String detail = e instanceof MissingServletRequestParameterException m ? "Send the parameter '"
                + m.getParameterName() + "'." : e instanceof MethodArgumentTypeMismatchException m
                        ? "The parameter '" + m.getName() + "' is not valid here." : "The body could not be read as "
                                + "JSON of the expected shape.";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request", detail);
        problem.setProperty("errors", Map.of());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "Not found",
                "There is nothing at /" + e.getResourcePath() + "."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(h -> {
            if (e.getSupportedHttpMethods() != null) {
                h.setAllow(e.getSupportedHttpMethods());
            }
        }).body(problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", e.getMethod() + " is not allowed here."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type", "Send the body as application/json."));
    }

    /** The database cannot be reached (stopped, restarting, out of connections): try again soon. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class, SocketTimeoutException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        LOG.warn("API request refused while the database is out of reach: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER,
                RETRY_AFTER_SECONDS).body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                        "Hubline cannot reach its database just now. Nothing was saved: send the request again in "
                                + RETRY_AFTER_SECONDS + " seconds."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.in(e)) {
            return unavailable(e);
        }
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "Forbidden",
                    "This client may not do that."));
        }
        LOG.error("API request failed", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong", "The request failed on Hubline's side and nothing was saved. Try again; if "
                        + "it keeps failing, tell the council's Hubline team."));
    }
}
