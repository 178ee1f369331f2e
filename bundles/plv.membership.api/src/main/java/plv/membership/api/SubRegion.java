package plv.membership.api;

/** The five London sub-regions used in children's commissioning (the footprints of the five NHS ICSs). */
public enum SubRegion {
    NEL("North East London"), NCL("North Central London"), NWL("North West London"), SEL("South East London"),
    SWL("South West London");

    private final String label;

    SubRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
