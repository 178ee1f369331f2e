package plv.membership.api;

import java.math.BigDecimal;
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

    /** Sets (adds or corrects) one month's value. */
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
