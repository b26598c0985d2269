package org.ducha.bulletin.web;

import java.time.Instant;

import org.ducha.bulletin.BulletinContent;
import org.ducha.bulletin.Bulletins;

/**
 * A kept version of a bulletin in the API: the bulletin's {@code id} and {@code month}, the
 * version's number, change, who saved it and when, and its content in the shape of the bulletin's
 * own ({@code documentNumber}, {@code title}, {@code content}).
 */
record BulletinVersionResponse(String id, String month, int version, String change, String savedBy, Instant savedAt,
		String documentNumber, String title, BulletinContent content) {

	static BulletinVersionResponse of(Bulletins.VersionView view) {
		return new BulletinVersionResponse(view.id(), view.bulletin().getMonth().toString(), view.version().getNumber(),
				view.version().getChange().name(), view.version().getSavedBy(), view.version().getSavedAt(),
				view.content().documentNumber(), view.content().title(), view.content());
	}
}
