package org.steward.mpi.core.compare;

import java.io.Serializable;
import java.util.List;
import org.steward.mpi.core.StandardPatient;

/**
 * Compares one field of two registrations into a comparison level. Level 0 is always
 * {@link #MISSING} (neutral: weight 0), level 1 always exact agreement, the last level always
 * disagreement; the levels between are partial agreements, best first.
 */
public interface FieldComparator extends Serializable {

    int MISSING = 0;
    int EXACT = 1;

    /** The field name as in config (first_name, birth_date, ...). */
    String field();

    /** Level names, index = level. */
    List<String> levels();

    int level(StandardPatient a, StandardPatient b);

    /**
     * The value whose frequency in the data adjusts the weight of exact agreement (agreeing on a
     * common surname says less than on a rare one); null when the field is not adjusted.
     */
    default String frequencyValue(StandardPatient p) {
        return null;
    }
}
