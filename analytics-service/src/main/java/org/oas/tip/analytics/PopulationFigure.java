package org.oas.tip.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;

/** The population of one country in one year, as the secretariat loaded it. */
@Entity
@Table(name = "population")
@IdClass(PopulationFigure.Key.class)
public class PopulationFigure {

    @Id
    @Column(columnDefinition = "bpchar", length = 3)
    public String country;

    @Id
    public int year;

    public long population;

    /** Where the figure comes from, e.g. "UN DESA World Population Prospects 2024". */
    public String source;

    @Version
    public int version;

    /** Country and year. */
    public record Key(String country, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
