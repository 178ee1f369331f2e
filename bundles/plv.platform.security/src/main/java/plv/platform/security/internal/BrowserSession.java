package plv.platform.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import plv.platform.api.Actor;
import plv.platform.security.api.UserSession;

/** One browser session, held in memory: who (if anyone) is signed in, its CSRF token, its flash messages. */
final class BrowserSession implements UserSession {

    final String id;
    private final Actor actor;
    private final String csrf;
    private volatile Instant lastSeen;
    private final List<String> flash = new ArrayList<>();

    BrowserSession(String id, Actor actor, Instant now) {
        this.id = id;
        this.actor = actor;
        this.csrf = Secrets.random();
        this.lastSeen = now;
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
            flash.add(message);
        }
    }

    @Override
    public synchronized List<String> takeFlash() {
        List<String> out = List.copyOf(flash);
        flash.clear();
        return out;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }
}
