package org.aldea.spring.boot.internal;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aldea.core.rules.Severity;
import org.aldea.json.JsonDecodingException;
import org.aldea.validation.Rule;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;

/**
 * Answers refused request bodies with RFC 9457 problem details (400), saying where and why but
 * never repeating the input, which may hold children's names: an undecodable body (Aldea's
 * decoding errors and Jackson's own, in any type) with {@code pointer}, {@code line} and {@code
 * column}; a body that breaks constraints ({@code @Valid}) with one entry per broken constraint
 * ({@code pointer}, {@code code}, {@code severity}, {@code message}, no rejected value); a reference
 * date parameter that is not a date. It logs them at debug level only, and without the input.
 *
 * <p>It comes last among the application's advice, so that an application's own handler of these
 * exceptions is used instead.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public final class ProblemDetails {
  /** The problem type of an undecodable body. */
  public static final URI UNDECODABLE = URI.create("https://aldea.org/problems/undecodable");
  /** The problem type of a body that breaks constraints. */
  public static final URI INVALID = URI.create("https://aldea.org/problems/invalid");
  /** The problem type of a reference date parameter that is not a date. */
  public static final URI BAD_REFERENCE_DATE = URI.create("https://aldea.org/problems/reference-date");

  private static final Log LOG = LogFactory.getLog(ProblemDetails.class);

  /** Creates the advice; the auto-configuration does. */
  public ProblemDetails() {}

  /**
   * Answers a body that could not be read.
   *
   * @param e Spring's exception, whose message may quote Jackson's, which may quote the input
   * @return the problem
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    JacksonException jackson = jacksonCause(e);
    ProblemDetail problem;
    if (jackson == null) {
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the request body is missing or unreadable");
    } else {
      JsonDecodingException refused = JsonDecodingException.of(jackson);
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.reason());
      problem.setProperty("pointer", refused.pointer());
      problem.setProperty("line", refused.line());
      problem.setProperty("column", refused.column());
      LOG.debug("Refused an undecodable request body at line " + refused.line() + ", column " + refused.column());
    }
    problem.setType(UNDECODABLE);
    problem.setTitle("Undecodable request body");
    return ResponseEntity.of(problem).build();
  }

  private static JacksonException jacksonCause(Throwable e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException) {
        return (JacksonException) cause;
      }
    }
    return null;
  }

  /**
   * Answers a body that breaks constraints.
   *
   * @param e Spring's exception, with one error per broken constraint
   * @return the problem
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      errors.add(describe(error));
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        errors.size() == 1 ? "1 broken constraint" : errors.size() + " broken constraints");
    problem.setType(INVALID);
    problem.setTitle("Invalid request body");
    problem.setProperty("errors", errors);
    LOG.debug("Refused a request body that breaks " + errors.size() + " constraints");
    return ResponseEntity.of(problem).build();
  }

  private static Map<String, Object> describe(ObjectError error) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("pointer", error instanceof FieldError ? pointer(((FieldError) error).getField()) : "");
    String code = error.getCode();
    Severity severity = Severity.ERROR;
    if (error.contains(ConstraintViolation.class)) {
      ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
      severity = Severity.of(violation).orElse(Severity.ERROR);
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      Rule rule = hibernate.getDynamicPayload(Rule.class);
      if (rule != null) {
        code = rule.code();
      }
    }
    described.put("code", code);
    described.put("severity", severity.code());
    described.put("message", error.getDefaultMessage());
    return described;
  }

  /** The JSON pointer of a Spring field path such as {@code care.since} or {@code siblings[0]}. */
  static String pointer(String field) {
    JsonPointer pointer = JsonPointer.empty();
    for (String part : field.replace("[", ".").replace("]", "").split("\\.")) {
      if (!part.isEmpty()) {
        pointer = pointer.appendProperty(part);
      }
    }
    return pointer.toString();
  }

  /**
   * Answers a reference date parameter that is not a date.
   *
   * @param e the refusal, which names the parameter
   * @return the problem
   */
  @ExceptionHandler(InvalidReferenceDateException.class)
  public ResponseEntity<ProblemDetail> badReferenceDate(InvalidReferenceDateException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setType(BAD_REFERENCE_DATE);
    problem.setTitle("Invalid reference date");
    problem.setProperty("parameter", e.parameter());
    return ResponseEntity.of(problem).build();
  }
}
