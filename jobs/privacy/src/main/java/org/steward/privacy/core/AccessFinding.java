package org.steward.privacy.core;

import java.util.Locale;

/** The access audit's finding codes, as written in {@code access/findings} and keyed in config/privacy.yml. */
public enum AccessFinding {
    SELF_ACCESS, FAMILY_ACCESS, TERMINATED_USER, NO_ENCOUNTER_CONTEXT, VOLUME_ANOMALY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
