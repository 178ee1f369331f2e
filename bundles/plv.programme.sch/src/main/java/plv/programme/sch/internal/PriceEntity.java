package plv.programme.sch.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Weekly prices from a date. */
@Entity
@Table(name = "PRG_SCH_PRICE")
public class PriceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "EFFECTIVE_FROM")
    LocalDate effectiveFrom;
    @Column(name = "MEMBER_WEEKLY_PENCE")
    long memberWeeklyPence;
    @Column(name = "NON_MEMBER_WEEKLY_PENCE")
    long nonMemberWeeklyPence;
    @Version
    @Column(name = "VERSION")
    long version;
}
