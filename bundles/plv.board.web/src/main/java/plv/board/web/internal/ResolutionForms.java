package plv.board.web.internal;

import java.time.LocalDate;

import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.board.web.internal.PageForms.Place;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;

/** The company secretary's forms of written resolutions (CA 2006 ss288-300): circulate, record agreements, record the filing. */
final class ResolutionForms {

    /** A resolution circulated to the members on the register that day; the period defaults to 28 days (s297). */
    record Circulation(ResolutionKind kind, @Label("Resolution") String text, @Label("Circulated on") LocalDate circulatedOn,
            @Label("Period for agreeing") Integer periodDays) {
    }

    record Agreement(@Label("Member") String memberGss, @Label("Agreement received on") LocalDate agreedOn,
            @Label("Corporate representative") String representative) {
    }

    record Filing(@Label("Filed at Companies House on") LocalDate filedOn, @Required Long version) {
    }

    private static final String RESOLUTION = "/board/written-resolutions/{id}";

    private final WrittenResolutions resolutions;

    ResolutionForms(WrittenResolutions resolutions) {
        this.resolutions = resolutions;
    }

    void define(PageForms forms) {
        forms.form(Place.of("/board/written-resolutions", "/board/written-resolutions", "circulate"), Circulation.class, (r, f) -> {
            WrittenResolution created = resolutions.circulate(r.requireActor(), f.kind(), f.text(), f.circulatedOn(),
                    f.periodDays() == null ? WrittenResolution.DEFAULT_PERIOD_DAYS : f.periodDays());
            return Reply.redirect("/board/written-resolutions/" + created.id());
        }).form(Place.of(RESOLUTION + "/agreements", RESOLUTION, "agree"), Agreement.class, (r, f) -> {
            resolutions.recordAgreement(r.requireActor(), r.pathLong("id"), f.memberGss(), f.agreedOn(), f.representative());
            return Reply.redirect("/board/written-resolutions/" + r.pathLong("id"));
        }).form(Place.of(RESOLUTION + "/filing", RESOLUTION, "filed"), Filing.class, (r, f) -> {
            resolutions.recordFiling(r.requireActor(), r.pathLong("id"), f.filedOn(), f.version());
            return Reply.redirect("/board/written-resolutions/" + r.pathLong("id"));
        });
    }
}
