package plv.membership.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** Index series and weightings the secretary keeps by hand or by CSV import. */
@ProviderType
public interface IndexSeriesRegister {

    List<IndexSeries> series();

    Optional<IndexSeries> series(String code);

    /**
     * Corrects a recorded month's value for the financial years starting on or after {@code effectiveFrom} (1 April);
     * earlier years keep the value they had. Refused when the month has no value yet (set it instead).
     */
    IndexSeries reviseValue(Actor actor, String code, YearMonth month, BigDecimal value, LocalDate effectiveFrom);

    /** Sets one month's value (adds it, or corrects it for every year). Use {@link #reviseValue} to keep earlier years. */
    IndexSeries setValue(Actor actor, String code, String name, YearMonth month, BigDecimal value);

    /**
     * Imports monthly values from CSV with header {@code month,value} ({@code 2024-01,131.5}). Any bad row is reported
     * in a {@code ValidationException} whose field is {@code line N: month} or {@code line N: value}; then nothing
     * of the file is saved.
     *
     * @return the number of values saved
     */
    int importSeries(Actor actor, String code, String name, String csv);

    List<Weighting> weightings();

    Optional<Weighting> weighting(String code);

    /** Imports weights from CSV with header {@code gss_code,weight}; all-or-nothing like {@link #importSeries}. */
    int importWeighting(Actor actor, String code, String name, String csv);
}
