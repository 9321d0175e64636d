package org.steward.sampledata;

import java.time.LocalDate;
import java.util.Map;

/**
 * The retention rules config/retention.yml ships (issue 14's figures), restated here so the ground truth is
 * worked out independently of the job it checks: a federal floor of 10 years after the last date of service for
 * a state with no rule (or an unknown state); California 7 years, a minor's record until 19 (age of majority 18
 * plus one year) when that is later; Texas 10 years; New York 6 years.
 */
final class RetentionTruth {

    static final int FLOOR_YEARS = 10;

    /** adult years, age of majority (0: no minors rule), years after majority. */
    private static final Map<String, int[]> STATES = Map.of(
            "CA", new int[] {7, 18, 1},
            "TX", new int[] {10, 0, 0},
            "NY", new int[] {6, 0, 0});

    /** One record's own retention: the date (null without a date of service) and the rule's name, as the job names it. */
    record Decision(LocalDate until, String rule) {
    }

    private RetentionTruth() {
    }

    /** @param state null when the facility is not in facilities.csv; birth null when unknown */
    static Decision decide(String state, LocalDate lastService, LocalDate birth) {
        if (lastService == null) {
            return new Decision(null, "no_service_date");
        }
        int[] rule = state == null ? null : STATES.get(state);
        if (rule == null) {
            return new Decision(lastService.plusYears(FLOOR_YEARS),
                    state == null ? "federal.floor.unknown_state" : "federal.floor.no_state_rule");
        }
        LocalDate adult = lastService.plusYears(rule[0]);
        if (rule[1] > 0 && birth != null && age(birth, lastService) < rule[1]) {
            LocalDate minor = birth.plusYears(rule[1] + rule[2]);
            if (minor.isAfter(adult)) {
                return new Decision(minor, state + ".minor");
            }
        }
        return new Decision(adult, state + ".adult");
    }

    private static int age(LocalDate birth, LocalDate on) {
        int years = on.getYear() - birth.getYear();
        boolean before = on.getMonthValue() < birth.getMonthValue()
                || (on.getMonthValue() == birth.getMonthValue() && on.getDayOfMonth() < birth.getDayOfMonth());
        return before ? years - 1 : years;
    }
}
