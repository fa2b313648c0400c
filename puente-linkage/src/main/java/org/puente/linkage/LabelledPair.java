package org.puente.linkage;

/** A registrar's decision on two records: the same person or not. Used to refine a learnt model. */
public record LabelledPair(PersonRecord left, PersonRecord right, boolean samePerson) {
}
