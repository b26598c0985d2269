package org.ducha.campaign;

/** A taxonomy as other modules name it: stable code, name and current dictionary version. */
public record TaxonomyRef(String code, String name, int version) {
}
