package org.ducha.meeting.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.ducha.meeting.NewMeeting;
import org.springframework.format.annotation.DateTimeFormat;

/** The meeting form: attendees picked by unit (its principal) or by cadre. */
public class MeetingForm {

	private String title;
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime startsAt;
	private String place;
	private String organizerUnitCode;
	private String leaderCadreNo;
	private List<String> unitCodes = new ArrayList<>();
	private List<String> cadreNos = new ArrayList<>();

	NewMeeting toNewMeeting() {
		return new NewMeeting(title, startsAt, place, organizerUnitCode, leaderCadreNo, unitCodes, cadreNos);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOrganizerUnitCode() {
		return organizerUnitCode;
	}

	public void setOrganizerUnitCode(String organizerUnitCode) {
		this.organizerUnitCode = organizerUnitCode;
	}

	public String getLeaderCadreNo() {
		return leaderCadreNo;
	}

	public void setLeaderCadreNo(String leaderCadreNo) {
		this.leaderCadreNo = leaderCadreNo;
	}

	public List<String> getUnitCodes() {
		return unitCodes;
	}

	public void setUnitCodes(List<String> unitCodes) {
		this.unitCodes = unitCodes == null ? new ArrayList<>() : unitCodes;
	}

	public List<String> getCadreNos() {
		return cadreNos;
	}

	public void setCadreNos(List<String> cadreNos) {
		this.cadreNos = cadreNos == null ? new ArrayList<>() : cadreNos;
	}
}
