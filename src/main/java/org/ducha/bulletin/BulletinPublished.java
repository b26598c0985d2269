package org.ducha.bulletin;

import java.time.LocalDate;

/** A bulletin was published and is now visible to every unit. */
public record BulletinPublished(String bulletinId, String month, LocalDate publishedOn) {
}
