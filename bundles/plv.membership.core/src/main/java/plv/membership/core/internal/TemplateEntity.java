package plv.membership.core.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An agreement template (MEM_AGREEMENT_TEMPLATE). */
@Entity
@Table(name = "MEM_AGREEMENT_TEMPLATE")
public class TemplateEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String name;
    @Embedded
    TermColumns terms;
    @Version
    long version;
}
