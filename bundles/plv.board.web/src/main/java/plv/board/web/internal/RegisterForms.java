package plv.board.web.internal;

import java.time.LocalDate;

import plv.board.api.CompanyFiling;
import plv.board.api.CompanyFilings;
import plv.board.api.DirectorDetails;
import plv.board.api.DirectorRole;
import plv.board.api.DirectorsRegister;
import plv.board.api.PscEntry;
import plv.board.api.PscRegister;
import plv.board.web.internal.PageForms.Place;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;

/** The company secretary's forms of the statutory registers: directors, people with significant control, filings. */
final class RegisterForms {

    /** Appoints a director (s162 register entry, s165 private particulars). */
    record Appointment(String name, @Label("Former names") String formerNames, @Label("Service address") String serviceAddress,
            @Label("Usual residential address") String residentialAddress, @Label("Country of usual residence") String countryOfResidence,
            String nationality, @Label("Business occupation") String occupation, @Label("Date of birth") LocalDate dateOfBirth,
            @Label("Nominated by") String nominatedBy, DirectorRole role, @Label("Appointed on") LocalDate appointedOn) {
    }

    record RoleChange(@Label("New role") DirectorRole role, LocalDate from, @Required Long version) {
    }

    record Cessation(@Label("Ceased on") LocalDate ceasedOn, String reason, @Required Long version) {
    }

    record IdentityVerification(@Label("Identity verified on") LocalDate verifiedOn, @Required Long version) {
    }

    /** Companies House told of the appointment, or with {@code cessation} of the cessation. */
    record Notification(@Label("Companies House notified on") LocalDate notifiedOn, boolean cessation, @Required Long version) {
    }

    record PscEntering(@Label("Entry") PscEntry.Kind kind, String name, String address, @Label("Nature of control") String natureOfControl,
            @Label("Entered on") LocalDate enteredOn) {
    }

    record PscCessation(@Label("Ceased on") LocalDate ceasedOn) {
    }

    record Filing(@Label("Filing") CompanyFiling.Kind kind, @Label("Made up to") LocalDate madeUpTo, @Label("Filed on") LocalDate filedOn) {
    }

    private final DirectorsRegister directors;
    private final PscRegister psc;
    private final CompanyFilings filings;

    RegisterForms(DirectorsRegister directors, PscRegister psc, CompanyFilings filings) {
        this.directors = directors;
        this.psc = psc;
        this.filings = filings;
    }

    void define(PageForms forms) {
        String director = "/board/directors/{id}";
        forms.form(Place.of("/board/directors", "/board/directors", "appoint"), Appointment.class, (r, f) -> {
            long id = directors.appoint(r.requireActor(), new DirectorDetails(f.name(), f.formerNames(), f.serviceAddress(),
                    f.residentialAddress(), f.countryOfResidence(), f.nationality(), f.occupation(), f.dateOfBirth(),
                    f.nominatedBy(), f.role(), f.appointedOn())).id();
            return Reply.redirect("/board/directors/" + id);
        }).form(Place.of(director + "/role", director, "role"), RoleChange.class, (r, f) -> {
            directors.changeRole(r.requireActor(), r.pathLong("id"), f.role(), f.from(), f.version());
            return directorPage(r.pathLong("id"));
        }).form(Place.of(director + "/cessation", director, "cease"), Cessation.class, (r, f) -> {
            directors.cease(r.requireActor(), r.pathLong("id"), f.ceasedOn(), f.reason(), f.version());
            return directorPage(r.pathLong("id"));
        }).form(Place.of(director + "/identity-verification", director, "verified"), IdentityVerification.class, (r, f) -> {
            directors.recordIdentityVerification(r.requireActor(), r.pathLong("id"), f.verifiedOn(), f.version());
            return directorPage(r.pathLong("id"));
        }).form(Place.of(director + "/notification", director, "notified"), Notification.class, (r, f) -> {
            directors.markNotified(r.requireActor(), r.pathLong("id"), f.cessation(), f.notifiedOn(), f.version());
            return directorPage(r.pathLong("id"));
        }).form(Place.of("/board/psc", "/board/psc", "enter"), PscEntering.class, (r, f) -> {
            psc.enter(r.requireActor(), f.kind(), f.name(), f.address(), f.natureOfControl(), f.enteredOn());
            return Reply.redirect("/board/psc");
        }).form(Place.per("entry", "/board/psc/{entry}/cessation", "/board/psc", "cease"), PscCessation.class, (r, f) -> {
            psc.cease(r.requireActor(), r.pathLong("entry"), f.ceasedOn());
            return Reply.redirect("/board/psc");
        }).form(Place.of("/board/filings", "/board/filings", "record"), Filing.class, (r, f) -> {
            filings.record(r.requireActor(), f.kind(), f.madeUpTo(), f.filedOn());
            return Reply.redirect("/board/filings");
        });
    }

    private static Reply directorPage(long id) {
        return Reply.redirect("/board/directors/" + id);
    }
}
