package plv.decisions.api;

import java.time.LocalDate;

/**
 * The monitoring officer's check that one consultee named in the delegation was consulted.
 *
 * @param consulteePost the post named in the delegation
 * @param consulted     whether they were consulted
 * @param consultedOn   when, or null when not consulted
 */
public record ConsulteeCheck(String consulteePost, boolean consulted, LocalDate consultedOn) {
}
