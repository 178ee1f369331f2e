package plv.board.web.internal;

import plv.board.api.AgendaItem;
import plv.board.api.AttendanceStatus;
import plv.board.api.Capacity;
import plv.board.api.CompanyFiling;
import plv.board.api.CompanyFilings;
import plv.board.api.Decision;
import plv.board.api.PscEntry;
import plv.board.api.PscRegister;
import plv.board.api.DirectorDetails;
import plv.board.api.DirectorRole;
import plv.board.api.DirectorsRegister;
import plv.board.api.Interest;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;

/** Carries out the secretary's forms on the board's pages and answers where to go next. */
final class BoardActions {
    private final DirectorsRegister directors;
    private final Meetings meetings;
    private final WrittenResolutions resolutions;
    private final CompanyFilings filings;
    private final PscRegister psc;

    BoardActions(DirectorsRegister directors, Meetings meetings, WrittenResolutions resolutions, CompanyFilings filings,
            PscRegister psc) {
        this.filings = filings;
        this.psc = psc;
        this.directors = directors;
        this.meetings = meetings;
        this.resolutions = resolutions;
    }

    String perform(Actor actor, String[] path, Form f) {
        String op = f.text("op") == null ? "" : f.text("op");
        String area = path.length == 0 ? "" : path[0];
        Long id = path.length > 1 ? BoardRoutes.id(path[1]) : null;
        switch (area + ":" + op) {
            case "directors:appoint" -> {
                long created = directors.appoint(actor, new DirectorDetails(f.text("name"), f.text("formerNames"),
                        f.text("serviceAddress"), f.text("residentialAddress"), f.text("countryOfResidence"), f.text("nationality"),
                        f.text("occupation"), f.date("dateOfBirth"), f.text("nominatedBy"), f.choice("role", DirectorRole.class),
                        f.date("appointedOn"))).id();
                return "/board/directors/" + created;
            }
            case "directors:role" -> directors.changeRole(actor, id, f.choice("role", DirectorRole.class), f.date("from"), f.version());
            case "directors:cease" -> directors.cease(actor, id, f.date("ceasedOn"), f.text("reason"), f.version());
            case "directors:verified" -> directors.recordIdentityVerification(actor, id, f.date("verifiedOn"), f.version());
            case "filings:record" -> filings.record(actor, f.choice("kind", CompanyFiling.Kind.class), f.date("madeUpTo"), f.date("filedOn"));
            case "psc:enter" -> psc.enter(actor, f.choice("kind", PscEntry.Kind.class), f.text("name"), f.text("address"),
                    f.text("natureOfControl"), f.date("enteredOn"));
            case "psc:cease" -> {
                psc.cease(actor, f.id("entryId"), f.date("ceasedOn"));
                return "/board/psc";
            }
            case "directors:notified" -> directors.markNotified(actor, id, f.checked("cessation"), f.date("notifiedOn"), f.version());
            case "meetings:plan" -> {
                Meeting m = meetings.plan(actor, new MeetingPlan(f.choice("type", MeetingType.class), f.text("title"),
                        f.dateTime("startsAt"), f.text("place"), f.text("onlineLink")));
                return "/board/meetings/" + m.id();
            }
            case "meetings:status" -> meetings.changeStatus(actor, id, f.choice("status", MeetingStatus.class));
            case "meetings:item" -> meetings.addItem(actor, id, new ItemDraft(f.text("title"), f.checked("exempt"),
                    f.number("exemptParagraph"), f.text("exemptReason"), f.text("publicTitle"), f.text("minute"),
                    f.text("presenter"), f.text("decisionSought")));
            case "meetings:describe" -> meetings.describeItem(actor, f.id("itemId"), f.text("presenter"), f.text("decisionSought"));
            case "meetings:move" -> {
                Integer position = f.number("position");
                if (position == null) {
                    throw new plv.platform.api.ValidationException("position", "Give the position on the agenda, e.g. 2.");
                }
                meetings.moveItem(actor, f.id("itemId"), position);
            }
            case "meetings:upload" -> meetings.uploadPaper(actor, f.id("itemId"), f.text("title"), f.fileName("file"),
                    f.file("file"), f.checked("exempt"), f.number("exemptParagraph"));
            case "meetings:write" -> meetings.writePaper(actor, f.id("itemId"), f.text("title"), f.text("text"),
                    f.checked("exempt"), f.number("exemptParagraph"));
            case "meetings:revise" -> meetings.revisePaper(actor, f.id("paperId"), f.fileName("file"), f.file("file"), f.text("text"));
            case "meetings:sent" -> meetings.recordPapersSent(actor, id, f.date("sentOn"));
            case "meetings:minute" -> meetings.writeMinute(actor, f.id("itemId"), f.text("minute"));
            case "meetings:attendance" -> {
                Capacity capacity = f.choice("capacity", Capacity.class);
                if (capacity == Capacity.MEMBER_REPRESENTATIVE) { // the representative comes from the register of members
                    meetings.recordRepresentative(actor, id, f.text("memberGss"), f.choice("status", AttendanceStatus.class),
                            f.number("arrivedAtItem"), f.number("leftAfterItem"));
                } else {
                    meetings.recordAttendance(actor, id, f.text("personName"), f.id("directorId"), capacity,
                            f.choice("status", AttendanceStatus.class), f.number("arrivedAtItem"), f.number("leftAfterItem"));
                }
            }
            case "meetings:interest" -> meetings.declareInterest(actor, f.id("itemId"),
                    new Interest(f.text("personName"), f.text("nature"), f.checked("leftRoom")));
            case "meetings:decide" -> meetings.decide(actor, f.id("itemId"), new Decision(f.text("resolution"),
                    f.text("proposer"), f.text("seconder"), f.checked("consensus"), f.count("votesFor"), f.count("against"),
                    f.count("abstained"), f.list("notVoting")));
            case "meetings:action" -> meetings.addAction(actor, f.id("itemId"), f.text("description"), f.text("owner"), f.date("dueOn"));
            case "meetings:done" -> meetings.completeAction(actor, f.id("actionId"), f.date("doneOn"));
            case "meetings:approve" -> meetings.approveMinutes(actor, id, f.text("reason"));
            case "meetings:correct" -> {
                Long at = f.id("atMeetingId");
                if (at == null) {
                    throw new plv.platform.api.ValidationException("atMeetingId",
                            "Choose the later meeting at which the correction is to be approved.");
                }
                AgendaItem approval = meetings.proposeCorrection(actor, f.id("itemId"), f.text("minute"), f.text("reason"), at);
                return "/board/meetings/" + at + "#item-" + approval.number();
            }
            case "written-resolutions:circulate" -> {
                Integer days = f.number("periodDays");
                WrittenResolution r = resolutions.circulate(actor, f.choice("kind", ResolutionKind.class), f.text("text"),
                        f.date("circulatedOn"), days == null ? WrittenResolution.DEFAULT_PERIOD_DAYS : days);
                return "/board/written-resolutions/" + r.id();
            }
            case "written-resolutions:agree" -> resolutions.recordAgreement(actor, id, f.text("memberGss"), f.date("agreedOn"),
                    f.text("representative"));
            case "written-resolutions:filed" -> resolutions.recordFiling(actor, id, f.date("filedOn"), f.version());
            default -> throw new NotFoundException("There is no form '" + op + "' on this page.");
        }
        return "/board/" + area + (id == null ? "" : "/" + id);
    }
}
