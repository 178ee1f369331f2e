package plv.board.api;

/** The office a person holds on the board. */
public enum DirectorRole {
    CHAIR("Chair"), VICE_CHAIR("Vice-chair"), DIRECTOR("Director"), COMPANY_SECRETARY("Company secretary");

    private final String label;

    DirectorRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
