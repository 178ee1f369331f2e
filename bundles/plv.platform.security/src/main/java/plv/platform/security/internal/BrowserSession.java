package plv.platform.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import plv.platform.api.Actor;
import plv.platform.security.api.UserSession;

/**
 * One browser session as this request sees it. Signed in: a row of SEC_SESSION (under the hash of its id), its flash
 * messages in that row. Not signed in: only a random value in a cookie, nothing stored on the server; its CSRF token is
 * derived from that value and its flash messages travel in a cookie.
 */
final class BrowserSession implements UserSession {

    /** SHA-256 of the session id for a signed-in session; null for a visitor's. */
    final String idHash;
    private final Actor actor;
    private final String csrf;
    private final List<String> flash;
    private final Consumer<List<String>> keeper;

    BrowserSession(String idHash, Actor actor, String csrf, List<String> flash, Consumer<List<String>> keeper) {
        this.idHash = idHash;
        this.actor = actor;
        this.csrf = csrf;
        this.flash = new ArrayList<>(flash);
        this.keeper = keeper;
    }

    @Override
    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    @Override
    public String csrfToken() {
        return csrf;
    }

    boolean csrfMatches(String presented) {
        return Secrets.same(csrf, presented);
    }

    @Override
    public synchronized void flash(String message) {
        if (flash.size() < 10) {
            flash.add(message.replace('\n', ' '));
            keeper.accept(List.copyOf(flash));
        }
    }

    @Override
    public synchronized List<String> takeFlash() {
        List<String> out = List.copyOf(flash);
        if (!flash.isEmpty()) {
            flash.clear();
            keeper.accept(List.of());
        }
        return out;
    }
}
