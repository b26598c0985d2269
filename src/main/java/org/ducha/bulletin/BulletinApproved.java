package org.ducha.bulletin;

/** A bulletin was approved by the office director. */
public record BulletinApproved(String bulletinId, String month) {
}
