package plv.itest.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An entity owned by the test bundle, to exercise a persistence unit like any area bundle's. */
@Entity
@Table(name = "IT_NOTE")
public class Note {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "TITLE", nullable = false)
    public String title;

    @Column(name = "BODY")
    public String body;

    @Version
    @Column(name = "VERSION")
    public long version;
}
