package plv.commissioning.web.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plv.commissioning.api.Contract;

/**
 * Contracts shaped as Open Contracting Data Standard 1.1.5 {@code contracts}: id, title, description, status,
 * period {startDate, endDate, maxExtentDate}, value {amount, currency}, dateSigned. {@code period.endDate} is the end
 * with the options taken up so far. A withheld (exempt) value is left out, as OCDS leaves out what is not published.
 */
final class OcdsContracts {

    private OcdsContracts() {
    }

    static Map<String, Object> release(String programmeId, List<Contract> contracts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("programme", programmeId);
        out.put("contracts", contracts.stream().map(OcdsContracts::contract).toList());
        return out;
    }

    static Map<String, Object> contract(Contract c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.reference());
        m.put("title", c.title());
        if (!c.description().isEmpty()) {
            m.put("description", c.description());
        }
        m.put("status", c.status().id());
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("startDate", c.startDate().toString());
        period.put("endDate", c.currentEndDate().toString());
        period.put("maxExtentDate", c.maxExtentDate().toString());
        m.put("period", period);
        if (!c.valuesWithheld()) {
            m.put("value", Map.of("amount", BigDecimal.valueOf(c.valuePence(), 2), "currency", "GBP"));
        }
        if (c.dateSigned() != null) {
            m.put("dateSigned", c.dateSigned().toString());
        }
        return m;
    }
}
