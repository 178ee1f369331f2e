package plv.board.web.internal;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import plv.platform.api.Role;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;

/**
 * Declares the company secretary's forms of the board's pages. Each form posts to its own address below the page it is
 * on (see {@link BoardRoutes} for the scheme), binds to its record and, when refused, shows that page again (400) with
 * the errors beside the fields of the form that was sent. One page holds many forms, so a field's id on the page is
 * {@code <form>-<name>}, or {@code <form>-<key>-<name>} for a form repeated per agenda item, paper, action or entry (the
 * key is the path parameter that names it); an error the form has no field for (or one about the hidden version) shows
 * at the top of the form, {@code <form>[-<key>]-form}. A GET of a form's address goes to its page.
 */
final class PageForms {
    static final Access SECRETARY = Access.roles(Role.SECRETARY);
    private static final Access SIGNED_IN = Access.signedIn();
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    /** Fields a form posts hidden, whose errors belong to the form as a whole. */
    private static final Set<String> HIDDEN = Set.of("version");

    private final Routes routes;
    private final BoardPages pages;

    PageForms(Routes routes, BoardPages pages) {
        this.routes = routes;
        this.pages = pages;
    }

    /** Where a form lives: its address, the page it is on, its name on the page and the path parameter it is repeated by. */
    record Place(String pattern, String page, String name, String key) {
        /** A form shown once on its page. */
        static Place of(String pattern, String page, String name) {
            return new Place(pattern, page, name, null);
        }

        /** A form repeated on its page, once per value of path parameter {@code key}. */
        static Place per(String key, String pattern, String page, String name) {
            return new Place(pattern, page, name, key);
        }
    }

    /** A form bound to {@code type}. */
    <T extends Record> PageForms form(Place at, Class<T> type, Routes.FormAction<T> action) {
        onABoardPage(at);
        routes.form(at.pattern(), SECRETARY, type, (r, state) -> refused(r, at, type, state), action);
        return toPage(at);
    }

    /** A form with a file (field {@code file}) whose other fields bind to {@code type}. */
    <T extends Record> PageForms upload(Place at, long maxFileBytes, Class<T> type, Routes.FormAction<T> action) {
        onABoardPage(at);
        routes.upload(at.pattern(), SECRETARY, maxFileBytes, type, (r, state) -> refused(r, at, type, state), action);
        return toPage(at);
    }

    /** A form whose page is not one of the board's would have nowhere to show a refusal: refused when declared. */
    private void onABoardPage(Place at) {
        if (!pages.views().containsKey(at.page())) {
            throw new IllegalArgumentException("The form " + at.name() + " at " + at.pattern() + " names " + at.page()
                    + " as its page, which is not a board page.");
        }
        if (!at.pattern().startsWith(at.page())) {
            throw new IllegalArgumentException("The form " + at.name() + " at " + at.pattern() + " is not below its page "
                    + at.page() + ".");
        }
    }

    private PageForms toPage(Place at) {
        if (!at.pattern().equals(at.page())) {
            routes.get(at.pattern(), SIGNED_IN, r -> Reply.redirect(resolve(at.page(), r)));
        }
        return this;
    }

    private Reply.Page refused(RouteRequest r, Place at, Class<? extends Record> type, FormState state) {
        String key = at.key() == null ? "" : r.path(at.key());
        String failedItem = "item".equals(at.key()) ? key : "";
        return pages.show(at.page(), r, onPage(state, prefix(at.name(), key), fields(type), failedItem));
    }

    /** The id prefix of a form's fields on its page: {@code decide-12-}. */
    static String prefix(String name, String key) {
        return name + (key == null || key.isEmpty() ? "" : "-" + key) + "-";
    }

    /** The fields a form shows: its record's, less the hidden ones, and the file of an upload. */
    static Set<String> fields(Class<? extends Record> type) {
        Set<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> !HIDDEN.contains(n)).collect(Collectors.toSet());
        fields.add("file");
        return fields;
    }

    /** A refused form's state keyed by the ids its fields have on the page. */
    static BoardPages.OnPage onPage(FormState state, String prefix, Set<String> fields, String failedItem) {
        Map<String, String> typed = new LinkedHashMap<>();
        state.values().forEach((name, value) -> {
            if (fields.contains(name)) {
                typed.put(prefix + name, value);
            }
        });
        Map<String, String> errors = new LinkedHashMap<>();
        state.errors().forEach((field, message) -> errors.merge(prefix + (fields.contains(field) ? field : "form"), message,
                (a, b) -> a + " " + b));
        return new BoardPages.OnPage(typed, errors, failedItem, state.status());
    }

    /** {@code pattern} with its parameters filled in from the request. */
    static String resolve(String pattern, RouteRequest r) {
        Matcher m = PARAM.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(r.path(m.group(1))));
        }
        return m.appendTail(out).toString();
    }
}
