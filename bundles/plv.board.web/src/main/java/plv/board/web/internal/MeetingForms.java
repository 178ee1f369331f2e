package plv.board.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Part;

import plv.board.api.AgendaItem;
import plv.board.api.AttendanceStatus;
import plv.board.api.Capacity;
import plv.board.api.Decision;
import plv.board.api.Interest;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.Paper;
import plv.board.web.internal.PageForms.Place;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.Range;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;

/**
 * The company secretary's forms of the meetings list and of a meeting: its status, agenda items and their papers,
 * attendance, and for each item the minute, declarations of interest, the decision and actions; then the approval of the
 * minutes, and a correction to approved minutes (put on a later meeting's agenda). Forms about an item, paper or action
 * name it in their address; an item or paper of another meeting is not found.
 */
final class MeetingForms {

    record Plan(MeetingType type, String title, @Label("Date and time") LocalDateTime startsAt, String place,
            @Label("Online link") String onlineLink) {
    }

    record StatusChange(MeetingStatus status) {
    }

    record NewItem(@Label("Item title") String title, @Label("Part 2 (exempt)") boolean exempt,
            @Label("Schedule 12A paragraph") Integer exemptParagraph, @Label("Reason it is exempt") String exemptReason,
            @Label("Title approved for publication") String publicTitle, String presenter, @Label("Decision sought") String decisionSought) {
    }

    record Description(String presenter, @Label("Decision sought") String decisionSought) {
    }

    record Position(@Label("Move to position") Integer position) {
        Position {
            if (position == null) {
                throw new ValidationException("position", "Give the position on the agenda, e.g. 2.");
            }
        }
    }

    /** An uploaded paper's details; the PDF comes as the upload's {@code file}. */
    record PaperUpload(@Label("Title of the paper") String title, @Label("Exempt paper") boolean exempt,
            @Label("Schedule 12A paragraph") Integer exemptParagraph) {
    }

    record WrittenPaper(@Label("Title of the paper") String title, String text, @Label("Exempt paper") boolean exempt,
            @Label("Schedule 12A paragraph") Integer exemptParagraph) {
    }

    /** A paper's new version: the text of a written paper, or (as the upload's {@code file}) the PDF of an uploaded one. */
    record Revision(@Label("Text of the paper") String text) {
    }

    record PapersSent(@Label("Agenda and papers sent on") LocalDate sentOn) {
    }

    record Minute(String minute) {
    }

    record AttendanceEntry(@Label("Name") String personName, @Label("Director id") Long directorId, Capacity capacity,
            @Label("Member (GSS code)") String memberGss, @Label("Attendance") AttendanceStatus status,
            @Label("Arrived at item") Integer arrivedAtItem, @Label("Left after item") Integer leftAfterItem) {
    }

    record InterestDeclaration(@Label("Person declaring an interest") String personName, @Label("Nature of the interest") String nature,
            @Label("Left the room") boolean leftRoom) {
    }

    record DecisionTaken(String resolution, String proposer, String seconder, boolean consensus,
            @Range(min = 0) int votesFor, @Label("Votes against") @Range(min = 0) int against,
            @Label("Abstentions") @Range(min = 0) int abstained, @Label("Did not vote") List<String> notVoting) {
    }

    record NewAction(@Label("Action") String description, String owner, @Label("Due") LocalDate dueOn) {
    }

    record Completion(@Label("Done on") LocalDate doneOn) {
    }

    record Approval(@Label("Approval note") String reason) {
    }

    record Correction(@Label("Corrected minute") String minute, @Label("Reason for the correction") String reason,
            @Label("To be approved at") Long atMeetingId) {
        Correction {
            if (atMeetingId == null) {
                throw new ValidationException("atMeetingId", "Choose the later meeting at which the correction is to be approved.");
            }
        }
    }

    private static final String MEETING = "/board/meetings/{id}";
    private static final String ITEM = MEETING + "/items/{item}";

    private final Meetings meetings;

    MeetingForms(Meetings meetings) {
        this.meetings = meetings;
    }

    void define(PageForms forms) {
        forms.form(Place.of("/board/meetings", "/board/meetings", "plan"), Plan.class, (r, f) -> {
            Meeting m = meetings.plan(r.requireActor(), new MeetingPlan(f.type(), f.title(), f.startsAt(), f.place(), f.onlineLink()));
            return Reply.redirect("/board/meetings/" + m.id());
        }).form(Place.of(MEETING + "/status", MEETING, "status"), StatusChange.class, (r, f) -> {
            meetings.changeStatus(r.requireActor(), r.pathLong("id"), f.status());
            return meetingPage(r);
        }).form(Place.of(MEETING + "/items", MEETING, "item"), NewItem.class, (r, f) -> {
            meetings.addItem(r.requireActor(), r.pathLong("id"), new ItemDraft(f.title(), f.exempt(), f.exemptParagraph(),
                    f.exemptReason(), f.publicTitle(), null, f.presenter(), f.decisionSought()));
            return meetingPage(r);
        }).form(Place.of(MEETING + "/papers-sent", MEETING, "sent"), PapersSent.class, (r, f) -> {
            meetings.recordPapersSent(r.requireActor(), r.pathLong("id"), f.sentOn());
            return meetingPage(r);
        }).form(Place.of(MEETING + "/attendance", MEETING, "attendance"), AttendanceEntry.class, (r, f) -> {
            if (f.capacity() == Capacity.MEMBER_REPRESENTATIVE) { // the representative comes from the register of members
                meetings.recordRepresentative(r.requireActor(), r.pathLong("id"), f.memberGss(), f.status(), f.arrivedAtItem(),
                        f.leftAfterItem());
            } else {
                meetings.recordAttendance(r.requireActor(), r.pathLong("id"), f.personName(), f.directorId(), f.capacity(),
                        f.status(), f.arrivedAtItem(), f.leftAfterItem());
            }
            return meetingPage(r);
        }).form(Place.of(MEETING + "/minutes-approval", MEETING, "approve"), Approval.class, (r, f) -> {
            meetings.approveMinutes(r.requireActor(), r.pathLong("id"), f.reason());
            return meetingPage(r);
        }).form(Place.per("action", MEETING + "/actions/{action}/completion", MEETING, "done"), Completion.class, (r, f) -> {
            // the action log carries forward the actions of earlier meetings too
            meetings.completeAction(r.requireActor(), r.pathLong("action"), f.doneOn());
            return meetingPage(r);
        }).upload(Place.per("paper", MEETING + "/papers/{paper}/versions", MEETING, "revise"), Paper.MAX_BYTES, Revision.class, (r, f) -> {
            long paper = paperOfMeeting(r);
            Optional<Part> file = r.file("file");
            meetings.revisePaper(r.requireActor(), paper, file.map(MeetingForms::fileName).orElse(null),
                    file.isPresent() ? bytes(file.get()) : null, f.text());
            return meetingPage(r);
        });
        defineItemForms(forms);
    }

    private void defineItemForms(PageForms forms) {
        forms.form(Place.per("item", ITEM + "/description", MEETING, "describe"), Description.class, (r, f) -> {
            meetings.describeItem(r.requireActor(), itemOfMeeting(r), f.presenter(), f.decisionSought());
            return meetingPage(r);
        }).form(Place.per("item", ITEM + "/position", MEETING, "move"), Position.class, (r, f) -> {
            meetings.moveItem(r.requireActor(), itemOfMeeting(r), f.position());
            return meetingPage(r);
        }).upload(Place.per("item", ITEM + "/papers", MEETING, "upload"), Paper.MAX_BYTES, PaperUpload.class, (r, f) -> {
            long item = itemOfMeeting(r);
            Optional<Part> file = r.file("file");
            meetings.uploadPaper(r.requireActor(), item, f.title(), file.map(MeetingForms::fileName).orElse(null),
                    file.isPresent() ? bytes(file.get()) : null, f.exempt(), f.exemptParagraph());
            return meetingPage(r);
        }).form(Place.per("item", ITEM + "/written-papers", MEETING, "write"), WrittenPaper.class, (r, f) -> {
            meetings.writePaper(r.requireActor(), itemOfMeeting(r), f.title(), f.text(), f.exempt(), f.exemptParagraph());
            return meetingPage(r);
        }).form(Place.per("item", ITEM + "/minute", MEETING, "minute"), Minute.class, (r, f) -> {
            meetings.writeMinute(r.requireActor(), itemOfMeeting(r), f.minute());
            return meetingPage(r);
        }).form(Place.per("item", ITEM + "/interests", MEETING, "interest"), InterestDeclaration.class, (r, f) -> {
            meetings.declareInterest(r.requireActor(), itemOfMeeting(r), new Interest(f.personName(), f.nature(), f.leftRoom()));
            return meetingPage(r);
        }).form(Place.per("item", ITEM + "/decision", MEETING, "decide"), DecisionTaken.class, (r, f) -> {
            meetings.decide(r.requireActor(), itemOfMeeting(r), new Decision(f.resolution(), f.proposer(), f.seconder(),
                    f.consensus(), f.votesFor(), f.against(), f.abstained(), f.notVoting()));
            return meetingPage(r);
        }).form(Place.per("item", ITEM + "/actions", MEETING, "action"), NewAction.class, (r, f) -> {
            meetings.addAction(r.requireActor(), itemOfMeeting(r), f.description(), f.owner(), f.dueOn());
            return meetingPage(r);
        }).form(Place.per("item", ITEM + "/correction", MEETING, "correct"), Correction.class, (r, f) -> {
            AgendaItem approval = meetings.proposeCorrection(r.requireActor(), itemOfMeeting(r), f.minute(), f.reason(), f.atMeetingId());
            return Reply.redirect("/board/meetings/" + f.atMeetingId() + "#item-" + approval.number());
        });
    }

    private static Reply meetingPage(RouteRequest r) {
        return Reply.redirect("/board/meetings/" + r.pathLong("id"));
    }

    /** The item named in the address, when it is on the agenda of the meeting named there. */
    private long itemOfMeeting(RouteRequest r) {
        long item = r.pathLong("item");
        if (meetings.meeting(r.requireActor(), r.pathLong("id")).items().stream().noneMatch(i -> i.id() == item)) {
            throw new NotFoundException("Item " + item + " is not on the agenda of meeting " + r.pathLong("id") + ".");
        }
        return item;
    }

    /** The paper named in the address, when it belongs to an item of the meeting named there. */
    private long paperOfMeeting(RouteRequest r) {
        long paper = r.pathLong("paper");
        if (meetings.meeting(r.requireActor(), r.pathLong("id")).items().stream().flatMap(i -> i.papers().stream())
                .noneMatch(p -> p.id() == paper)) {
            throw new NotFoundException("Paper " + paper + " is not among the papers of meeting " + r.pathLong("id") + ".");
        }
        return paper;
    }

    /** The uploaded file's name as the browser gave it, without any folder; null when it gave none. */
    static String fileName(Part part) {
        String n = part.getSubmittedFileName();
        return n == null || n.isBlank() ? null : n.replaceAll("^.*[/\\\\]", "").trim();
    }

    /** The uploaded file's bytes; null when an empty file was chosen, as when none was. */
    private static byte[] bytes(Part part) {
        if (part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ValidationException("file", "The file could not be read (" + e.getMessage() + "); choose it again and send the form.");
        }
    }
}
