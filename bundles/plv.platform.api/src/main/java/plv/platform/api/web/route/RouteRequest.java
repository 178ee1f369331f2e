package plv.platform.api.web.route;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** A request as a route sees it: who is asking, typed path parameters, query values. */
@ProviderType
public interface RouteRequest {

    /** The signed-in actor; for a route open to anyone, empty when nobody is signed in. */
    Optional<Actor> actor();

    /** The signed-in actor (never absent on a route that needs sign-in). */
    Actor requireActor();

    /** A path parameter's text, URL-decoded. */
    String path(String name);

    /** A path parameter as a number; a non-number answers 404, as for a record that does not exist. */
    long pathLong(String name);

    /** A query parameter, empty when absent or blank. */
    Optional<String> query(String name);

    /**
     * A file posted to an {@link Routes#upload upload} route under the field {@code name}; empty when none was chosen
     * (no part, or an empty part without a file name).
     */
    Optional<jakarta.servlet.http.Part> file(String name);

    /**
     * The request's JSON body read into {@code type} (a record, or a JsonNode-free value type) by the shell's one
     * configured mapper (java.time from ISO-8601 text). A body that is not JSON of that shape is refused with 400 naming
     * the field; one of more than {@code maxBytes} with 413, naming the limit.
     */
    <T> T json(Class<T> type, int maxBytes);

    /** Shows {@code message} once on the next page of this browser session. */
    void flash(String message);

    /** The underlying request, for what this interface does not cover (list queries, headers). */
    HttpServletRequest servletRequest();
}
