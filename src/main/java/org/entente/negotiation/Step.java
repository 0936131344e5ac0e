package org.entente.negotiation;

/** What a mechanism wants next: ask some parties something, or it is over at the table. */
public sealed interface Step permits Ask, TableResult {
}
