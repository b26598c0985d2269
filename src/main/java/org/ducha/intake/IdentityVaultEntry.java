package org.ducha.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The encrypted identity of one report's reporter, with its masks. Read and written only by {@link IdentityVault}. */
@Entity
@Table(name = "report_identity")
class IdentityVaultEntry {

	@Id
	@Column(name = "report_id")
	private Long reportId;

	@Column(name = "key_id", nullable = false, length = 40)
	private String keyId;

	@Column(name = "name_ct", length = 1000)
	private String nameCt;

	@Column(name = "phone_ct", length = 1000)
	private String phoneCt;

	@Column(name = "id_number_ct", length = 1000)
	private String idNumberCt;

	@Column(name = "unit_ct", length = 1000)
	private String unitCt;

	@Column(name = "address_ct", length = 2000)
	private String addressCt;

	@Column(name = "masked_name", length = 100)
	private String maskedName;

	@Column(name = "masked_phone", length = 40)
	private String maskedPhone;

	protected IdentityVaultEntry() {
	}

	IdentityVaultEntry(Long reportId, ReporterIdentity masked) {
		this.reportId = reportId;
		this.maskedName = masked.name();
		this.maskedPhone = masked.phone();
	}

	void seal(ReporterIdentity identity, FieldCipher cipher) {
		nameCt = cipher.encrypt(identity.name(), aad("name"));
		phoneCt = cipher.encrypt(identity.phone(), aad("phone"));
		idNumberCt = cipher.encrypt(identity.idNumber(), aad("idNumber"));
		unitCt = cipher.encrypt(identity.unit(), aad("unit"));
		addressCt = cipher.encrypt(identity.address(), aad("address"));
		keyId = cipher.currentKeyId();
	}

	ReporterIdentity open(FieldCipher cipher) {
		return new ReporterIdentity(cipher.decrypt(nameCt, aad("name")), cipher.decrypt(phoneCt, aad("phone")),
				cipher.decrypt(idNumberCt, aad("idNumber")), cipher.decrypt(unitCt, aad("unit")),
				cipher.decrypt(addressCt, aad("address")));
	}

	ReporterIdentity masked() {
		return new ReporterIdentity(maskedName, maskedPhone, null, null, null);
	}

	private String aad(String field) {
		return "ducha:report:" + reportId + ":" + field;
	}

	Long getReportId() {
		return reportId;
	}

	String getKeyId() {
		return keyId;
	}

	String getNameCt() {
		return nameCt;
	}

	String getPhoneCt() {
		return phoneCt;
	}
}
