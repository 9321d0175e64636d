package org.steward.sampledata;

/**
 * Ways a registration differs from the person's true identity, as listed in
 * truth/registration_errors.csv. Most are registration noise; the last two come from the planted
 * data-quality defects, which change identity fields too. Declaration order is output order.
 */
enum IdentityDeviation {
    TYPO_FIRST("typo_first", Group.FIRST),
    NICKNAME("nickname", Group.FIRST),
    TYPO_LAST("typo_last", Group.LAST),
    MARRIED_NAME("married_name", Group.LAST),
    SWAPPED_NAMES("swapped_names", Group.SWAP),
    MIDDLE_MISSING("middle_missing", Group.MIDDLE),
    MIDDLE_INITIAL("middle_initial", Group.MIDDLE),
    DOB_DAY_MONTH_SWAP("dob_day_month_swap", Group.DOB),
    DOB_DIGIT("dob_digit", Group.DOB),
    SSN_MISSING("ssn_missing", Group.SSN),
    SSN_TYPO("ssn_typo", Group.SSN),
    SSN_PLACEHOLDER("ssn_placeholder", Group.SSN),
    ADDRESS_MOVE("address_move", Group.ADDRESS),
    ADDRESS_FORMAT("address_format", Group.ADDRESS),
    PHONE_MISSING("phone_missing", Group.PHONE),
    EMAIL_MISSING("email_missing", Group.EMAIL),
    SSN_INVALID_STRUCTURE("ssn_invalid_structure", Group.SSN),
    BIRTH_DATE_FUTURE("birth_date_future", Group.DOB);

    /** At most one deviation per group, so kinds never overwrite each other. */
    enum Group { FIRST, LAST, SWAP, MIDDLE, DOB, SSN, ADDRESS, PHONE, EMAIL }

    final String label;
    final Group group;

    IdentityDeviation(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    int bit() {
        return 1 << ordinal();
    }
}
