package org.ducha.intake.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ducha.intake.NewAccused;
import org.ducha.intake.NewReport;
import org.ducha.intake.ReportChannel;
import org.ducha.intake.ReporterIdentity;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report form as typed, staff registration and public submission alike; field paths match the
 * service's error fields ({@code reporter.name}, {@code accused[0].name}…) so each message lands
 * beside its field. Uploaded files are kept as attachment ids, so they survive a validation error.
 */
public class ReportForm {

	static final int MIN_ACCUSED_ROWS = 2;
	static final int MAX_ACCUSED_ROWS = 20;

	private ReportChannel channel;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	private boolean anonymous;
	private String pin;
	private String pinRepeat;
	private Reporter reporter = new Reporter();
	private List<Accused> accused = new ArrayList<>();
	private List<String> accusedUnitCodes = new ArrayList<>();
	private String otherAccusedUnits;
	private String categoryCode;
	private Long campaignId;
	private String subject;
	private String content;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	private List<String> attachmentIds = new ArrayList<>();

	public ReportForm() {
		padAccused(0);
	}

	/** Keeps at least two empty accused rows, plus {@code extra} more (the "add a row" button). */
	void padAccused(int extra) {
		accused.removeIf(a -> a == null);
		long filled = accused.stream().filter(a -> !a.isBlank()).count();
		accused.removeIf(Accused::isBlank);
		int rows = (int) Math.min(MAX_ACCUSED_ROWS, Math.max(MIN_ACCUSED_ROWS, filled + 1 + extra));
		while (accused.size() < rows) {
			accused.add(new Accused());
		}
	}

	NewReport toNewReport(List<String> unitNames) {
		List<NewAccused> people = accused.stream().filter(a -> a != null && !a.isBlank())
			.map(a -> new NewAccused(a.getName(), a.getUnitName(), a.getPosition(), null))
			.toList();
		List<String> units = Stream.concat(unitNames.stream(), otherUnitNames().stream()).distinct().toList();
		return new NewReport(channel, receivedOn, anonymous, pin,
				anonymous ? null : new ReporterIdentity(reporter.name, reporter.phone, reporter.idNumber, reporter.unit,
						reporter.address),
				people, units, categoryCode, campaignId, subject, content, occurredOn, attachmentIds);
	}

	List<String> otherUnitNames() {
		if (otherAccusedUnits == null) {
			return List.of();
		}
		return Stream.of(otherAccusedUnits.split("[\\n\\r;；,，、]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The accused rows as typed, blank rows kept so the form re-renders them. */
	public static class Accused {

		private String name;
		private String unitName;
		private String position;

		boolean isBlank() {
			return blank(name) && blank(unitName) && blank(position);
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getUnitName() {
			return unitName;
		}

		public void setUnitName(String unitName) {
			this.unitName = unitName;
		}

		public String getPosition() {
			return position;
		}

		public void setPosition(String position) {
			this.position = position;
		}
	}

	/** The reporter's fields of a named report. */
	public static class Reporter {

		private String name;
		private String phone;
		private String idNumber;
		private String unit;
		private String address;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getIdNumber() {
			return idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}
	}

	public ReportChannel getChannel() {
		return channel;
	}

	public void setChannel(ReportChannel channel) {
		this.channel = channel;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public String getPin() {
		return pin;
	}

	public void setPin(String pin) {
		this.pin = pin;
	}

	public String getPinRepeat() {
		return pinRepeat;
	}

	public void setPinRepeat(String pinRepeat) {
		this.pinRepeat = pinRepeat;
	}

	public Reporter getReporter() {
		return reporter;
	}

	public void setReporter(Reporter reporter) {
		this.reporter = reporter;
	}

	public List<Accused> getAccused() {
		return accused;
	}

	public void setAccused(List<Accused> accused) {
		this.accused = accused;
	}

	public List<String> getAccusedUnitCodes() {
		return accusedUnitCodes;
	}

	public void setAccusedUnitCodes(List<String> accusedUnitCodes) {
		this.accusedUnitCodes = accusedUnitCodes;
	}

	public String getOtherAccusedUnits() {
		return otherAccusedUnits;
	}

	public void setOtherAccusedUnits(String otherAccusedUnits) {
		this.otherAccusedUnits = otherAccusedUnits;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public void setCampaignId(Long campaignId) {
		this.campaignId = campaignId;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public List<String> getAttachmentIds() {
		return attachmentIds;
	}

	public void setAttachmentIds(List<String> attachmentIds) {
		this.attachmentIds = attachmentIds;
	}
}
