package org.puente.linkage;

/**
 * A record normalised for comparison: words as ids in the {@link Corpus}'s dictionary, the
 * birth date as yyyymmdd, documents as comparable numbers with their kind. Holds no text a
 * log could leak, except the caller's id.
 */
final class Profile {

    static final int[] NONE = new int[0];

    final String id;
    /** Which input this record came from when two files are linked (0 or 1); 0 in deduplication. */
    final byte side;
    final int[] given;
    final int[] surnames;
    final int[] married;
    final int date;
    final String[] documents;
    final int[] documentKinds;
    /** 0 unknown, 1 female, 2 male. */
    final byte sex;
    final int nationality;
    final int[] attributes;
    final long givenKey;
    final long surnameKey;

    Profile(String id, byte side, int[] given, int[] surnames, int[] married, int date, String[] documents,
            int[] documentKinds, byte sex, int nationality, int[] attributes, long givenKey, long surnameKey) {
        this.id = id;
        this.side = side;
        this.given = given;
        this.surnames = surnames;
        this.married = married;
        this.date = date;
        this.documents = documents;
        this.documentKinds = documentKinds;
        this.sex = sex;
        this.nationality = nationality;
        this.attributes = attributes;
        this.givenKey = givenKey;
        this.surnameKey = surnameKey;
    }
}
