package plv.decisions.api;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * Imports council decision records from a CSV file or from committee-system XML (schema in
 * {@code docs/decisions-import.md} of the decisions bundle). All or nothing: a file with any bad row saves nothing.
 */
@ProviderType
public interface DecisionImport {

    /** CSV with a header row of the column names listed in the documentation; UTF-8. */
    ImportResult importCsv(Actor actor, InputStream csv);

    /** XML {@code <decisions><decision>...</decision></decisions>}; UTF-8. */
    ImportResult importXml(Actor actor, InputStream xml);
}
