package org.ducha.accountability;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item of a case's basis: its kind and the id its module gives it. */
@Embeddable
public record BasisRef(@Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20) BasisKind kind,
		@Column(name = "ref_id", nullable = false, length = 64) String refId) {
}
