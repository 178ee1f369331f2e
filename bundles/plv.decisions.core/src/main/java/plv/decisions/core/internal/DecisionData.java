package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import plv.decisions.api.LondonAuthorities;
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;
import plv.platform.api.time.BankHolidays;
import plv.platform.api.time.PlvClock;
import plv.platform.api.time.WorkingDays;

/**
 * The decisions bundle's persistence unit and date rules, shared by its services. Registered under this private type
 * so only this bundle's components can use it.
 */
@Component(service = DecisionData.class, configurationPid = DecisionSettings.PID)
@Designate(ocd = DecisionSettings.class)
public class DecisionData {

    static final List<Class<?>> ENTITIES = List.of(CouncilDecisionEntity.class, DelegationEntity.class,
            OfficerDecisionEntity.class, ReviewEntity.class, ConsultationValue.class, CheckValues.Consultee.class,
            CheckValues.Condition.class, CheckValues.Failed.class);
    static final String MIGRATIONS = "db/migration";

    final Store store;
    final DecisionRules rules;
    final LondonAuthorities authorities;
    final PlvClock clock;

    @Activate
    public DecisionData(BundleContext context, @Reference PersistenceUnits units, @Reference LondonAuthorities authorities,
            @Reference PlvClock clock, DecisionSettings settings) {
        this(units.open(new UnitSpec(context.getBundle(), ENTITIES, MIGRATIONS)), rules(settings), authorities, clock);
    }

    DecisionData(Store store, DecisionRules rules, LondonAuthorities authorities, PlvClock clock) {
        this.store = store;
        this.rules = rules;
        this.authorities = authorities;
        this.clock = clock;
    }

    static DecisionRules rules(DecisionSettings s) {
        return new DecisionRules(calendar(s.extraBankHolidays(), s.movedBankHolidays()), s.callInWorkingDays(),
                councilCallIn(s.councilCallInWorkingDays()), s.reviewWorkingDays(), s.publicationWorkingDays());
    }

    /** Reads {@code E09000010=5} entries; a malformed entry is refused naming it and showing the form. */
    static Map<String, Integer> councilCallIn(String[] entries) {
        Map<String, Integer> out = new HashMap<>();
        for (String e : entries == null ? new String[0] : entries) {
            if (e == null || e.isBlank()) {
                continue;
            }
            String[] parts = e.split("=");
            try {
                if (parts.length != 2 || !parts[0].strip().matches("E0900000[1-9]|E090000[1-2][0-9]|E0900003[0-3]")) {
                    throw new NumberFormatException();
                }
                int days = Integer.parseInt(parts[1].strip());
                if (days < 0) {
                    throw new NumberFormatException();
                }
                out.put(parts[0].strip(), days);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("councilCallInWorkingDays entry '" + e
                        + "' must read GSS=working days for a London authority, e.g. E09000010=5");
            }
        }
        return out;
    }

    /** The suite's one calendar, with any one-off holidays configured here before the platform knows them. */
    static WorkingDays calendar(String[] extra, String[] moved) {
        return new WorkingDays(BankHolidays.englandAndWales().withChanges(
                extra == null ? List.of() : List.of(extra), moved == null ? List.of() : List.of(moved)));
    }

    LocalDate today() {
        return clock.today();
    }

    String councilName(String gss) {
        return authorities.byGss(gss).map(a -> a.name()).orElse(gss);
    }

    @Deactivate
    void close() {
        store.close();
    }
}
