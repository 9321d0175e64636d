package org.steward.lifecycle.core;

/**
 * The federal floor: years after the last date of service. {@code always} puts it under every state's rule;
 * otherwise it is the fallback for a state with no rule (or a facility whose state is unknown).
 */
public record FederalFloor(int years, boolean always, String source) {
}
