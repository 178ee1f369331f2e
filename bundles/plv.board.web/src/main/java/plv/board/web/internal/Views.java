package plv.board.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plv.board.api.Action;
import plv.board.api.AgendaItem;
import plv.board.api.Attendance;
import plv.board.api.BoardDeadline;
import plv.board.api.Director;
import plv.board.api.Meeting;
import plv.board.api.MinutesVersion;
import plv.board.api.WrittenResolution;

/** The board's records as plain maps, shared by the JSON API and the templates (dates as ISO text). */
final class Views {

    private Views() {
    }

    /** A form's choices: {id: the constant's name, label: its name in words, e.g. "Minutes approved"}. */
    static List<Map<String, String>> options(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> {
            String words = v.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            return Map.of("id", v.name(), "label", Character.toUpperCase(words.charAt(0)) + words.substring(1));
        }).toList();
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put((String) pairs[i], v instanceof java.time.temporal.Temporal || v instanceof Enum<?> ? v.toString() : v);
        }
        return m;
    }

    static Map<String, Object> director(Director d) {
        return map("id", d.id(), "name", d.name(), "serviceAddress", d.serviceAddress(), "countryOfResidence",
                d.countryOfResidence(), "nationality", d.nationality(), "occupation", d.occupation(),
                "bornIn", d.bornIn().toString(), "nominatedBy", d.nominatedBy(), "role", d.role(), "roleLabel", d.role().label(),
                "appointedOn", d.appointedOn(), "ceasedOn", d.ceasedOn(), "appointmentNotifiedOn", d.appointmentNotifiedOn(),
                "cessationNotifiedOn", d.cessationNotifiedOn(), "version", d.version(), "formerNames", d.formerNames(),
                "identityVerification", d.identityVerification(), "identityVerifiedOn", d.identityVerifiedOn(),
                "history", d.history().stream().map(h -> map("on", h.on(), "what", h.what(), "detail", h.detail())).toList());
    }

    static Map<String, Object> meetingSummary(Meeting m) {
        return map("id", m.id(), "type", m.type(), "typeLabel", m.type().label(), "title", m.title(), "startsAt", m.startsAt(),
                "place", m.place(), "onlineLink", m.onlineLink(), "status", m.status(), "statusLabel", m.status().label(),
                "minutesApproved", m.minutesApproved());
    }

    static Map<String, Object> meeting(Meeting m) {
        Map<String, Object> v = meetingSummary(m);
        v.put("items", m.items().stream().map(Views::item).toList());
        v.put("attendance", m.attendance().stream().map(Views::attendance).toList());
        v.put("actionLog", m.actionLog().stream().map(Views::action).toList());
        v.put("minutes", m.minutes().stream().map(Views::minutes).toList());
        v.put("version", m.version());
        v.put("quorum", m.quorum());
        v.put("papersDueBy", m.papersDueBy());
        v.put("papersSentOn", m.papersSentOn());
        if (m.papersSentOn() != null) {
            v.put("papersLate", m.papersDueBy() != null && m.papersSentOn().isAfter(m.papersDueBy()));
            v.put("clearDaysGiven", java.time.temporal.ChronoUnit.DAYS.between(m.papersSentOn(), m.startsAt().toLocalDate()) - 1);
        }
        return v;
    }

    static Map<String, Object> item(AgendaItem i) {
        return map("id", i.id(), "number", i.number(), "title", i.title(), "publicTitle", i.publicTitle(),
                "part", i.exempt() ? 2 : 1, "exempt", i.exempt(), "exemptParagraph", i.exemptParagraph(),
                "exemptReason", i.exemptReason(), "exemptionNotice", i.exemptionNotice(), "minute", i.minute(),
                "approvesMinutesOfMeeting", i.approvesMinutesOfMeeting(), "quorate", i.quorate(),
                "presenter", i.presenter(), "decisionSought", i.decisionSought(),
                "papers", i.papers().stream().map(p -> map("id", p.id(), "title", p.title(), "fileName", p.fileName(),
                        "mediaType", p.mediaType(), "sha256", p.sha256(), "size", p.size(), "paperId", p.paperId(),
                        "version", p.version(), "exempt", p.exempt(), "exemptParagraph", p.exemptParagraph(),
                        "written", p.written(), "pdf", p.pdf())).toList(),
                "interests", i.interests().stream().map(x -> map("personName", x.personName(), "nature", x.nature(),
                        "leftRoom", x.leftRoom())).toList(),
                "decision", i.decision() == null ? null : map("resolution", i.decision().resolution(),
                        "proposer", i.decision().proposer(), "seconder", i.decision().seconder(),
                        "consensus", i.decision().consensus(), "votesFor", i.decision().votesFor(),
                        "against", i.decision().against(), "abstained", i.decision().abstained(),
                        "notVoting", i.decision().notVoting(), "outcome", i.decision().outcome()));
    }

    static Map<String, Object> psc(plv.board.api.PscEntry p) {
        return map("id", p.id(), "kind", p.kind(), "kindLabel", switch (p.kind()) {
            case INDIVIDUAL -> "Individual";
            case RELEVANT_LEGAL_ENTITY -> "Relevant legal entity";
            case NO_REGISTRABLE_PERSON -> "No registrable person";
        }, "name", p.name(), "address", p.address(), "natureOfControl", p.natureOfControl(), "enteredOn", p.enteredOn(),
                "ceasedOn", p.ceasedOn());
    }

    static Map<String, Object> filing(plv.board.api.CompanyFiling f) {
        return map("id", f.id(), "kind", f.kind(), "kindLabel", f.kind() == plv.board.api.CompanyFiling.Kind.ACCOUNTS
                ? "Accounts" : "Confirmation statement (CS01)", "madeUpTo", f.madeUpTo(), "filedOn", f.filedOn());
    }

    static Map<String, Object> attendance(Attendance a) {
        return map("id", a.id(), "personName", a.personName(), "directorId", a.directorId(), "capacity", a.capacity(),
                "status", a.status(), "statusLabel", a.status().label(), "arrivedAtItem", a.arrivedAtItem(),
                "leftAfterItem", a.leftAfterItem(), "memberGss", a.memberGss());
    }

    static Map<String, Object> action(Action a) {
        return map("id", a.id(), "meetingId", a.meetingId(), "itemNumber", a.itemNumber(), "description", a.description(),
                "owner", a.owner(), "dueOn", a.dueOn(), "doneOn", a.doneOn());
    }

    static Map<String, Object> minutes(MinutesVersion v) {
        return map("number", v.number(), "approved", v.approved(), "createdAt", v.createdAt(), "reason", v.reason(),
                "confidentialSha256", v.confidentialSha256(), "publicSha256", v.publicSha256());
    }

    private static final java.time.format.DateTimeFormatter SIGNED_AT = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy 'at' HH:mm z", java.util.Locale.UK).withZone(plv.platform.api.time.PlvClock.LONDON);

    /** One minutes signature for the pages: "signed by ... on ...", and whether it still verifies. */
    static Map<String, Object> signature(plv.board.api.MinutesSignature s) {
        return map("version", s.version(), "edition", s.edition().name().toLowerCase(java.util.Locale.ROOT), "signed", s.signed(),
                "signedBy", s.signedBy(), "reason", s.reason(), "signedAt", s.signedAt() == null ? null : SIGNED_AT.format(s.signedAt()),
                "verifies", s.verifies(), "problem", s.problem());
    }

    static Map<String, Object> resolution(WrittenResolution r) {
        return map("id", r.id(), "kind", r.kind(), "text", r.text(), "circulatedOn", r.circulatedOn(), "periodDays", r.periodDays(),
                "lastDayToAgree", r.lastDayToAgree(), "eligibleMembers", r.eligibleMembers(), "agreed", r.agreements().size(),
                "eligible", r.eligibleMembers().size(), "totalVotingRights", r.totalVotingRights(), "votesRequired", r.votesRequired(),
                "agreements", r.agreements().stream().map(a -> map("memberGss", a.memberGss(), "agreedOn", a.agreedOn(),
                        "representative", a.representative())).toList(),
                "status", r.status(), "passedOn", r.passedOn(), "filingDueOn", r.filingDueOn(), "filedOn", r.filedOn(),
                "awaitingFiling", r.awaitingFiling(), "version", r.version());
    }

    static Map<String, Object> deadline(BoardDeadline d, java.time.LocalDate today) {
        return map("due", d.due(), "kind", d.kind(), "title", d.title(), "path", d.path(), "overdue", d.due().isBefore(today));
    }

    /** The deadlines, each marked overdue when its date is before {@code today} (the suite's clock). */
    static List<Map<String, Object>> deadlines(List<BoardDeadline> list, java.time.LocalDate today) {
        return list.stream().map(d -> deadline(d, today)).toList();
    }
}
