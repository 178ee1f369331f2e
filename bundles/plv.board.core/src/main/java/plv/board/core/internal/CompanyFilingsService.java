package plv.board.core.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.BoardDeadline;
import plv.board.api.CompanyFiling;
import plv.board.api.CompanyFilings;
import plv.platform.api.Actor;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.Store;

/** Confirmation statements and accounts: what was filed, and the next deadline of each (see {@link FilingCalendar}). */
@Component(service = CompanyFilings.class, configurationPid = "plv.board.company")
public final class CompanyFilingsService implements CompanyFilings {
    private final Store store;
    private final LocalDate incorporatedOn;
    private final MonthDay referenceDate;

    @Activate
    public CompanyFilingsService(@Reference BoardUnit unit, CompanyConfig config) {
        this.store = unit.store;
        try {
            this.incorporatedOn = LocalDate.parse(config.incorporatedOn().trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("incorporatedOn", "'" + config.incorporatedOn() + "' is not a date (YYYY-MM-DD).");
        }
        try {
            this.referenceDate = MonthDay.parse("--" + config.accountingReferenceDate().trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("accountingReferenceDate", "'" + config.accountingReferenceDate()
                    + "' is not a month and day (MM-DD, e.g. 03-31).");
        }
    }

    @Override
    public List<CompanyFiling> filings(Actor actor) {
        Check.signedIn(actor);
        return store.read(em -> em.createQuery("select f from FilingEntity f order by f.madeUpTo desc, f.id desc",
                FilingEntity.class).getResultList().stream().map(CompanyFilingsService::record).toList());
    }

    @Override
    public CompanyFiling record(Actor actor, CompanyFiling.Kind kind, LocalDate madeUpTo, LocalDate filedOn) {
        Check.secretary(actor);
        new Check().required("kind", kind, "What was filed").required("madeUpTo", madeUpTo, "The date it is made up to")
                .required("filedOn", filedOn, "The date it was delivered")
                .that(madeUpTo == null || !madeUpTo.isBefore(incorporatedOn), "madeUpTo",
                        "The company was incorporated on " + incorporatedOn + "; a filing cannot be made up to an earlier date.")
                .orThrow();
        return store.write(actor, (em, audit) -> {
            FilingEntity f = new FilingEntity();
            f.kind = kind.name();
            f.madeUpTo = madeUpTo;
            f.filedOn = filedOn;
            em.persist(f);
            em.flush();
            audit.record("record-filing", "company-filing", f.id, Map.of("kind", FieldChange.of(null, f.kind),
                    "madeUpTo", FieldChange.of(null, madeUpTo), "filedOn", FieldChange.of(null, filedOn)));
            return record(f);
        });
    }

    @Override
    public List<BoardDeadline> nextDeadlines(Actor actor) {
        Check.signedIn(actor);
        List<CompanyFiling> done = filings(actor);
        LocalDate lastConfirmation = latest(done, CompanyFiling.Kind.CONFIRMATION_STATEMENT);
        LocalDate lastAccounts = latest(done, CompanyFiling.Kind.ACCOUNTS);
        return deadlines(incorporatedOn, referenceDate, lastConfirmation, lastAccounts);
    }

    static List<BoardDeadline> deadlines(LocalDate incorporatedOn, MonthDay referenceDate, LocalDate lastConfirmation,
            LocalDate lastAccounts) {
        List<BoardDeadline> due = new ArrayList<>();
        LocalDate reviewEnd = FilingCalendar.reviewPeriodEnd(incorporatedOn, lastConfirmation);
        due.add(new BoardDeadline(FilingCalendar.confirmationStatementDue(reviewEnd), BoardDeadline.Kind.CONFIRMATION_STATEMENT,
                "Deliver the confirmation statement (CS01) for the review period ending " + reviewEnd, "/board/filings"));
        LocalDate periodEnd = FilingCalendar.nextPeriodEnd(incorporatedOn, referenceDate, lastAccounts);
        due.add(new BoardDeadline(FilingCalendar.accountsDue(incorporatedOn, periodEnd), BoardDeadline.Kind.ACCOUNTS_FILING,
                "File the accounts for the period ending " + periodEnd + " at Companies House", "/board/filings"));
        return due;
    }

    private static LocalDate latest(List<CompanyFiling> filings, CompanyFiling.Kind kind) {
        return filings.stream().filter(f -> f.kind() == kind).map(CompanyFiling::madeUpTo).max(LocalDate::compareTo).orElse(null);
    }

    private static CompanyFiling record(FilingEntity f) {
        return new CompanyFiling(f.id, CompanyFiling.Kind.valueOf(f.kind), f.madeUpTo, f.filedOn);
    }
}
