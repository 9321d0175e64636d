package org.steward.mpi.core.golden;

/** A column of mpi/golden_patient and the Java type of its values (String, LocalDate or Long). */
public record GoldenColumn(String name, Class<?> type) {
}
