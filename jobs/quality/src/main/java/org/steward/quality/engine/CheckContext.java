package org.steward.quality.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.steward.quality.reference.ReferenceCatalog;

/** What checks are compiled against besides their own parameters: the run date and the reference data held. */
record CheckContext(LocalDate asOf, Set<Integer> icd10cmYears, Set<Integer> icd10pcsYears, Set<Integer> drgYears,
                    List<String> placeholderSsns) {

    static CheckContext of(LocalDate asOf, ReferenceCatalog catalog) {
        return new CheckContext(asOf, Set.copyOf(catalog.icd10cmYears()), Set.copyOf(catalog.icd10pcsYears()),
                Set.copyOf(catalog.drgYears()), List.copyOf(catalog.placeholderSsns()));
    }
}
