package org.steward.quality.rules;

/** An error-severity check that fails its threshold makes the run end with its own exit code. */
public enum Severity {
    ERROR, WARN
}
