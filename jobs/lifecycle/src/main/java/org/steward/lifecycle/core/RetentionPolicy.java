package org.steward.lifecycle.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every retention rule in force: the federal floor and each state's rule. Decides one record's retention date
 * in plain Java ({@link #decide}); the engines compute the same thing in SQL over a table of these rules, and a
 * test holds the two to each other.
 *
 * <p>Rule names (the {@code rule} column): {@code CA.adult}, {@code CA.minor}, {@code federal.floor} (the floor
 * was the latest, or applies everywhere), {@code federal.floor.no_state_rule}, {@code federal.floor.unknown_state},
 * {@code no_service_date}; a record kept longer because the MPI links it to a record in another state gets
 * {@code linked:} and the rule of that record.
 */
public final class RetentionPolicy {

    public static final String NO_SERVICE_DATE = "no_service_date";
    public static final String FEDERAL = "federal.floor";
    public static final String NO_STATE_RULE = "federal.floor.no_state_rule";
    public static final String UNKNOWN_STATE = "federal.floor.unknown_state";
    public static final String LINKED = "linked:";

    private final FederalFloor floor;
    private final Map<String, RetentionRule> states;

    public RetentionPolicy(FederalFloor floor, List<RetentionRule> rules) {
        this.floor = floor;
        Map<String, RetentionRule> byState = new TreeMap<>();
        for (RetentionRule rule : rules) {
            if (byState.put(rule.state(), rule) != null) {
                throw new IllegalArgumentException("state " + rule.state() + " has two rules");
            }
        }
        this.states = byState;
    }

    public FederalFloor floor() {
        return floor;
    }

    public List<RetentionRule> rules() {
        return List.copyOf(states.values());
    }

    public static String adult(String state) {
        return state + ".adult";
    }

    public static String minor(String state) {
        return state + ".minor";
    }

    /**
     * One record's own retention (before linked records in other states are considered).
     *
     * @param state       the facility's state, empty when the facility is not in facilities.csv
     * @param lastService the last date of service, empty when the record has none
     * @param birthDate   empty when unknown: the record is then judged as an adult's
     */
    public RetentionDecision decide(Optional<String> state, Optional<LocalDate> lastService, Optional<LocalDate> birthDate) {
        if (lastService.isEmpty()) {
            return new RetentionDecision(Optional.empty(), NO_SERVICE_DATE);
        }
        LocalDate served = lastService.get();
        LocalDate floorUntil = served.plusYears(floor.years());
        RetentionRule rule = state.map(states::get).orElse(null);
        if (rule == null) {
            return new RetentionDecision(Optional.of(floorUntil), state.isPresent() ? NO_STATE_RULE : UNKNOWN_STATE);
        }
        LocalDate until = served.plusYears(rule.adultYears());
        String name = adult(rule.state());
        if (rule.minors().isPresent() && birthDate.isPresent()) {
            RetentionRule.MinorsRule minors = rule.minors().get();
            LocalDate birth = birthDate.get();
            if (wholeYears(birth, served) < minors.ageOfMajority()) {
                LocalDate minorUntil = birth.plusYears(minors.ageOfMajority() + minors.yearsAfterMajority());
                if (minorUntil.isAfter(until)) {
                    until = minorUntil;
                    name = minor(rule.state());
                }
            }
        }
        if (floor.always() && floorUntil.isAfter(until)) {
            return new RetentionDecision(Optional.of(floorUntil), FEDERAL);
        }
        return new RetentionDecision(Optional.of(until), name);
    }

    /** Whole years from birth to a date: a birthday is reached on its month and day (29 February on 1 March). */
    static int wholeYears(LocalDate birth, LocalDate on) {
        int years = on.getYear() - birth.getYear();
        if (on.getMonthValue() < birth.getMonthValue()
                || (on.getMonthValue() == birth.getMonthValue() && on.getDayOfMonth() < birth.getDayOfMonth())) {
            years--;
        }
        return years;
    }
}
