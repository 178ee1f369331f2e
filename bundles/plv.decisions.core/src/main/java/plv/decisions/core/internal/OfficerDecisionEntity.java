package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import plv.decisions.api.OfficerDecisionDraft;
import plv.decisions.api.ReviewStatus;

/** Table DEC_OFFICER_DECISION. */
@Entity
@Table(name = "DEC_OFFICER_DECISION")
class OfficerDecisionEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Version long version;
    @Column(name = "DELEGATION_ID") long delegationId;
    @Column(name = "COUNCIL_GSS") String councilGss;
    @Column(name = "DECISION_DATE") LocalDate decisionDate;
    String title;
    @Column(name = "DECISION_TEXT") String decision;
    String reasons;
    @Column(name = "ALTERNATIVES_REJECTED") String alternativesRejected;
    @Column(name = "OFFICER_NAME") String officerName;
    @Column(name = "OFFICER_POST") String officerPost;
    @Column(name = "CONFLICTS_DECLARED") String conflictsDeclared;
    String dispensations;
    @Column(name = "VALUE_PENCE") Long valuePence;
    boolean exempt;
    @Column(name = "EXEMPT_PARAGRAPH") Integer exemptParagraph;
    @Column(name = "RECORDED_ON") LocalDate recordedOn;
    @Enumerated(EnumType.STRING) @Column(name = "REVIEW_STATUS") ReviewStatus reviewStatus;
    @Column(name = "REVIEW_DUE") LocalDate reviewDue;
    @Column(name = "OPEN_QUERY") String openQuery;
    @Column(name = "QUERY_ANSWER") String queryAnswer;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEC_CONSULTATION", joinColumns = @JoinColumn(name = "OFFICER_DECISION_ID"))
    @OrderColumn(name = "POS")
    List<ConsultationValue> consultations = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEC_OFFICER_DOCUMENT", joinColumns = @JoinColumn(name = "OFFICER_DECISION_ID"))
    @OrderColumn(name = "POS") @Column(name = "DOCUMENT")
    List<String> documents = new ArrayList<>();
    String matter;
    @Column(name = "PUBLISHED_ON") LocalDate publishedOn;

    void apply(OfficerDecisionDraft d) {
        decisionDate = d.decisionDate();
        title = d.title();
        decision = d.decision();
        reasons = d.reasons();
        alternativesRejected = d.alternativesRejected();
        officerName = d.officerName();
        officerPost = d.officerPost();
        conflictsDeclared = d.conflictsDeclared();
        dispensations = d.dispensations();
        valuePence = d.valuePence();
        exempt = d.exempt();
        exemptParagraph = d.exemptParagraph();
        consultations.clear();
        d.consultations().forEach(c -> consultations.add(ConsultationValue.of(c)));
        documents.clear();
        documents.addAll(d.documents());
        matter = d.matter();
        publishedOn = d.publishedOn();
    }

    OfficerDecisionDraft draft() {
        return new OfficerDecisionDraft(decisionDate, title, decision, reasons, alternativesRejected, officerName,
                officerPost, consultations.stream().map(ConsultationValue::toRecord).toList(), conflictsDeclared,
                dispensations, List.copyOf(documents), valuePence, exempt, exemptParagraph, matter, publishedOn);
    }
}
