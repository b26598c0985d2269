package org.ducha.bulletin.web;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.bulletin.Bulletin;
import org.ducha.bulletin.BulletinContent;
import org.ducha.bulletin.Bulletins;

/** A bulletin in the API: {@code id}, {@code month} (YYYY-MM), {@code status}, its version and content. */
record BulletinResponse(String id, String month, String status, int version, String documentNumber, String title,
		String createdBy, Instant createdAt, String approvedBy, Instant approvedAt, String publishedBy,
		LocalDate publishedOn, BulletinContent content) {

	static BulletinResponse of(Bulletins.BulletinView view) {
		Bulletin b = view.bulletin();
		return new BulletinResponse(view.id(), b.getMonth().toString(), b.getStatus().name(), b.getContentVersion(),
				view.content().documentNumber(), view.content().title(), b.getCreatedBy(), b.getCreatedAt(),
				b.getApprovedBy(), b.getApprovedAt(), b.getPublishedBy(), b.getPublishedOn(), view.content());
	}
}
