package org.entente.model;

/** The display names a sweep path's label is made of (the report reads them from a results manifest). */
public interface PathNames {
    /** A party's short display name. */
    String party(String id);

    /** An official's short title. */
    String official(String party, String id);

    /** An issue's label. */
    String issue(String id);

    /** The strategy type a party plays, or "" when unknown. */
    String strategyType(String party);
}
