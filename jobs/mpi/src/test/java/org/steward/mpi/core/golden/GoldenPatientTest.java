package org.steward.mpi.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldenPatientTest {

    private static final GoldenPatient MARY = new GoldenPatient("E1", "MARY", "ANN", "JONES", "JR", "F",
            LocalDate.of(1970, 4, 5), "123456789", "7 NEW ST", "LYNN", "MA", "01901", "6175550001",
            "mary@example.org", 3, 2, LocalDate.of(2024, 1, 1));

    @Test
    void columnsNameEveryComponentInOrderWithItsValueType() throws Exception {
        RecordComponent[] components = GoldenPatient.class.getRecordComponents();
        assertThat(GoldenPatient.COLUMNS.stream().map(GoldenColumn::name))
                .containsExactlyElementsOf(Arrays.stream(components).map(c -> snake(c.getName())).toList());
        Object[] values = MARY.values();
        assertThat(values).hasSameSizeAs(components);
        for (int i = 0; i < components.length; i++) {
            assertThat(values[i]).as(GoldenPatient.COLUMNS.get(i).name())
                    .isEqualTo(components[i].getAccessor().invoke(MARY))
                    .isInstanceOf(GoldenPatient.COLUMNS.get(i).type());
        }
    }

    @Test
    void anEmptyFieldIsANullValue() {
        GoldenPatient bare = new GoldenPatient("E2", null, null, null, null, null, null, null, null, null, null,
                null, null, null, 1, 1, null);
        assertThat(Arrays.asList(bare.values()).subList(1, 14)).containsOnlyNulls();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase();
    }
}
