package plv.programme.sch.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The closed lists the programme records instead of free text: no child is described in words that could identify them. */
public final class Kinds {

    private Kinds() {
    }

    /** The home's two units (seed 004: 24 secure places and a 4-bed step-down home). */
    public enum Unit {
        SECURE("Secure unit"), STEP_DOWN("Step-down home");

        final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How soon a place is needed; only an emergency may use the emergency reserve (seed 000). */
    public enum Urgency {
        PLANNED("Planned (more than 7 days)"), URGENT("Urgent (within 7 days)"), EMERGENCY("Emergency (today)");

        final String label;

        Urgency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A referral's decision. */
    public enum Decision {
        WAITING("Waiting"), ACCEPTED("Accepted"), DECLINED("Declined");

        final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Needs in categories, never a description of the child. */
    public enum Need {
        SELF_HARM("Risk of self-harm or suicide"), EXPLOITATION("Criminal or sexual exploitation"), MISSING("Repeatedly going missing"),
        RISK_TO_OTHERS("Risk of harm to others"), MENTAL_HEALTH("Mental health needs"), SUBSTANCE_MISUSE("Substance misuse"),
        NEURODIVERSITY("Learning disability or autism"), EDUCATION("Out of education");

        final String label;

        Need(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Age in bands, never a date of birth. */
    public enum AgeBand {
        AGE_10_12("10 to 12"), AGE_13_14("13 to 14"), AGE_15_16("15 to 16"), AGE_17("17");

        final String label;

        AgeBand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The legal basis of a secure welfare placement (Children Act 1989 s25). */
    public enum LegalBasis {
        S25_ORDER("Secure accommodation order (s25 Children Act 1989)"),
        S25_72_HOURS("Without an order, up to 72 hours in 28 days (s25; reg 10 Children (Secure Accommodation) Regulations 1991)");

        final String label;

        LegalBasis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * An inspection judgement on Ofsted's four-point scale (Social Care Common Inspection Framework, SCCIF); below
     * good is {@link #REQUIRES_IMPROVEMENT} or {@link #INADEQUATE}.
     */
    public enum Judgement {
        OUTSTANDING("Outstanding"), GOOD("Good"), REQUIRES_IMPROVEMENT("Requires improvement to be good"), INADEQUATE("Inadequate");

        final String label;

        Judgement(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean belowGood() {
            return this == REQUIRES_IMPROVEMENT || this == INADEQUATE;
        }
    }

    /** The constant named by {@code text} (its name, any case, hyphens for underscores), if any. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(t)).findFirst();
    }
}
