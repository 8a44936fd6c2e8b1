package org.techvoice.privacy;

/**
 * Implemented by every feature that stores something about a person, so that {@code /tc my-data} and
 * {@code /tc forget-me} cover all of it without knowing any feature's tables.
 */
public interface PersonalDataHolder {

    /** Name of this feature's part of the export, e.g. "voice", "surveys". */
    String section();

    /**
     * Everything this feature holds that is linked to the person, as JSON-serialisable values (records,
     * lists, maps). Anonymous data is not linked to anyone and so is never part of it.
     */
    Object export(String teamId, String userId);

    /** Erases or anonymises everything linked to the person; says what was done. */
    ErasureReport erase(String teamId, String userId);

    /** What one feature did for a forget-me request. */
    record ErasureReport(String section, int deleted, int anonymised, String note) {
    }
}
