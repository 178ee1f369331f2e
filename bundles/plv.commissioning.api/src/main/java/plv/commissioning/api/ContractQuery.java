package plv.commissioning.api;

import java.util.Locale;

/**
 * A filter, sort and page of the contract register across programmes ({@link ContractRegister#search}). Every filter is
 * optional (null or empty: any).
 *
 * @param programmeId the programme
 * @param status      the OCDS status
 * @param route       the procurement route
 * @param supplier    the start of the supplier's name, any case ("care" finds "Care Homes Ltd" and "CareTech")
 * @param sort        the order; ties are broken by the record id, so pages never overlap
 * @param descending  true for the largest (latest) first
 * @param offset      rows to skip
 * @param limit       rows at most (1 to {@value #MAX_LIMIT})
 * @since 1.3
 */
public record ContractQuery(String programmeId, ContractStatus status, ProcurementRoute route, String supplier, Sort sort,
        boolean descending, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public ContractQuery {
        programmeId = programmeId == null || programmeId.isBlank() ? null : programmeId.strip();
        supplier = supplier == null ? "" : supplier.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? Sort.REFERENCE : sort;
        offset = Math.max(0, offset);
        limit = Math.min(MAX_LIMIT, Math.max(1, limit));
    }

    /** What the register can be sorted by. */
    public enum Sort {
        /** Programme, then reference. */
        REFERENCE,
        START,
        END,
        VALUE,
        SUPPLIER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static java.util.Optional<Sort> byId(String id) {
            return EnumIds.byId(values(), Sort::id, id);
        }
    }
}
