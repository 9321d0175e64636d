package org.steward.denials.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DenialMappingTest {

    private static final List<Category> CATEGORIES = List.of(new Category("doc", true, "him_coding", "documentation", 0.8),
            new Category("data", true, "billing", "none", 0.9), new Category("cob", true, "patient_access", "none", 0.7));

    private static DenialMapping mapping(ReasonRule... rules) {
        return new DenialMapping(CATEGORIES, List.of(rules), Set.of("CO-45", "PR-2"), Set.of("CR"));
    }

    @Test
    void theMostSpecificRuleWinsWhateverTheOrder() {
        DenialMapping mapping = mapping(new ReasonRule("*", "16", "*", "data", "missing_claim_data", 1),
                new ReasonRule("*", "16", "M127", "doc", "missing_documentation", 2),
                new ReasonRule("OA", "16", "*", "cob", "none", 3));
        assertThat(mapping.classify("CO", "16", "M127").category()).isEqualTo("doc");
        assertThat(mapping.classify("OA", "16", "M127").category()).as("an exact RARC beats an exact group").isEqualTo("doc");
        assertThat(mapping.classify("OA", "16", "N290").category()).isEqualTo("cob");
        assertThat(mapping.classify("CO", "16", "N290").category()).isEqualTo("data");
        assertThat(mapping.classify("CO", "16", null).category()).isEqualTo("data");
    }

    @Test
    void contractualPatientResponsibilityAndReversalsAreNotDenialsAndUnknownCodesAreUnmapped() {
        DenialMapping mapping = mapping(new ReasonRule("*", "197", "*", "data", "none", 1));
        assertThat(mapping.classify("CO", "45", "").denial()).isFalse();
        assertThat(mapping.classify("PR", "2", " ").denial()).isFalse();
        assertThat(mapping.classify("CR", "197", "").denial()).isFalse();
        assertThat(mapping.classify("PR", "45", "")).as("only the listed group-CARC pair is exempt")
                .isEqualTo(new DenialMapping.Reason(true, Category.UNMAPPED, Category.UNMAPPED));
        assertThat(mapping.classify(null, null, null).category()).isEqualTo(Category.UNMAPPED);
    }

    @Test
    void aRuleNamingAnUnknownCategoryIsRefused() {
        assertThatThrownBy(() -> mapping(new ReasonRule("*", "16", "*", "nope", "none", 7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 7");
    }
}
