package plv.membership.core.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A weighting (MEM_WEIGHTING). */
@Entity
@Table(name = "MEM_WEIGHTING")
public class WeightingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String code;
    String name;
    @Version
    long version;
}
