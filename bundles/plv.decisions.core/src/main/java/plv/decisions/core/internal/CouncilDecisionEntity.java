package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionLeads;
import plv.decisions.api.ExceptionDetails;
import plv.decisions.api.PrivateMeeting;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.NoticeException;

/** Table DEC_COUNCIL_DECISION. */
@Entity
@Table(name = "DEC_COUNCIL_DECISION")
class CouncilDecisionEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Version long version;
    @Column(name = "COUNCIL_GSS") String councilGss;
    @Column(name = "REF_NO") String reference;
    String title;
    @Enumerated(EnumType.STRING) @Column(name = "DECISION_MAKER") DecisionMaker decisionMaker;
    @Column(name = "DECISION_MAKER_DETAIL") String decisionMakerDetail;
    String meeting;
    @Column(name = "DECISION_DATE") LocalDate decisionDate;
    @Column(name = "KEY_DECISION") boolean keyDecision;
    @Column(name = "KEY_DECISION_REASON") String keyDecisionReason;
    @Column(name = "NOTICE_PUBLISHED") LocalDate noticePublished;
    @Column(name = "DECISION_DUE") LocalDate decisionDue;
    @Enumerated(EnumType.STRING) @Column(name = "NOTICE_EXCEPTION") NoticeException noticeException;
    @Column(name = "NOTICE_EXCEPTION_REASON") String noticeExceptionReason;
    boolean exempt;
    @Column(name = "EXEMPT_PARAGRAPH") Integer exemptParagraph;
    @Column(name = "DECIDED_TO_JOIN") boolean decidedToJoin;
    @Column(name = "DECISION_TEXT") String decision;
    String reasons;
    @Column(name = "ALTERNATIVES_REJECTED") String alternativesRejected;
    @Column(name = "CONFLICTS_DECLARED") String conflictsDeclared;
    String dispensations;
    @Column(name = "CALL_IN_APPLIES") boolean callInApplies;
    @Column(name = "IMPLEMENTED_ON") LocalDate implementedOn;
    @Enumerated(EnumType.STRING) DecisionStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEC_DECISION_LINK", joinColumns = @JoinColumn(name = "DECISION_ID"))
    @OrderColumn(name = "POS") @Column(name = "URL")
    List<String> documentLinks = new ArrayList<>();
    @Column(name = "LEAD_MEMBER") String leadMember;
    @Column(name = "LEAD_DIRECTOR") String leadDirector;
    String department;
    String contact;
    LocalDate published;
    @Column(name = "CHAIR_INFORMED_ON") LocalDate chairInformedOn;
    @Column(name = "EXCEPTION_NOTICE_ON") LocalDate exceptionNoticeOn;
    @Column(name = "URGENCY_AGREED_BY") String urgencyAgreedBy;
    @Column(name = "URGENCY_AGREED_ON") LocalDate urgencyAgreedOn;
    @Column(name = "HELD_IN_PRIVATE") boolean heldInPrivate;
    @Column(name = "PRIVATE_INTENTION_ON") LocalDate privateIntentionOn;
    @Column(name = "PRIVATE_REASONS_ON") LocalDate privateReasonsOn;
    boolean illustrative;

    void apply(CouncilDecisionDraft d) {
        councilGss = d.councilGss();
        reference = d.reference();
        title = d.title();
        decisionMaker = d.decisionMaker();
        decisionMakerDetail = d.decisionMakerDetail();
        meeting = d.meeting();
        decisionDate = d.decisionDate();
        keyDecision = d.keyDecision();
        keyDecisionReason = d.keyDecisionReason();
        noticePublished = d.noticePublished();
        decisionDue = d.decisionDue();
        noticeException = d.noticeException();
        noticeExceptionReason = d.noticeExceptionReason();
        exempt = d.exempt();
        exemptParagraph = d.exemptParagraph();
        decidedToJoin = d.decidedToJoin();
        decision = d.decision();
        reasons = d.reasons();
        alternativesRejected = d.alternativesRejected();
        conflictsDeclared = d.conflictsDeclared();
        dispensations = d.dispensations();
        callInApplies = d.callInApplies();
        implementedOn = d.implementedOn();
        status = d.status();
        documentLinks.clear();
        documentLinks.addAll(d.documentLinks());
        leadMember = d.leads().leadMember();
        leadDirector = d.leads().leadDirector();
        department = d.leads().department();
        contact = d.leads().contact();
        published = d.published();
        chairInformedOn = d.exceptionDetails().chairInformedOn();
        exceptionNoticeOn = d.exceptionDetails().publicNoticeOn();
        urgencyAgreedBy = d.exceptionDetails().urgencyAgreedBy();
        urgencyAgreedOn = d.exceptionDetails().urgencyAgreedOn();
        heldInPrivate = d.privateMeeting().heldInPrivate();
        privateIntentionOn = d.privateMeeting().intentionNoticeOn();
        privateReasonsOn = d.privateMeeting().reasonsNoticeOn();
        illustrative = d.illustrative();
    }

    CouncilDecisionDraft draft() {
        return new CouncilDecisionDraft(councilGss, reference, title, decisionMaker, decisionMakerDetail, meeting,
                decisionDate, keyDecision, keyDecisionReason, noticePublished, decisionDue, noticeException,
                noticeExceptionReason, exempt, exemptParagraph, decidedToJoin, decision, reasons, alternativesRejected,
                conflictsDeclared, dispensations, callInApplies, implementedOn, status, List.copyOf(documentLinks),
                new DecisionLeads(leadMember, leadDirector, department, contact), published,
                new ExceptionDetails(chairInformedOn, exceptionNoticeOn, urgencyAgreedBy, urgencyAgreedOn),
                new PrivateMeeting(heldInPrivate, privateIntentionOn, privateReasonsOn), illustrative);
    }

    /** The recorded fields by name, for the audit trail (the nested parts flattened, so a change names its field). */
    Map<String, Object> snapshot() {
        CouncilDecisionDraft d = draft();
        Map<String, Object> out = Changes.fields(d);
        out.remove("leads");
        out.remove("exceptionDetails");
        out.remove("privateMeeting");
        out.putAll(Changes.fields(d.leads()));
        out.putAll(Changes.fields(d.exceptionDetails()));
        Changes.fields(d.privateMeeting()).forEach((k, v) -> out.put("privateMeeting." + k, v));
        return out;
    }
}
