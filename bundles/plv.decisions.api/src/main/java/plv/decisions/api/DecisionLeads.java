package plv.decisions.api;

/**
 * Who answers for a key decision, as a council's forward plan entry names them (seed 002, KD 5483: lead member
 * "Cabinet Member for Children's Services", lead director "Executive Director - People", department "People
 * Department", and a contact).
 *
 * @param leadMember   the lead cabinet member, or null
 * @param leadDirector the lead director, or null
 * @param department   the department, or null
 * @param contact      the contact officer (name, post, and how to reach them), or null
 */
public record DecisionLeads(String leadMember, String leadDirector, String department, String contact) {

    public static final DecisionLeads NONE = new DecisionLeads(null, null, null, null);
}
