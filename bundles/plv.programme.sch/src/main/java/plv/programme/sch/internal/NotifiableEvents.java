package plv.programme.sch.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The serious events a children's home must notify, and to whom: the Children's Homes (England) Regulations 2015,
 * regulation 40 (SI 2015/541), as read at legislation.gov.uk. See docs/rules/sch-inspections-and-incidents.md.
 */
public final class NotifiableEvents {

    private NotifiableEvents() {
    }

    /** Who may be told. */
    public enum Body {
        HMCI("Ofsted (HMCI)"), PLACING_AUTHORITY("The placing authority"), SECRETARY_OF_STATE("The Secretary of State"),
        HOST_AUTHORITY("The local authority where the home is"), ICB("The integrated care board for the home's area"),
        PPO("The Prisons and Probation Ombudsman"), POLICE("The police"), OTHER_RELEVANT("Another relevant person");

        final String label;

        Body(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The categories of reg 40, each with the paragraph it comes from and the bodies that paragraph names. */
    public enum Category {
        DEATH("Death of a child", "reg 40(1)", EnumSet.of(Body.HMCI, Body.PLACING_AUTHORITY, Body.SECRETARY_OF_STATE, Body.HOST_AUTHORITY,
                Body.ICB, Body.PPO)),
        WORKER_REFERRAL("Referral of a person working in the home (s35 Safeguarding Vulnerable Groups Act 2006)", "reg 40(3)",
                EnumSet.of(Body.HMCI, Body.PLACING_AUTHORITY)),
        SEXUAL_EXPLOITATION("Child involved in or subject to (or suspected of) sexual exploitation", "reg 40(4)(a)", EnumSet.of(Body.HMCI)),
        SERIOUS_POLICE_INCIDENT("Serious incident requiring police involvement", "reg 40(4)(b)", EnumSet.of(Body.HMCI)),
        ALLEGATION_OF_ABUSE("Allegation of abuse against the home or a person working there", "reg 40(4)(c)", EnumSet.of(Body.HMCI)),
        CHILD_PROTECTION_ENQUIRY("Child protection enquiry", "reg 40(4)(d)", EnumSet.of(Body.HMCI)),
        OTHER_SERIOUS("Other serious event the home judges notifiable", "reg 40 (the home's judgement)", EnumSet.noneOf(Body.class));

        final String label;
        final String source;
        final Set<Body> required;

        Category(String label, String source, Set<Body> required) {
            this.label = label;
            this.source = source;
            this.required = required;
        }

        public String label() {
            return label;
        }

        public String source() {
            return source;
        }

        /**
         * The bodies the paragraph names: each must be told "without delay". Each paragraph also names "each other
         * relevant person", which the home decides case by case; those are recorded as {@link Body#OTHER_RELEVANT}.
         * Death: the Secretary of State only when not the placing authority, the host authority only when not the
         * placing authority; both are listed, and the officer records the one told.
         */
        public Set<Body> required() {
            return required;
        }
    }
}
