package plv.membership.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The timeline follows the seeds: "PLV Members' Agreement 2023" (1 April 2023 to 31 March 2028, break after year 3,
 * renewal every 10 years with a break after year 5, renewal subject to ratification; seed 000); by November 2023, 31
 * authorities had agreed in principle to join and the remaining 2 had committed to collaborative commissioning and
 * potential future membership (seed 004); the £20,000 fee subject to inflation adjustment (seed 000). Everything
 * later is illustrative and says so in the record: the signing dates (from April 2024), the ratifications of the
 * renewal (autumn 2026, after the refreshed business case at the break point; two authorities left unratified to
 * show the rule), which 2 authorities are "committed", 6 months' notice on a working day, the fee starting on
 * 1 April 2028 (the home's construction completes at the end of 2027, seed 004), and the CPI values (a sample, not
 * ONS figures). The user guide lists the same.
 */
@Component(immediate = true)
public class DemoData {

    static final String TEMPLATE = "PLV Members' Agreement 2023";
    static final AgreementTerms TERMS = new AgreementTerms(LocalDate.of(2023, 4, 1), 5, 3, 10, 5, 6, true);
    /** The demo's two authorities "committed to collaborative commissioning and potential future membership". */
    static final Set<String> COMMITTED = Set.of("E09000001", "E09000027");
    /** Two members whose renewal the demo leaves unratified (illustrative): their membership ends on 31 March 2028. */
    static final Set<String> NOT_RATIFIED = Set.of("E09000004", "E09000026");
    /** The seed 004 bulletin: the status of every authority as reported in November 2023. */
    static final LocalDate BULLETIN = LocalDate.of(2023, 11, 1);
    static final String ILLUSTRATIVE = "illustrative date, not from the seeds";
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
            int i = 0;
            for (MemberEntity m : Registry.all(em)) {
                if (COMMITTED.contains(m.gssCode)) {
                    Registry.appendStatus(em, audit, system, m, MembershipStatus.COMMITTED, BULLETIN,
                            "Committed to collaborative commissioning and potential future membership (ALDCS bulletin,"
                                    + " November 2023, seed 004)", today);
                    continue;
                }
                Registry.appendStatus(em, audit, system, m, MembershipStatus.AGREED_IN_PRINCIPLE, BULLETIN,
                        "Agreed in principle to join the PLV (ALDCS bulletin, November 2023: 31 authorities, seed 004)",
                        today);
                // illustrative: signings spread over April to September 2024, one month per sixth of the members
                LocalDate signed = LocalDate.of(2024, 4, 1).plusMonths(i % 6);
                i++;
                AgreementEntity a = new AgreementEntity();
                a.memberId = m.id;
                a.templateId = t.id;
                a.terms = TermColumns.of(TERMS);
                a.joinedOn = signed;
                em.persist(a);
                em.flush();
                audit.record("create", "member-agreement", m.gssCode, Map.of("template", FieldChange.of(null, TEMPLATE)));
                event(em, data, a, AgreementEventType.SIGNED, signed, null, "Director of Children's Services (demo)",
                        "Signed (" + ILLUSTRATIVE + ")", null);
                audit.record("signed", "member-agreement", m.gssCode, Map.of("date", FieldChange.of(null, signed)));
                Registry.appendStatus(em, audit, system, m, MembershipStatus.MEMBER, signed,
                        "Agreement signed (" + ILLUSTRATIVE + ")", today);
                if (!NOT_RATIFIED.contains(m.gssCode)) {
                    LocalDate ratified = LocalDate.of(2026, 9, 1).plusDays(7L * (i % 8));
                    AgreementEventEntity r = event(em, data, a, AgreementEventType.RENEWED, ratified,
                            TERMS.termStart().plusYears(TERMS.initialTermYears()), "Cabinet (demo)",
                            "Renewal from 2028-04-01 ratified (" + ILLUSTRATIVE + ")", "DEMO-" + m.gssCode + "-RENEWAL");
                    audit.record("ratify-renewal", "member-agreement", m.gssCode,
                            Map.of("decisionReference", FieldChange.of(null, r.decisionRef)));
                }
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

    private static AgreementEventEntity event(jakarta.persistence.EntityManager em, MembershipStore data,
            AgreementEntity a, AgreementEventType type, LocalDate on, LocalDate effectiveOn, String by, String reason,
            String decisionRef) {
        AgreementEventEntity e = new AgreementEventEntity();
        e.agreementId = a.id;
        e.type = type;
        e.eventDate = on;
        e.effectiveOn = effectiveOn;
        e.byWhom = by;
        e.reason = reason;
        e.decisionRef = decisionRef;
        e.recordedBy = Actor.system().username();
        e.recordedAt = data.now();
        em.persist(e);
        return e;
    }
}
