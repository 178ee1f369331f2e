package plv.commissioning.api;

import java.util.List;

import plv.platform.api.RegisterDescriptor;

/** Where the commissioning registers of a programme live on the web, for programme bundles to name in their registers. */
public final class CommissioningPaths {

    private CommissioningPaths() {
    }

    /** e.g. {@code /commissioning/secure-childrens-home/risks}. */
    public static String risks(String programmeId) {
        return "/commissioning/" + programmeId + "/risks";
    }

    public static String contracts(String programmeId) {
        return "/commissioning/" + programmeId + "/contracts";
    }

    /** The contract register and the risk log, as a programme lists them in {@link plv.platform.api.Programme#registers()}. */
    public static List<RegisterDescriptor> registers(String programmeId) {
        return List.of(new RegisterDescriptor("contracts", "Contract register", contracts(programmeId)),
                new RegisterDescriptor("risks", "Risk log", risks(programmeId)));
    }

    /**
     * Whether {@code actor} may open a programme's registers (commissioning officers, the secretary and directors), so
     * a page shows links to them only to those who may follow them.
     */
    public static boolean mayRead(plv.platform.api.Actor actor) {
        return actor.in(plv.platform.api.RoleGroup.REGISTER_READERS);
    }
}
