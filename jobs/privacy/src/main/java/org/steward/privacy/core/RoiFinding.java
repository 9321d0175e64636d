package org.steward.privacy.core;

import java.util.Locale;

/** The release-of-information finding codes, as written in {@code roi/findings}. */
public enum RoiFinding {
    MISSING_AUTHORIZATION, INVALID_AUTHORIZATION, EXPIRED_AUTHORIZATION, REVOKED_AUTHORIZATION,
    AUTHORIZATION_OTHER_PATIENT, LATE_PATIENT_ACCESS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
