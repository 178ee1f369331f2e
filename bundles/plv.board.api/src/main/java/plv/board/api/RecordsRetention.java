package plv.board.api;

import java.io.InputStream;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The board's records kept for at least ten years (Companies Act 2006 s248: minutes of directors' meetings; s355:
 * records of members' resolutions and general meetings): a company secretary exports a year's records as a zip with
 * a manifest of SHA-256s, and checks an export later against its manifest. Both are for the company secretary only
 * and both are audited.
 */
@ProviderType
public interface RecordsRetention {

    /** The name of the manifest inside an export. */
    String MANIFEST = "manifest.csv";

    /**
     * Writes the records of calendar year {@code year} to {@code out} as a zip, entry by entry (nothing is built in
     * memory): every approved version of the minutes of each meeting held that year in both editions (the signed PDFs
     * as kept), the agenda pack of each such meeting whose agenda was published in both editions, and each written
     * resolution passed that year as a PDF/A record; then {@value #MANIFEST} with each entry's path, size, SHA-256,
     * kind and dates. Does not close {@code out}.
     *
     * @throws plv.platform.api.AccessDeniedException unless {@code actor} is the company secretary
     * @throws plv.platform.api.ValidationException   ("year") for a year before 2000 or after 9999
     */
    RecordsExport export(plv.platform.api.Actor actor, int year, OutputStream out);

    /**
     * Checks an export read from {@code zip} against its manifest: each entry OK, changed (size or SHA-256 differ),
     * missing (in the manifest, not in the zip) or extra (in the zip, not in the manifest).
     *
     * @throws plv.platform.api.AccessDeniedException unless {@code actor} is the company secretary
     * @throws plv.platform.api.ValidationException   ("file") when the upload is not a zip
     */
    ExportVerification verify(plv.platform.api.Actor actor, InputStream zip);
}
