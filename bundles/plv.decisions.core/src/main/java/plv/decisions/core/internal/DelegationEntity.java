package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import plv.decisions.api.Delegation;
import plv.decisions.api.DelegationDraft;

/** Table DEC_DELEGATION. */
@Entity
@Table(name = "DEC_DELEGATION")
class DelegationEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Version long version;
    @Column(name = "DECISION_ID") long decisionId;
    @Column(name = "COUNCIL_GSS") String councilGss;
    @Column(name = "OFFICER_POST") String officerPost;
    @Column(name = "OFFICER_NAME") String officerName;
    @Column(name = "SCOPE_TEXT") String scope;
    @Column(name = "FINANCIAL_LIMIT_PENCE") Long financialLimitPence;
    LocalDate expires;
    @Column(name = "FINAL_DETERMINATION") boolean finalDetermination;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEC_DELEGATION_CONSULTEE", joinColumns = @JoinColumn(name = "DELEGATION_ID"))
    @OrderColumn(name = "POS") @Column(name = "POST")
    List<String> consulteePosts = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEC_DELEGATION_CONDITION", joinColumns = @JoinColumn(name = "DELEGATION_ID"))
    @OrderColumn(name = "POS") @Column(name = "CONDITION_TEXT")
    List<String> conditions = new ArrayList<>();
    @Column(name = "STARTS_ON") LocalDate startsOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEC_DELEGATION_MATTER", joinColumns = @JoinColumn(name = "DELEGATION_ID"))
    @OrderColumn(name = "POS") @Column(name = "MATTER")
    List<String> matters = new ArrayList<>();

    void apply(DelegationDraft d) {
        officerPost = d.officerPost();
        officerName = d.officerName();
        scope = d.scope();
        financialLimitPence = d.financialLimitPence();
        expires = d.expires();
        finalDetermination = d.finalDetermination();
        consulteePosts.clear();
        consulteePosts.addAll(d.consulteePosts());
        conditions.clear();
        conditions.addAll(d.conditions());
        startsOn = d.startsOn();
        matters.clear();
        matters.addAll(d.matters());
    }

    DelegationDraft terms() {
        return new DelegationDraft(officerPost, officerName, List.copyOf(consulteePosts), scope, financialLimitPence,
                List.copyOf(conditions), expires, finalDetermination, startsOn, List.copyOf(matters));
    }

    Delegation toRecord() {
        return new Delegation(id, version, decisionId, councilGss, terms());
    }
}
