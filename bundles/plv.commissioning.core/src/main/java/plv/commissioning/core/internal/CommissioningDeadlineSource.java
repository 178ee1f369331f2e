package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.ContractNotice;
import plv.commissioning.api.ContractNotices;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.KeyDate;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;

/**
 * Every programme's register dates on the suite's deadlines page, dashboard and calendar feed, for those who may read
 * the registers: each risk's next review (overdue until reviewed), contract ends and reviews, and the date by which an
 * open extension option must be decided, the last day of each risk acceptance (overdue, once ended, until the risk is
 * reviewed or accepted again) and the Procurement Act 2023 notices due (overdue until published). A programme bundle gets these without code of its own; its name (from the
 * {@link ProgrammeRegistry}) is the area they are filed under.
 */
@Component(service = DeadlineSource.class)
public class CommissioningDeadlineSource implements DeadlineSource {

    /** How far back an overdue risk review is still looked for. */
    static final int OVERDUE_YEARS = 10;
    private final ContractRegister contracts;
    private final RiskLog risks;
    private final ProgrammeRegistry programmes;
    private final ContractNotices notices;

    @Activate
    public CommissioningDeadlineSource(@Reference ContractRegister contracts, @Reference RiskLog risks,
            @Reference ProgrammeRegistry programmes, @Reference ContractNotices notices) {
        this.notices = notices;
        this.contracts = contracts;
        this.risks = risks;
        this.programmes = programmes;
    }

    @Override
    public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate until) {
        if (!CommissioningPaths.mayRead(actor)) {
            return List.of();
        }
        Function<String, String> area = id -> programmes.programme(id).map(p -> p.descriptor().name()).orElse(id);
        List<Deadline> out = new ArrayList<>();
        risks.reviewsDue(actor, from.minusYears(OVERDUE_YEARS), until).forEach(k -> out.add(deadline(k, area.apply(k.programmeId()))));
        contracts.keyDates(actor, from, until).forEach(k -> out.add(deadline(k, area.apply(k.programmeId()))));
        risks.acceptancesEnding(actor, until).forEach(k -> out.add(deadline(k, area.apply(k.programmeId()))));
        notices.due(actor, until).forEach(n -> out.add(deadline(n, area.apply(n.programmeId()))));
        return out;
    }

    /**
     * A key date as a deadline. A risk review stays, overdue, until it is recorded; its UID names the risk and not the
     * date, so a calendar moves the event when the review date moves rather than adding another.
     */
    static Deadline deadline(KeyDate k, String area) {
        String label = switch (k.kind()) {
            case RISK_REVIEW -> "Risk review due";
            case CONTRACT_END -> "Contract ends";
            case CONTRACT_REVIEW -> "Contract review";
            case EXTENSION_DECISION -> "Extension decision due";
            case ACCEPTANCE_ENDS -> "Risk acceptance ends";
        };
        String uid = k.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + k.programmeId() + "-" + k.reference()
                + (k.kind() == KeyDate.Kind.EXTENSION_DECISION ? "-" + Integer.toHexString(k.title().hashCode()) : "")
                + "@commissioning.plv.london";
        return new Deadline(k.date(), area, label, k.title(), k.path(), uid, null,
                k.kind() == KeyDate.Kind.RISK_REVIEW || k.kind() == KeyDate.Kind.ACCEPTANCE_ENDS);
    }

    /** A notice not yet published: due on its due date, overdue after it until it is recorded as published. */
    static Deadline deadline(ContractNotice n, String area) {
        String uid = "notice-" + n.kind().id() + "-" + n.programmeId() + "-" + n.contractReference() + "-" + n.eventDate()
                + "@commissioning.plv.london";
        return new Deadline(n.dueDate(), area, "Procurement Act notice due", "Publish the " + n.kind().label().toLowerCase(Locale.UK)
                + " (" + n.kind().section() + ") of " + n.contractReference() + ": " + n.contractTitle(),
                "/contract-notices/" + n.programmeId() + "/" + n.contractId(), uid, null, true);
    }
}
