package plv.membership.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import plv.membership.api.AgreementEventType;
import plv.membership.api.AgreementTerms;
import plv.membership.api.FundingModel;
import plv.membership.api.IndexMethod;
import plv.membership.api.MembershipStatus;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;
import plv.platform.api.audit.FieldChange;

/**
 * Records the demo when the framework property {@code plv.demo} is {@code true} and no authority has a status yet.
 * From the seeds: "PLV Members' Agreement 2023" (1 April 2023 to 31 March 2028, break after year 3, renewal every 10
 * years with a break after year 5; seed 000), 31 authorities that agreed in principle and 2 committed to collaborative
 * commissioning (seed 004), the £20,000 fee subject to inflation adjustment (seed 000). Assumptions the seeds leave
 * open, stated in the user guide: the 31 signed with effect from 1 April 2023; which 2 are "committed"; 6 months'
 * notice on a working day; the fee starts on 1 April 2028 (the home's construction completes at the end of 2027,
 * seed 004); CPI values are an illustrative sample, not ONS figures.
 */
@Component(immediate = true)
public class DemoData {

    static final String TEMPLATE = "PLV Members' Agreement 2023";
    static final AgreementTerms TERMS = new AgreementTerms(LocalDate.of(2023, 4, 1), 5, 3, 10, 5, 6, true);
    /** The demo's two authorities "committed to collaborative commissioning and potential future membership". */
    static final Set<String> COMMITTED = Set.of("E09000001", "E09000027");
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    @Activate
    public DemoData(BundleContext context, @Reference MembershipStore data, @Reference Database database) {
        if ("true".equalsIgnoreCase(context.getProperty("plv.demo"))) {
            // once per database: a node starting at the same moment waits, then finds the demo recorded
            database.exclusively("plv.membership.demo", () -> record(data));
        }
    }

    /**
     * Records the demo in one transaction (so a start with the demo stays quick and all-or-nothing) unless some
     * authority already has a status or a template exists; answers whether it did.
     */
    static boolean record(MembershipStore data) {
        Actor system = Actor.system();
        LocalDate today = data.today();
        boolean done = data.store().write(system, (em, audit) -> {
            long statuses = em.createQuery("select count(s) from StatusChangeEntity s", Long.class).getSingleResult();
            long templates = em.createQuery("select count(t) from TemplateEntity t", Long.class).getSingleResult();
            if (statuses > 0 || templates > 0) {
                return false;
            }
            TemplateEntity t = new TemplateEntity();
            t.name = TEMPLATE;
            t.terms = TermColumns.of(TERMS);
            em.persist(t);
            em.flush();
            audit.record("create", "agreement-template", t.id, TermsCheck.changes(null, TERMS));
            for (MemberEntity m : Registry.all(em)) {
                if (COMMITTED.contains(m.gssCode)) {
                    Registry.appendStatus(em, audit, system, m, MembershipStatus.COMMITTED, LocalDate.of(2023, 11, 1),
                            "Committed to collaborative commissioning and potential future membership (ALDCS bulletin, Nov 2023)",
                            today);
                    continue;
                }
                Registry.appendStatus(em, audit, system, m, MembershipStatus.AGREED_IN_PRINCIPLE, LocalDate.of(2023, 4, 1),
                        "Agreed in principle to join the PLV (ALDCS bulletin, Nov 2023: 31 authorities)", today);
                AgreementEntity a = new AgreementEntity();
                a.memberId = m.id;
                a.templateId = t.id;
                a.terms = TermColumns.of(TERMS);
                a.joinedOn = TERMS.termStart();
                em.persist(a);
                em.flush();
                audit.record("create", "member-agreement", m.gssCode, Map.of("template", FieldChange.of(null, TEMPLATE)));
                AgreementEventEntity e = new AgreementEventEntity();
                e.agreementId = a.id;
                e.type = AgreementEventType.SIGNED;
                e.eventDate = TERMS.termStart();
                e.byWhom = "Director of Children's Services (demo)";
                e.recordedBy = system.username();
                e.recordedAt = Instant.now();
                em.persist(e);
                audit.record("signed", "member-agreement", m.gssCode, Map.of("date", FieldChange.of(null, e.eventDate)));
                Registry.appendStatus(em, audit, system, m, MembershipStatus.MEMBER, TERMS.termStart(), "Agreement signed", today);
            }
            IndexSeriesEntity cpi = new IndexSeriesEntity();
            cpi.code = "CPI";
            cpi.name = "CPI (illustrative sample values, not ONS figures)";
            em.persist(cpi);
            em.flush();
            BigDecimal value = new BigDecimal("126.4");
            for (YearMonth ym = YearMonth.of(2023, 1); !ym.isAfter(YearMonth.of(2026, 10)); ym = ym.plusMonths(1)) {
                IndexValueEntity v = new IndexValueEntity();
                v.seriesId = cpi.id;
                v.month = ym.toString();
                v.value = value;
                em.persist(v);
                value = value.multiply(new BigDecimal("1.002")).setScale(1, RoundingMode.HALF_UP);
            }
            audit.record("import", "index-series", "CPI", Map.of("months", FieldChange.of(null, "2023-01 to 2026-10")));
            FeeScheduleEntity fee = new FeeScheduleEntity();
            fee.model = FundingModel.FIXED_FEE;
            fee.annualFeePence = 2_000_000;
            fee.triggerDate = LocalDate.of(2028, 4, 1);
            fee.seriesCode = "CPI";
            fee.referenceMonth = Month.JANUARY.getValue();
            fee.method = IndexMethod.YEAR_ON_YEAR;
            em.persist(fee);
            em.flush();
            audit.record("create", "fee-schedule", fee.id, Map.of("annualFee", FieldChange.of(null, "20000.00"),
                    "triggerDate", FieldChange.of(null, fee.triggerDate)));
            return true;
        });
        if (done) {
            LOG.info("Membership demo recorded: template '{}', 31 members, 2 committed", TEMPLATE);
        }
        return done;
    }
}
